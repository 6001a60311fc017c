"""Meeting participants, round 61: two ways a text names the people at the meeting just told without a meeting
word in their sentence. A delegation told as the subject of one sentence and taken up by `elle` in the next
(`La délégation était conduite par X. Elle comprenait Y`): the members the pronoun's verb of composition names
take part. A verb of attendance whose `à` complement is the proceedings of that meeting with a definite article
(`X a pris part aux discussions`, `Y et Z ont assisté aux débats`) reads like its clitic `y`. Texts of our own,
each with a counter-example."""

from __future__ import annotations

from conftest import page


def people(analyse, body: str) -> list[list[str]]:
    return [sorted(m["people"]) for m in analyse(page(body))._.meetings]


# -- `elle` standing for the delegation told just before -----------------------------------------------------

def test_a_pronoun_taking_up_the_delegation_names_its_members(analyse):
    found = people(analyse, "Le Premier ministre, Ali Lamine Zeine, a reçu lundi à Niamey une délégation "
                            "malienne. La délégation était conduite par le ministre de la Défense, le général "
                            "Sadio Camara. Elle comprenait également le chef d'état-major général des armées, "
                            "le général Oumar Diarra.")
    assert any({"zeine", "camara", "diarra"} <= set(p) for p in found)  # Diarra, named after `Elle`, came too


def test_a_pronoun_taken_up_twice_still_stands_for_the_delegation(analyse):
    found = people(analyse, "La délégation burkinabè a été accueillie mardi à Bamako par le général Kéba "
                            "Sangaré. Elle est conduite par le colonel-major Alain Palé. Elle comprend aussi le "
                            "colonel Théophile Nikiéma.")
    assert any({"sangare", "pale", "nikiema"} <= set(p) for p in found)  # the second `Elle`: the same party


def test_a_pronoun_standing_for_a_minister_names_no_member(analyse):
    # counter-example: the subject before `Elle` is the minister, no delegation: what she understands is no party
    found = people(analyse, "La ministre des Armées, Florence Parly, a reçu lundi à Paris son homologue "
                            "allemande, Annegret Kramp-Karrenbauer. La ministre a salué le travail commun. Elle "
                            "comprend les inquiétudes du général Jean-Pierre Martin.")
    assert all("martin" not in p for p in found)


# -- `aux discussions`: the proceedings of the meeting just told ----------------------------------------------

def test_taking_part_in_the_discussions_is_taking_part_in_the_meeting(analyse):
    found = people(analyse, "Les ministres de la Défense de l'Union africaine se sont réunis lundi à "
                            "Addis-Abeba sous la présidence du commissaire Bankole Adeoye. Le ministre kényan de "
                            "la Défense, Aden Duale, a pris part aux discussions avec ses homologues.")
    assert any({"adeoye", "duale"} <= set(p) for p in found)


def test_ambassadors_attending_the_debates_are_there(analyse):
    found = people(analyse, "Les ministres de la Défense de l'Union africaine se sont réunis lundi à "
                            "Addis-Abeba sous la présidence du commissaire Bankole Adeoye. L'ambassadeur de France "
                            "en Éthiopie, Alexis Lamek, et l'ambassadeur d'Italie, Agostino Palese, ont assisté "
                            "aux débats.")
    assert any({"adeoye", "lamek", "palese"} <= set(p) for p in found)


def test_other_discussions_of_another_year_add_no_one(analyse):
    # counter-example: `à des discussions` (indefinite) of 2019: other proceedings, another time
    found = people(analyse, "Les ministres de la Défense de l'Union africaine se sont réunis lundi à "
                            "Addis-Abeba sous la présidence du commissaire Bankole Adeoye. Le général Oumar Diarra "
                            "avait participé à des discussions sur le budget en 2019.")
    assert all("diarra" not in p for p in found)


# -- `Autour de lui avaient pris place X et Y`: the seated put after the verb ----------------------------------

def test_people_seated_after_the_verb_are_present(analyse):
    found = people(analyse, "Le ministre ivoirien de la Défense, Téné Birahima Ouattara, a reçu mardi à Abidjan "
                            "son homologue ghanéen, Dominic Nitiwul. Autour de lui avaient pris place le chef "
                            "d'état-major général des armées, le général Lassina Doumbia, et l'ambassadeur du "
                            "Ghana, Kwasi Asante.")
    assert any({"ouattara", "nitiwul", "doumbia", "asante"} <= set(p) for p in found)


def test_an_unnamed_crowd_seated_after_the_verb_adds_no_one(analyse):
    # counter-example: the seated are named by no one; the place after `dans` names no person
    found = people(analyse, "Le ministre ivoirien de la Défense, Téné Birahima Ouattara, a reçu mardi à Abidjan "
                            "son homologue ghanéen, Dominic Nitiwul. Dans la salle avaient pris place des "
                            "officiers et des membres du corps diplomatique.")
    assert sorted(map(sorted, found)) == [["nitiwul", "ouattara"]]
