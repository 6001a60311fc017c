"""Dates, round 7: the anchor of `N jours plus tard`, dated headings, time words that are no dates,
weekday pairs, and meeting nouns whose capitals drop their accents. Each with a counter-example.

The header line sets the publication date: Wednesday 24 November 2021.
"""

from __future__ import annotations

import pytest

HEADER = "Titre de l'article\n\n  • 24 Nov. 2021 -\n\n"
# paragraphs enough for a heading to lie below the header lines of a page
BODY = "".join(f"Le régiment a mené sa {n}e manœuvre de l'année sur le camp.\n\n" for n in range(1, 12))


def _dates(analyse, text: str) -> dict[str, str]:
    doc = analyse(HEADER + text)
    return {s.text: s._.normalized for s in doc.spans["dates"]}


def test_days_later_count_from_a_day_not_from_a_year(analyse):
    found = _dates(analyse, "Le colonel a inspecté la base le 10 mars 2021. Les travaux avaient été lancés en 2019. "
                            "Trois jours plus tard, il a rejoint Paris.")
    assert found["Trois jours plus tard"] == "2021-03-13"


def test_days_later_count_not_from_the_day_of_writing(analyse):
    found = _dates(analyse, "Le général a reçu le drapeau le 15 novembre. Le camp porte désormais son nom. "
                            "Quatre jours plus tard, il a quitté le pays.")
    assert found["Quatre jours plus tard"] == "2021-11-19"


def test_a_dated_heading_dates_the_sentence_under_it(analyse):
    text = (BODY + "Le colonel a signé l'accord le 12 mars 2021 à Rome.\n\n"
            "4-5 juillet 2021 : le colonel à Madrid\n\n"
            "Quatre mois plus tard, le colonel se rend en Espagne. Un convoi était arrivé la veille.\n")
    found = _dates(analyse, text)
    assert found["Quatre mois plus tard"] == "2021-07-04/2021-07-05"
    assert found["la veille"] == "2021-07-03"


def test_months_later_without_heading_count_from_the_last_date(analyse):
    found = _dates(analyse, "Le colonel a signé l'accord le 12 mars 2021 à Rome. "
                            "Quatre mois plus tard, le colonel se rend en Espagne.")
    assert found["Quatre mois plus tard"] == "2021-07"


@pytest.mark.parametrize("text, words", [
    ("Le commandant avait promis un retrait « d'ici deux semaines ».", "d'ici deux semaines"),
    ("Les équipages doivent être prêts maintenant, pas dans six mois.", "dans six mois"),
    ("Le régiment entre dans une année de transformation profonde.", "dans une année"),
])
def test_quoted_denied_or_described_times_are_no_dates(analyse, text, words):
    assert words not in _dates(analyse, text)


@pytest.mark.parametrize("text, words, value", [
    ("Le commandant a promis un retrait d'ici deux semaines.", "d'ici deux semaines", "2021-12-06/2021-12-12"),
    ("Les équipages seront relevés dans six mois.", "dans six mois", "2022-05"),
    ("Le régiment sera dissous dans une année.", "dans une année", "2022"),
])
def test_the_same_times_said_plainly_are_dates(analyse, text, words, value):
    assert _dates(analyse, text)[words] == value


def test_day_of_last_year_is_one_date(analyse):
    found = _dates(analyse, "Le général occupait ce poste depuis le 3 août de l'année dernière.")
    assert "l'année dernière" not in found
    assert _dates(analyse, "L'année dernière, le général a quitté son poste.")["L'année dernière"] == "2020"


def test_planned_month_of_a_plan_told_in_the_past_is_the_nearest(analyse):
    assert _dates(analyse, "L'exercice, programmé en septembre, avait été reporté.")["septembre"] == "2021-09"
    assert _dates(analyse, "Le général a fixé trois objectifs d'ici au sommet, prévu en septembre.")["septembre"] \
        == "2022-09"


def test_old_year_and_year_after_pour(analyse):
    found = _dates(analyse, "Le traité fut conclu en 1786. Les activités prévues pour 2022 ont été présentées.")
    assert found["1786"] == "1786"
    assert found["2022"] == "2022"
    assert "1500" not in _dates(analyse, "La brigade compte en 1500 hommes.")


def test_two_weekdays_joined_by_et_are_one_range(analyse):
    found = _dates(analyse, "Le ministre a accueilli lundi et mardi à Rome son homologue.")
    assert found["lundi et mardi"] == "2021-11-22/2021-11-23"
    found = _dates(analyse, "Le ministre a reçu lundi son homologue; il repartira samedi.")
    assert "lundi" in found and not any(" et " in k for k in found)


def _meetings(analyse, text: str) -> list[tuple[str, str]]:
    doc = analyse(HEADER + text)
    return [(m.get("kind"), m.get("date")) for m in doc._.meetings]


def test_meeting_nouns_in_capitals_without_accents(analyse):
    kinds = [k for k, _ in _meetings(analyse, "Le président Jean Dupont a entamé lundi une VISITE D'ETAT au Ghana, "
                                              "où il a été reçu par le président Kofi Mensah.")]
    assert "visite d'État" in kinds
    assert _meetings(analyse, "La REUNION des ministres Paul Martin et Hans Weber s'est tenue mardi à Berlin.")


def test_a_lower_case_participle_is_no_meeting_noun(analyse):
    text = ("Mme Anna Keller avait rencontré Mme Lise Moreau le 16 janvier à Bruxelles, "
            "lors de sa première visite de travail en Belgique.")
    kinds = [k for k, _ in _meetings(analyse, text)]
    assert kinds == ["visite de travail"]
