"""Round 23, meeting dates: a meeting told by the day it ended and the day a participle says it began (or
its length in days) runs over those days; a standfirst meeting dated by a guess (the page's day) takes the
day the body gives it in the week before."""

from __future__ import annotations

from pipeline.components.meeting_groups import _guessed_opening_day


def _dates(doc) -> list[str]:
    return [m["date"] for m in doc._.meetings]


def _page(published: str, body: str) -> str:
    return f"Actualités\n\nPublié le : {published}\n\n{body}\n"


def test_ended_on_a_day_and_begun_on_another_is_a_range(analyse):
    doc = analyse(_page("vendredi 12 mai 2023", "Le président du Sénégal, Macky Sall, et le président de la Côte "
                        "d'Ivoire, Alassane Ouattara, ont achevé jeudi une visite d'État, commencée mardi, par un "
                        "communiqué commun."))
    assert "2023-05-09/2023-05-11" in _dates(doc)


def test_ended_on_a_day_after_a_visit_of_days_is_a_range(analyse):
    doc = analyse(_page("vendredi 12 mai 2023", "Le président du Sénégal, Macky Sall, et le président de la Côte "
                        "d'Ivoire, Alassane Ouattara, ont achevé jeudi une visite d'État de trois jours par un "
                        "communiqué commun."))
    assert "2023-05-09/2023-05-11" in _dates(doc)


def test_a_day_said_by_no_end_verb_stays_a_day(analyse):
    doc = analyse(_page("vendredi 12 mai 2023", "Le président du Sénégal, Macky Sall, a reçu jeudi le président "
                        "de la Côte d'Ivoire, Alassane Ouattara, arrivé mardi à Dakar."))
    assert "2023-05-11" in _dates(doc)
    assert not any("/" in d for d in _dates(doc))


def _mention(date: str, kind: str = "visite", people=("a", "b")) -> dict:
    return {"date": date, "kind": kind, "people": list(people)}


def _meeting(date: str, kind: str = "visite officielle", own: bool = False, people=()) -> dict:
    return {"date": date, "kind": kind, "date_own": own, "people": list(people)}


def test_a_guessed_standfirst_visit_takes_the_body_day():
    meeting = _meeting("2031-04-08")
    assert _guessed_opening_day(_mention("2031-04-07"), [meeting]) is meeting
    assert meeting["date"] == "2031-04-07" and meeting["date_own"]


def test_an_own_dated_or_other_kind_or_other_people_or_far_meeting_is_not_redated():
    assert _guessed_opening_day(_mention("2031-04-07"), [_meeting("2031-04-08", own=True)]) is None
    assert _guessed_opening_day(_mention("2031-04-07", kind="sommet"), [_meeting("2031-04-08")]) is None
    assert _guessed_opening_day(_mention("2031-04-07"), [_meeting("2031-04-08", people=["c"])]) is None
    assert _guessed_opening_day(_mention("2031-03-20"), [_meeting("2031-04-08")]) is None  # weeks before
    assert _guessed_opening_day(_mention("2031-04-09"), [_meeting("2031-04-08")]) is None  # after the guess
    two = [_meeting("2031-04-08"), _meeting("2031-04-08")]
    assert _guessed_opening_day(_mention("2031-04-07"), two) is None  # not the story's only meeting
