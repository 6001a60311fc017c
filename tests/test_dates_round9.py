"""Dates, round 9: a weekday after a present passive (`il est attendu vendredi`) is the coming one; a
`même jour` in the sentence of a day to come is that day; each with a counter-example.

The header line sets the publication date: Thursday 6 March 2025.
"""

from __future__ import annotations

import pytest

HEADER = "Titre de l'article\n\n  • 6 mars 2025 -\n\n"


def _dates(analyse, text: str) -> dict[str, str]:
    doc = analyse(HEADER + text)
    return {s.text: s._.normalized for s in doc.spans["dates"]}


def test_weekday_after_a_present_passive_is_the_coming_one(analyse):
    found = _dates(analyse, "Le chef d'état-major a inspecté la base navale. Il est attendu samedi à Toulon.")
    assert found["samedi"] == "2025-03-08"


def test_weekday_after_a_past_passive_is_the_last_one(analyse):
    found = _dates(analyse, "Le chef d'état-major a inspecté la base navale. Il a été reçu samedi à Toulon.")
    assert found["samedi"] == "2025-03-01"


def test_two_weekdays_after_a_present_passive_make_one_span(analyse):
    found = _dates(analyse, "La ministre lituanienne est reçue jeudi et vendredi à Paris par son homologue.")
    assert found["jeudi et vendredi"] == "2025-03-06/2025-03-07"


def test_same_day_in_the_sentence_of_a_day_to_come(analyse):
    found = _dates(analyse, "Le ministre est attendu samedi à Varsovie, avant de rejoindre un forum qui "
                            "s'ouvre le même jour à Berlin.")
    assert found["le même jour"] == "2025-03-08"


def test_same_day_in_a_later_sentence_keeps_a_told_day(analyse):
    found = _dates(analyse, "Le ministre s'est rendu le 4 mars à Varsovie. Il est attendu samedi à Berlin. "
                            "Le même jour, il avait signé un accord à Varsovie.")
    assert found["samedi"] == "2025-03-08"
    assert found["Le même jour"] == "2025-03-04"  # not a day after publication, told in another sentence


def test_eve_of_an_event_is_no_day_counted_from_the_text(analyse):
    found = _dates(analyse, "Le ministre a visité la base le 3 mars. À la veille d'un conseil européen, "
                            "il a réuni les chefs d'état-major.")
    assert "la veille" not in {k.lower() for k in found}


def test_eve_alone_counts_from_the_day_told(analyse):
    found = _dates(analyse, "Le ministre a visité la base le 3 mars. La veille, il avait réuni les chefs d'état-major.")
    assert found["La veille"] == "2025-03-02"


def test_same_day_with_no_day_in_its_paragraph_is_the_last_day_told(analyse):
    found = _dates(analyse, "Le ministre a rencontré vendredi son homologue à Singapour.\n\n"
                            "Les deux délégations ont parlé de sécurité maritime.\n\n"
                            "Le chef de la marine a rencontré l'amiral le même jour, selon un communiqué.")
    assert found["le même jour"] == "2025-02-28"


def test_same_day_never_counts_from_a_range_of_years(analyse):
    found = _dates(analyse, "Le ministre a reçu mercredi le général à Rabat.\n\n"
                            "Ils ont salué la feuille de route 2020-2030.\n\n"
                            "Le même jour, le général a visité une base aérienne.")
    assert found["Le même jour"] == "2025-03-05"


def _meetings(analyse, text: str) -> list[dict]:
    return analyse(HEADER + text)._.meetings or []


def _eve_story(verb: str) -> str:
    return ("Le ministre belge de la Défense, Jan Peeters, a participé jeudi à la réunion des ministres de la "
            "Défense de l'OTAN à Bruxelles.\n\n"
            "La veille, au même endroit, le ministre polonais Adam Nowicki avait exposé ses priorités devant "
            "la presse.\n\n"
            f"Adam Nowicki y {verb} le ministre ukrainien de la Défense, Petro Bondar.\n")


def test_pluperfect_paragraph_goes_on_with_the_eve_scene(analyse):
    meetings = _meetings(analyse, _eve_story("avait rencontré"))
    assert {m["date"] for m in meetings if "bondar" in m["people"]} == {"2025-03-05"}


def test_compound_past_paragraph_stays_in_the_story_day(analyse):
    meetings = _meetings(analyse, _eve_story("a rencontré"))
    assert {m["date"] for m in meetings if "bondar" in m["people"]} == {"2025-03-06"}


def test_infinitive_under_a_conditional_is_to_come(analyse):
    found = _dates(analyse, "Le ministre a visité la base. Le budget pourrait être évoqué dimanche à Bruxelles.")
    assert found["dimanche"] == "2025-03-09"


def test_infinitive_under_a_present_is_the_nearest_weekday(analyse):
    found = _dates(analyse, "La capitale se prépare à accueillir samedi le sommet des chefs d'État.")
    assert found["samedi"] == "2025-03-08"


