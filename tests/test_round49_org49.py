"""Organisation entities, round 49: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from spacy.tokens import Span

from conftest import page


def orgs(analyse, body: str) -> list[str]:
    return [e.text for e in analyse(page(body)).ents if e.label_ == "ORG"]


def normalized(analyse, body: str) -> list[str]:
    return [e.kb_id_ or e.text for e in analyse(page(body)).ents if e.label_ == "ORG"]


# -- the armed and security forces taken together, as the states of the Sahel name them ----------------------

def test_the_armed_and_security_forces_together_are_a_body(analyse):
    found = orgs(analyse, "Le chef de l'État a salué le courage des forces armées et de sécurité, engagées depuis "
                          "des mois le long de la frontière orientale.")
    assert any(o.lower() == "forces armées et de sécurité" for o in found)


def test_the_armed_forces_of_no_stated_country_stay_no_body(analyse):
    found = orgs(analyse, "Le chef de l'État a salué le courage des forces armées, engagées depuis des mois le "
                          "long de la frontière orientale.")
    assert not any(o.lower().startswith("forces armées") for o in found)


# -- the auxiliaries of an army named by their full name, without their acronym -----------------------------

def test_the_burkinabe_volunteers_are_a_body_without_their_acronym(analyse):
    found = orgs(analyse, "Le capitaine a rendu hommage aux soldats et aux Volontaires pour la défense de la "
                          "patrie tombés dans l'embuscade de mardi.")
    assert "Volontaires pour la défense de la patrie" in found


def test_volunteers_of_no_body_stay_words(analyse):
    found = orgs(analyse, "Le capitaine a rendu hommage aux volontaires venus aider les blessés après "
                          "l'embuscade de mardi.")
    assert not any("olontaires" in o for o in found)


# -- the European Economic Area is a body of the lists -------------------------------------------------------

def test_the_european_economic_area_is_a_body(analyse):
    found = orgs(analyse, "Les crédits ne financeront que des armes produites dans l'Union ou dans l'Espace "
                          "économique européen, a précisé la Commission.")
    assert "Espace économique européen" in found


def test_a_lower_case_economic_space_is_no_body(analyse):
    found = orgs(analyse, "Les industriels réclament un espace économique plus ouvert aux jeunes entreprises, "
                          "a précisé la Commission.")
    assert not any("espace" in o.lower() for o in found)


# -- a one-word ORG the tagger reads as a verb form (`Revenant sur`, `Provenant de`) is no body ------------------

def _verb_rule(analyse, body: str, word: str) -> tuple[str, bool]:
    from pipeline.components.entities import _capitalised_common_noun
    from pipeline.rulebook import default_rules, load_rules
    from pipeline.rulebook.grammar import Grammar

    doc = analyse(page(body))
    token = next(t for t in doc if t.text == word)
    span = Span(doc, token.i, token.i + 1, label="ORG")
    return token.pos_, _capitalised_common_noun(span, Grammar.from_book(load_rules(default_rules())))


def test_a_capitalised_participle_read_as_org_is_no_body(analyse):
    pos, dropped = _verb_rule(analyse, "Revenant sur la visite présidentielle, le ministre a confié avoir parlé "
                                       "longuement avec son homologue.", "Revenant")
    assert pos == "VERB" and dropped


def test_a_capitalised_proper_noun_read_as_org_stays_a_body(analyse):
    pos, dropped = _verb_rule(analyse, "Selon Frontex, les traversées ont doublé depuis le printemps, a indiqué "
                                       "le ministre.", "Frontex")
    assert pos != "VERB" and not dropped
