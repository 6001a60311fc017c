"""Meeting participants, round 15 (`components/meeting_mentions.py`, `_pair_subject`, `_previous_pair`):
`les deux négociateurs` (a plural noun of people with `les deux`) stands for the two people named before,
and a sentence only adding a member to the party told is passed over. Texts of our own, each behaviour
with a counter-example."""

from __future__ import annotations

from conftest import page

MET = ("Le 12 mars, le ministre norvégien Lars Dahl a reçu à Oslo son homologue polonais, Piotr Nowak. ")
MEMBER = "Le général Jan Berg faisait partie de la délégation. "


def dinner(doc) -> dict:
    return next(m for m in doc._.meetings if m["location"] == "Bergen")


def test_two_people_nouns_stand_for_the_pair_named_before(analyse):
    doc = analyse(page(MET + "Les deux négociateurs s'étaient déjà retrouvés dimanche soir pour un dîner de "
                       "travail à Bergen."))
    assert sorted(dinner(doc)["people"]) == ["dahl", "nowak"]


def test_two_delegations_are_no_pair_of_people(analyse):
    doc = analyse(page(MET + MEMBER + "Les deux délégations s'étaient déjà retrouvées dimanche soir pour un "
                       "dîner de travail à Bergen."))
    assert "berg" not in dinner(doc)["people"]


def test_a_sentence_adding_a_party_member_is_passed_over_for_the_pair(analyse):
    doc = analyse(page(MET + MEMBER + "Les deux hommes s'étaient déjà retrouvés dimanche soir pour un dîner de "
                       "travail à Bergen."))
    assert sorted(dinner(doc)["people"]) == ["dahl", "nowak"]


def test_a_sentence_naming_one_other_person_still_gives_the_pair_its_people(analyse):
    doc = analyse(page(MET + "Le général Jan Berg a inspecté la base de Bodø. Les deux hommes s'étaient "
                       "retrouvés dimanche soir pour un dîner de travail à Bergen."))
    assert "berg" in dinner(doc)["people"]


# `_predecessor_named`: `accueilli par son prédécesseur` hosts the guest with the person the text says
# he succeeded (`succédant à Y`, `a succédé à Y`), `son successeur` the other way.

def ceremony(doc) -> dict:
    return next(m for m in doc._.meetings if m["location"] == "Bruxelles")


def test_the_predecessor_is_the_person_the_guest_succeeded(analyse):
    doc = analyse(page("Lars Dahl a succédé mardi 12 mars 2024 à Piotr Nowak à la tête de l'Alliance. Il a été "
                       "accueilli à Bruxelles par son prédécesseur, au cours d'une brève cérémonie."))
    assert ceremony(doc)["host"] == "nowak"
    assert sorted(ceremony(doc)["people"]) == ["dahl", "nowak"]


def test_the_successor_is_the_person_who_succeeded_the_guest(analyse):
    doc = analyse(page("Piotr Nowak a succédé en 2020 à Lars Dahl. Le mardi 12 mars 2024, Lars Dahl a été "
                       "accueilli à Bruxelles par son successeur, au cours d'une brève cérémonie."))
    assert ceremony(doc)["host"] == "nowak"


def test_a_named_agent_hosts_whatever_succession_was_told(analyse):
    doc = analyse(page("Lars Dahl a succédé en 2020 à Jan Berg. Le mardi 12 mars 2024, Lars Dahl a été "
                       "accueilli à Bruxelles par le général Piotr Nowak, au cours d'une brève cérémonie."))
    assert ceremony(doc)["host"] == "nowak"
    assert "berg" not in ceremony(doc)["people"]
