"""ORG entities (round 22, org22: `components/entities.py`, institutions.yml `document_heads`,
organisations.yml `generic.fds`): a text or a plan is no body, nor the acronym the text defines for one; a
dateline's place in capitals with an elided first letter; a state's `forces de défense et de sécurité`.
Texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import HEADLINE, page


def article(body: str, published: str = "14 mars 2024", headline: str = HEADLINE) -> str:
    return page(body, published, headline)


def orgs(doc) -> set[str]:
    return {e.text for e in doc.ents if e.label_ == "ORG"}


# -- a text or a plan is what bodies adopt, not a body ---------------------------------------------------

def test_a_constitution_is_no_body(analyse):
    doc = analyse(article("Le général Amadou Keita a juré de respecter la Constitution devant le Conseil "
                          "constitutionnel réuni à Bamako."))
    assert "Constitution" not in orgs(doc)


def test_a_plan_is_no_body(analyse):
    doc = analyse(article("Le ministre Paul Ondo a présenté mardi le Plan national de relance des régions "
                          "de l'Est aux élus de la province."))
    assert not any(o.startswith("Plan") for o in orgs(doc))


def test_an_acronym_defined_after_a_law_is_no_body(analyse):
    doc = analyse(article("Le Parlement examinera au printemps la loi d'orientation de la défense (LOD). "
                          "La LOD prévoit une hausse des crédits, a indiqué le ministre Jean Martin."))
    assert "LOD" not in orgs(doc)


def test_an_acronym_of_a_body_named_after_a_treaty_stays(analyse):
    # the text's noun is a complement of the body's head (`Organisation du traité ...`): the body stays
    doc = analyse(article("Le ministre Jean Martin a rencontré les représentants de l'Organisation du traité "
                          "de coopération régionale (OTCR) à Genève. L'OTCR réunit onze États."))
    assert "OTCR" in orgs(doc)


# -- a dateline's place in capitals -----------------------------------------------------------------------

def test_a_dateline_with_an_elided_capital_is_no_body(analyse):
    doc = analyse(article("N'ZEREKORE - Le ministre de la Défense, Paul Kamano, a visité lundi le camp "
                          "militaire de N'Zérékoré, où il a rencontré les officiers."))
    assert "ZEREKORE" not in orgs(doc) and "N'ZEREKORE" not in orgs(doc)


def test_an_acronym_in_capitals_opening_a_line_stays_a_body(analyse):
    doc = analyse(article("L'OTAN - Le secrétaire général de l'OTAN a reçu mardi le ministre Jean Martin à "
                          "Bruxelles."))
    assert "OTAN" in orgs(doc)


# -- a state's defence and security forces ----------------------------------------------------------------

def test_forces_de_defense_et_de_securite_are_a_body(analyse):
    doc = analyse(article("Le président a salué l'engagement des forces de défense et de sécurité dans la "
                          "lutte contre les groupes armés, a rapporté le ministre Paul Kamano."))
    assert "forces de défense et de sécurité" in orgs(doc)


def test_forces_de_defense_alone_are_no_such_body(analyse):
    doc = analyse(article("Le président a salué l'engagement des forces de défense dans la lutte contre les "
                          "groupes armés, a rapporté le ministre Paul Kamano."))
    assert "forces de défense et de sécurité" not in orgs(doc)
