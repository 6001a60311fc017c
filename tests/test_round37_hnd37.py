"""Changes of command, round 37 (`components/meeting_mentions.py`, `rules/meetings.yml` `handover_next`): a bare
`la cérémonie` or `la prise d'armes` next to a change told in the sentence right before or right after takes
the two officers of the change; texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def ceremony_people(doc) -> set[str]:
    return {p for m in doc._.meetings if m["kind"] == "cérémonie" for p in m["people"]}


CHANGE = "Le général Henri Castel a succédé au général Louis Mercier à la tête de la 9e brigade."


# -- the change told in the sentence right after the ceremony ------------------------------------------------

def test_a_change_told_right_after_the_ceremony_joins_it(analyse):
    doc = analyse(page("La cérémonie s'est déroulée jeudi matin au quartier Ruffin, à Poitiers, en présence du "
                       "ministre des Armées, Paul Garnier. " + CHANGE))
    assert {"castel", "mercier", "garnier"} <= ceremony_people(doc)


def test_a_ceremony_with_a_complement_of_its_own_takes_no_officer_told_after(analyse):
    doc = analyse(page("La cérémonie d'hommage aux soldats tombés s'est déroulée jeudi matin au quartier Ruffin, "
                       "à Poitiers, en présence du ministre des Armées, Paul Garnier. " + CHANGE))
    assert "garnier" in ceremony_people(doc)
    assert not {"castel", "mercier"} & ceremony_people(doc)


# -- the change told in the sentence right before `la prise d'armes` -------------------------------------------

def test_a_change_told_right_before_a_prise_d_armes_joins_it(analyse):
    doc = analyse(page(CHANGE + " La prise d'armes était présidée jeudi par le chef d'état-major de l'armée de "
                       "Terre, le général Paul Garnier."))
    assert {"castel", "mercier", "garnier"} <= ceremony_people(doc)


def test_a_change_told_as_past_does_not_join_a_prise_d_armes(analyse):
    doc = analyse(page("En 2021, le général Henri Castel avait succédé au général Louis Mercier à la tête de la 9e "
                       "brigade. La prise d'armes était présidée jeudi par le chef d'état-major de l'armée de "
                       "Terre, le général Paul Garnier."))
    assert "garnier" in ceremony_people(doc)
    assert not {"castel", "mercier"} & ceremony_people(doc)


def test_an_indefinite_ceremony_after_a_change_takes_no_officer(analyse):
    doc = analyse(page(CHANGE + " Une prise d'armes était présidée jeudi par le chef d'état-major de l'armée de "
                       "Terre, le général Paul Garnier."))
    assert not {"castel", "mercier"} & ceremony_people(doc)


# -- a change dated on another day than the ceremony is another event --------------------------------------------

def test_a_change_dated_another_day_does_not_join_the_ceremony(analyse):
    doc = analyse(page("Le lundi 3 mars 2025, le général Henri Castel a succédé au général Louis Mercier à la tête "
                       "de la 9e brigade. La cérémonie s'est déroulée le jeudi 13 mars 2025 au quartier Ruffin, en "
                       "présence du ministre des Armées, Paul Garnier."))
    assert "garnier" in ceremony_people(doc)
    assert not {"castel", "mercier"} & ceremony_people(doc)


def test_a_change_dated_the_same_day_joins_the_ceremony(analyse):
    doc = analyse(page("Le jeudi 13 mars 2025, le général Henri Castel a succédé au général Louis Mercier à la "
                       "tête de la 9e brigade. La cérémonie s'est déroulée le jeudi 13 mars 2025 au quartier "
                       "Ruffin, en présence du ministre des Armées, Paul Garnier."))
    assert {"castel", "mercier", "garnier"} <= ceremony_people(doc)


# -- `X a pris ses fonctions, succédant à Y`: the participle's officer is the subject of its clause ------------

def test_the_officer_taking_office_while_succeeding_joins_the_ceremony(analyse):
    doc = analyse(page("Le général Henri Castel a pris jeudi ses fonctions de commandant de la 9e brigade, "
                       "succédant au général Louis Mercier. La cérémonie s'est déroulée au quartier Ruffin, en "
                       "présence du ministre des Armées, Paul Garnier."))
    assert {"castel", "mercier", "garnier"} <= ceremony_people(doc)


def test_a_former_holder_named_in_a_relative_clause_does_not_join(analyse):
    doc = analyse(page("Le général Henri Castel, qui a succédé en 2020 au général Louis Mercier, a présidé jeudi "
                       "la cérémonie au quartier Ruffin, en présence du ministre des Armées, Paul Garnier."))
    assert "mercier" not in ceremony_people(doc)


# -- `X a pris ses fonctions` (meetings.yml `office_taking`): the incoming officer of a change told alone ---------

def test_the_officer_taking_office_before_a_change_of_command_joins_it(analyse):
    doc = analyse(page("Le nouveau commandant de la 9e brigade, le général Henri Castel, a officiellement pris ses "
                       "fonctions jeudi à Poitiers. La passation de commandement, présidée par le ministre des "
                       "Armées, Paul Garnier, s'est tenue au quartier Ruffin."))
    assert {"castel", "garnier"} <= ceremony_people(doc)


def test_an_office_taken_long_before_does_not_join_the_change_of_command(analyse):
    doc = analyse(page("Le général Henri Castel avait pris ses fonctions de commandant de la 9e brigade en 2021. "
                       "La passation de commandement, présidée par le ministre des Armées, Paul Garnier, s'est "
                       "tenue jeudi au quartier Ruffin."))
    assert "garnier" in ceremony_people(doc)
    assert "castel" not in ceremony_people(doc)


def test_taking_something_else_than_an_office_does_not_join_the_change_of_command(analyse):
    doc = analyse(page("Le général Henri Castel a pris jeudi la route de Poitiers. La passation de commandement, "
                       "présidée par le ministre des Armées, Paul Garnier, s'est tenue au quartier Ruffin."))
    assert "garnier" in ceremony_people(doc)
    assert "castel" not in ceremony_people(doc)
