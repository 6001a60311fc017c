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
