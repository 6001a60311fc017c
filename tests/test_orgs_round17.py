"""The organisation of an official whose membership title (`conseiller fédéral`, the body he sits in) follows
the title of the body he heads (round 17, `components/affiliation.py` `headed_bodies`): texts of our own,
each behaviour with a counter-example."""

from __future__ import annotations

from conftest import HEADLINE, page


def article(body: str, published: str = "14 mars 2024", headline: str = HEADLINE) -> str:
    return page(body, published, headline)


def organisation(doc, surname: str) -> str:
    return next(p["organisation"] for p in doc._.officials if p["name"].endswith(surname))


DDPS = "Département fédéral de la défense, de la protection de la population et des sports"


def test_the_body_headed_before_a_membership_title_is_his(analyse):
    doc = analyse(article(f"Le chef du {DDPS} (DDPS), le conseiller fédéral Hans Keller, a visité mardi la base "
                          "aérienne de Payerne avec des officiers."))
    assert organisation(doc, "Keller") == DDPS


def test_a_membership_title_alone_keeps_its_body(analyse):
    doc = analyse(article("Le conseiller fédéral Hans Keller a visité mardi la base aérienne de Payerne avec "
                          "des officiers."))
    assert organisation(doc, "Keller") == "Conseil fédéral"


def test_a_body_named_in_another_clause_is_not_headed_by_him(analyse):
    doc = analyse(article(f"Le {DDPS} (DDPS) a publié un rapport, et le conseiller fédéral Hans Keller a visité "
                          "mardi la base aérienne de Payerne."))
    assert organisation(doc, "Keller") == "Conseil fédéral"


# -- an acronym glued to one or two capitals by a hyphen is another acronym --------------------------

def orgs(doc) -> set[str]:
    return {e.text for e in doc.ents if e.label_ == "ORG"}


def test_an_acronym_with_a_hyphened_capital_is_not_the_listed_one(analyse):
    doc = analyse(article("Le ministre a présenté mardi le rapport devant la CPS-N, qui l'a adopté sans débat."))
    assert "CPS" not in orgs(doc)


def test_the_listed_acronym_before_a_hyphened_word_stays(analyse):
    doc = analyse(article("Le ministre a présenté mardi le rapport devant le Conseil OTAN-Russie, réuni à Bruxelles."))
    assert any("OTAN" in o for o in orgs(doc))
