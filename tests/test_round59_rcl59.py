"""Meeting dates, round 59: a meeting told of as the complement of another verb (a report, a hearing),
then described by a participle set off by a comma (`la conférence ..., réunie les 5 et 6 février à
Bruxelles`): the participle's days belong to its own meeting noun, however the parser hung it. Texts of
our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def dated(analyse, body: str, published: str = "14 mars 2024") -> list[tuple[str, str, str]]:
    return [(m["kind"], m["date"], m["location"]) for m in analyse(page(body, published))._.meetings]


# -- a participle after the meeting noun's phrase, in a sentence told of something else ----------------------

def test_a_conference_reported_on_takes_the_days_of_its_participle(analyse):
    found = dated(analyse, "Le chef d'état-major a rendu compte devant les députés de la conférence des chefs "
                           "d'état-major de la défense de l'Union européenne, réunie les 5 et 6 février à "
                           "Bruxelles sous la présidence du général Robert Brieger.")
    assert ("conférence", "2024-02-05/2024-02-06", "Bruxelles") in [(k.split()[0], d, p) for k, d, p in found]


def test_a_summit_recalled_takes_the_days_of_its_participle(analyse):
    found = dated(analyse, "Le ministre des Armées a évoqué devant les sénateurs le sommet de l'OTAN, réuni "
                           "les 11 et 12 juillet à Vilnius.", "20 septembre 2023")
    assert found == [("sommet", "2023-07-11/2023-07-12", "Vilnius")]


def test_a_ministerial_meeting_takes_the_day_of_its_participle(analyse):
    found = dated(analyse, "Le ministre a présenté aux députés les conclusions de la réunion des ministres de "
                           "la Défense de l'OTAN, tenue le 15 février à Bruxelles.")
    assert [d for _, d, _ in found] == ["2024-02-15"]


def test_a_feminine_participle_after_a_conference_named_in_full(analyse):
    found = dated(analyse, "L'amiral Pierre Vandier a présenté mardi aux parlementaires le bilan de la "
                           "conférence navale de l'océan Indien, organisée le 7 février à Goa.")
    assert "2024-02-07" in [d for _, d, _ in found]


def test_a_plural_participle_after_talks(analyse):
    found = dated(analyse, "Le général Thierry Burkhard a évoqué devant la commission les entretiens "
                           "d'état-major franco-allemands, tenus les 20 et 21 février à Coblence.")
    assert [d for _, d, _ in found] == ["2024-02-20/2024-02-21"]


# -- counter-examples -----------------------------------------------------------------------------------------

def test_a_participle_that_agrees_with_another_noun_dates_nothing(analyse):
    # `signé` is masculine: it tells of the accord, not of the conférence
    found = dated(analyse, "Le ministre a reçu jeudi 7 mars son homologue polonais pour une réunion sur "
                           "l'accord de défense, signé le 9 mai à Nancy.")
    assert [d for _, d, _ in found] == ["2024-03-07"]


def test_a_meeting_with_a_day_of_its_own_verb_keeps_it(analyse):
    found = dated(analyse, "Le ministre a rencontré le 12 mars à Berlin son homologue allemand Boris "
                           "Pistorius, nommé le 19 janvier 2023.")
    assert [d for _, d, _ in found] == ["2024-03-12"]


def test_a_participle_of_planning_gives_the_reported_meeting_no_day(analyse):
    # `prévue` plans: the reported meeting is no held one of these days
    found = dated(analyse, "Le ministre a reçu jeudi 7 mars son homologue estonien Hanno Pevkur. Ils ont "
                           "évoqué la préparation de la réunion des ministres de la Défense de l'OTAN, prévue "
                           "les 13 et 14 juin à Bruxelles.")
    assert "2024-06-13/2024-06-14" not in [d for _, d, _ in found]
