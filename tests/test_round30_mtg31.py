"""Meeting triggers, round 30 (`components/meeting_mentions.py`, `rules/meetings.yml`): a change of command
(`la passation de commandement`) is a ceremony, and the two officers of the change told just before it take
part; on texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import HEADLINE, page


def article(body: str, published: str = "14 mars 2025", headline: str = HEADLINE) -> str:
    return page(body, published, headline)


def ceremonies(doc) -> list[dict]:
    return [m for m in doc._.meetings if m["kind"] == "cérémonie"]


def participants(doc) -> set[str]:
    return {p for m in doc._.meetings for p in m["people"]}


# -- `la passation de commandement s'est tenue à X`: a ceremony, with who presides it ----------------------------

def test_a_change_of_command_is_a_ceremony(analyse):
    doc = analyse(article(
        "La passation de commandement s'est tenue jeudi dans la cour de la base aérienne 702 d'Avord, en "
        "présence du ministre des Armées, Paul Garnier."))
    assert [m["rule"] for m in ceremonies(doc)] == ["rule:meetings:passation"]
    assert "garnier" in participants(doc)


def test_a_career_start_is_no_ceremony(analyse):
    doc = analyse(article(
        "Depuis sa prise de fonctions en 2022, le ministre des Armées, Paul Garnier, a visité jeudi la base "
        "aérienne 702 d'Avord."))
    assert not ceremonies(doc)


# -- the officers of the change told in the sentence before take part ------------------------------------------

SUCCESSION = ("Jeudi 13 mars 2025, le général Henri Castel a succédé au général Louis Mercier à la tête de "
              "l'armée de Terre. {ceremony}")


def test_the_officers_of_a_change_told_before_join_its_ceremony(analyse):
    doc = analyse(article(SUCCESSION.format(ceremony=(
        "La passation de fonctions s'est tenue aux Invalides, en présence du ministre des Armées, Paul Garnier."))))
    assert {"castel", "mercier", "garnier"} <= participants(doc)


def test_a_change_told_as_past_does_not_join_the_ceremony(analyse):
    doc = analyse(article(
        "En 2021, le général Henri Castel avait succédé au général Louis Mercier à la tête de l'armée de Terre. "
        "La passation de fonctions s'est tenue jeudi aux Invalides, en présence du ministre des Armées, "
        "Paul Garnier."))
    assert not {"castel", "mercier"} & participants(doc)


def test_a_plain_ceremony_after_a_change_adds_no_officer(analyse):
    doc = analyse(article(SUCCESSION.format(ceremony=(
        "Le lendemain, une cérémonie d'hommage aux soldats tombés s'est tenue aux Invalides, en présence du "
        "ministre des Armées, Paul Garnier."))))
    assert not {"castel", "mercier"} & participants(doc)


# -- the one succeeded (`arrivé en succédant à l'amiral X`) is a former holder, not at the meeting -----------

def test_the_predecessor_named_in_a_succession_clause_is_not_at_the_visit(analyse):
    doc = analyse(article(
        "Le chef d'état-major de la Marine, nommé en 2023 en succédant à l'amiral Louis Mercier, a profité "
        "jeudi de la visite du ministre des Armées, Paul Garnier, pour présenter ses priorités."))
    assert doc._.meetings and "mercier" not in participants(doc)


def test_a_companion_named_in_the_same_clause_still_joins_the_visit(analyse):
    doc = analyse(article(
        "Le chef d'état-major de la Marine, accompagné de l'amiral Louis Mercier, a profité jeudi de la visite "
        "du ministre des Armées, Paul Garnier, pour présenter ses priorités."))
    assert "mercier" in participants(doc)
