"""Round 16: meeting places. A time-stamp line of the page head (`Mis à jour : 08.02.2024`) names no
place, though a word after its `à` looks like one; a place that completes a person's title (`le ministre
délégué à la Présidence`) says what the person is, not where a meeting took place."""

from __future__ import annotations


def _locations(analyse, text):
    return [m["location"] for m in analyse(text)._.meetings]


def test_time_stamp_line_names_no_place(analyse):
    text = ("Accord de défense entre deux pays\n\nClaire Dubois | 05.03.2024 - Mıse À Jour : 05.03.2024\n\n"
            "Le ministre de la Défense, Paul Marchand, s'est entretenu mardi 5 mars avec son homologue "
            "ghanéen, Kofi Mensah.")
    assert all(place != "Jour" for place in _locations(analyse, text))


def test_headline_place_after_a_still_found(analyse):
    # counter-example: a headline that names a city after `à` places the story's meeting there
    text = ("À Accra, le ministre rencontre son homologue\n\n5 mars 2024\n\n"
            "Le ministre de la Défense, Paul Marchand, s'est entretenu mardi 5 mars avec son homologue "
            "ghanéen, Kofi Mensah.")
    assert "Accra" in _locations(analyse, text)


def test_place_of_a_title_is_no_meeting_place(analyse):
    text = ("Défense : coopération\n\n5 mars 2024\n\n"
            "Le ministre délégué à la Présidence chargé de la Défense, Paul Marchand, a pris la parole. "
            "Il a eu mardi 5 mars un entretien avec son homologue ghanéen, Kofi Mensah.")
    assert all("Présidence" not in place for place in _locations(analyse, text))


def test_place_after_a_title_still_found(analyse):
    # counter-example: the city where the speaker acts, not completing a title, is the meeting's place
    text = ("Défense : coopération\n\n5 mars 2024\n\n"
            "Le ministre délégué chargé de la Défense, Paul Marchand, est arrivé à Accra lundi 4 mars. "
            "Il a eu mardi 5 mars un entretien avec son homologue ghanéen, Kofi Mensah.")
    assert "Accra" in _locations(analyse, text)


def test_city_after_a_capital_a_in_a_title_cased_headline(analyse):
    # counter-example: a city of the gazetteer after a capital `À` within a title-cased headline is a place
    text = ("Le Ministre Reçoit Son Homologue À Accra\n\n5 mars 2024\n\n"
            "Le ministre de la Défense, Paul Marchand, s'est entretenu mardi 5 mars avec son homologue "
            "ghanéen, Kofi Mensah.")
    assert "Accra" in _locations(analyse, text)

def test_place_after_the_name_of_a_title_in_the_sentence(analyse):
    # counter-example: a place hung on a title, but after the name it introduces, is the meeting's place
    text = ("Le ministre rencontre son homologue\n\n12 mars 2024\n\n"
            "Le premier ministre Paul Marchand a reçu mardi le président ghanéen Kofi Mensah en marge du "
            "sommet de l'Union africaine à Tadoussac, au Québec.")
    assert any("Tadoussac" in place for place in _locations(analyse, text))


def test_source_after_selon_is_no_place(analyse):
    text = ("Défense : aide\n\n12 mars 2024\n\n"
            "Selon le cabinet du ministre, l'enveloppe servira à financer des munitions. "
            "Le ministre Paul Marchand a participé mardi 11 mars à une réunion des alliés.")
    assert all("cabinet" not in place for place in _locations(analyse, text))


def test_cabinet_as_the_place_of_an_audience(analyse):
    # counter-example: `à son cabinet` after an audience is where it was held
    text = ("Défense : audiences\n\n12 mars 2024\n\n"
            "Le ministre Paul Marchand a reçu mardi 11 mars à son cabinet l'ambassadeur du Ghana, Kofi Mensah.")
    assert any("cabinet" in place for place in _locations(analyse, text))


def test_agency_slash_city_line_places_the_story(analyse):
    text = ("Accord de défense signé\n\nAPS / Dakar\n\n"
            "Le ministre des Forces armées, Paul Marchand, s'est entretenu mardi 5 mars avec son homologue "
            "ghanéen, Kofi Mensah.")
    assert "Dakar" in _locations(analyse, text)


def test_agency_slash_photographer_places_nothing(analyse):
    # counter-example: a photo credit (agency, slash, a photographer's name) names no place
    text = ("Accord de défense signé\n\nAFP / Jean Lamont\n\n"
            "Le ministre des Forces armées, Paul Marchand, s'est entretenu mardi 5 mars avec son homologue "
            "ghanéen, Kofi Mensah.")
    assert all("Lamont" not in place for place in _locations(analyse, text))


def test_special_envoy_au_place_byline(analyse):
    text = ("Les ministres réunis\n\nPar notre envoyée spéciale au Caire\n\n"
            "Le ministre des Forces armées, Paul Marchand, s'est entretenu mardi 5 mars avec son homologue "
            "ghanéen, Kofi Mensah.")
    assert "Caire" in " ".join(_locations(analyse, text))


def test_special_envoy_au_country_places_nothing(analyse):
    # counter-example: a country after `au` is no town: the meeting keeps no place from it
    text = ("Les ministres réunis\n\nPar notre envoyée spéciale au Ghana\n\n"
            "Le ministre des Forces armées, Paul Marchand, s'est entretenu mardi 5 mars avec son homologue "
            "ghanéen, Kofi Mensah.")
    assert all(place in ("", "Ghana") for place in _locations(analyse, text))


SCENE = ("Traité signé\n\n10 mai 2025\n\nIl en était question depuis plusieurs mois. {day}, à l'hôtel de ville de "
         "Bordeaux, le président français et le chancelier allemand ont signé un traité d'amitié. « Ce traité "
         "donne un cadre à notre relation », a déclaré le président lors d'une conférence de presse commune "
         "avec le chancelier Karl Weber.")


def test_scene_of_the_lead_paragraph_places_the_day(analyse):
    # the two leaders signing together are a meeting of their own (round 57), placed at the scene as written
    assert any("Bordeaux" in place for place in _locations(analyse, SCENE.format(day="Ce 9 mai")))


def test_scene_naming_no_day_places_nothing(analyse):
    # counter-example: a scene that names no day does not place the story's meetings
    assert "Bordeaux" not in _locations(analyse, SCENE.format(day="Depuis longtemps"))
