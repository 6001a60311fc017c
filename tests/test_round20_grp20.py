"""Meeting participants, round 20 (grp20): texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import HEADLINE, page


def article(body: str, published: str = "14 mars 2024", headline: str = HEADLINE) -> str:
    return page(body, published, headline)


def people(doc) -> list[list[str]]:
    return [list(m["people"]) for m in doc._.meetings]


# -- `que dirige X` on an institution: who heads the body, not who attends -----------------------------

RECEIVED = ("Le ministre de la Défense, Paul Mba, a reçu mardi à Libreville l'ambassadeur de France, Jean Martin. "
            "L'audience s'est déroulée en présence ")


def test_the_head_of_a_body_named_in_a_relative_clause_does_not_attend(analyse):
    doc = analyse(article(RECEIVED + "de plusieurs cadres de l'état-major général des armées, que dirige le général "
                          "Pierre Ndong."))
    assert "ndong" not in [k for p in people(doc) for k in p]


def test_the_leader_of_a_delegation_named_in_a_relative_clause_attends(analyse):
    doc = analyse(article(RECEIVED + "de la délégation que conduit le général Pierre Ndong."))
    assert "ndong" in [k for p in people(doc) for k in p]
