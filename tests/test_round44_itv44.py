"""Interviews, analyses and press reviews, round 44: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def countries(analyse, body: str) -> dict[str, str]:
    doc = analyse(page(body))
    return {o["key"]: o["country"] for o in doc._.officials}


# -- `ses homologues allemande et polonais, A et B`: the demonyms go to the names in order, one each ------

def test_two_counterparts_listed_after_two_demonyms_take_one_each(analyse):
    found = countries(analyse, "Le ministre des Affaires étrangères, Stéphane Séjourné, a accueilli lundi ses "
                               "homologues allemande et polonais, Annalena Baerbock et Radosław Sikorski, à Paris.")
    assert (found["baerbock"], found["sikorski"]) == ("Allemagne", "Pologne")


def test_three_counterparts_listed_after_three_demonyms_take_one_each(analyse):
    found = countries(analyse, "Le ministre des Armées a reçu ses homologues britannique, italien et allemand, "
                               "John Healey, Guido Crosetto et Boris Pistorius, à Paris le 3 mars.")
    assert (found["healey"], found["crosetto"], found["pistorius"]) == ("Royaume-Uni", "Italie", "Allemagne")


def test_a_name_outside_the_list_takes_no_demonym_of_it(analyse):
    found = countries(analyse, "Le ministre des Armées a reçu son homologue britannique, John Healey, et le "
                               "ministre Guido Crosetto à Paris le 3 mars.")
    assert (found["healey"], found["crosetto"]) == ("Royaume-Uni", "")


def test_a_periphrasis_with_a_demonym_then_names_the_one_of_that_country(analyse):
    doc = analyse(page("Le ministre des Affaires étrangères, Stéphane Séjourné, a accueilli lundi ses homologues "
                       "allemande et polonais, Annalena Baerbock et Radosław Sikorski, à Paris. « Nous ne laisserons "
                       "pas la Russie écrire notre avenir », a lancé le ministre français à l'issue des travaux."))
    assert [q["speaker"] for q in doc._.quotes] == ["Stéphane Séjourné"]
