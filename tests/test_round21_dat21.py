"""Round 21, dates: a later telling that narrows a month to its days; a headline meeting dated only by
the publication day bounds no story told in the week before it."""

from __future__ import annotations

from pipeline.components.meeting_groups import _dated_opening, _narrows


def _meeting(date: str, own: bool) -> dict:
    return {"date": date, "date_own": own}


def test_days_narrow_their_month():
    assert _narrows("2031-03-07/2031-03-08", "2031-03")
    assert _narrows("2031-03-07", "2031-03")
    assert _narrows("2031-03-07", "2031")


def test_days_of_another_month_or_a_day_narrow_nothing():
    assert not _narrows("2031-04-07", "2031-03")
    assert not _narrows("2031-03-30/2031-04-02", "2031-03")  # runs past the month
    assert not _narrows("2031-03-07", "2031-03-06")  # a day is no period
    assert not _narrows("2031-03", "2031")  # a month names no days


def test_headline_meeting_dated_by_publication_does_not_bound_the_week_before():
    headline, saturday = _meeting("2031-03-09", False), _meeting("2031-03-08", True)
    later = _meeting("2031-03-08", True)
    assert _dated_opening([headline, saturday, later]) == [saturday, later]


def test_a_flashback_months_before_or_an_own_dated_headline_opens_nothing():
    headline, flashback = _meeting("2031-03-09", False), _meeting("2030-09", True)
    assert _dated_opening([headline, flashback]) == [headline, flashback]
    own = _meeting("2031-03-09", True)
    assert _dated_opening([own, _meeting("2031-03-08", True)])[0] is own
