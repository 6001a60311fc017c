"""Meeting hosts, round 47: talks placed in a building (a ministry, a palace, a seat), told with no host
verb, are hosted by the side at home in the town the building stands in. Texts of our own."""

from __future__ import annotations

from conftest import page


def hosts(analyse, body: str) -> list[tuple[str, str]]:
    doc = analyse(page(body))
    return [(m["kind"], m["host"]) for m in doc._.meetings]


# -- the building's town, named in the same sentence, decides which side is at home -----------------------

def test_talks_at_a_palace_in_the_town_of_one_side_are_hosted_by_that_side(analyse):
    found = hosts(analyse, "Le chancelier autrichien, Karl Nehammer, s'est entretenu mardi avec le Premier ministre "
                           "portugais, Luís Montenegro, au palais de São Bento, à Lisbonne.")
    assert any(h == "montenegro" for _, h in found)


def test_a_meeting_at_the_chancellery_names_its_host_by_the_town(analyse):
    found = hosts(analyse, "Le Premier ministre portugais, Luís Montenegro, a rencontré jeudi le chancelier "
                           "autrichien, Karl Nehammer, à la Chancellerie, à Vienne, pour évoquer la défense aérienne.")
    assert any(h == "nehammer" for _, h in found)


# -- with no town in the sentence, the town the story's trip is in ------------------------------------------

def test_talks_at_a_palace_during_a_stay_are_hosted_by_the_side_of_the_stay_town(analyse):
    found = hosts(analyse, "Le ministre portugais de la Défense, Nuno Melo, est arrivé lundi à Madrid. "
                           "Mardi, il s'est entretenu avec la ministre espagnole de la Défense, Margarita Robles, "
                           "au palais de Buenavista.")
    assert any(h == "robles" for _, h in found)


# -- counter-examples: no home side ---------------------------------------------------------------------------

def test_the_seat_of_a_body_of_states_is_no_side_home(analyse):
    found = hosts(analyse, "Le ministre belge de la Défense, Theo Francken, s'est entretenu jeudi avec son homologue "
                           "néerlandais, Ruben Brekelmans, au siège de l'OTAN, à Bruxelles.")
    assert found and all(h == "" for _, h in found)


def test_an_official_of_no_known_country_among_the_people_leaves_the_host_unread(analyse):
    found = hosts(analyse, "Le ministre portugais de la Défense, Nuno Melo, est arrivé lundi à Madrid. "
                           "Mardi, il s'est entretenu avec la ministre espagnole de la Défense, Margarita Robles, "
                           "et avec le général Teodoro Esteban, au palais de Buenavista.")
    assert found and all(h == "" for _, h in found)
