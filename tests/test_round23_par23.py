"""Meeting rows, participants and hosts, round 23 (par23): texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import HEADLINE, page


def article(body: str, published: str = "14 mars 2024", headline: str = HEADLINE) -> str:
    return page(body, published, headline)


def people(doc) -> list[list[str]]:
    return [list(m["people"]) for m in doc._.meetings]


def kinds(doc) -> list[str]:
    return [m["kind"] for m in doc._.meetings]


# -- `faire face à` + people: a face-to-face meeting (verb key `locution`) -----------------------------------

def test_facing_counterparts_is_a_meeting(analyse):
    doc = analyse(article("Mardi à Oslo, le ministre chilien de la Défense, Carlos Peña, a fait face à ses "
                          "homologues norvégien, Erik Lund, et danois, Jens Holm, pendant trois heures."))
    assert any({"pena", "lund", "holm"} <= set(p) for p in people(doc))


def test_facing_a_crisis_is_no_meeting(analyse):
    doc = analyse(article("Mardi à Oslo, le ministre chilien de la Défense, Carlos Peña, a fait face à une "
                          "grave crise budgétaire et a fait une déclaration devant la presse."))
    assert not doc._.meetings


# -- a cleft `c'est X qui a reçu Y`: the relative `qui` stands for the person before it ----------------------

PAIR = ("Le ministre colombien des Affaires étrangères, Iván Ortega, et son homologue équatorien, Luis Pardo, ont "
        "signé mardi un accord frontalier. Le lendemain, c'est {who} qui a reçu les deux {what} à Lima.")


def test_cleft_receiver_hosts_the_pair(analyse):
    doc = analyse(article(PAIR.format(who="le président péruvien Jorge Almeida", what="chefs de la diplomatie")))
    assert any(m["host"] == "almeida" and {"ortega", "pardo"} <= set(m["people"]) for m in doc._.meetings)


def test_cleft_on_a_thing_is_no_meeting(analyse):
    doc = analyse(article(PAIR.format(who="la base navale de Callao", what="frégates")))
    # the two ministers signing together met (round 57); the base receiving frigates is no meeting
    assert all("Callao" not in m["sentence"] for m in doc._.meetings)
    assert all(set(m["people"]) <= {"ortega", "pardo"} for m in doc._.meetings)


# -- a meeting noun inside a place's name (`La Réunion`) is no gathering --------------------------------------

def test_island_name_is_no_meeting(analyse):
    doc = analyse(article("Le général Marc Dupuis a inspecté mardi les forces françaises stationnées à La "
                          "Réunion, avant de regagner Paris."))
    assert "réunion" not in kinds(doc)


def test_a_meeting_noun_still_a_meeting(analyse):
    doc = analyse(article("Le général Marc Dupuis a présidé mardi à Paris une réunion des commandants des "
                          "forces stationnées outre-mer, dont le colonel Luc Martin."))
    assert "réunion" in kinds(doc)
