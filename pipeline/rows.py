"""The typed rows our stages hang on the Doc, and the date value they share: plain data, one module.

Every value is a TypedDict (a plain dict at run time), so Docs keep them through the parse cache
(msgpack), worker processes and Dask. `run/export.py` turns them into table rows.

A date value carries its granularity: `granularity()` reads it from the ISO form's grammar, never
from its length, and `first_day()`/`last_day()` give the calendar days it covers.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Literal, TypedDict

Granularity = Literal["day", "month", "year", "range", "week", "weekend", "season", "decade", "century", "duration",
                      "unknown"]
Status = Literal["held", "planned", "cancelled"]


class Provenance(TypedDict):
    """Where a row was read: the rule that made it, its sentence and that sentence's offsets."""

    rule: str
    sentence: str
    start_char: int
    end_char: int


class Official(TypedDict):
    """One person of a document, every mention merged (`components/officials.py`)."""

    key: str  # surname, lower case: the person within the document
    name: str  # the fullest form of the name, without rank or civility
    rank: str
    role: str
    role_as_written: str
    organisation: str  # canonical name
    organisation_as_written: str  # the words of the text that named it (`l'armée de l'Air`), when a span did
    organisation_id: str  # `organisations:<id>` when the organisation is in the rule files
    country: str
    counterpart: bool  # introduced as someone's counterpart (`son homologue`)
    counterpart_title: str  # `homologue polonais`: that word as written, his title when the text gives no other
    titled: bool
    mentions: list[list[int]]  # [start_char, end_char] of each mention
    first_char: int
    rules: dict[str, str]  # field -> the rule that gave it


class Meeting(TypedDict, total=False):
    """A meeting, talks or visit (`components/meetings.py`): the frame read from its mentions
    (`components/meeting_mentions.py`), grouped (`components/meeting_groups.py`)."""

    meeting_id: str
    kind: str  # the trigger as the text names it (`entretien`, `visite`)
    status: Status | str  # a mention that does not say has ""; a meeting is always one of Status
    date: str  # ISO value: a day, a month, a year or a range
    location: str
    host: str  # person key
    people: list[str]  # person keys, host included
    guests: list[str]
    groups: list[str]  # groups as written (`délégation pakistanaise`)
    hosted: list[tuple[str, str, str, int, int]]  # (host, guest, sentence, start_char, end_char)
    rule: str
    sentence: str
    sentences: list[str]
    start_char: int
    end_char: int
    subject: list[str]  # person keys in the subject of the first mention's main verb (who met the others)
    side: bool  # a side meeting (`en marge de`)
    remote: bool  # by telephone or video: no place
    verb_only: bool  # first read from a verb, no meeting noun
    strong_host: bool  # the host read from the parse (a subject, an agent, `sous la présidence de`)
    anaphoric: bool  # its first mention refers back (`La rencontre s'est tenue ...`)
    statuses: list[str]  # the status each mention gave
    date_own: bool  # the date read from its own mentions, not from the context


class Relation(TypedDict):
    """A typed link (`components/relations.py`): person keys are turned into names at export."""

    relation: Literal["MET", "HOSTED", "COUNTERPART_OF", "MEMBER_OF", "PART_OF", "ACRONYM_OF"]
    subject_id: str
    object_id: str
    subject: str
    object: str
    sentence: str
    start_char: int
    end_char: int
    rule: str


class Quote(TypedDict):
    """A direct quotation and its speaker (`components/quotes.py`)."""

    quote_id: str
    quote: str
    start_char: int
    end_char: int
    speaker_key: str
    speaker: str


# -- date values ----------------------------------------------------------------------------------

_FORMS: list[tuple[Granularity, re.Pattern]] = [
    ("day", re.compile(r"\d{4}-\d\d-\d\d")),
    ("month", re.compile(r"\d{4}-\d\d")),
    ("year", re.compile(r"\d{4}")),
    ("week", re.compile(r"\d{4}-W\d\d")),
    ("weekend", re.compile(r"\d{4}-W\d\d-WE")),
    ("season", re.compile(r"\d{4}-(?:SP|SU|FA|WI)")),
    ("decade", re.compile(r"\d{3}X")),
    ("century", re.compile(r"\d\dXX")),
    ("duration", re.compile(r"P(?:\d+[YMWD])+|PT.+")),
]


CALENDAR_DAYS = ("day", "month", "range", "week", "weekend", "season")  # values that date a story, unlike `2023`


def granularity(value: str) -> Granularity:
    """What an ISO value names: `2021-11-24` a day, `2021-06` a month, `2021-11-22/2021-11-25` a range."""
    value = value.split("T", 1)[0]
    if "/" in value:
        return "range"
    for name, form in _FORMS:
        if form.fullmatch(value):
            return name
    return "unknown"


def first_day(value: str) -> date | None:
    """The first calendar day a day, month, year or range covers; None for other values."""
    start = value.split("/", 1)[0].split("T", 1)[0]
    kind = granularity(start)
    try:
        if kind == "day":
            return date.fromisoformat(start)
        if kind == "month":
            return date(int(start[:4]), int(start[5:7]), 1)
        if kind == "year":
            return date(int(start), 1, 1)
    except ValueError:
        return None
    return None


def within(day: str, period: str) -> bool:
    """`2023-07-11` lies within `2023-07-11/2023-07-12`; equal values too (ISO values compared as text)."""
    if day == period:
        return True
    start, _, end = period.partition("/")
    first, _, last = day.partition("/")
    return bool(end) and start <= first and (last or first) <= end


def last_day(value: str) -> date | None:
    """The last calendar day a day, month, year or range covers; None for other values."""
    end = value.rsplit("/", 1)[-1].split("T", 1)[0]
    kind = granularity(end)
    try:
        if kind == "day":
            return date.fromisoformat(end)
        if kind == "month":
            year, month = int(end[:4]), int(end[5:7])
            return date(year, month, calendar.monthrange(year, month)[1])
        if kind == "year":
            return date(int(end), 12, 31)
    except ValueError:
        return None
    return None


def is_day(value: str) -> bool:
    return granularity(value) == "day"
