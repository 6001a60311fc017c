"""National titles written without a country (`le chef de l'État`, `le président de la République`) name
the head of state of the story's country, not a foreign president named before (round 10, `people.py`
`role_references`): texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def official(doc, key: str) -> dict:
    return next(p for p in doc._.officials if p["key"] == key)


def roles(doc) -> dict[str, str]:
    return {p["key"]: p["role"] for p in doc._.officials}


FOREIGN_GUEST = ("Le président sénégalais Amadou Sarr a été reçu jeudi à Paris par Jean Dupont. Les deux hommes ont "
                 "évoqué la coopération militaire. ")


def test_an_unqualified_head_of_state_is_not_the_foreign_president(analyse):
    doc = analyse(page("PARIS, 14 mars (AFP) - " + FOREIGN_GUEST + "Le chef de l'État a ensuite salué les "
                       "troupes engagées au Sahel."))
    assert official(doc, "sarr")["country"] == "Sénégal"
    assert roles(doc).get("dupont") in ("chef de l'État", "président de la République")


def test_a_qualified_foreign_head_of_state_is_still_the_foreign_president(analyse):
    doc = analyse(page("PARIS, 14 mars (AFP) - " + FOREIGN_GUEST + "Le chef de l'État sénégalais a ensuite salué "
                       "les troupes engagées au Sahel."))
    assert roles(doc).get("dupont", "") == ""
