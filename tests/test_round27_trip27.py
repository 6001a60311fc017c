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


# -- a movement verb to a building of a town (`a atterri sur la base aérienne de X`) opens a stop: a meeting
# told after it, with a place of its own but no day of its own, is held on that stop's day ------------------

TOUR = ("Samedi, le ministre ukrainien de la Défense Oleh Petrenko était en Norvège, où il s'est entretenu avec le "
        "Premier ministre norvégien Jonas Berg. {landing}\n\nDans un hangar, il a examiné les avions promis à "
        "l'Ukraine.\n\nQuelques heures plus tard, changement de décor : le "
        "ministre ukrainien a été accueilli sur la base navale de Bergen par des officiers de marine.")


def test_a_landing_on_an_air_base_dates_the_next_welcome_on_its_day(analyse):
    found = dates(analyse, TOUR.format(landing="Dimanche, il a atterri sur la base aérienne de Rygge."),
                  "14 mars 2024")
    assert ("entretiens", "2024-03-09") in found and any(d == "2024-03-10" for k, d in found if k != "entretiens")


def test_a_landing_still_to_come_opens_no_stop(analyse):
    found = dates(analyse, TOUR.format(landing="Dimanche, il atterrira sur la base aérienne de Rygge."),
                  "14 mars 2024")
    assert all(d != "2024-03-10" for _, d in found)


def test_a_welcome_with_a_day_of_its_own_keeps_it_after_a_landing(analyse):
    found = dates(analyse, TOUR.format(landing="Dimanche, il a atterri sur la base aérienne de Rygge.").replace(
        "Quelques heures plus tard", "Lundi"), "14 mars 2024")
    assert any(d == "2024-03-11" for _, d in found) and all(d != "2024-03-10" for _, d in found)
