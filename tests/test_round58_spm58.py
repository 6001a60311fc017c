"""Meetings that are none, round 58: the marks of a rank received (`a reçu les attributs de son grade`,
`ses galons`, `ses étoiles`) are a thing received, no guest, so no visit. Texts of our own, with counter-examples
where `recevoir` has a person for object."""

from __future__ import annotations

from conftest import page


def kinds(analyse, body: str) -> list[str]:
    return [m["kind"] for m in analyse(page(body))._.meetings]


# -- the marks of a rank received: no one met -----------------------------------------------------------------

def test_the_attributes_of_a_rank_received_are_no_visit(analyse):
    assert kinds(analyse, "Le commissaire divisionnaire Paul Mercier a, pour sa part, reçu lundi à Lyon les "
                          "attributs de contrôleur général des services actifs.") == []


def test_stripes_received_are_no_visit(analyse):
    assert kinds(analyse, "Promu la semaine dernière, le colonel Marc Lefèvre a reçu jeudi à Vincennes ses "
                          "galons de général de brigade.") == []


def test_stars_received_are_no_visit(analyse):
    assert kinds(analyse, "Le colonel Amadou Diallo a reçu ses étoiles de général mardi à Dakar, au terme "
                          "d'une carrière de trente ans.") == []


def test_epaulettes_received_are_no_visit(analyse):
    assert kinds(analyse, "À Saint-Cyr, la lieutenante Claire Dubois a reçu samedi ses épaulettes "
                          "d'officier.") == []


def test_a_rank_conferred_is_no_visit(analyse):
    assert kinds(analyse, "Le général Pierre Martin a reçu lundi le grade de général d'armée, quelques jours "
                          "avant sa prise de fonctions à Paris.") == []


# -- counter-examples: a person received is a visit ----------------------------------------------------------

def test_a_general_received_is_a_visit(analyse):
    assert kinds(analyse, "Le ministre des Armées, Sébastien Lecornu, a reçu lundi à Paris le général "
                          "Michael Langley, commandant de l'AFRICOM.") == ["visite"]


def test_a_general_received_after_a_promotion_is_still_a_visit(analyse):
    found = kinds(analyse, "Le général Jean Dubois a reçu jeudi ses galons de général de division. Vendredi, "
                           "il a reçu à Rennes son homologue allemand, le général Carsten Breuer.")
    assert found == ["visite"]