def test_infinitive_under_a_past_is_the_last_weekday(analyse):
    found = _dates(analyse, "Le ministre a tenu à visiter samedi le régiment blessé.")
    assert found["samedi"] == "2025-03-01"


def test_plan_told_in_the_imperfect_passive_is_the_nearest_month(analyse):
    found = _dates(analyse, "L'exercice a été reporté. Il était prévu en janvier avec les alliés.")
    assert found["janvier"] == "2025-01"


def test_plan_in_the_present_passive_is_to_come(analyse):
    found = _dates(analyse, "Un nouvel exercice est prévu en janvier avec les alliés.")
    assert found["janvier"] == "2026-01"


def test_season_with_its_year_names_the_year(analyse):
    found = _dates(analyse, "Le régiment s'était illustré lors de la bataille de la Somme, à l'été 1916.")
    assert "1916" in found.values()


def test_season_alone_names_no_date(analyse):
    found = _dates(analyse, "Le régiment doit partir au printemps pour le Sahel.")
    assert not found or all("printemps" not in k for k in found)


@pytest.mark.parametrize("words, value", [
    ("de lundi à ce mercredi", "2025-03-03/2025-03-05"),
    ("du mardi au jeudi", "2025-03-04/2025-03-06"),
])
def test_weekday_range_is_one_span(analyse, words, value):
    found = _dates(analyse, f"Le président a séjourné à Dakar {words}, avant de regagner Paris.")
    assert found[words.split(" ", 1)[1]] == value


def test_weekdays_without_a_start_word_stay_apart(analyse):
    found = _dates(analyse, "Le président est arrivé lundi à Dakar et a parlé mercredi aux soldats.")
    assert found["lundi"] == "2025-03-03" and found["mercredi"] == "2025-03-05"


def test_year_after_en_on_a_past_meeting_verb_dates_the_meeting(analyse):
    meetings = _meetings(analyse, (
        "Le ministre belge de la Défense, Jan Peeters, a visité jeudi les troupes à Rukla.\n\n"
        "En 2019 déjà, le ministre Jan Peeters s'était rendu auprès des soldats, en compagnie du général "
        "Marc Dubois.\n"))
    assert "2019" in {m["date"] for m in meetings}


def test_year_of_a_plan_does_not_date_the_meeting(analyse):
    meetings = _meetings(analyse, (
        "Le ministre belge de la Défense, Jan Peeters, a visité jeudi les troupes à Rukla.\n\n"
        "Le ministre Jan Peeters se rendra auprès des soldats pour préparer le plan de 2030, en compagnie "
        "du général Marc Dubois.\n"))
    assert "2030" not in {m["date"] for m in meetings}


def test_opening_month_dates_a_sentence_the_parse_split(analyse):
    meetings = _meetings(analyse, (
        "Le ministre belge de la Défense, Jan Peeters, a visité jeudi le chantier naval de Gand.\n\n"
        "En janvier dernier, en marge de la réunion informelle des ministres de la Défense organisée à Anvers, "
        "le général Marc Dubois avait fait visiter le port au ministre grec, Nikos Andreou.\n"))
    assert any(m["date"] == "2025-01" for m in meetings if "Anvers" in " ".join(m["sentences"]))


def test_month_inside_the_sentence_does_not_open_it(analyse):
    meetings = _meetings(analyse, (
        "Le ministre belge de la Défense, Jan Peeters, a visité jeudi le chantier naval de Gand.\n\n"
        "En marge de la réunion informelle des ministres de la Défense organisée à Anvers, le général Marc "
        "Dubois a présenté le programme lancé en janvier au ministre grec, Nikos Andreou.\n"))
    assert all(m["date"] != "2025-01" for m in meetings if "Anvers" in " ".join(m["sentences"]))


def test_relative_clause_after_the_meeting_noun_gives_its_span(analyse):
    meetings = _meetings(analyse, (
        "La ministre Anna Keller ne participera pas au Forum de Halifax sur la sécurité, qui s'ouvre ce "
        "vendredi et se poursuivra jusqu'à dimanche.\n"))
    assert any(m["date"] == "2025-03-07/2025-03-09" for m in meetings)


def test_relative_clause_on_another_noun_gives_no_span(analyse):
    meetings = _meetings(analyse, (
        "La ministre Anna Keller ne participera pas au Forum de Halifax avec le ministre Paul Roy, "
        "qui arrive ce vendredi et restera jusqu'à dimanche.\n"))
    assert all(m["date"] != "2025-03-07/2025-03-09" for m in meetings)


def test_expected_on_a_weekday_is_the_coming_one_even_a_week_ahead(analyse):
    found = _dates(analyse, "Le ministre a inspecté la base. Il est attendu mercredi à Rome.")
    assert found["mercredi"] == "2025-03-12"


def test_expected_told_in_the_imperfect_is_the_last_one(analyse):
    found = _dates(analyse, "Le ministre a inspecté la base. Il était attendu mercredi à Rome.")
    assert found["mercredi"] == "2025-03-05"
