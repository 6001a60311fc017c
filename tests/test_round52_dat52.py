"""Meeting dates, round 52: texts of our own, each behaviour with counter-examples.

The page of `page` is published on Thursday 14 March 2024: next Monday is the 18th, last Monday the 11th."""

from __future__ import annotations

import pytest

from conftest import page


def dates(analyse, text: str) -> list[str]:
    return [m["date"] for m in analyse(text)._.meetings]


def days(analyse, text: str) -> dict[str, str]:
    return {e.text: e._.normalized for e in analyse(text).ents if e.label_ == "DATE"}


# -- a day a participial clause tells in passing, back before the story's day, is a flashback: `le lendemain`
#    in a later paragraph counts from the story's day, not from it ------------------------------------------

FLASHBACKS = [
    (page("La commission de la défense de l'Assemblée nationale a reçu le mardi 12 mars le chef d'état-major de "
          "l'armée de Terre, le général Pierre Schill. En ouverture, le président a rendu hommage au sergent "
          "Paul Martin, tué samedi dernier au Mali.\n\nLe lendemain matin, la commission a reçu le délégué "
          "général pour l'armement, Emmanuel Chiva."), "2024-03-13"),
    ("La commission des affaires étrangères et de la défense du Sénat a entendu le mercredi 6 mars 2024 le "
     "ministre des Armées Sébastien Lecornu. Le président Cédric Perrin a salué la mémoire du caporal Jean "
     "Dupont, tué dimanche dernier en Irak.\n\nLe lendemain, la commission a reçu le chef d'état-major des "
     "armées, le général Thierry Burkhard.", "2024-03-07"),
    (page("Le vendredi 8 mars, le chef d'état-major des armées, le général Thierry Burkhard, a reçu à Paris son "
          "homologue britannique, l'amiral Tony Radakin. Les deux chefs ont évoqué la frégate Alsace, attaquée le "
          "lundi 4 mars en mer Rouge.\n\nLe lendemain, le général Burkhard s'est entretenu avec son "
          "homologue italien, l'amiral Giuseppe Cavo Dragone."), "2024-03-09"),
]


@pytest.mark.parametrize(("text", "day"), FLASHBACKS)
def test_the_next_day_counts_from_the_story_not_from_a_day_told_in_passing(analyse, text, day):
    assert dates(analyse, text)[-1] == day


def test_a_day_told_in_passing_still_anchors_the_next_day_of_its_own_paragraph(analyse):
    text = page("Le ministre des Armées a reçu le mardi 12 mars son homologue nigérien. Cette visite intervient "
                "après le sommet de la CEDEAO, tenu le 9 mars à Abuja. Le lendemain, les chefs d'état-major de "
                "l'organisation se sont réunis à Accra.")
    assert days(analyse, text)["Le lendemain"] == "2024-03-10"


def test_a_story_told_forward_counts_from_its_last_day(analyse):
    text = page("Le lundi 11 mars, le ministre des Armées a reçu son homologue belge Ludivine Dedonder. Le mardi "
                "12 mars, il s'est rendu à Berlin.\n\nLe lendemain, il a rencontré le ministre allemand de la "
                "Défense Boris Pistorius.")
    assert dates(analyse, text)[-1] == "2024-03-13"


def test_a_participle_that_opens_the_story_is_no_flashback(analyse):
    text = page("Arrivé le lundi 11 mars à Paris, le ministre ukrainien de la Défense Roustem Oumerov a été reçu "
                "le mardi 12 mars par Sébastien Lecornu.\n\nLe lendemain, il s'est entretenu avec le général "
                "Thierry Burkhard.")
    assert dates(analyse, text) == ["2024-03-12", "2024-03-13"]


def test_a_paragraph_in_the_pluperfect_counts_the_eve_from_its_own_day(analyse):
    text = page("Le mardi 12 mars, le ministre a reçu son homologue grec Nikos Dendias.\n\nLe samedi 9 mars, le "
                "ministre avait rencontré son homologue italien Guido Crosetto. La veille, il s'était entretenu "
                "avec le général Thierry Burkhard.")
    assert dates(analyse, text) == ["2024-03-12", "2024-03-09", "2024-03-08"]


# -- a weekday the parser hangs on a compound preposition (`à partir de lundi`, `dès lundi`) takes the tense
#    of the verb above it: a future gives the next such day ----------------------------------------------------

STARTS = [
    ("Les consultations entre les ministres de la Défense se poursuivront à partir de lundi à Bruxelles, où le "
     "secrétaire général de l'OTAN recevra son homologue.", "lundi", "2024-03-18"),
    ("Les entretiens entre le ministre des Armées et son homologue allemand Boris Pistorius reprendront à partir "
     "de mardi à Berlin.", "mardi", "2024-03-19"),
    ("Les passations de services entre ministres sortants et entrants se dérouleront à partir de lundi dans les "
     "différents ministères.", "lundi", "2024-03-18"),
    ("Les ministres de la Défense de l'Union se réuniront dès lundi à Luxembourg pour un Conseil des affaires "
     "étrangères.", "lundi", "2024-03-18"),
    ("Le dialogue stratégique entre Paris et Varsovie s'ouvrira à partir de mercredi à Varsovie, en présence du "
     "ministre polonais de la Défense.", "mercredi", "2024-03-20"),
]


@pytest.mark.parametrize(("body", "word", "day"), STARTS)
def test_a_weekday_after_a_compound_preposition_under_a_future_is_the_next_one(analyse, body, word, day):
    assert days(analyse, page(body))[word] == day


def test_a_weekday_after_a_compound_preposition_under_a_past_stays_the_last_one(analyse):
    body = "Les négociations entre les délégations ont repris à partir de lundi à Genève, sous l'égide du médiateur."
    assert days(analyse, page(body))["lundi"] == "2024-03-11"
