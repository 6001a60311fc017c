"""Meeting participants, round 38: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def meetings(analyse, body: str) -> list[tuple[str, str, list[str]]]:
    doc = analyse(page(body))
    return [(m["kind"], m["host"], list(m["people"])) for m in doc._.meetings]


def takes_part(analyse, body: str, key: str) -> bool:
    return any(key in people for _, _, people in meetings(analyse, body))


# -- `le responsable américain`: a description with a demonym stands for the person of that country ----------

OPENING = ("Le ministre estonien de la Défense, Hanno Pevkur, a reçu lundi à Tallinn le général américain "
           "Christopher Donahue, commandant des forces terrestres des États-Unis en Europe. ")


def test_a_described_passive_subject_is_the_one_of_that_country_named_before(analyse):
    body = OPENING + ("Mardi, le responsable américain a été reçu à Riga par le ministre letton de la Défense, "
                      "Andris Sprūds.")
    found = [people for _, host, people in meetings(analyse, body) if host == "spruds"]
    assert found and "donahue" in found[0]


def test_an_indefinite_description_stands_for_no_one_named_before(analyse):
    body = OPENING + ("Mardi, un responsable américain a été reçu à Riga par le ministre letton de la Défense, "
                      "Andris Sprūds.")
    found = [people for _, host, people in meetings(analyse, body) if host == "spruds"]
    assert found and "donahue" not in found[0]


def test_a_described_object_of_a_host_verb_is_the_one_of_that_country(analyse):
    body = OPENING + ("Mardi à Riga, le ministre letton de la Défense, Andris Sprūds, a reçu le responsable "
                      "américain.")
    found = [people for _, host, people in meetings(analyse, body) if host == "spruds"]
    assert found and "donahue" in found[0]


def test_a_description_of_another_country_stands_for_no_one_named_before(analyse):
    body = OPENING + ("Mardi à Riga, le ministre letton de la Défense, Andris Sprūds, a reçu le responsable "
                      "britannique.")
    found = [people for _, host, people in meetings(analyse, body) if host == "spruds"]
    assert found and "donahue" not in found[0]


def test_a_described_subject_of_a_modal_takes_part_in_the_talks(analyse):
    body = OPENING + ("Le responsable américain doit également s'entretenir mercredi avec le ministre letton de "
                      "la Défense, Andris Sprūds.")
    found = [people for _, _, people in meetings(analyse, body) if "spruds" in people]
    assert found and "donahue" in found[0]


def test_a_description_with_no_demonym_stands_for_no_one(analyse):
    body = OPENING + ("Le responsable doit également s'entretenir mercredi avec le ministre letton de "
                      "la Défense, Andris Sprūds.")
    found = [people for _, _, people in meetings(analyse, body) if "spruds" in people]
    assert found and "donahue" not in found[0]


# -- `au lendemain du sommet entre Z et W`: the people of a landmark event did not meet the sentence's two ----

def test_the_people_of_a_landmark_summit_are_left_to_it(analyse):
    body = ("Le ministre letton de la Défense Andris Sprūds a rencontré vendredi à Vilnius son homologue lituanien "
            "Laurynas Kasčiūnas, au lendemain du sommet entre les présidents Edgars Rinkēvičs et Gitanas Nausėda.")
    found = [people for kind, _, people in meetings(analyse, body) if "spruds" in people]
    assert found and "kasciunas" in found[0] and "rinkevics" not in found[0] and "nauseda" not in found[0]


def test_the_people_met_beside_a_landmark_all_take_part(analyse):
    body = ("Le ministre letton de la Défense Andris Sprūds a rencontré vendredi à Vilnius son homologue lituanien "
            "Laurynas Kasčiūnas et le président Gitanas Nausėda, au lendemain du sommet de l'OTAN.")
    found = [people for kind, _, people in meetings(analyse, body) if "spruds" in people]
    assert found and {"kasciunas", "nauseda"} <= set(found[0])
