"""Round 11: weeks as a meeting's date, days of another event's clause, a meeting told in a relative on
a participle's agent, editors' notes (`components/meeting_mentions.py`, `components/meeting_groups.py`):
texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import dated_page as article


def meeting_with(doc, key: str) -> dict:
    return next(m for m in doc._.meetings if key in m["people"])


# -- a calendar week dates a meeting by its month -----------------------------------------------

def test_a_calendar_week_is_the_month_it_lies_in():
    from pipeline.components.meeting_mentions import week_as_month

    assert week_as_month("2024-03-11/2024-03-17") == "2024-03"
    assert week_as_month("2024-04-29/2024-05-05") == "2024-05"  # its Thursday: most of its days


def test_a_span_of_days_that_is_no_calendar_week_stays():
    from pipeline.components.meeting_mentions import week_as_month

    assert week_as_month("2024-03-12/2024-03-14") == "2024-03-12/2024-03-14"
    assert week_as_month("2024-03-12/2024-03-18") == "2024-03-12/2024-03-18"  # not from a Monday
    assert week_as_month("2024-03-12") == "2024-03-12"


WEEK = ("Le ministre grec de la Défense, M. Nikos Pappas, a tenu cette semaine à Athènes des entretiens "
        "avec des officiers chypriotes venus assister {clause}. Le général chypriote Andreas Kyprianou a été "
        "reçu au ministère.")


def test_a_meeting_told_this_week_takes_the_month_not_the_day_of_a_ceremony_in_a_clause(analyse):
    doc = analyse(article("16 mars 2024", WEEK.format(clause="aux cérémonies du 13 mars")))
    dates = {m["date"] for m in doc._.meetings if "pappas" in m["people"] or "kyprianou" in m["people"]}
    assert dates == {"2024-03"}


def test_a_meeting_told_this_week_without_another_day_is_its_month(analyse):
    doc = analyse(article("16 mars 2024", WEEK.format(clause="aux manoeuvres navales")))
    assert meeting_with(doc, "pappas")["date"] == "2024-03"


def test_a_date_in_a_clause_on_another_noun_describes_that_thing(analyse):
    from pipeline.components.meeting_mentions import dates_described_thing

    doc = analyse(article("16 mars 2024", "Le ministre a reçu des officiers venus assister aux cérémonies du "
                          "13 mars. Le ministre a reçu le 14 mars le général."))
    days = {e.text: e for e in doc.ents if e.label_ == "DATE"}
    assert dates_described_thing(days["13 mars"])
    assert not dates_described_thing(days["14 mars"])


# -- a meeting verb in a relative on the agent of a participle --------------------------------------

AGENT = ("Le 20 septembre 2023, le ministre roumain de la Défense, M. Ion Stanescu, a reçu à Bucarest son "
         "homologue moldave, M. Victor Rusu. Cette visite fait suite à celle {clause}")


def test_a_meeting_in_a_relative_on_a_participles_agent_takes_the_participles_month(analyse):
    doc = analyse(article("21 septembre 2023", AGENT.format(
        clause="effectuée à Chisinau, en mai, par le ministre Ion Stanescu, qui avait été accueilli par le "
               "président moldave, M. Andrei Lungu.")))
    assert meeting_with(doc, "lungu")["date"] == "2023-05"


def test_a_relative_on_a_subject_takes_no_date_of_the_main_verb():
    from pipeline.components.meeting_mentions import _agent_relative_date
    from pipeline.run.model import load_model

    nlp = load_model()
    doc = nlp("Le ministre Ion Stanescu, qui avait reçu son homologue, a visité en mai la base de Constanta.")
    verb = next(t for t in doc if t.lower_ == "reçu")
    dates = [doc.char_span(doc.text.index("mai"), doc.text.index("mai") + 3, label="DATE")]
    assert _agent_relative_date(verb, [d for d in dates if d is not None], ()) == ""


# -- an editor's note in brackets dates nothing told ------------------------------------------------

def test_a_date_in_an_editors_note_is_not_the_meetings(analyse):
    doc = analyse(article("14 mai 2024", "[Mis à jour le 15 mai à 08h00] Le ministre belge, M. Luc Verbeke, a "
                          "rencontré à Bruxelles son homologue néerlandais, M. Joost Smit."))
    assert meeting_with(doc, "smit")["date"] != "2024-05-15"


def test_a_date_outside_brackets_still_dates_the_meeting(analyse):
    doc = analyse(article("16 mai 2024", "[Mis à jour] Le 15 mai, le ministre belge, M. Luc Verbeke, a "
                          "rencontré à Bruxelles son homologue néerlandais, M. Joost Smit."))
    assert meeting_with(doc, "smit")["date"] == "2024-05-15"
