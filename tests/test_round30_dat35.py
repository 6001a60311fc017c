"""Meeting dates, round 30 (dat35): texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def dates(analyse, body: str, published: str = "14 mars 2024") -> list[tuple[str, str]]:
    doc = analyse(page(body, published))
    return [(m["kind"], m["date"]) for m in doc._.meetings]


# -- a stop opened by a relative clause (`une tournée qui l'a d'abord conduit à X`) takes no day of the main
# clause: the meetings told there keep the day their own paragraph names -----------------------------------

TOUR = ("Le ministre italien des Affaires étrangères, Marco Ferretti, a achevé vendredi 8 mars à Dakar une tournée "
        "ouest-africaine qui l'a d'abord {verb} à Abidjan.\n\n"
        "Mercredi 6 mars, le ministre a été reçu à Abidjan par le président Alassane Ouattara. Il a ensuite tenu "
        "une conférence de presse commune avec le ministre ivoirien des Affaires étrangères, Kacou Houadja.")


def test_a_stop_of_a_relative_clause_leaves_the_day_told_there(analyse):
    found = dates(analyse, TOUR.format(verb="conduit"))
    assert ("conférence de presse", "2024-03-06") in found


def test_a_stop_of_the_main_verb_still_opens_on_its_day(analyse):
    found = dates(analyse, "Le ministre italien des Affaires étrangères, Marco Ferretti, s'est rendu vendredi "
                           "8 mars à Abidjan.\n\nIl a tenu une conférence de presse commune avec le ministre "
                           "ivoirien des Affaires étrangères, Kacou Houadja.")
    assert ("conférence de presse", "2024-03-08") in found
