"""Meeting dates and trips, round 27: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def dates(analyse, body: str, published: str = "12 mars 2024") -> list[tuple[str, str]]:
    doc = analyse(page(body, published))
    return [(m["kind"], m["date"]) for m in doc._.meetings]


# -- a meeting noun with a relative clause that only says until when it goes on: the sentence's day opens it --

def test_a_summit_going_on_until_a_later_day_spans_from_the_day_told(analyse):
    found = dates(analyse, "Le président sénégalais, M. Amadou Sall, a présidé lundi à Dakar l'ouverture des travaux "
                           "du sommet de la Communauté sahélienne, qui se tient jusqu'à mercredi au centre de "
                           "conférences.")
    assert ("sommet", "2024-03-11/2024-03-13") in found


def test_a_summit_held_on_a_day_told_in_its_clause_keeps_that_day(analyse):
    found = dates(analyse, "Le président sénégalais, M. Amadou Sall, a présidé lundi à Dakar l'ouverture des travaux "
                           "du sommet de la Communauté sahélienne, qui se tient mercredi au centre de conférences.")
    assert found and all("/" not in d for _, d in found)


def test_a_summit_going_on_until_a_day_with_no_other_day_is_no_span(analyse):
    found = dates(analyse, "Le président sénégalais, M. Amadou Sall, préside à Dakar le sommet de la Communauté "
                           "sahélienne, qui se tient jusqu'à mercredi au centre de conférences.")
    assert found and all("/" not in d for _, d in found)
