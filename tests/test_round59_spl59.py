"""Meetings, round 59: a tête-à-tête, then talks widened to the delegations told in a sentence of their
own, are two meetings of one visit: the restricted one between the principals, the widened one with the
members of the delegations named after it. Texts of our own, with counter-examples."""

from __future__ import annotations

from conftest import page


def meetings(analyse, body: str) -> list[tuple[str, list[str]]]:
    return [(m["date"], sorted(m["people"])) for m in analyse(page(body))._.meetings]


# -- a widened session told after a tête-à-tête is a meeting of its own ----------------------------------------

def test_talks_before_the_delegations_after_a_tete_a_tete(analyse):
    found = meetings(analyse, "Le président Emmanuel Macron a reçu mardi 12 mars à l'Élysée son homologue kényan, "
                              "William Ruto, pour un tête-à-tête. Les deux chefs d'État se sont ensuite entretenus "
                              "en présence de leurs délégations. Côté français, le ministre des Armées, Sébastien "
                              "Lecornu, y a pris part.")
    assert found == [("2024-03-12", ["macron", "ruto"]), ("2024-03-12", ["lecornu", "macron", "ruto"])]


def test_a_working_session_widened_after_a_restricted_talk(analyse):
    found = meetings(analyse, "Le ministre Bill Blair a eu lundi 11 mars un entretien en tête-à-tête avec son "
                              "homologue américain, Lloyd Austin, au Pentagone. Cet entretien a été suivi d'une "
                              "séance de travail élargie aux délégations des deux pays.")
    assert found == [("2024-03-11", ["austin", "blair"]), ("2024-03-11", ["austin", "blair"])]


def test_after_a_tete_a_tete_the_delegations_met_in_a_widened_session(analyse):
    found = meetings(analyse, "Le président Macky Sall a reçu jeudi 7 mars au palais de la République son "
                              "homologue ivoirien, Alassane Ouattara. Après un tête-à-tête entre les deux "
                              "présidents, les délégations se sont retrouvées en séance élargie. Côté sénégalais, "
                              "le ministre des Forces armées, Sidiki Kaba, y a pris part.")
    # the reception, the widened session with the minister, and the tête-à-tête told as its landmark
    assert found == [("2024-03-07", ["ouattara", "sall"]), ("2024-03-07", ["kaba", "ouattara", "sall"]),
                     ("2024-03-07", ["ouattara", "sall"])]


def test_a_meeting_widened_to_the_delegations_with_a_chief_of_staff(analyse):
    found = meetings(analyse, "La ministre Florence Parly a eu vendredi 8 mars à Berlin un tête-à-tête avec son "
                              "homologue allemande, Annegret Kramp-Karrenbauer. Les deux ministres ont ensuite "
                              "présidé une réunion de travail élargie aux délégations, à laquelle a participé le "
                              "général François Lecointre.")
    assert found == [("2024-03-08", ["kramp-karrenbauer", "parly"]),
                     ("2024-03-08", ["kramp-karrenbauer", "lecointre", "parly"])]


def test_a_restricted_talk_then_talks_with_the_delegations(analyse):
    found = meetings(analyse, "Le général Thierry Burkhard a été reçu mercredi 6 mars à Rabat par le général "
                              "Mohammed Berrid pour un tête-à-tête. Les deux officiers généraux se sont ensuite "
                              "entretenus en présence des deux délégations.")
    assert found == [("2024-03-06", ["berrid", "burkhard"]), ("2024-03-06", ["berrid", "burkhard"])]


# -- counter-examples: one telling, one meeting -----------------------------------------------------------------

def test_a_tete_a_tete_and_its_widening_in_one_sentence_stay_one(analyse):
    found = meetings(analyse, "Le ministre Bill Blair a reçu lundi 11 mars à Ottawa son homologue Lloyd Austin. "
                              "Les deux ministres ont eu un entretien en tête-à-tête, suivi d'une séance de travail "
                              "élargie aux délégations.")
    assert len(found) == 1


def test_talks_widened_with_no_tete_a_tete_before_stay_the_visit(analyse):
    found = meetings(analyse, "Le général Frederik Vansina a accueilli mardi 12 mars à Evere son homologue "
                              "polonais, le général Wiesław Kukuła. Les deux généraux ont ensuite mené des "
                              "entretiens bilatéraux, élargis à leurs délégations.")
    assert len(found) == 1
