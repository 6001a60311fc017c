"""Round 16 of officials: bylines after a date and signatures, the role of the one succeeded."""

from __future__ import annotations


def _officials(analyse, text):
    return {o["name"]: o for o in analyse(text)._.officials}


def test_byline_after_a_date_is_no_official(analyse):
    text = ("Le Quotidien du Sahel\n\nLa ministre inaugure une caserne\n\n"
            "3 mars 2024 | Par Ibrahima Seydou NDIAYE\n\n"
            "La ministre de la Défense, Aminata Sow, a inauguré lundi une caserne à Thiès.\n")
    people = _officials(analyse, text)
    assert "Aminata Sow" in people
    assert not any("NDIAYE" in name for name in people)


def test_names_of_the_byline_signing_the_article_are_no_officials(analyse):
    text = ("Défense : une nouvelle frégate\n\nPar Paul Garnier et Lucie Morel\n\n"
            "Le ministre des Armées, Jean Lefort, a visité mardi le chantier de Lorient.\n\n"
            "Paul Garnier et Lucie Morel\n")
    people = _officials(analyse, text)
    assert "Jean Lefort" in people
    assert "Paul Garnier" not in people and "Lucie Morel" not in people


def test_a_line_of_names_not_in_the_byline_is_kept(analyse):
    # counter-example: a prose sentence with a bar is no byline
    text = ("Défense : une nouvelle frégate\n\n"
            "Le ministre des Armées, Jean Lefort, a reçu le général Marc Aubert | un geste salué.\n")
    assert "Marc Aubert" in _officials(analyse, text)


def test_the_one_succeeded_held_the_successor_office(analyse):
    text = "Le général Pierre Dubois, chef d'état-major de l'armée de Terre, a succédé au général Jean Martin."
    people = _officials(analyse, text)
    assert people["Jean Martin"]["role"] == "chef d'état-major"


def test_the_one_succeeded_takes_a_role_written_as_subject(analyse):
    text = "Le préfet maritime de l'Atlantique a succédé au vice-amiral d'escadre Paul Lenoir, en poste depuis 2021."
    assert _officials(analyse, text)["Paul Lenoir"]["role"] == "préfet maritime"


def test_replaced_by_another_gives_no_role(analyse):
    # counter-example: `remplacer X par Y` is a decision, the subject's office is neither X's nor Y's
    text = "Le ministre de la Défense, Luc Grand, a remplacé le général Paul Noir par le général Jean Blanc."
    people = _officials(analyse, text)
    assert people["Paul Noir"]["role"] == "" and people["Jean Blanc"]["role"] == ""
