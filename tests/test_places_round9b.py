"""Round 9b: meeting places a careful reader takes from around the sentence: the city of a country
named only as a country (`en Estonie` ... `à Tallinn`), the city of the story's lead sentence
(`a séjourné à X de lundi à mercredi`), a rubric before a headline's colon that is no place."""

from __future__ import annotations


def _meetings(analyse, text):
    return analyse(text)._.meetings


def _locations(analyse, text):
    return [m["location"] for m in _meetings(analyse, text)]


def test_country_refined_to_its_city_in_the_same_paragraph(analyse):
    text = ("Coopération navale\n\n12 mars 2024\n\n"
            "La ministre des Armées, Claire Dumont, s'est rendue mardi en Estonie, où elle s'est entretenue "
            "avec son homologue, le ministre Karl Tamm. Les deux ministres se sont retrouvés à Tallinn "
            "au ministère estonien de la Défense.")
    assert "Tallinn" in _locations(analyse, text)
    assert "Estonie" not in _locations(analyse, text)


def test_country_kept_when_the_city_is_in_another_paragraph(analyse):
    # counter-example: a city of that country named for another story's paragraph does not move the meeting
    text = ("Coopération navale\n\n12 mars 2024\n\n"
            "La ministre des Armées, Claire Dumont, s'est rendue mardi en Estonie, où elle s'est entretenue "
            "avec son homologue, le ministre Karl Tamm.\n\n"
            "Un centre d'excellence de l'OTAN est installé à Tallinn depuis 2008.")
    assert _locations(analyse, text)[0] == "Estonie"


def test_country_kept_when_its_city_is_of_another_country(analyse):
    # counter-example: a city of another country is no refinement of the country
    text = ("Coopération navale\n\n12 mars 2024\n\n"
            "La ministre des Armées, Claire Dumont, s'est rendue mardi en Estonie, où elle s'est entretenue "
            "avec son homologue, le ministre Karl Tamm, avant de repartir à Riga.")
    assert _locations(analyse, text)[0] == "Estonie"


LEAD_BODY = ("Arrivé lundi soir, le président de la République, Pierre Lenoir, a été accueilli au pied de la "
             "passerelle par le Premier ministre, Jean Mbarga.")


def test_lead_city_places_the_story(analyse):
    text = ("Les axes de la visite\n\n14 mai 2024\n\n"
            f"Le président a séjourné à Libreville de lundi à mercredi.\n\n{LEAD_BODY}")
    assert _locations(analyse, text)[0] == "Libreville"


def test_lead_country_gives_no_place(analyse):
    # counter-example: a lead naming only a country leaves the meeting without a city
    text = ("Les axes de la visite\n\n14 mai 2024\n\n"
            f"Le président a séjourné au Gabon de lundi à mercredi.\n\n{LEAD_BODY}")
    assert _locations(analyse, text)[0] in ("", "Gabon")


def test_lead_does_not_replace_a_place_of_its_own(analyse):
    # counter-example: the meeting names its own place
    text = ("Les axes de la visite\n\n14 mai 2024\n\n"
            "Le président a séjourné à Libreville de lundi à mercredi.\n\n"
            "Arrivé lundi soir à Franceville, le président de la République, Pierre Lenoir, a été accueilli "
            "par le Premier ministre, Jean Mbarga.")
    assert _locations(analyse, text)[0] == "Franceville"


HEADLINE_BODY = ("\n\n14 mai 2024\n\nLe ministre des Armées, Paul Durand, a reçu mardi son homologue tchadien, "
                 "le général Abakar Mahamat, pour un entretien.")


def test_rubric_before_headline_colon_is_no_place(analyse):
    text = "Défense : le ministre reçoit son homologue tchadien" + HEADLINE_BODY
    assert _locations(analyse, text) == [""]


def test_city_before_headline_colon_places_the_story(analyse):
    # counter-example: a city before the colon stays the story's place
    text = "Franceville : le ministre reçoit son homologue tchadien" + HEADLINE_BODY
    assert _locations(analyse, text) == ["Franceville"]


TRIP = ("Visite en Lituanie\n\n12 mars 2024\n\nLes lundi 11 et mardi 12 mars, la ministre des Armées, Claire "
        "Dumont, s'est rendue à Vilnius. Mardi matin, Claire Dumont a été reçue au ministère lituanien de la "
        "Défense par son homologue, Laurynas Kasčiūnas. À l'issue de cet entretien, la ministre a annoncé la "
        "commande de radars.{sep}La ministre a également été reçue par le président lituanien, Gitanas Nausėda.")


def test_another_host_meets_in_the_trip_city_not_the_building(analyse):
    for sep in (" ", "\n\n"):
        places = {m["host"]: m["location"] for m in _meetings(analyse, TRIP.format(sep=sep))}
        assert places.get("nauseda") == "Vilnius"
        assert places.get("kasciunas") == "ministère lituanien de la Défense"  # its own building stays


def _meeting(host, location, date):
    return {"host": host, "location": location, "date": date}


def test_trip_city_only_for_another_host_after_a_building():
    from pipeline.components.meeting_groups import _trip_city

    trip = _meeting("", "Vilnius", "2024-03-11/2024-03-12")
    building = _meeting("kasciunas", "ministère lituanien de la Défense", "2024-03-12")
    assert _trip_city(building, [trip, building], "2024-03-12", "nauseda") == "Vilnius"
    # counter-examples: the same host keeps its building; a city (a proper name) is carried as it is;
    # an unknown host changes nothing; a trip of other days gives no city
    assert _trip_city(building, [trip, building], "2024-03-12", "kasciunas") == ""
    palace = _meeting("kasciunas", "Palais présidentiel", "2024-03-12")
    assert _trip_city(palace, [trip, palace], "2024-03-12", "nauseda") == ""
    assert _trip_city(building, [trip, building], "2024-03-12", "") == ""
    assert _trip_city(building, [trip, building], "2024-03-20", "nauseda") == ""


def test_lead_naming_no_day_places_nothing(analyse):
    # counter-example: a lead that names no day does not say where a meeting told after it took place
    text = ("Les axes de la visite\n\n14 mai 2024\n\n"
            f"Le président est arrivé à Libreville.\n\n{LEAD_BODY}")
    assert "Libreville" not in _locations(analyse, text)
