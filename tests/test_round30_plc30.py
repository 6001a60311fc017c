"""Meeting places, round 30: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def places(analyse, body: str) -> list[tuple[str, str]]:
    doc = analyse(page(body))
    return [(m["kind"], m["location"]) for m in doc._.meetings]


# -- the open-air parts of a building where ceremonies are held (`cour d'honneur`, `place d'armes`) ---------

def test_a_ceremony_in_the_courtyard_of_a_building_is_placed_there(analyse):
    found = places(analyse, "Le ministre des Armées, Paul Durand, a présidé mardi une cérémonie d'hommage. La "
                            "cérémonie s'est tenue dans la cour d'honneur de l'hôtel national des Invalides, en "
                            "présence du chef d'état-major des armées, le général Jean Martin.")
    assert ("cérémonie", "cour d'honneur de l'hôtel national des Invalides") in found


def test_a_ceremony_on_the_parade_ground_of_a_barracks_is_placed_there(analyse):
    found = places(analyse, "Le ministre des Armées, Paul Durand, a présidé mardi une prise d'armes. La cérémonie "
                            "s'est tenue sur la place d'armes de la caserne Mortier, en présence du général Jean "
                            "Martin.")
    assert any(place.startswith("place d'armes de la caserne Mortier") for _, place in found)


def test_a_courtyard_only_spoken_of_places_no_meeting(analyse):
    found = places(analyse, "Le ministre des Armées, Paul Durand, a reçu mardi le général Jean Martin. Ils ont "
                            "évoqué la cour d'honneur de la caserne, dont la rénovation doit commencer en septembre.")
    assert found and all("cour" not in place for _, place in found)


# -- a visit placed in a building: the town the lead says the stay was in, before the country's capital -----

def test_a_visit_in_a_palace_takes_the_town_the_lead_says_the_stay_was_in(analyse):
    found = places(analyse, "Le président ghanéen John Mensah a séjourné lundi et mardi à Cotonou, à l'invitation du "
                            "président béninois Patrice Talon. Arrivé lundi, il a été reçu par son homologue béninois "
                            "au palais de la Marina, au début d'une visite de deux jours.")
    assert ("visite", "Cotonou") in found


def test_a_lead_town_of_another_country_leaves_the_capital(analyse):
    found = places(analyse, "Le président ghanéen John Mensah a séjourné lundi et mardi à Lomé, à l'invitation du "
                            "président togolais Faure Gnassingbé. Le mois suivant, il a effectué une visite de deux "
                            "jours au palais de la Marina, reçu par le président béninois Patrice Talon.")
    assert ("visite", "Porto-Novo") in found


# -- `en marge de la conférence`: the gathering of that word the text named before with its city -----------

def test_a_side_meeting_of_a_gathering_named_before_with_its_city_is_held_in_that_city(analyse):
    found = places(analyse, "La délégation guinéenne présente à la 40e Conférence de Munich sur la sécurité, ouverte "
                            "vendredi dans la capitale bavaroise, a multiplié les rencontres.\n\nSamedi, le ministre "
                            "guinéen de la Défense, Paul Camara, a présenté la stratégie de son pays devant la presse. "
                            "En marge de la conférence, il a eu une séance de travail avec le général américain John "
                            "Carter.")
    assert any(kind.endswith("en marge") and place == "Munich" for kind, place in found)


def test_a_side_meeting_of_another_gathering_takes_no_city_of_a_summit_named_before(analyse):
    found = places(analyse, "Le ministre guinéen de la Défense, Paul Camara, avait assisté en janvier au sommet "
                            "d'Abuja consacré au Sahel.\n\nSamedi, il a participé à une conférence régionale sur la "
                            "sécurité maritime. En marge de la conférence, il a rencontré le général américain John "
                            "Carter.")
    assert found and all(place != "Abuja" for kind, place in found if kind.startswith("rencontre"))
