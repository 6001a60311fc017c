"""Meeting places, round 43: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def places(analyse, body: str) -> list[tuple[str, str]]:
    doc = analyse(page(body))
    return [(m["kind"], m["location"]) for m in doc._.meetings]


# -- a place told before the verb's object (`a accueilli à l'aéroport de X le Premier ministre Y`) ends --------
# -- where the object's article opens; a name particle of the place's own name stays ----------------------------

def test_the_object_after_a_place_is_no_part_of_it(analyse):
    found = places(analyse, "Le roi a reçu lundi au palais de Marrakech-Menara le Président de la République "
                            "portugaise, M. João Ferraz.")
    assert found and found[0][1] == "palais de Marrakech-Menara"


def test_a_title_after_an_airport_town_is_the_object_not_the_town(analyse):
    found = places(analyse, "Le président togolais a accueilli mercredi à l'aéroport de Lomé-Tokoin le Roi des "
                            "Belges pour une visite d'Etat.")
    assert found and "Roi" not in found[0][1]


def test_a_lower_case_particle_inside_a_place_name_stays(analyse):
    found = places(analyse, "Le ministre a rencontré jeudi au palais Huis ten Bosch son homologue néerlandais, "
                            "M. Pieter de Vries.")
    assert found and found[0][1] == "palais Huis ten Bosch"


# -- an airport named after a city and its town or quarter (`Rabat-Salé`, `Tunis-Carthage`) serves the city ---

def test_an_airport_of_two_names_serves_the_city_that_opens_it(analyse):
    found = places(analyse, "Le président sénégalais a accueilli mardi à l'aéroport de Dakar-Yoff le Premier "
                            "ministre italien, M. Paolo Rinaldi, arrivé pour une visite officielle.")
    assert found and found[0][1] == "Dakar"


def test_an_airport_named_after_one_town_gives_that_town(analyse):
    found = places(analyse, "Le ministre de la Défense a accueilli vendredi à l'aéroport de Bamako son homologue "
                            "burkinabè, le général Issa Kaboré, pour une visite de travail.")
    assert found and found[0][1] == "Bamako"


def test_a_hyphenated_town_that_is_no_airport_stays_whole(analyse):
    found = places(analyse, "Le chef d'état-major a rencontré mardi à Saint-Louis son homologue mauritanien, le "
                            "général Ahmed Ould Brahim.")
    assert found and found[0][1] == "Saint-Louis"


# -- a dateline naming a country that is also a city of the gazetteer (`Singapour`, `Djibouti`, a city-state or --
# -- a capital of the country's name) places the story's meetings; a dateline of a country alone does not --------

def test_a_city_state_dateline_places_the_talks_on_the_sidelines(analyse):
    found = places(analyse, "Singapour, 14 mars 2024 (AFP) - Le ministre japonais de la Défense, Kenji Sato, s'est "
                            "entretenu jeudi avec son homologue indonésien, Budi Santoso, en marge du forum régional.")
    assert found and all(place == "Singapour" for _, place in found)


def test_a_capital_of_the_country_s_name_in_a_dateline_places_the_audience(analyse):
    found = places(analyse, "Djibouti, 14 mars 2024 (ADI) - Le chef d'état-major général des armées, le général Ali "
                            "Hassan Farah, a reçu jeudi le commandant des forces françaises stationnées, le général "
                            "Pierre Lemaire.")
    assert found and all(place == "Djibouti" for _, place in found)


def test_a_dateline_of_a_country_alone_places_nothing(analyse):
    found = places(analyse, "Niger, 14 mars 2024 (ANP) - Le ministre de la Défense, le général Salifou Mahamane, a "
                            "reçu jeudi l'ambassadeur d'Italie, Marco Rossi.")
    assert found and all(place == "" for _, place in found)


# -- a meeting noun naming no place of its own, told right after a meeting of the same day in its paragraph ------
# -- (`La rencontre était coprésidée par X`), tells more of that meeting: it takes its place, wherever the text ---
# -- placed it (a participle's complement: `une réunion organisée lundi à X`); another day's meeting does not ----

VISIT = "Le président polonais Marek Nowak a été reçu mardi à Vilnius par le président lituanien, Jonas Petraitis.\n\n"


def test_a_definite_meeting_noun_takes_the_place_of_the_meeting_told_before_it(analyse):
    found = places(analyse, VISIT + "Cette visite a été précédée par une réunion organisée lundi à Kaunas, au cours de "
                                    "laquelle les conseillers de trente pays ont discuté de la sécurité régionale. La "
                                    "rencontre était coprésidée par le diplomate lituanien Tomas Jankus et par le "
                                    "conseiller polonais Adam Nowicki.")
    assert [place for kind, place in found if kind != "visite"] == ["Kaunas", "Kaunas"]


def test_the_exchanges_of_a_conference_told_before_them_take_its_place(analyse):
    found = places(analyse, VISIT + "Ce déplacement faisait suite à une conférence tenue lundi à Kaunas, au cours de "
                                    "laquelle les ministres de vingt pays ont évoqué la défense aérienne. Les échanges "
                                    "étaient présidés par le ministre lituanien Tomas Jankus.")
    assert [place for kind, place in found if kind != "visite"] == ["Kaunas", "Kaunas"]


def test_a_meeting_of_another_day_in_the_paragraph_keeps_its_own_place(analyse):
    found = places(analyse, VISIT + "Une réunion des conseillers s'était tenue lundi à Kaunas. Mardi, le conseiller "
                                    "polonais Adam Nowicki a eu un entretien avec le diplomate lituanien Tomas Jankus.")
    assert ("entretiens", "Vilnius") in found
