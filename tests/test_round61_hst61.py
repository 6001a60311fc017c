"""Meeting hosts, round 61: a past participle of a host verb opening its sentence (`Reçu par X, Y a ...`,
`Le 3 mai, accueilli par X, Y a ...`) is a passive whatever the parser made of it (the root, a word of the
subject's phrase): the first person after `par` hosts, the last one named before the main verb is received.
Texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def meetings(analyse, body: str) -> list[tuple[str, list[str]]]:
    return [(m["host"], sorted(m["people"])) for m in analyse(page(body))._.meetings]


def test_a_participle_after_a_fronted_date_names_its_host(analyse):
    # the parser hangs `reçu` on the subject's noun: host Moreau, guest Kowalski
    found = meetings(analyse, "Le 12 mars, reçu au ministère par le général Henri Moreau, le ministre polonais "
                              "Adam Kowalski a présenté le programme de coopération.")
    assert found == [("moreau", ["kowalski", "moreau"])]


def test_an_agent_naming_no_one_names_no_host(analyse):
    # counter-example: the guard of honour greets the visitor; the one person named is the one received
    found = meetings(analyse, "Accueilli dans la cour du ministère par un piquet d'honneur, le ministre grec "
                              "Petros Andreou s'est ensuite entretenu avec le ministre Paul Lambert.")
    assert all(host != "andreou" for host, _ in found)


def test_an_active_sentence_after_a_fronted_date_keeps_its_subject_as_host(analyse):
    # counter-example: no participle opens the clause, the subject of `a reçu` hosts
    found = meetings(analyse, "Le 12 mars, le général Henri Moreau a reçu au ministère le ministre polonais "
                              "Adam Kowalski.")
    assert found == [("moreau", ["kowalski", "moreau"])]
