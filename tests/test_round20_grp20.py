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


# -- a singular pronoun subject agrees in gender with the person it stands for ---------------------------

def attendees(doc, kind_word: str) -> list[str]:
    return [k for m in doc._.meetings if kind_word in m["kind"] for k in m["people"]]


def test_elle_skips_a_man_named_as_subject_in_between(analyse):
    doc = analyse(article("La ministre de la Défense, Marie Dubois, a rencontré mardi à Vilnius son homologue, "
                          "Petras Kazlauskas. Le général Jonas Petraitis a salué le soutien de la France. Elle doit "
                          "participer vendredi à la réunion des ministres de la Défense de l'OTAN à Bruxelles."))
    assert attendees(doc, "réunion") == ["dubois"]


def test_elle_stands_for_the_woman_named_last_as_subject(analyse):
    doc = analyse(article("La ministre de la Défense, Marie Dubois, a rencontré mardi à Vilnius son homologue, "
                          "Petras Kazlauskas. La générale Rasa Petraitiene a salué le soutien de la France. Elle doit "
                          "participer vendredi à la réunion des ministres de la Défense de l'OTAN à Bruxelles."))
    assert attendees(doc, "réunion") == ["petraitiene"]


def test_il_skips_a_woman_named_as_subject_in_between(analyse):
    doc = analyse(article("Le ministre de la Défense, Marc Dubois, a rencontré mardi à Vilnius son homologue "
                          "lituanienne, Ona Kazlauskiene. La générale Rasa Petraitiene a salué le soutien de la "
                          "France. Il doit participer vendredi à la réunion des ministres de la Défense de l'OTAN à "
                          "Bruxelles."))
    assert attendees(doc, "réunion") == ["dubois"]


def test_elle_for_a_delegation_brings_the_man_who_leads_it(analyse):
    doc = analyse(article("La ministre de la Défense, Marie Dubois, a rencontré mardi à Vilnius son homologue, "
                          "Petras Kazlauskas. Une délégation conduite par le général Jonas Petraitis est attendue "
                          "lundi à Riga. Elle doit y rencontrer le président Karlis Ozols."))
    assert ["petraitis", "ozols"] in [list(m["people"]) for m in doc._.meetings]
