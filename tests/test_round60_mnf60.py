"""Meetings not found, round 60: a verb of meeting again (`se revoir`) announces another meeting between the
people just told of, never the one held. Texts of our own, with counter-examples."""

from __future__ import annotations

from conftest import page


def meetings(analyse, body: str) -> list[tuple[str, list[str], str]]:
    return [(m["location"], sorted(m["people"]), m["status"]) for m in analyse(page(body))._.meetings]


def test_two_ministers_to_meet_again_in_a_month_and_town(analyse):
    found = meetings(analyse, "Le ministre des Armées Sébastien Lecornu a reçu mardi son homologue grec Nikos "
                              "Dendias à l'hôtel de Brienne. Les deux ministres doivent se revoir en juin à Athènes.")
    assert ("Athènes", ["dendias", "lecornu"], "planned") in found and len(found) == 2


def test_the_future_of_meeting_again_with_a_pronoun(analyse):
    found = meetings(analyse, "Le ministre Boris Pistorius s'est entretenu jeudi à Berlin avec son homologue "
                              "polonais Władysław Kosiniak-Kamysz. Ils se reverront en mars à Varsovie.")
    assert ("Varsovie", ["kosiniak-kamysz", "pistorius"], "planned") in found and len(found) == 2


def test_the_future_of_meeting_again_with_the_two_men(analyse):
    found = meetings(analyse, "Le ministre Boris Pistorius s'est entretenu jeudi à Berlin avec son homologue "
                              "polonais Władysław Kosiniak-Kamysz. Les deux hommes se reverront en mai à Varsovie.")
    assert ("Varsovie", ["kosiniak-kamysz", "pistorius"], "planned") in found and len(found) == 2


def test_meeting_again_in_a_season_is_a_meeting_of_its_own(analyse):
    found = meetings(analyse, "La ministre Ludivine Dedonder a rencontré lundi à Luxembourg son homologue Yuriko "
                              "Backes. Les deux ministres doivent se revoir à l'automne à Bruxelles.")
    assert ("Bruxelles", ["backes", "dedonder"], "planned") in found and len(found) == 2


def test_chiefs_of_staff_to_meet_again(analyse):
    found = meetings(analyse, "Le chef d'état-major des armées, le général Thierry Burkhard, a reçu vendredi à "
                              "Paris son homologue italien, l'amiral Giuseppe Cavo Dragone. Les deux chefs "
                              "doivent se revoir en septembre à Rome.")
    assert ("Rome", ["burkhard", "dragone"], "planned") in found and len(found) == 2


def test_revoir_a_file_is_no_meeting(analyse):
    found = meetings(analyse, "Le ministre Guido Crosetto a rencontré mardi à Rome son homologue Sébastien "
                              "Lecornu. Il compte revoir le dossier du SAMP/T en avril.")
    assert len(found) == 1


def test_revoir_a_budget_upwards_is_no_meeting(analyse):
    found = meetings(analyse, "La ministre Kajsa Ollongren a reçu lundi à La Haye son homologue belge Ludivine "
                              "Dedonder. Le gouvernement doit revoir à la hausse le budget de la défense.")
    assert len(found) == 1


def test_agreeing_to_meet_again_is_a_plan(analyse):
    found = meetings(analyse, "La ministre Ludivine Dedonder a rencontré lundi à Luxembourg son homologue Yuriko "
                              "Backes. Les deux ministres sont convenues de se revoir en juin à Bruxelles.")
    assert ("Bruxelles", ["backes", "dedonder"], "planned") in found and len(found) == 2
