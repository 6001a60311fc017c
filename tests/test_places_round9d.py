"""Round 9d: meeting places. A meeting named by its own event (`prend part à la Conférence des chefs
...`) is not held at its name; the seat of a government's office by its common noun (`à la
primature`); a host's next meeting of the same day, or said `de nouveau`, at the place of his earlier
one; the eve of the gathering a headline places."""

from __future__ import annotations


def _locations(analyse, text):
    return [m["location"] for m in analyse(text)._.meetings]


HEAD = "Coopération régionale\n\n12 mars 2024\n\n"


def test_event_named_by_its_meeting_word_is_not_its_place(analyse):
    text = (HEAD + "Le général Paul Marchand, chef d'état-major de l'armée de Terre, participe mardi à la "
            "Conférence des chefs des armées de la Baltique, avec le général Jonas Berg.")
    assert all("Conférence" not in place for place in _locations(analyse, text))


def test_event_place_kept_when_the_city_is_named(analyse):
    # counter-example: a city after `à` is still the place of the conference
    text = (HEAD + "Le général Paul Marchand, chef d'état-major de l'armée de Terre, participe mardi à Riga à la "
            "Conférence des chefs des armées de la Baltique, avec le général Jonas Berg.")
    assert "Riga" in _locations(analyse, text)


def test_primature_is_a_place(analyse):
    text = (HEAD + "Le ministre des Armées, Hugo Lenoir, a été reçu mardi à la primature par le Premier "
            "ministre, Amadou Sall.")
    assert _locations(analyse, text)[0] == "primature"


def test_same_host_same_day_same_place(analyse):
    text = (HEAD + "Le mardi 12 mars, le général Karim Nassar a reçu le général Luca Ferri au ministère de la "
            "Défense. Le même jour, le général Karim Nassar a également reçu le colonel Tom Hale.")
    places = _locations(analyse, text)
    assert len(places) == 2 and places[1] == places[0] and places[0]


def test_other_host_other_day_no_place(analyse):
    # counter-example: another host, another day, no marker: no place borrowed
    text = (HEAD + "Le mardi 12 mars, le général Karim Nassar a reçu le général Luca Ferri au ministère de la "
            "Défense. Le jeudi 14 mars, le ministre Omar Haddad a reçu le colonel Tom Hale.")
    places = _locations(analyse, text)
    assert len(places) == 2 and places[1] == ""


def test_host_again_at_the_same_place(analyse):
    text = (HEAD + "Le mardi 12 mars, la délégation est reçue à la primature par le Premier ministre, Amadou Sall. "
            "Le jeudi 14 mars, elle est de nouveau accueillie par Amadou Sall.")
    places = _locations(analyse, text)
    assert places[-1] == "primature"


def test_eve_of_the_gathering_the_headline_places(analyse):
    text = ("Les chefs d'état-major réunis à Tallinn\n\n16 mars 2024\n\n"
            "Les chefs d'état-major de la défense des pays nordiques ont tenu samedi 16 mars 2024 leur "
            "conférence annuelle, à l'invitation du général Erik Lund.\n\n"
            "La veille, vendredi, le général Erik Lund avait reçu ses homologues pour un dîner, en présence "
            "du général Nils Berg.")
    assert _locations(analyse, text) == ["Tallinn", "Tallinn"]


def test_two_days_before_is_not_the_eve(analyse):
    # counter-example: a meeting two days before the gathering is not placed by its headline
    text = ("Les chefs d'état-major réunis à Tallinn\n\n16 mars 2024\n\n"
            "Les chefs d'état-major de la défense des pays nordiques ont tenu samedi 16 mars 2024 leur "
            "conférence annuelle, à l'invitation du général Erik Lund.\n\n"
            "Le jeudi 14 mars, le général Erik Lund avait reçu le général Nils Berg pour un dîner.")
    assert _locations(analyse, text)[-1] != "Tallinn"


def test_intertitle_city_places_its_section(analyse):
    text = ("Une relation de défense en trois temps\n\n12 mars 2024\n\n"
            "Le ministre des Armées a multiplié les échanges avec son homologue depuis l'automne.\n\n"
            "Mars 2024 : le ministre à Vilnius\n\n"
            "Le lendemain de son arrivée, le ministre Hugo Lenoir s'entretient avec son homologue, "
            "le ministre Jonas Berg, le 13 mars 2024.")
    assert _locations(analyse, text)[-1] == "Vilnius"


def test_intertitle_ends_at_the_next_one(analyse):
    # counter-example: the next intertitle, with no city, closes the section
    text = ("Une relation de défense en trois temps\n\n12 mars 2024\n\n"
            "Le ministre des Armées a multiplié les échanges avec son homologue depuis l'automne.\n\n"
            "Mars 2024 : le ministre à Vilnius\n\n"
            "La visite est une première pour un ministre français.\n\n"
            "Un troisième temps\n\n"
            "Le 13 juin 2024, le ministre Hugo Lenoir s'entretient avec son homologue, le ministre Jonas Berg.")
    assert _locations(analyse, text)[-1] != "Vilnius"


def test_place_clitic_points_to_the_last_place_named(analyse):
    text = (HEAD + "Arrivé la veille à Dakar, le ministre Hugo Lenoir s'était rendu mardi au Mali avec la "
            "ministre Claire Dumont. Les deux ministres y avaient été reçus par le président malien Karim Traoré.")
    assert _locations(analyse, text)[-1] == "Mali"


def test_place_clitic_skips_the_region_glossing_a_city(analyse):
    # counter-example: `à Tromsø, en Norvège`: the region glosses the city, the clitic points to the city
    text = (HEAD + "Le ministre Hugo Lenoir s'était rendu mardi à Tromsø, en Norvège, avec la ministre Claire "
            "Dumont. Les deux ministres y avaient été reçus par le général Erik Lund.")
    assert _locations(analyse, text)[-1] == "Tromsø"
