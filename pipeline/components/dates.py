"""Stage 3b: find dates and give each an ISO 8601 value.

Forms: `24 novembre 2021`, `1er juillet`, `24 Nov. 2021`, `15/11/2019`, `lundi 14 juin`,
`juin 2021`, `en 2022`, ranges `du 22 au 25 novembre 2021` and `les 16 et 17 février`, and
relative expressions from `rules/dates.yml` (`le mois dernier`, `l'année à venir`, `mi-juin`).

Also (issue #11): numeric forms (`12/05`, `03/2019`, `14-02-2018`, `2019-04-17`, `31.05.2024`),
two-digit years (`mars 97`), month-first orders (`mars 3, 2021`), spans of years (`entre 2015 et
2019`, `2022/2023`) and of months (`juin-juillet`), offsets (`il y a quatre jours`, `dans deux
semaines`; `pendant trois ans` is a DURATION `P3Y`), seasons (`au printemps`), holidays (`à Noël`,
`à Pâques`), decades (`les années 90`), weekends, and anchors (`le surlendemain`, `ce même jeudi`).

Values: a day `2021-11-24`, a month `2021-06`, a year `2022`, a range `2021-11-22/2021-11-25`, a
season `2021-SP`, a decade `199X`. The days a written range names (`du [20] au [31 mai 2024]`) are
kept apart, each with its end of the range's value (`doc.spans["range_days"]`).
A date without its year follows the tense of its verb (`il se rendra jeudi`: the next one; `a reçu
jeudi`: the last one) or a cue word (`depuis`, `prévu`).
A date without its year, or a relative one, is resolved against the publication date, else
against the nearest absolute date before it in the text. The year chosen for `le 14 juillet` is
the one that puts it nearest the reference (news speaks of the recent past and near future), not
blindly the reference's own year.

The header lines of news pages (`• 24 Nov. 2021 -`, `Mis à jour le: 02 Dec. 2021 09:20`) give
the document's publication and update dates.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from spacy.tokens import Doc, Span

from pipeline.components.spans import continued, doc_text, story_of
from pipeline.rows import CALENDAR_DAYS, granularity, is_day
from pipeline.rulebook.grammar import Grammar, future_ending
from pipeline.rulebook.loader import RuleBook

SPANS_KEY = "dates"
RANGE_DAYS = "range_days"  # the days a written range names (`du [20] au [31 mai 2024]`), each a DATE of its own
WHOLE_RANGE_DAYS = "whole_range_days"  # those of them written whole: `du [mardi 21] au [jeudi 23 novembre]`
APOS = "['\u2019]"
WORD = re.compile(r"\w+")
DIGIT = "0"  # stands for any word that starts with a digit


YEAR_DAYS = 365  # a day further from the publication is history told in passing


class _Words(list):
    """(offset, word) pairs of `DateFinder._words`, with the offsets of each word, indexed once: each
    pattern then visits the words it can begin with, not every word of the text."""

    @property
    def by_word(self) -> dict[str, list[int]]:
        index = self.__dict__.get("_by_word")
        if index is None:
            index = self.__dict__["_by_word"] = {}
            for start, word in self:
                index.setdefault(word, []).append(start)
        return index
MARKED_LINE = 140  # a header line with `Publié le`, `Mis à jour le`: longer lines are body text
SP = r"[^\S\n]"  # a space that is not a line break: no date runs over two lines
YEAR = r"(?:1[89]\d\d|20\d\d)(?!\d)"
YY = r"\d\d(?![\d,.:]\d|\d)"  # a two-digit year, checked against what follows (`_two_digit_ok`)
PAST, NONE, FUTURE = -1, 0, 1
WEEK_DAYS = 7  # a bare weekday names a day less than a week from the story's date
NAME_BEFORE_DATE_RE = re.compile(r"\b[A-ZÀ-Ý][\w-]*\s+(?:du|des|de)\s+$")  # `le Bâtiment du 1er Août`: a name
NEAR = 2  # a weekday under a verb in the present (`le sommet prend fin mardi`): the nearest one
ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii",
         "xviii", "xix", "xx", "xxi"]  # the first word of `le XXe siècle`
BRACKETED_YEAR = re.compile(r"[(\[][^()\[\]\n,]{1,60},\s*(?P<y>(?:1[89]|20)\d\d)\s*[)\]]")  # `[Quirinal, 2021]`
RESTATED_AFTER = re.compile(r"[\s\u00a0]*[,(][\s\u00a0]*(?:le[\s\u00a0]+)?", re.I)  # `, ` `(` `, le `: a restatement
# An agency's tag or name in a header: `(VOVWORLD)`, `(XINHUA)`; `SPA`, `WAM`, `MAP` after a dateline's date
AGENCY_NAME = r"[A-ZÀ-Ý][A-ZÀ-Ý0-9&.-]{1,19}(?:\s[A-ZÀ-Ý][A-ZÀ-Ý0-9&.-]{1,19})?"
AGENCY_TAG = rf"\({AGENCY_NAME}\)"
RESTATING_SOURCES = ("rule:dates:day", "rule:dates:numeric")  # a day of a month, as written: `samedi 21 décembre`
CARRIED = ("year", "month", "numeric_month")  # dates whose year carries on: `en 2019 ... en mars`


def _alternation(words: list[str]) -> str:
    """A regex alternation, longest first, apostrophes either way, dots literal."""
    escaped = sorted({re.escape(w.lower().replace("\u2019", "'")) for w in words}, key=len, reverse=True)
    return "|".join(e.replace("'", APOS).replace(r"\ ", SP + "+").replace(" ", SP + "+") for e in escaped)


def _norm(word: str) -> str:
    return " ".join(word.lower().replace("\u2019", "'").split())


@dataclass
class Found:
    """A date expression found in the text, before resolution."""

    start: int
    end: int
    kind: str  # day | range | month | year | numeric | relative | weekday | part | season | holiday | ...
    groups: dict
    rule: str
    label: str = "DATE"  # DURATION for `pendant trois ans`
    days: tuple[tuple[int, int], ...] = ()  # a range: the offsets of the two days it names


@lru_cache(maxsize=256)
def _bound_pattern(word: str) -> re.Pattern:
    """`DateTagger._bound`'s regex of one word, built once (it was built for each date and word)."""
    return re.compile(rf"(?<![\w]){re.escape(word)}(?: le| l'| du| la)?$")


@lru_cache(maxsize=16)
def _bound_part_pattern(not_carried: tuple[str, ...], parts: tuple[str, ...]) -> re.Pattern | None:
    """`DateTagger._bound_part`'s regex, built once per pair of word lists (it was joined, escaped and
    compiled again for each date); None when either list is empty."""
    part_words = _alternation(list(parts))
    if not part_words or not not_carried:
        return None
    words = _alternation(list(not_carried))
    return re.compile(rf"(?<![\w])(?:{words})(?: le| l'| du| la| au| à la)? (?:{part_words})(?: de| du| d')?$")


@lru_cache(maxsize=16)
def _months_before(months: tuple[str, ...]) -> re.Pattern:
    """`DateFinder._check`'s regex of a month name and `de` closing a text, built once per month list
    (it was joined and escaped for every candidate date)."""
    return re.compile(rf"(?:{'|'.join(map(re.escape, months))}){SP}+de{SP}*$", re.I)


class DateFinder:
    """Compiled regexes from `rules/dates.yml`, and the resolution of what they find."""

    def __init__(self, book: RuleBook) -> None:
        months = book.get("dates", "months", {})
        self.month_of = {w.lower(): int(n) for n, words in months.items() if n != "__line__" for w in words}
        self.weekdays = [w.lower() for w in book.get("dates", "weekdays", [])]
        self.relative = {_norm(t): e for e in book.entries("dates", "relative") for t in e["terms"]}
        self.parts = {t.lower(): e for e in book.entries("dates", "parts_of_month")
                      for t in (e.get("terms") or [e.get("prefix", "")]) if t}
        self.not_after = {w.lower() for w in book.get("dates", "not_dates", [])}
        self.past_words = [w.lower() for w in book.get("dates", "past_words", [])]
        self.next_words = [w.lower() for w in book.get("dates", "next_words", [])]
        self.following_words = {w.lower() for w in book.get("dates", "following_words", None) or []}
        self.announcing = {w.lower() for w in book.get("dates", "announcing_verbs", None) or []}
        self.published_markers = [m.lower() for m in book.get("dates", "published_markers", [])]
        self.updated_markers = [m.lower() for m in book.get("dates", "updated_markers", [])]
        self.pivot = int(book.get("dates", "century_pivot", 50))
        self.yy_next = {_norm(w) for w in book.get("dates", "two_digit_year_next", [])}
        self.numbers = {_norm(str(w)): int(n) for w, n in (book.get("dates", "numbers", {}) or {}).items()
                        if w != "__line__"}
        self.unit_of = {_norm(w): u for u, words in (book.get("dates", "units", {}) or {}).items()
                        if u != "__line__" for w in words}
        after = ("later", "earlier")  # directions whose words follow the number (`trois ans plus tard`)
        self.offset_of = {_norm(t): e for e in book.entries("dates", "offsets") for t in e["terms"]
                          if e["direction"] not in after}
        self.after_of = {_norm(t): e for e in book.entries("dates", "offsets") for t in e["terms"]
                         if e["direction"] in after}
        self.season_of = {_norm(t): e for e in book.entries("dates", "seasons") for t in e["terms"]}
        self.holiday_of = {_norm(t): e for e in book.entries("dates", "holidays") for t in e["terms"]}
        self.habit_words = [_norm(w) for w in book.get("dates", "habit_words", [])]
        self.recurring_words = [_norm(w) for w in book.get("dates", "recurring_words", [])]
        self.moved_to = {_norm(w) for w in book.get("dates", "moved_to_words", [])}
        self.moved_to_day = {_norm(w) for w in book.get("dates", "moved_to_day_words", [])}
        self.future_auxiliaries = {w.lower() for w in book.get("dates", "future_auxiliaries", [])}
        self.etre_compound_verbs = {w.lower() for w in book.get("dates", "etre_compound_verbs", [])}
        grammar = Grammar.from_book(book)
        self.of_words = grammar.of_words
        self.relatives = grammar.subject_relatives | grammar.object_relatives | grammar.owner_relatives \
            | grammar.place_relatives
        # the imperfect's endings are the conditional's (`rendait`, `rendrait`)
        self.imperfect_endings = tuple(w.lower() for w in book.get("dates", "conditional_endings", []))
        self.simple_future_endings = tuple(w.lower() for w in book.get("dates", "future_endings", []))
        self.future_endings = [w.lower() for w in [*book.get("dates", "future_endings", []),
                                                   *book.get("dates", "conditional_endings", [])]]
        # futures built on a stem of their own (`tenir tiendr`), shared with the meeting stage
        self.future_stems = dict(w.lower().split() for w in book.get("meetings", "future_stems", []))
        # the rest of the clause, up to the date, or a comma right behind the cue that sets the date off as an
        # incise (`le programme prévoit, jeudi, une visite`)
        clause = r"(?:[^,;:.!?()«»\n]{0,40}|[\s\u00a0]*,[\s\u00a0]*)$"
        cue = lambda key: re.compile(  # noqa: E731
            rf"(?<![\w])(?:{_alternation(book.get('dates', key, None) or ['x^'])})(?![\w]){clause}", re.I)
        self.past_cue, self.future_cue = cue("past_cues"), cue("future_cues")
        self.future_cue_words = {w.lower() for w in book.get("dates", "future_cues", None) or []}
        superseded = _alternation(book.get("dates", "superseded_plan_words", None) or [])
        planned = _alternation(book.get("dates", "future_cues", None) or ["x^"])
        self.superseded = re.compile(  # `prévue initialement jeudi`, `initialement prévu en mai`
            rf"(?<![\w])(?:(?:{superseded}){SP}+(?:{planned})|(?:{planned}){SP}+(?:{superseded}))(?![\w]){clause}",
            re.I) if superseded else None
        denied = book.get("dates", "denied_words", []) or []
        self.denied = re.compile(rf"(?<![\w])(?:{_alternation(denied)}){SP}+$", re.I) if denied else None
        self.suffix_words = {w.lower() for w in book.get("dates", "header_suffix_words", [])}
        self.byline_openers = {w.lower() for w in book.get("dates", "byline_openers", [])}
        self.weekday_abbreviations = {w.lower().rstrip(".")
                                      for w in book.get("dates", "weekday_abbreviations", None) or []}
        self.season_not_before = [_norm(w) for w in book.get("dates", "season_not_before", [])]
        self.sequence_words = [_norm(w) for w in book.get("dates", "sequence_words", [])]
        self.weekday_range_starts = {_norm(w) for w in book.get("dates", "weekday_range_starts", None) or []}
        self.weekday_range_links = {_norm(w) for w in book.get("dates", "weekday_range_links", None) or []}
        self.weekday_pair_times = {_norm(w) for w in book.get("dates", "weekday_pair_times", None) or []}
        self.weekday_pair_ends = {_norm(w) for w in book.get("dates", "weekday_pair_ends", None) or []}
        self.not_carried = {_norm(w) for w in book.get("dates", "year_not_carried_after", [])}
        self.apposed_bound = {_norm(w) for w in book.get("dates", "apposed_bound_words", None) or []}
        self.day_times = [_norm(w) for w in book.get("dates", "day_number_times", None) or []]
        ranks = book.get("dates", "period_ordinals", {}) or {}
        self.period_rank = {_norm(str(w)): int(n) for n, words in ranks.items() if n != "__line__" for w in words}
        self.period_of = {_norm(t): e for e in book.entries("dates", "periods") for t in e["terms"]}
        self._compile(book)

    def _compile(self, book: RuleBook) -> None:
        words = lambda key, default=("x^",): book.get("dates", key, None) or list(default)  # noqa: E731
        month = rf"(?:{_alternation(list(self.month_of))})(?![\w])"
        ordinals = book.get("dates", "ordinals", ["1er"])
        day = rf"(?:{_alternation(ordinals)}|[12]\d|3[01]|0?[1-9])(?!\d)"
        year = YEAR
        weekday = _alternation(self.weekdays) or "lundi"
        parts = _alternation(list(self.parts)) or "mi"
        b = r"(?<![\w])"
        sp = SP
        # a month or a year alone is a date only after words such as `en`, `depuis`, `à l'horizon`
        month_prefixes = _alternation(book.get("dates", "month_prefixes", ["en"]))
        year_prefixes = _alternation(book.get("dates", "year_prefixes", ["en"]))
        rel_words = _alternation(self.past_words + self.next_words) or "x^"
        no_num = r"(?<![\w/.,-])"
        numbers, units = _alternation(list(self.numbers)) or "x^", _alternation(list(self.unit_of))
        self.patterns: list[tuple[str, re.Pattern]] = [
            # year first, with dashes or, as East Asian outlets print it, slashes (`2024/07/28`)
            ("iso", re.compile(rf"{no_num}(?P<y>{year})(?P<isep>[-/])(?P<m>0[1-9]|1[0-2])(?P=isep)"
                               rf"(?P<d>0[1-9]|[12]\d|3[01])(?![\w/]|-\d)")),
            ("numeric", re.compile(
                rf"{no_num}(?P<d>[12]\d|3[01]|0?[1-9])(?P<sep>[/.-]){sp}?(?P<m>1[0-2]|0?[1-9])(?P=sep){sp}?"
                rf"(?P<y>{year}|\d\d(?!\d))(?![\w/]|[.,-]\d)")),
            ("numeric_month", re.compile(rf"{no_num}(?P<m>0[1-9]|1[0-2])/(?P<y>{year})(?![\w/]|[.,]\d)")),
            ("numeric_day", re.compile(rf"{no_num}(?P<d>0[1-9]|[12]\d|3[01])/(?P<m>0[1-9]|1[0-2])(?![\w/]|[.,]\d)")),
            ("year_range", re.compile(
                rf"{b}(?:(?P<pre>{_alternation(words('year_range_starts'))}){sp}+)?(?P<y1>{year})"
                rf"(?:{sp}*(?P<sep>[-–/]){sp}*|{sp}+(?P<link>{_alternation(words('year_range_links'))}){sp}+)"
                rf"(?P<y2>{year}|\d\d(?!\d))", re.I)),
            ("month_first", re.compile(
                rf"{b}(?:(?P<wd>{weekday}),?{sp}+)?(?P<m>{month})\.?{sp}+(?P<d>{day}),?{sp}+(?P<y>{year})", re.I)),
            ("range", re.compile(
                rf"{b}(?:(?:du|les){sp}+)?(?:(?P<wd1>{weekday}){sp}+)?(?P<d1>{day}){sp}*(?P<m1>{month})?\.?{sp}*(?P<y1>{year})?"
                rf"(?:{sp}*(?:au|et){sp}+|{sp}*[-–]{sp}*)(?:(?P<wd2>{weekday}){sp}+)?(?P<d2>{day}){sp}+(?P<m2>{month})\.?"
                rf"(?:{sp}+(?P<y2>{year}))?", re.I)),
            ("day", re.compile(
                rf"{b}(?:(?P<wd>{weekday}),?{sp}+)?(?P<d>{day})(?:{sp}+|-)(?P<m>{month})\.?"
                rf"(?:,?{sp}+(?P<y>{year})|{sp}+(?P<yy>{YY}))?", re.I)),
            # `dimanche 12`: a weekday and a day number, the month left to the reader
            ("weekday_day", re.compile(rf"{b}(?P<wd>{weekday}){sp}+(?P<d>{day})(?![\w,.]\d)", re.I)),
            # `le 7 au soir`: a day number and a time of day, the month left to the reader (`day_number_times`)
            ("day_number", re.compile(rf"{b}(?P<d>{day}){sp}+(?P<t>{_alternation(self.day_times) or 'x^'})(?![\w])",
                                      re.I)),
            ("holiday", re.compile(
                rf"{b}(?:(?P<pre>{_alternation(words('holiday_prefixes'))}){sp}*)?(?P<h>{_alternation(list(self.holiday_of))})"
                rf"(?![\w-])(?:{sp}+(?P<y>{year}))?", re.I)),
            ("season", re.compile(
                rf"{b}(?:(?P<pre>{_alternation(words('season_prefixes'))}){sp}*-?)?(?P<s>{_alternation(list(self.season_of))})"
                rf"(?![\w-])(?:{sp}+(?P<y>{year})|{sp}+(?P<rel>{rel_words})(?![\w]))?", re.I)),
            ("month_range", re.compile(
                rf"{b}(?P<m1>{month}){sp}*[-–]{sp}*(?P<m2>{month})(?:{sp}+(?P<y>{year}))?", re.I)),
            ("part", re.compile(rf"{b}(?P<p>{parts}){sp}*-?{sp}*(?P<m>{month})(?:{sp}+(?P<y>{year}))?", re.I)),
            # any word before a year, checked against the months after the match: a leading
            # alternation of every month spelling makes the regex engine try each at every letter
            ("month", re.compile(rf"{b}(?P<m>[^\W\d_]{{3,10}}\.?){sp}+(?:(?P<y>{year})|(?P<yy>{YY}))", re.I)),
            ("decade", re.compile(
                rf"{b}(?:(?P<art>les|des|aux){sp}+)?(?P<w>{_alternation(words('decade_words'))}){sp}+"
                rf"(?P<dec>(?:19|20)?\d0)(?![\d\w])", re.I)),
            ("month_alone", re.compile(rf"{b}(?P<pre>{month_prefixes}){sp}*(?P<m>{month})(?!{sp}*\d)"
                                       rf"(?:{sp}+(?P<rel>{rel_words})(?![\w]))?", re.I)),
            ("century", re.compile(
                rf"{b}(?P<c>[XVI]{{1,6}}|\d{{1,2}})(?:e|ème|è|ᵉ){sp}+(?:{_alternation(words('century_words'))})(?![\w])")),
            ("offset", re.compile(
                rf"{b}(?P<o>{_alternation(list(self.offset_of)) or 'x^'}){sp}+"
                rf"(?:(?P<a>{_alternation(words('approx_words'))}){sp}+)?"
                rf"(?P<n>\d+|{numbers}){sp}+(?P<u>{units})"
                rf"(?![\w])", re.I)),
            # `trois ans plus tard`: counted from the date the text last gave
            ("offset_after", re.compile(
                rf"{b}(?P<n>\d+|{numbers}){sp}+(?P<u>{units}){sp}+(?P<oa>{_alternation(list(self.after_of)) or 'x^'})"
                rf"(?![\w])", re.I)),
            # `au premier trimestre 2024`, `1er semestre 2021`
            ("period", re.compile(
                rf"{b}(?P<n>{_alternation(list(self.period_rank)) or 'x^'}){sp}+"
                rf"(?P<p>{_alternation(list(self.period_of)) or 'x^'})"
                rf"(?![\w])(?:{sp}+(?:de{sp}+|d{APOS})?(?P<y>{year}))?", re.I)),
            # `semaine 12`, `la semaine 12 de 2024`
            ("week_number", re.compile(
                rf"{b}(?P<w>{_alternation(words('week_number_words'))}){sp}*(?P<n>[1-9]|[1-4]\d|5[0-3])(?![\w,.]\d|\d)"
                rf"(?:{sp}+(?:de{sp}+)?(?P<y>{year}))?", re.I)),
            ("year", re.compile(rf"{b}(?P<pre>{year_prefixes}){sp}+(?P<y>{year}|1[5-7]\d\d(?!\d))", re.I)),
        ]
        # relative expressions: one small regex per term, run only when the term is in the text at all
        self.relative_patterns = {t: re.compile(rf"{b}(?P<r>{_alternation([t])})(?![\w])", re.I)
                                  for t in self.relative}
        # the first words a match of each pattern can begin with; DIGIT: any word that starts with one
        days = [DIGIT, *ordinals, *self.weekdays]
        same = words("same_day_words", ())
        self.same_pattern = re.compile(rf"(?:{_alternation(same)})$", re.I) if same else None
        self.habit_pattern = re.compile(rf"{b}(?:{_alternation(self.habit_words)}){sp}+$", re.I) \
            if self.habit_words else None
        self.recurring_pattern = re.compile(
            rf"{b}(?:{_alternation(self.recurring_words)})(?:{sp}+(?:de|en|le){sp}+|{sp}+d{APOS}|{sp}+)$", re.I) \
            if self.recurring_words else None
        self.start_words = {kind: {w.group().lower() for t in terms if (w := WORD.search(t))} for kind, terms in {
            "iso": [DIGIT], "numeric": [DIGIT], "numeric_month": [DIGIT], "numeric_day": [DIGIT],
            "year_range": [DIGIT, *words("year_range_starts")], "month_first": [*self.weekdays, *self.month_of],
            "range": ["du", "les", *days], "day": days, "weekday_day": self.weekdays, "part": list(self.parts),
            "day_number": [DIGIT],
            "holiday": [*words("holiday_prefixes"), *self.holiday_of],
            "season": [*words("season_prefixes"), *self.season_of], "month_range": list(self.month_of),
            "month": list(self.month_of), "decade": ["les", "des", "aux", *words("decade_words")],
            "month_alone": book.get("dates", "month_prefixes", ["en"]), "offset": list(self.offset_of),
            "offset_after": [DIGIT, *self.numbers],
            "century": [DIGIT, *(r + e for r in ROMAN for e in ("e", "ème", "è"))],
            "year": book.get("dates", "year_prefixes", ["en"]), "weekday": [*self.weekdays, *same],
            "period": [DIGIT, *self.period_rank], "week_number": words("week_number_words")}.items()}
        self.any_start = set().union(*self.start_words.values())
        self.patterns.append(("weekday", re.compile(
            rf"{b}(?:(?P<same>{_alternation(same) or 'x^'}){sp}+)?(?P<wd>{weekday})"
            rf"(?:{sp}+(?P<rel>{rel_words}))?(?![\w])", re.I)))

    def find(self, text: str) -> list[Found]:
        """Every date expression, earliest first; an earlier pattern wins any overlap.

        Each pattern is tried only where a match of it can begin (`_words`), not at every character: one
        scan of the words instead of one regex scan of the whole text per pattern (measured: the
        scans were a sixth of a warm re-run)."""
        taken = bytearray(len(text) + 1)  # 1 where an earlier match lies: linear, whatever the length
        found: list[Found] = []
        words = self._words(text)
        lowered = text.lower().replace("\u2019", "'")
        relative = [("relative", self.relative_patterns[t])  # longest first: `la veille au soir`, not `la veille`
                    for t in sorted(self.relative_patterns, key=len, reverse=True) if t in lowered]
        for kind, pattern in [*self.patterns[:-1], *relative, self.patterns[-1]]:  # weekdays last
            for m in self._matches(kind, pattern, text, words):
                start, end = m.span()
                groups = {k: v for k, v in m.groupdict().items() if v}
                kept = self._check(kind, m, groups, text)
                if kept is None:
                    continue
                start, end = kept
                end = self._before_stop(text, start, end)
                if any(taken[start:end]):
                    continue
                taken[start:end] = b"\x01" * (end - start)
                label = "DURATION" if kind == "offset" and (self._offset(groups)["direction"] == "duration"
                                                            or "a" in groups) else "DATE"
                days = _named_days(m, end) if kind == "range" else ()
                found.append(Found(start, end, kind, groups, kind, label, days))
        found += self._bracketed_years(text, taken)
        return sorted(found, key=lambda f: f.start)

    @staticmethod
    def _bracketed_years(text: str, taken: bytearray) -> list[Found]:
        """`le traité signé avec l'Allemagne [Aix-la-Chapelle, 2019]`, `(Paris, 2015)`: a year closing a
        bracket after a comma is the year of what the bracket names, with no preposition before it."""
        years = []
        for m in BRACKETED_YEAR.finditer(text):
            start, end = m.span("y")
            if not any(taken[start:end]):
                years.append(Found(start, end, "year", {"y": m.group("y")}, "year", "DATE"))
        return years

    def _check(self, kind: str, m: re.Match, g: dict, text: str) -> tuple[int, int] | None:
        """The span a match keeps (the preposition before a month or a year left out), or None when
        the match is no date after all."""
        start, end = m.span()
        if kind == "numeric" and len(g["y"]) == 2 and g["sep"] != "/" and not self._padded_day(g, text, end):
            return None  # `1.2.20` is a version number
        if kind in ("month", "month_first", "month_range", "part") and self.month(g.get("m") or g.get("m1")) is None:
            return None
        if kind == "month" and "yy" in g and not self._two_digit_ok(text, end):
            return None
        if kind in ("month", "year") and "y" in g and self._is_count(text, end):
            return None
        if kind == "day" and "yy" in g and not self._two_digit_ok(text, end):
            g.pop("yy")
            end = m.end("m") + (text[m.end("m"):m.end("m") + 1] == ".")
        if kind == "day" and "y" in g and self._is_count(text, end):
            g.pop("y")
            end = m.end("m") + (text[m.end("m"):m.end("m") + 1] == ".")
        if kind == "year_range":
            y1, y2 = int(g["y1"]), int(g["y2"])
            if len(g["y2"]) == 2:
                y2 = y1 // 100 * 100 + y2
                if "sep" not in g or y2 != y1 + 1:
                    return None
            if "link" in g and "pre" not in g or not y1 < y2 <= y1 + 100 or self._is_count(text, end):
                return None
            g["y2"] = str(y2)
            start = m.start("y1")
        if kind == "range" and "y1" in g and "y2" in g and self.resolve(Found(start, end, kind, g, kind), None) is None:
            return None  # never a range that ends before it starts
        if kind == "offset_after" and self._offset(g).get("closed") and not _closes_phrase(text, start, end):
            return None  # `deux jours après le sommet`: counted from the summit, not from the last date told
        if kind == "offset" and self._offset(g)["direction"] in ("future", "past") and (
                re.match(rf"{SP}+(?:de{SP}|d{APOS})", text[end:end + 4], re.I) or _quoted_alone(text, start, end)):
            return None  # `dans une année de transition`: a noun phrase; `promis « d'ici deux semaines »`: words quoted
        if kind in ("offset", "relative") and self.denied is not None \
                and self.denied.search(text, max(0, start - 12), start):
            return None  # `pas dans six mois`: a time denied
        if kind == "relative" and _quoted_alone(text, start, end):
            return None
        if kind == "relative" and self.relative[_norm(g["r"])]["unit"] == "year" \
                and _months_before(tuple(self.month_of)).search(text[max(0, start - 20):start]):
            return None  # `le 18 juillet de l'année dernière`: the year of the day before it, not a date of its own
        if kind == "relative" and re.match(rf"{SP}+{YEAR}", text[end:end + 6]):
            return None  # `à la fin de l'année 2022`: that year's end, not this one's
        if kind == "relative" and not self._relative_ok(self.relative[_norm(g["r"])], text, start, end):
            return None
        if kind == "holiday" and not self._words_around_ok(self.holiday_of[_norm(g["h"])], text, 0, m.end("h")):
            return None  # `la rentrée du navire`: a return
        if kind == "weekday_day" and not self._two_digit_ok(text, end):
            return None  # `samedi 12 blindés`
        if kind == "day_number" and not re.search(rf"(?<![\w])le{SP}+$", text[max(0, start - 4):start], re.I):
            return None  # `à 7 au soir` is no day: only `le 7 au soir`
        if kind == "holiday" and "pre" not in g and "y" not in g:
            return None
        if kind == "holiday" and self._in_name(text, start):
            return None  # `le stade des Martyrs de la Pentecôte`: a holiday in a place's name
        if kind in ("holiday", "season") and "pre" in g:
            start = m.start("h" if kind == "holiday" else "s")
        if kind == "season":
            after = _norm(text[m.end("s"):m.end("s") + 30])
            if any(after.startswith(w) for w in self.season_not_before):
                return None
            if not ({"pre", "y", "rel"} & set(g)) and not self._season_pair(text, m.start("s"), m.end("s")):
                return None
        if kind == "month_alone":
            word = g["m"]
            # `la révolution d'Octobre`: a capitalised month alone after `de` is a name
            if word[:1].isupper() and _norm(g["pre"]) in ("de", "d'") and start > 0 and \
                    text[:start].rstrip()[-1:] not in ".!?\n" and text[:start].strip():
                return None
            start = m.start("m")
        if kind == "day" and g["m"][:1].isupper() and self._in_name(text, start):
            return None  # `le Bâtiment du 1er Août`, `la place du 14 Juillet`: a capitalised day in a name
        if kind == "year":
            start = m.start("y")
        if kind in ("month_alone", "day") and "y" not in g and self.recurring_pattern is not None \
                and self.recurring_pattern.search(text, max(0, start - 24), start):
            return None  # `chaque mois d'avril`, `chaque 14 juillet`: every year's, no date
        if kind == "weekday" and "rel" not in g and "same" not in g and self.habit_pattern is not None \
                and self.habit_pattern.search(text, max(0, start - 12), start):
            return None  # `le vendredi`: every Friday
        return start, end

    @staticmethod
    def _in_name(text: str, start: int) -> bool:
        """`le stade des Martyrs de la Pentecôte`, `le Bâtiment du 1er Août`: a day or a holiday after a
        capitalised word and `de` is part of a name, unless that word opens the sentence."""
        name = NAME_BEFORE_DATE_RE.search(text, max(0, start - 40), start)
        return name is not None and bool(text[:name.start()].strip()) \
            and text[:name.start()].rstrip(" \t")[-1:] not in ".!?\n"

    def _relative_ok(self, entry: dict, text: str, start: int, end: int) -> bool:
        """`la sécurité de demain` (`not_after: [de]`), `cette semaine de sursaut` (`not_before: [de]`):
        the words next to a relative term that make it a description, not a date."""
        before = _norm(text[max(0, start - 12):start])
        if any(re.search(rf"(?<![\w]){re.escape(_norm(w))}$", before) for w in entry.get("not_after", []) or []):
            return False
        return self._words_around_ok(entry, text, start, end)

    @staticmethod
    def _words_around_ok(entry: dict, text: str, start: int, end: int) -> bool:
        """False when one of the entry's `not_before` words follows the term (`la rentrée du navire`)."""
        after = _norm(text[end:end + 30])
        for w in entry.get("not_before", []) or []:
            w = _norm(w)
            if after.startswith(w) and (w.endswith("'") or not after[len(w):len(w) + 1].isalnum()):
                return False
        return True

    def _before_stop(self, text: str, start: int, end: int) -> int:
        """`les 11 et 12 juillet.`: a span ends before the sentence's full stop, unless the dot is part
        of a listed abbreviation (`24 Nov.`, `sept.`)."""
        if end - start < 2 or text[end - 1] != ".":
            return end
        last = re.search(r"([^\W\d_]+)\.$", text[start:end])
        if last and (last.group(1).lower() + ".") in self.month_of:
            return end
        return end - 1

    def _season_pair(self, text: str, start: int, end: int) -> bool:
        """`été comme hiver`: two bare seasons joined by `comme`."""
        seasons = _alternation(list(self.season_of))
        return bool(re.match(rf"{SP}+comme{SP}+(?:{seasons})(?![\w])", text[end:end + 30], re.I)
                    or re.search(rf"(?:{seasons}){SP}+comme{SP}+$", text[max(0, start - 30):start], re.I))

    def _padded_day(self, g: dict, text: str, end: int) -> bool:
        """`Publié le 15.01.25, 15:06`: a day and a month written on two digits each, then a two-digit
        year, as Swiss and German pages print them, is a date (a version number pads no part)."""
        return len(g["d"]) == 2 and len(g["m"]) == 2 and self._two_digit_ok(text, end)

    def _two_digit_ok(self, text: str, end: int) -> bool:
        """`en mars 97.`, `le 10 novembre 93, sur l'A 10`: a two-digit year is followed by punctuation,
        the end of the line or a small word, never by a noun it would count (`le 3 juin 12 soldats`)."""
        rest = text[end:end + 30]
        if re.match(r"[^\S\n]*(?:[,;:!?)»\"\n]|\.(?!\d)|$)", rest):
            return True
        following = rest.split()
        return bool(following) and _norm(following[0]).strip(".,;") in self.yy_next

    def _offset(self, g: dict) -> dict:
        return self.after_of[_norm(g["oa"])] if "oa" in g else self.offset_of[_norm(g["o"])]

    def _matches(self, kind: str, pattern: re.Pattern, text: str, words: list[tuple[int, str]]) -> Iterator[re.Match]:
        """`pattern.finditer(text)`, trying only where a match can begin: the same matches.

        A relative term's own regex is searched for everywhere (it is only run when the term is in
        the text at all)."""
        if kind == "relative":
            yield from pattern.finditer(text)
            return
        wanted, end = self.start_words[kind], 0
        by_word = words.by_word if isinstance(words, _Words) else _Words(words).by_word
        starts = [start for word in by_word.keys() & wanted for start in by_word[word]]
        starts.sort()  # the positions of the wanted words only, in text order: as a scan of every word
        for start in starts:
            if start >= end and (m := pattern.match(text, start)):
                end = m.end()
                yield m

    def _words(self, text: str) -> list[tuple[int, str]]:
        """Where a date expression can begin, and the word there (DIGIT for a number): a word that
        starts with a digit or is the first word of a term of the rules (a weekday, a month, `du`,
        `les`, a prefix, a part of a month)."""
        found = _Words()
        for w in WORD.finditer(text):
            word = w.group()
            if word[0].isdigit():
                found.append((w.start(), DIGIT))
            elif (word := word.lower()) in self.any_start:
                found.append((w.start(), word))
        return found

    def _is_count(self, text: str, end: int) -> bool:
        """`en 2000 hommes`: a number followed by a counted noun is no year."""
        following = text[end : end + 30].split("\n", 1)[0].split()  # the next line is another matter
        return bool(following) and following[0].lower().strip(".,;") in self.not_after

    # -- resolution -------------------------------------------------------------------------

    def month(self, word: str | None) -> int | None:
        if not word:
            return None
        if word.isdigit():
            return int(word) if 1 <= int(word) <= 12 else None
        w = word.lower().rstrip(".")
        return self.month_of.get(w) or self.month_of.get(w + ".")

    def _weekday(self, g: dict) -> int | None:
        """The weekday named before a range's last day (`au dimanche 8 janvier`), as an index."""
        word = (g.get("wd2") or "").lower()
        return self.weekdays.index(word) if word in self.weekdays else None

    @staticmethod
    def day(word: str) -> int:
        digits = re.sub(r"\D", "", word)
        return int(digits) if digits else 1

    def year(self, word: str | None) -> int | None:
        """A year as written: four digits, or two (`97` -> 1997, `05` -> 2005, see `century_pivot`)."""
        if not word:
            return None
        value = int(word.lstrip("'\u2019"))
        if len(word.lstrip("'\u2019")) == 2:
            value += 2000 if value < self.pivot else 1900
        return value

    def given_year(self, g: dict) -> int | None:
        return self.year(g.get("y") or g.get("yy"))

    def absolute(self, f: Found) -> str | None:
        """The value of a date that carries its own year, else None."""
        g = f.groups
        y = self.given_year(g)
        if f.label == "DURATION":
            return f"P{self._count(g)}{dict(day='D', week='W', month='M', year='Y')[self._unit(g)]}"
        if f.kind in ("numeric", "iso", "month_first") or (f.kind == "day" and y):
            return _iso_day(y, self.month(g["m"]), self.day(g["d"]))
        if f.kind == "range" and "y2" in g:
            return self.resolve(f, None)
        if f.kind in ("month", "numeric_month") or (f.kind == "part" and y):
            return f"{y:04d}-{self.month(g['m']):02d}"
        if f.kind == "year":
            return g["y"]
        if f.kind == "year_range":
            return f"{g['y1']}/{g['y2']}"
        if f.kind == "century":
            roman = dict(I=1, V=5, X=10)
            c = g["c"]
            n = int(c) if c.isdigit() else sum(roman[a] if roman[a] >= roman.get(b, 0) else -roman[a]
                                               for a, b in zip(c, c[1:] + " ", strict=True))
            return f"{n - 1:02d}XX" if 1 <= n <= 21 else None
        if f.kind == "decade":
            digits = g["dec"]
            if len(digits) == 2:
                digits = str(self.year(digits))
            return digits[:3] + "X"
        if f.kind == "month_range" and y:
            return f"{y:04d}-{self.month(g['m1']):02d}/{y:04d}-{self.month(g['m2']):02d}"
        if f.kind == "season" and y:
            return f"{y:04d}-{self.season_of[_norm(g['s'])]['code']}"
        if f.kind == "holiday" and y:
            return self._holiday(g, y)
        if f.kind == "period" and y:
            return self._period(g, y)
        if f.kind == "week_number" and y:
            return _iso_week(y, int(g["n"]))
        return None

    def _period(self, g: dict, year: int) -> str | None:
        """`premier trimestre 2024`: `2024-01/2024-03`, the months of that part of the year."""
        size, rank = int(self.period_of[_norm(g["p"])]["months"]), self.period_rank[_norm(g["n"])]
        if rank * size > 12:
            return None
        return f"{year:04d}-{(rank - 1) * size + 1:02d}/{year:04d}-{rank * size:02d}"

    def resolve(self, f: Found, ref: date | None, from_text: bool = False, tense: int = NONE,
                year: int | None = None) -> str | None:
        """The ISO value of a date expression, using `ref` for what the text leaves out.

        `from_text`: the reference is a date of the story, not the publication day; then a bare
        weekday is the nearest one (`il doit se rendre mercredi`), not the last one. `tense`: PAST
        or FUTURE when the verb says which way a date without its year lies. `year`: a year the text
        has set, which a date without its year takes."""
        g = f.groups
        if f.kind == "range":
            m2 = self.month(g["m2"])
            m1 = self.month(g.get("m1")) or m2
            y2 = int(g["y2"]) if "y2" in g else _weekday_year(year, ref, m2, self.day(g["d2"]), self._weekday(g)) or (
                year or self._range_end_year(ref, m1, self.day(g["d1"]), m2, self.day(g["d2"]), tense))
            if y2 is None:
                return None
            y1 = int(g["y1"]) if "y1" in g else (y2 if m1 <= m2 else y2 - 1)
            start, end = _iso_day(y1, m1, self.day(g["d1"])), _iso_day(y2, m2, self.day(g["d2"]))
            return f"{start}/{end}" if start and end and start <= end else None
        value = self.absolute(f)
        if value or (ref is None and year is None):
            return value
        if ref is None:
            ref = date(year, 7, 1)
        if f.kind in ("day", "numeric_day"):
            m, d = self.month(g["m"]), self.day(g["d"])
            weekday = self.weekdays.index(g["wd"].lower()) if g.get("wd", "").lower() in self.weekdays else None
            y = year or _nearest_year(ref, m, d, weekday, past_bias=from_text, tense=tense)
            return _iso_day(y, m, d)
        if f.kind == "weekday_day":
            return _weekday_day(ref, self.weekdays.index(g["wd"].lower()), self.day(g["d"]), tense)
        if f.kind in ("month_alone", "part"):
            m = self.month(g["m"])
            rel = g.get("rel", "").lower()
            if rel:  # `juin prochain`, `en mars dernier`
                tense = FUTURE if rel in self.next_words else PAST
            elif f.kind == "month_alone" and _norm(g["pre"]) == "depuis":
                tense = PAST  # `depuis janvier`
            y = year or (_nearest_month_year(ref, m, tense) if tense
                         else _nearest_year(ref, m, 15, past_bias=from_text))
            return f"{y:04d}-{m:02d}"
        if f.kind == "month_range":
            m1, m2 = self.month(g["m1"]), self.month(g["m2"])
            y2 = year or _nearest_month_year(ref, m2, tense, past_bias=from_text)
            y1 = y2 if m1 <= m2 else y2 - 1
            return f"{y1:04d}-{m1:02d}/{y2:04d}-{m2:02d}"
        if f.kind == "season":
            return self._season(g, ref, tense, year)
        if f.kind == "period":
            size, rank = int(self.period_of[_norm(g["p"])]["months"]), self.period_rank[_norm(g["n"])]
            y = year or ref.year
            if not year and tense == PAST and (rank - 1) * size + 1 > ref.month:
                y -= 1  # `au troisième trimestre, les ventes ont chuté`, written in March: last year's
            elif not year and tense == FUTURE and rank * size < ref.month:
                y += 1
            return self._period(g, y)
        if f.kind == "week_number":
            return _iso_week(year or ref.year, int(g["n"]))
        if f.kind == "holiday":
            if year:
                return self._holiday(g, year)
            candidates = [(y, self._holiday(g, y)) for y in (ref.year - 1, ref.year, ref.year + 1)]
            return _pick(ref, [v for _, v in candidates if v], tense)
        if f.kind in ("offset", "offset_after"):
            sign = -1 if self._offset(g)["direction"] in ("past", "since", "earlier") else 1
            return _shift(ref, self._unit(g), sign * self._count(g))
        if f.kind == "relative":
            entry = self.relative_entry(f)
            if entry["unit"] == "weekend":
                return _weekend(ref, int(entry["offset"]), tense if entry.get("nearest") else NONE,
                                nearest=bool(entry.get("nearest")))
            if entry.get("nearest") and int(entry["offset"]) == 0 and entry["unit"] == "year":
                return f"{ref.year + (1 if tense == FUTURE or (tense == NONE and ref.month > 6) else 0):04d}"
            return _shift(ref, entry["unit"], int(entry["offset"]))
        if f.kind == "weekday":
            index = self.weekdays.index(g["wd"].lower()) if g["wd"].lower() in self.weekdays else None
            if index is None:
                return None
            rel = g.get("rel", "").lower()
            if rel in self.next_words:  # `lundi prochain`: the next one
                return (ref + timedelta(days=(index - ref.weekday()) % 7 or 7)).isoformat()
            if not rel and tense == FUTURE and not from_text:  # `il se rendra jeudi`, `ce mardi` (today)
                return (ref + timedelta(days=(index - ref.weekday()) % 7)).isoformat()
            if not rel and not from_text and (tense == NEAR or (tense == NONE and _norm(g.get("same", "")) == "ce")):
                ahead = (index - ref.weekday()) % 7  # `le sommet se poursuit ce mardi`: the nearest Tuesday,
                return (ref + timedelta(days=ahead if ahead <= 3 else ahead - 7)).isoformat()  # either way
            back = (ref.weekday() - index) % 7
            if rel and back == 0:  # `vendredi dernier`, written on a Friday: a week ago
                back = 7
            if from_text and not rel and (back > 3 if tense in (NONE, NEAR) else tense == FUTURE and back):
                back -= 7  # the story's Tuesday: `mercredi` is the next day
            return (ref - timedelta(days=back)).isoformat()
        return None

    def _count(self, g: dict) -> int:
        n = g["n"]
        return int(n) if n.isdigit() else self.numbers[_norm(n)]

    def _unit(self, g: dict) -> str:
        return self.unit_of[_norm(g["u"])]

    def _holiday(self, g: dict, year: int) -> str | None:
        entry = self.holiday_of[_norm(g["h"])]
        if "easter" in entry:
            return (_easter(year) + timedelta(days=int(entry["easter"]))).isoformat()
        if "day" not in entry:  # `la rentrée`: a month
            return f"{year:04d}-{int(entry['month']):02d}"
        return _iso_day(year, int(entry["month"]), int(entry["day"]))

    @staticmethod
    def _range_end_year(ref: date | None, m1: int | None, d1: int, m2: int | None, d2: int, tense: int) -> int | None:
        """The year of a range's last day. Under a past verb the range has begun, not ended: `en visite
        les 12 et 13 décembre`, told on the 12th, is this year's visit under way, so the first day
        is the one the tense puts on or before the reference."""
        if tense != PAST or m1 is None or m2 is None:
            return _nearest_year(ref, m2, d2, tense=tense)
        y1 = _nearest_year(ref, m1, d1, tense=tense)
        return None if y1 is None else (y1 if m1 <= m2 else y1 + 1)

    def _season(self, g: dict, ref: date, tense: int, year: int | None) -> str:
        """`cet été`: this year's; `l'été dernier`: the last one over; `l'hiver prochain`: the next one
        to begin; otherwise the verb's tense decides between this year's and the last or next."""
        entry = self.season_of[_norm(g["s"])]
        first = int(entry.get("month", 1))
        rel = g.get("rel", "").lower()
        if year:
            return f"{year:04d}-{entry['code']}"
        y = ref.year
        begun, over = ref.month >= first, ref.month >= first + 3
        if rel in self.past_words or (not rel and tense == PAST and not begun):
            y = ref.year if over else ref.year - 1
        elif rel in self.next_words or (not rel and tense == FUTURE and over):
            y = ref.year if not begun else ref.year + 1
        return f"{y:04d}-{entry['code']}"

    def relative_entry(self, f: Found) -> dict:
        return self.relative[_norm(f.groups["r"])]

    def anchored_to_text(self, f: Found) -> bool:
        """`la veille`, `le lendemain`, `ce même jeudi` count from the day the text speaks of, not from
        publication."""
        if f.kind == "weekday":
            return "même" in f.groups.get("same", "").lower()
        return f.kind == "offset_after" or (f.kind == "relative" and self.relative_entry(f).get("anchor") == "text")

    def yearless(self, f: Found) -> bool:
        """A date whose year the text may have set before it (`en 2019 ... en mars`)."""
        return f.kind in ("day", "numeric_day", "month_alone", "part", "range", "month_range", "season", "holiday",
                          "period", "week_number") \
            and self.absolute(f) is None

    def rule_id(self, f: Found) -> str:
        if f.kind == "relative":
            return self.relative_entry(f)["id"]
        if f.kind in ("offset", "offset_after"):
            return self._offset(f.groups)["id"]
        if f.kind == "holiday":
            return self.holiday_of[_norm(f.groups["h"])]["id"]
        if f.kind == "season":
            return self.season_of[_norm(f.groups["s"])]["id"]
        return f.kind


def _named_days(m: re.Match, end: int) -> tuple[tuple[int, int], ...]:
    """The offsets of the two days a range names, each from its day number to its month or year when
    written: `du [20] au [31 mai 2024]`, `les [17] et [18 juin]`, `du [30 novembre] au [1er décembre 2023]`."""
    first = (m.start("d1"), max(m.end(g) for g in ("d1", "m1", "y1") if m.group(g)))
    second = (m.start("d2"), min(end, max(m.end(g) for g in ("d2", "m2", "y2") if m.group(g))))
    return first, second


def _written_whole(f: Found) -> bool:
    """A range whose two days are each written as a single day is: each with its weekday (`du mardi 21 au
    jeudi 23 novembre`, `dans la nuit du samedi 7 au dimanche 8`) or its month (`du 30 juin au 2 juillet`).
    The text names each day, not only the span; `du 22 au 25 novembre`, `les 14 et 15 mai` share their
    month and name the span."""
    g = f.groups
    return f.kind == "range" and ("wd1" in g and "wd2" in g or "m1" in g and "m2" in g)


def _iso_week(year: int, week: int) -> str | None:
    """ISO week `week` of `year`, Monday to Sunday, written as the range the other weeks are."""
    try:
        monday = date.fromisocalendar(year, week, 1)
    except ValueError:
        return None
    return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"


def _iso_day(year: int | None, month: int | None, day: int) -> str | None:
    if not year or not month:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _weekday_year(year: int | None, ref: date | None, month: int, day: int, weekday: int | None) -> int | None:
    """`dans la nuit du samedi 7 au dimanche 8 janvier`: the weekday of a range's last day picks its
    year, the nearest to the year of the context (else to `ref`) where that day is that weekday; None
    without a weekday, or when no year near holds it."""
    if weekday is None or (year is None and ref is None):
        return None
    around = year if year is not None else ref.year
    for y in (around, around + 1, around - 1):
        try:
            if date(y, month, day).weekday() == weekday:
                return y
        except ValueError:
            continue
    return None


def _naming_unit(noun, units: dict[str, str]) -> bool:
    """A calendar unit noun that names the date after it (`au mois de mars`, `la semaine du 3 mars`), one
    and not counted: not a distance from it (`à huit jours du 24 février`, `à quelques jours du sommet`)."""
    return _norm(noun.lower_) in units and "Plur" not in noun.morph.get("Number") and not any(
        c.dep_ == "nummod" or c.dep_ == "det" and "Ind" in c.morph.get("PronType") + c.morph.get("Definite")
        for c in noun.children)


def _nearest_year(ref: date | None, month: int | None, day: int, weekday: int | None = None,
                  past_bias: bool = False, tense: int = NONE) -> int | None:
    """The year that puts `day month` nearest to `ref`; with a weekday (`jeudi 21 septembre`), the
    nearest year where that day is that weekday. Against a date of the story (`past_bias`), a future
    day counts double: the story tells of what led to it (`l'invasion du 24 février`). A past verb
    puts the day on or before `ref`, a future one on or after it, when the calendar allows."""
    if ref is None or month is None:
        return None
    best = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            candidate = date(year, month, min(day, calendar.monthrange(year, month)[1]))
        except ValueError:
            continue
        days = (candidate - ref).days
        distance = (2 * days if days > 0 and past_bias else abs(days))
        distance += 0 if weekday is None or candidate.weekday() == weekday else 10**5
        distance += 10**4 if (tense == PAST and days > 0) or (tense == FUTURE and days < 0) else 0
        if best is None or distance < best[0]:
            best = (distance, year)
    return best[1] if best else None


def _nearest_month_year(ref: date, month: int, tense: int = NONE, past_bias: bool = False) -> int:
    """The year of the month `month` nearest to `ref`, on the side the tense says (the month of `ref`
    itself is on both sides); a tie goes forward."""
    best = None
    for year in (ref.year + 1, ref.year, ref.year - 1):
        months = (year - ref.year) * 12 + month - ref.month
        distance = 2 * months if months > 0 and past_bias else abs(months)
        distance += 100 if (tense == PAST and months > 0) or (tense == FUTURE and months < 0) else 0
        if best is None or distance < best[0]:
            best = (distance, year)
    return best[1]


def _weekday_day(ref: date, weekday: int, day: int, tense: int) -> str | None:
    """`dimanche 12`: the 12th, in the month around `ref` where it is a Sunday, nearest `ref`."""
    candidates = []
    for shift in (-2, -1, 0, 1, 2):
        index = ref.year * 12 + ref.month - 1 + shift
        try:
            candidate = date(index // 12, index % 12 + 1, day)
        except ValueError:
            continue
        if candidate.weekday() == weekday:
            candidates.append(candidate.isoformat())
    return _pick(ref, candidates, tense)


def _pick(ref: date, values: list[str], tense: int) -> str | None:
    """Of several candidate days, the nearest to `ref` on the side the tense says."""
    def distance(value: str) -> int:
        days = (_first_day(value) - ref).days
        return abs(days) + (10**4 if (tense == PAST and days > 0) or (tense == FUTURE and days < 0) else 0)
    return min(values, key=distance) if values else None


def _easter(year: int) -> date:
    """Easter Sunday (the Gregorian computus, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _weekend(ref: date, offset: int, tense: int, nearest: bool) -> str:
    """The Saturday-Sunday range: `offset` weekends from the one of `ref`'s week; `ce week-end`
    (`nearest`) is the coming one, or the last one for a past verb or early in the week."""
    saturday = ref - timedelta(days=ref.weekday()) + timedelta(days=5)
    if nearest and ref.weekday() < 5 and (tense == PAST or (tense == NONE and ref.weekday() <= 1)):
        saturday -= timedelta(days=7)
    saturday += timedelta(weeks=offset)
    return f"{saturday.isoformat()}/{(saturday + timedelta(days=1)).isoformat()}"


def _shift(ref: date, unit: str, offset: int) -> str:
    """The period `offset` units away from `ref`, at the unit's granularity."""
    if unit == "day":
        return (ref + timedelta(days=offset)).isoformat()
    if unit == "week":
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=offset)
        return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"
    if unit == "month":
        index = ref.year * 12 + ref.month - 1 + offset
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    return f"{ref.year + offset:04d}"


def _first_day(value: str) -> date | None:
    """The first day of an ISO value, as a reference for what follows it."""
    head = value.split("/")[0]
    parts = head.split("-")
    try:
        return date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


STORY_DAYS = 3  # how far before the day of writing the day of a story told as past news may lie


class DateTagger:
    """Pipeline stage: DATE spans in `doc.spans["dates"]`, publication and update dates on the Doc."""

    def __init__(self, book: RuleBook) -> None:
        self.finder = DateFinder(book)

    def __call__(self, doc: Doc) -> Doc:
        text = self._text = doc_text(doc)
        found = self.finder.find(text)
        header = self._header(doc, found, text)
        published = _first_day(doc._.published) if doc._.published else None
        explicit = [_first_day(v) for f, v in zip(found, map(self.finder.absolute, found), strict=True)
                    if v and f.label == "DATE" and granularity(v.split("/")[0]) in CALENDAR_DAYS
                    and f.start not in header  # not `2024-2030`: a range of years dates no story
                    and not self._bound(f)]  # `chef d'état-major depuis le 22 juillet 2021`: background
        explicit = [d for d in explicit if d]
        story = explicit[0] if explicit else None  # the first dated day of the text
        handed = story_of(doc)  # a piece of a long text: the first dated day of the pieces before, if any
        if handed is not None:
            if handed.get("story_day"):
                story = date.fromisoformat(handed["story_day"])
            elif story is not None:
                handed["story_day"] = story.isoformat()
        reference = published or story  # the story's own date: never one that comes later in the text
        updated = _first_day(doc._.updated) if doc._.updated else None
        carried: tuple[int, int] | None = None  # (paragraph start, year) of the last date that gave its year
        dated: tuple[int, date] | None = None  # (paragraph start, day) of the last day the text dated with its year
        points: list[tuple[int, date]] = []  # (end, first day) of the dates the text gave: `trois ans plus tard`
        days: list[tuple[int, int, date]] = []  # (paragraph start, end, day) of the days the text gave
        background: list[tuple[int, int, date]] = []  # the same, for days that date a thing (`l'accord conclu le`)
        headed: tuple[int, date, str] | None = None  # (end, first day, value) of the last dated heading
        spans: list[Span] = []
        named: list[Span] = []  # the days the ranges name (`RANGE_DAYS`)
        whole: list[Span] = []  # those of them each written as a single day is (`WHOLE_RANGE_DAYS`)
        counted: set[int] = set()  # indexes in `spans` of days counted from another (`le lendemain`)
        passing: set[int] = set()  # ends of the days a participial clause tells in passing (`Né le 29 août 1991`)
        ranged: set[int] = set()  # ends of the ranges among those days (`en visite du 12 au 15 avril`)
        told_back: set[int] = set()  # ends of the days told in passing back before the story's (flashbacks)
        announced: set[int] = set()  # ends of the days a sentence made known a day it told on (`a annoncé jeudi`)
        for f in found:
            value = self.finder.absolute(f)
            paragraph = _paragraph_start(text, f.start)
            year = carried[1] if carried and carried[0] == paragraph and self.finder.yearless(f) \
                and "rel" not in f.groups else None
            if year and published and year == published.year:
                year = None
            placed = self._placed(f) if value is None else NONE
            if placed != NONE:
                year = None  # `entré en vigueur en 2014 ... lancée le 30 mai dernier`: the last 30 May before
                # the day of writing, whatever year the paragraph told
            if value is None and f.label == "DATE":
                tense = placed or self._tense(doc, f)
                if year and published and tense != FUTURE and year > published.year:
                    year = None  # `la fin prévue en juillet 2024 ... pris le pouvoir le 30 septembre`: a past
                    # deed has no later year than the story's; the later year a date before it gave is no carry
                if f.kind == "offset_after" and headed and _opens_section(text, headed[0], f.start):
                    value = headed[2]  # `22-23 mai : ... ¶ Trois mois plus tard, ...`: the heading dates it
                elif f.kind == "offset_after":
                    # `le 18 février, six jours plus tôt`: in apposition it restates that date, counted
                    # from the one before it
                    usable = self._anchors(f, points)
                    apposed = len(usable) > 1 and not text[usable[-1][0]:f.start].strip(" ,\u00a0")
                    anchor = usable[-2][1] if apposed else usable[-1][1] if usable else None
                    value = self.finder.resolve(f, anchor or reference, from_text=True, tense=tense)
                elif f.kind == "day_number":  # `arrivé le 7 au soir`: in the month of the last day told
                    value = _day_of_month(days[-1][2] if days else reference, self.finder.day(f.groups["d"]),
                                          reference)
                elif self.finder.anchored_to_text(f):
                    told = [d for d in days if reference is None or tense == FUTURE or d[2] <= reference
                            or _same_sentence(text, d[1], f.start)]  # `attendu vendredi ... le même jour`
                    told = _story_days(told, paragraph, published, passing)
                    told = [d for d in told if d[0] == paragraph or d[1] not in told_back]
                    told = [d for d in told if d[1] not in announced] or told
                    same_day = f.kind == "relative" and int(self.finder.relative_entry(f)["offset"]) == 0
                    anchor = _anchor_day(text, told, paragraph, f.start, ranged if same_day else set()) or (
                        _past_background(told, background, paragraph)) or (
                        headed[1] if headed and (reference is None or headed[1] <= reference) else None) or (
                        self._last_told(f, told, ranged, reference))
                    value = self.finder.resolve(f, anchor or reference, from_text=True, tense=tense)
                    value = self._weekday_told(f, found, value, told, reference, tense) or value
                elif (before := self._followed_day(f, days)) is not None:
                    value = self.finder.resolve(f, before, from_text=True, tense=FUTURE)  # `le 11 juin suivant`
                elif (flashback := self._flashback(f, dated, paragraph, reference, tense)) and year is None:
                    # `les 17 et 18 août 2023 ... convoquée pour le 12 août`: a day without its year in a
                    # paragraph telling of another year is read against that paragraph's date
                    value = self.finder.resolve(f, flashback, from_text=True, tense=tense)
                elif sequel := self._sequel(f, found, spans):
                    value = sequel
                elif (restated := self._weekday_dated(f, found, reference, tense)) is not None:
                    value = restated  # `réunis jeudi` ... `jeudi 13 février`: the text dates that weekday
                else:
                    value = self.finder.resolve(f, reference, from_text=published is None,
                                                tense=tense, year=year)
                    value = self._told_since_update(f, value, published, updated, tense) or value
            if f.label == "DATE" and f.start not in header:
                # a bare year or month (`en 2019`, `en mars 2019`) or a season with its year (`au printemps
                # 2021 ... en mai`) carries its year on; a day does not (`le 17 décembre 2021 ... le 1er
                # janvier` is in 2022), nor a starting point (`depuis 2017`)
                carries = f.kind in CARRIED or f.kind == "season" and "y" in f.groups
                carried = (paragraph, int(value[:4])) if carries and value \
                    and _norm(f.groups.get("pre", "")) not in self.finder.not_carried and not self._bound_part(f) \
                    and not self._dates_a_thing(doc, f) and not self._bound(f) and not self._in_relative_incise(f) \
                    else None
                if value and self.finder.absolute(f) and is_day(value.split("/")[0]) and not self._bound(f):
                    # a day or a range of days (`les 17 et 18 août 2023`); not a range of years (`la loi de
                    # programmation 2024-2030`), which dates no day the paragraph tells of
                    dated = (paragraph, _first_day(value))
            point = _first_day(value.replace("X", "0")) if value and f.label == "DATE" else None
            heading = point is not None and f.start not in header and value is not None and self._heading(f)
            if heading:
                headed = (f.end, point, value)
            if point and f.start not in header and f.kind != "century" and not heading \
                    and not self._now(f) and not self._bound(f):
                points.append((f.end, point, granularity(value)))
                if granularity(value.split("/")[0]) == "day":  # not `2020-2030`: a range of years
                    if _told_back_in_passing(doc, f, days, point):
                        told_back.add(f.end)
                    if self._announced(doc, f, days):
                        announced.add(f.end)
                    (background if self._attributive(doc, f) else days).append((paragraph, f.end, point))
                    if "/" in value:
                        ranged.add(f.end)
                    if _in_passing(doc, f):
                        passing.add(f.end)
            if f.kind == "season":  # found, so that it is no other date, but no entity: the contract's DATE
                value = _season_year(f, value)  # values are days, months, years and ranges, and a season is
                if value is None:               # none of them; one with its year written names that year
                    continue
            span = doc.char_span(f.start, f.end, label=f.label, alignment_mode="expand")
            if span is None or value is None:
                continue
            span._.normalized = value
            span._.source = f"rule:dates:{self.finder.rule_id(f)}"
            spans.append(span)
            its_days = self._named_days(doc, f, span)
            named += its_days
            whole += its_days if _written_whole(f) else []
            if f.kind == "offset_after" or f.kind == "relative" and self.finder.relative_entry(f)["unit"] == "day":
                counted.add(len(spans) - 1)
        self._restated_days(spans, counted)
        self._week_of_dated_day(doc, spans)
        by_range = len(named)
        doc.spans[SPANS_KEY] = self._weekday_ranges(doc, self._weekday_pairs(doc, spans, named), named)
        paired = {d.start_char for d in named[by_range:]}  # `jeudi et vendredi`: each a weekday, a day of its own
        doc.spans[RANGE_DAYS] = sorted(named, key=lambda s: s.start)
        doc.spans[WHOLE_RANGE_DAYS] = sorted(whole + [d for d in named if d.start_char in paired],
                                             key=lambda s: s.start)
        return doc

    @staticmethod
    def _named_days(doc: Doc, f: Found, span: Span) -> list[Span]:
        """The days a written range names, each a DATE of its own with its end of the range's value
        (`du 20 au 31 mai 2024`: `20` is `2024-05-20`, `31 mai 2024` is `2024-05-31`) and the range's
        source: the text names them as it names a single day. They overlap the range, so they are kept
        apart from `doc.spans["dates"]`; the range stays one span, which the meetings read."""
        ends = span._.normalized.split("/")
        if not f.days or len(ends) != 2 or not all(is_day(e) for e in ends):
            return []
        days = []
        for (start, end), value in zip(f.days, ends, strict=True):
            day = doc.char_span(start, end, label="DATE", alignment_mode="expand")
            if day is not None:
                day._.normalized, day._.source = value, span._.source
                days.append(day)
        return days

    def _week_of_dated_day(self, doc: Doc, spans: list[Span]) -> None:
        """`Accueilli dans la nuit de mardi à mercredi ..., il a signé mercredi 19 juin`, `restera jusqu'à
        dimanche : une visite est prévue samedi 8 juin`: a bare weekday before a day its sentence dates with
        its weekday name is the nearest such day to that day, whatever the day of writing."""
        for n, span in enumerate(spans):
            if not self._bare_weekday(span) or len(span.text.split()) > 1:  # `ce lundi`: the week of writing
                continue
            dated = None
            for later in spans[n + 1:]:  # the dates after it in its sentence
                if later.start >= doc[span.start].sent.end:
                    break
                if is_day(later._.normalized or "") and not self._bare_weekday(later) \
                        and _norm(later.text).split()[0] in self.finder.weekdays:
                    dated = later
                    break
            if dated is None:
                continue
            day = date.fromisoformat(dated._.normalized)
            weekday = self.finder.weekdays.index(_norm(span.text).split()[-1])
            back = (day.weekday() - weekday) % 7  # the nearest such day, before or after it
            near = day - timedelta(days=back) if back <= 3 else day + timedelta(days=7 - back)
            span._.normalized = near.isoformat()

    def _restated_days(self, spans: list[Span], counted: set[int]) -> None:
        """`Le lendemain, samedi 21 décembre, X a été reçu`, `désigné le lendemain, 31 août, ...`, `Deux
        semaines plus tôt, le 12 février, ...`: a day counted from another (`counted`, indexes into `spans`),
        restated by a day of the month set off by a comma or a bracket right after it, is that day: the
        writer's own date wins over the count."""
        for i in sorted(counted):
            if i + 1 >= len(spans):
                continue
            here, there = spans[i], spans[i + 1]
            if not RESTATED_AFTER.fullmatch(self._text[here.end_char:there.start_char]):
                continue
            if there._.source in RESTATING_SOURCES and is_day(there._.normalized or ""):
                here._.normalized = there._.normalized

    def _weekday_dated(self, f: Found, found: list[Found], reference: date | None, tense: int) -> str | None:
        """A bare weekday (`les ministres réunis jeudi`, no `dernier`, `prochain` or `ce`) that the text
        dates elsewhere with its day of the month (`jeudi 13 février`): that day, when it is the one day of
        the text within a week of the story's date that falls on this weekday, on the side the verb's
        tense allows. A headline or a live blog's entry names the weekday, its body the date. None
        otherwise."""
        g = f.groups
        wd = g.get("wd", "").lower()
        if f.kind != "weekday" or reference is None or g.get("rel") or (g.get("same") or "").strip() \
                or wd not in self.finder.weekdays:
            return None
        index = self.finder.weekdays.index(wd)
        days = set()
        for other in found:
            if other.kind == "weekday" or other.label != "DATE" or (other.groups.get("wd") or "").lower() != wd:
                continue
            day = _first_day(self.finder.absolute(other) or self.finder.resolve(other, reference) or "")
            if day and day.weekday() == index and abs((day - reference).days) < WEEK_DAYS \
                    and (tense != PAST or day <= reference) and (tense != FUTURE or day >= reference):
                days.add(day)
        return days.pop().isoformat() if len(days) == 1 else None

    def _told_since_update(self, f: Found, value: str | None, published: date | None, updated: date | None,
                           tense: int) -> str | None:
        """`Ce mardi matin, la ministre s'est rendue à X` on a page published on a Monday and updated on the
        Tuesday: `ce` names a day of the current week, and a past tense puts it no later than the writing;
        the day after publication the update has told lies in the week the update was written, counted
        from the update (a week before publication otherwise). None when it does not apply."""
        if f.kind != "weekday" or tense != PAST or f.groups.get("rel") or _norm(f.groups.get("same", "")) != "ce" \
                or not value or published is None or updated is None \
                or not published < updated <= published + timedelta(days=WEEK_DAYS - 1):
            return None
        later = self.finder.resolve(f, updated, tense=tense)
        return later if later and published < date.fromisoformat(later) <= updated else None

    def _weekday_told(self, f: Found, found: list[Found], value: str | None, told: list[tuple[int, int, date]],
                      reference: date | None, tense: int) -> str | None:
        """`la veille, lundi, ...`, `le lendemain (samedi)`: a day counted from another, restated by the
        weekday in apposition to it, counts from the day told (or the story's own date) that lands on that
        weekday, the nearest before it in the text first, never from a day after the story's date. None when
        the first reading already falls on that weekday, or when no day told does."""
        if f.kind != "relative" or self.finder.relative_entry(f)["unit"] != "day" or not value or not is_day(value):
            return None
        weekday = self._apposed_weekday(f, found)
        if weekday is None or date.fromisoformat(value).weekday() == weekday:
            return None
        offset = int(self.finder.relative_entry(f)["offset"])
        anchors = [d for _, end, d in reversed(told) if end <= f.start]
        for anchor in [*anchors, *([reference] if reference else [])]:
            day = anchor + timedelta(days=offset)
            if day.weekday() == weekday and (reference is None or tense == FUTURE or day <= reference):
                return day.isoformat()
        return None

    def _apposed_weekday(self, f: Found, found: list[Found]) -> int | None:
        """The index of the bare weekday written right after `f`, set off by a comma or a bracket."""
        after = [other for other in found if other.start >= f.end]
        for other in sorted(after, key=lambda o: o.start)[:1]:
            if other.kind != "weekday" or other.groups.get("rel") or (other.groups.get("same") or "").strip():
                return None
            if not re.fullmatch(r"[\s\u00a0]*[,(][\s\u00a0]*", self._text[f.end:other.start]):
                return None
            wd = other.groups["wd"].lower()
            return self.finder.weekdays.index(wd) if wd in self.finder.weekdays else None
        return None

    def _weekday_pairs(self, doc: Doc, spans: list[Span], named: list[Span]) -> list[Span]:
        """`jeudi et vendredi`: two bare weekdays joined by `et` are one span of days
        (`2023-07-06/2023-07-07`), as `les 6 et 7 juillet` is. The second is the first day after the
        first that falls on its weekday: the pair names the days in their order (`prend part mardi et
        mercredi`, written on a Tuesday, is today and tomorrow, whatever tense each weekday alone would
        be read in). The first may bear a time of the day, the second `ce` or an end (`mercredi soir et
        ce jeudi`, `jeudi soir et jusqu'à vendredi`: `weekday_pair_times`, `weekday_pair_ends`). The two
        weekdays are the days the pair names (added to `named`)."""
        kept: list[Span] = []
        text = doc_text(doc)
        for span in spans:
            last = kept[-1] if kept else None
            weekdays = self.finder.weekdays
            if last is not None and self._bare_weekday(last) and self._bare_weekday(span) \
                    and self._pair_link(text[last.end_char:span.start_char]) \
                    and _norm(last.text).split()[-1] != _norm(span.text).split()[-1]:
                first = date.fromisoformat(last._.normalized)
                day = weekdays.index(_norm(span.text).split()[-1])
                second = first + timedelta(days=(day - first.weekday()) % 7)
                pair = doc.char_span(last.start_char, span.end_char, label="DATE", alignment_mode="expand")
                if pair is not None:
                    span._.normalized = second.isoformat()
                    pair._.normalized = f"{last._.normalized}/{span._.normalized}"
                    pair._.source = last._.source = span._.source = "rule:dates:weekday-pair"
                    named += [last, span]
                    kept[-1] = pair
                    continue
            kept.append(span)
        return kept

    def _pair_link(self, between: str) -> bool:
        """The words between two weekdays of a pair: `et`, after a time of the day on the first (`soir
        et`), before an end word on the second (`et jusqu'à`); a comma after the time (`soir, et`) too."""
        words = _norm(between).replace(",", " ").split()
        if words[:1] and words[0] in self.finder.weekday_pair_times:
            words = words[1:]
        if len(words) == 2 and " ".join(words[1:]) in self.finder.weekday_pair_ends:
            words = words[:1]
        return words == ["et"]

    def _weekday_ranges(self, doc: Doc, spans: list[Span], named: list[Span]) -> list[Span]:
        """`de lundi à ce mercredi`, `du jeudi au samedi`: two weekdays after a start word
        (`weekday_range_starts`) joined by a link word (`weekday_range_links`), the second within the week
        after the first, are one span of days, from the first to the second. The first day is read again
        as the one before the second: the end says which week it is (`de lundi à ce mercredi`). The two
        weekdays are the days the range names (added to `named`)."""
        kept: list[Span] = []
        text = doc_text(doc)  # not `Doc.text`: joined at each call
        for span in spans:
            last = kept[-1] if kept else None
            if last is None or not self._bare_weekday(last) or not self._bare_weekday(span):
                kept.append(span)
                continue
            words = [w for w in _norm(text[max(0, last.start_char - 4):last.start_char]).split() if w]
            link = _norm(text[last.end_char:span.start_char])
            end = date.fromisoformat(span._.normalized)
            first = self.finder.weekdays.index(_norm(last.text).split()[-1])
            start = end - timedelta(days=(end.weekday() - first) % 7 or 7)
            pair = doc.char_span(last.start_char, span.end_char, label="DATE", alignment_mode="expand") \
                if words and words[-1] in self.finder.weekday_range_starts and link in self.finder.weekday_range_links \
                else None
            if pair is None:
                kept.append(span)
                continue
            pair._.normalized = f"{start.isoformat()}/{end.isoformat()}"
            pair._.source = last._.source = span._.source = "rule:dates:weekday-range"
            last._.normalized = start.isoformat()
            named += [last, span]
            kept[-1] = pair
        return kept

    def _bare_weekday(self, span: Span) -> bool:
        """A span naming one weekday, with `ce` at most (`lundi`, `ce mercredi`), resolved to a day."""
        words = _norm(span.text).split()
        return is_day(span._.normalized or "") and bool(words) and words[-1] in self.finder.weekdays \
            and len(words) <= 2 and (len(words) == 1 or words[0] == "ce")

    def _flashback(self, f: Found, dated: tuple[int, date] | None, paragraph: int, reference: date | None,
                   tense: int) -> date | None:
        """The day the paragraph dated with its year, when it lies more than a year from the story's
        reference and the date at hand is a day without its year, neither in the future (`deviendra le
        1er septembre`) nor placed by `dernier` / `prochain` (`du 25 au 27 février dernier`)."""
        if f.kind not in ("day", "range", "numeric_day") or not dated or dated[0] != paragraph or reference is None \
                or tense == FUTURE:
            return None
        following = self._text[f.end:f.end + 20].split()
        if following and following[0].lower().strip(".,;") in (*self.finder.past_words, *self.finder.next_words):
            return None
        return dated[1] if abs((dated[1] - reference).days) > 365 else None

    def _placed(self, f: Found) -> int:
        """PAST for a day without its year followed by `dernier` / `passé` (`past_words`), FUTURE for one
        followed by `prochain` (`next_words`): the word places the day against the day of writing (`le 30 mai
        dernier` is the last 30 May before it), not against a year the text told; NONE otherwise."""
        if f.kind not in ("day", "range", "numeric_day") or not self.finder.yearless(f):
            return NONE
        following = self._text[f.end:f.end + 20].split()
        word = following[0].lower().strip(".,;") if following else ""
        return PAST if word in self.finder.past_words else FUTURE if word in self.finder.next_words else NONE

    def _followed_day(self, f: Found, days: list[tuple[int, int, date]]) -> date | None:
        """`Elle s'était rendue à Tunis le 6 juin 2023, puis était revenue le 11 juin suivant`: a day without
        its year followed by `suivant` (`following_words`) counts from the last day the text told before it."""
        if f.kind not in ("day", "numeric_day", "weekday_day") or not days or not self.finder.following_words:
            return None
        following = self._text[f.end:f.end + 20].split()
        return days[-1][2] if following and following[0].lower().strip(".,;") in self.finder.following_words \
            else None

    def _last_told(self, f: Found, told: list[tuple[int, int, date]], ranged: set[int],
                   reference: date | None = None) -> date | None:
        """`le même jour`, `ce jour-là` with no day in their paragraph: the last day the text gave before
        them, further up; they never mean the day of writing. `la veille`, `le lendemain` count from that
        day when it is the story's, at most `STORY_DAYS` before the day of writing (`a présidé samedi 20
        juillet ... ¶ La veille, il avait reçu ...`); otherwise, or with no day before (`La veille, il avait
        ...` opening a story told from its publication day), they keep the story's date. A span of
        days is no day (`a tenu vendredi des entretiens avec X, en visite du 12 au 15 avril. ... Le même
        jour`: that Friday), unless the text gave no single day before."""
        if f.kind != "relative" or abs(offset := int(self.finder.relative_entry(f)["offset"])) > 1:
            return None
        single = [d for d in told if d[1] not in ranged]
        last = (single or told)[-1][2] if told else None
        if offset and last is not None and reference is not None and not 0 < (reference - last).days <= STORY_DAYS:
            return None  # `la veille` far from the day of writing: a day of history, no day of the story
        return last

    def _anchors(self, f: Found, points: list[tuple[int, date, str]]) -> list[tuple[int, date, str]]:
        """The dates `deux jours plus tôt` may count from: days for a count of days or weeks (a year or a
        month alone says nothing of the day: `en 2023 ... deux jours plus tôt`), any date otherwise."""
        if self.finder._unit(f.groups) in ("day", "week"):
            return [p for p in points if p[2] in ("day", "range")]
        return points

    def _now(self, f: Found) -> bool:
        """`désormais`, `aujourd'hui`: the day of writing, no event the text tells of."""
        if f.kind != "relative":
            return False
        entry = self.finder.relative_entry(f)
        return entry["unit"] == "day" and int(entry["offset"]) == 0 and entry.get("anchor") != "text"

    def _heading(self, f: Found) -> bool:
        """A date opening a short line with no full stop, under the header (`22-23 mai 2024 : Le ministre à
        Rome`, `Vendredi 20 janvier`, a line holding only a date): the heading of the section below it."""
        text = self._text
        line_start = text.rfind("\n", 0, f.start) + 1
        line_end = text.find("\n", f.end)
        line = text[line_start:line_end if line_end >= 0 else len(text)].strip()
        if line_start < _top_lines(text) or not line or line[-1] in ".!?»\"" or len(line) > 90:
            return False
        lead = text[line_start:f.start].strip(" \t\u00a0•*-–—")
        return (not lead or lead.lower() in self.finder.weekdays) and len(re.findall(r"\w+", line)) <= 14

    def _sequel(self, f: Found, found: list[Found], spans: list[Span]) -> str | None:
        """`il se rendra jeudi à Alger, puis vendredi à Rabat`: a bare weekday that follows another in
        its sentence after one of `sequence_words` is the next such day after it."""
        if f.kind != "weekday" or {"rel", "same"} & set(f.groups) or not spans:
            return None
        before = [e for e in found if e.end <= f.start]
        by_start = {s.start_char: s for s in spans}
        while before and before[-1].kind != "weekday" and before[-1].start in by_start and not is_day(
                by_start[before[-1].start]._.normalized or ""):
            before.pop()  # `mercredi, pour la première fois depuis 2019, avant ... jeudi`: a year between
        last = by_start.get(before[-1].start) if before else None
        if not before or before[-1].kind != "weekday" or last is None or not is_day(last._.normalized or ""):
            return None
        between = _norm(self._text[before[-1].end:f.start])
        if re.search(r"[.!?]", between) or len(between) > 120 or not any(
                re.search(rf"(?<![\w]){re.escape(w)}(?![\w])", between) for w in self.finder.sequence_words):
            return None
        index = self.finder.weekdays.index(f.groups["wd"].lower())
        previous = date.fromisoformat(last._.normalized)
        return (previous + timedelta(days=(index - previous.weekday()) % 7 or 7)).isoformat()

    def _bound(self, f: Found) -> bool:
        """A date after `depuis`, `jusqu'au` (`year_not_carried_after`): where a state starts or ends,
        not when the story happens."""
        before = _norm(self._text[max(0, f.start - 16):f.start])
        return any(_bound_pattern(w).search(before) or before.endswith(w)
                   and w.endswith("'") for w in self.finder.not_carried) or self._apposed_to_bound(f) \
            or self._bound_part(f) or self._bound_event(f)

    def _in_relative_incise(self, f: Found) -> bool:
        """`Le M23, qui a repris les armes fin 2021, s'est emparé en janvier de Goma`, `le général X, dont le
        mandat a commencé en 2020, a reçu le 4 mars ...`: a date in a relative clause set off by a comma
        (opened by a relative pronoun of grammar.yml) dates the noun the clause describes, a background;
        its year does not carry on to the clause around it."""
        text = self._text
        sentence = max(text.rfind(c, 0, f.start) for c in ".!?\n")
        comma = text.rfind(",", sentence + 1, f.start)
        if comma < 0:
            return False
        words = _norm(text[comma + 1:f.start]).replace("'", "' ").split()
        return bool(words) and words[0] in self.finder.relatives

    def _announced(self, doc: Doc, f: Found, days: list[tuple[int, int, date]]) -> bool:
        """`Les ministres ont signé mercredi un accord, a annoncé jeudi le ministère`: a day hung on a verb that
        makes a thing known (`announcing_verbs`) after another day of its sentence is the day of the report;
        `le même jour`, `la veille`, `le lendemain` count from the day told, not from it. An announcement told
        alone (`Le ministère a annoncé mardi ...`) is the story's day, and keeps it."""
        if not self.finder.announcing or not days or not _same_sentence(self._text, days[-1][1], f.start):
            return False
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        verb = span.root.head
        return verb.i != span.root.i and verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in self.finder.announcing

    def _bound_event(self, f: Found) -> bool:
        """`depuis le putsch du 26 juillet 2023`, `depuis l'élection de mai`: the date of a noun that a
        bound word (`apposed_bound_words`) opens is that starting point too, no day of the story."""
        if not self.finder.apposed_bound:
            return False
        before = _norm(self._text[max(0, f.start - 60):f.start])
        words = _alternation(list(self.finder.apposed_bound))
        return bool(re.search(rf"(?<![\w])(?:{words}) (?:le |la |les |l'|l’)[^,;:.!?()«»\n ]+"
                              rf"(?: [^,;:.!?()«»\n ]+){{0,2}} (?:du|de|d'|d’)(?: le| l'| l’)?$", before))

    def _attributive(self, doc: Doc, f: Found) -> bool:
        """`l'accord conclu le 27 novembre 2024`: a day hung on a participle (a clause with no subject) that
        restricts the noun right before it (no comma) dates that thing, no scene of the story: `le même
        jour` does not count from it. A participle set off by a comma (`le ministre, arrivé le 12 mars,
        ...`) tells the story."""
        verb = _participle_of_noun(doc, f)
        if verb is None or verb.head.pos_ != "NOUN":
            return False
        return not any(t.text in ",;:()" for t in doc[verb.head.i + 1:verb.i])

    def _dates_a_thing(self, doc: Doc, f: Found) -> bool:
        """`l'opération Épervier, lancée en 1986, ...`, `Tombouctou, rétrocédée fin 2021, ...`: a year or a
        month hung on a participle of a thing or a place (set off by commas or not) dates that thing: its
        year does not carry on to the days the paragraph tells next. A participle of a person (`le ministre,
        nommé en 2019, ...`) is left to carry, as before."""
        verb = _participle_of_noun(doc, f)
        return verb is not None and verb.head.ent_type_ != "PER" and "Part" in verb.morph.get("VerbForm")

    def _bound_part(self, f: Found) -> bool:
        """`depuis la fin 2022`, `d'ici au début de 2025`: the part of a year or a month after a bound word
        (`year_not_carried_after`) is a start or an end too."""
        pattern = _bound_part_pattern(tuple(self.finder.not_carried), tuple(self.finder.parts))
        if pattern is None:
            return False
        before = _norm(self._text[max(0, f.start - 40):f.start])
        return bool(pattern.search(before))

    def _apposed_to_bound(self, f: Found) -> bool:
        """`depuis le début de l'invasion russe, le 24 février`: a day set off by a comma right after a
        short phrase opened by a bound word (`apposed_bound_words`) restates its starting point."""
        if not self.finder.apposed_bound or f.kind not in ("day", "numeric_day", "weekday_day"):
            return False
        before = _norm(self._text[max(0, f.start - 90):f.start])
        words = _alternation(list(self.finder.apposed_bound))
        return bool(re.search(rf"(?<![\w])(?:{words})(?: [^,;:.!?()«»\n ]+){{1,7}} ?,(?: ?le| ?l')?$", before))

    def _tense(self, doc: Doc, f: Found) -> int:
        """FUTURE when the verb the date depends on is in the future or the conditional, or is an
        infinitive after `aller` / `devoir` (`va se rendre`); PAST for a past tense or a compound
        past (`a rencontré`); NONE when the parse says nothing."""
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        if span is None or not len(span):
            return NONE
        root = span.root
        while root.dep_ == "conj" and root.head.i != root.i:  # `jeudi à Alger, puis vendredi à Rabat`
            root = root.head
        if root.dep_ == "nmod" and root.head.i < root.i and _naming_unit(root.head, self.finder.unit_of):
            root = root.head  # `au mois de mars`, `la semaine du 10 mars`: the unit noun naming the date carries it
        token = root.head  # only a date that depends on a verb: `avant une journée de discussions
        if f.kind == "weekday" and token.pos_ in ("NOUN", "NUM", "PROPN") and token.dep_ == "obj" \
                and token.head.pos_ == "VERB":
            token = token.head  # `qui prend fin mardi`, `doit regagner Paris jeudi`: the verb of the phrase
        if f.kind == "weekday" and (token.pos_ == "PROPN" or token.ent_type_ == "LOC") and root.dep_ == "nmod" \
                and token.dep_.startswith("obl") and token.head.pos_ in ("VERB", "AUX"):
            token = token.head  # `sera à La Haye mardi`: a weekday the parser hung on a place names no day of the
            # place; it dates the verb the place completes
        if f.kind == "weekday" and (token.pos_ == "PROPN" or token.ent_type_ == "LOC") and root.dep_ == "nmod" \
                and not any(c.dep_ == "case" for c in root.children) and _nominal_up_to_verb(token):
            token = _verb_above(token)  # `doit regagner la Corée du Sud dimanche`: no preposition ties the day to
            # the place's name, deep as the name goes; it dates the verb the name completes
        if f.kind == "weekday" and ("CCONJ" in (root.pos_, token.pos_) or token.pos_ == "ADV" and token.dep_ == "conj"):
            # `reçu par X, puis, vendredi, par Y`, `rentrera vendredi, et non samedi`: the parser hung the day on
            # the conjunction or on the adverb of an elliptical coordinate; the verb above it says the tense
            token = _verb_above(root)
        if f.kind == "weekday" and token.pos_ == "ADP" and any(c.dep_ == "fixed" for c in token.children):
            # `se dérouleront à partir de lundi`, `reprendront dès lundi`: the parser hung the day on a
            # compound preposition that opens a starting point; the verb above it says the tense
            token = _verb_above(root)
        if f.kind == "weekday" and self._moved_to(doc, span):
            return NEAR  # `la réunion a été avancée à dimanche`: the new day, not a past one
        if f.kind == "day" and self._moved_to(doc, span, self.finder.moved_to_day):
            return NEAR  # `la réunion a été avancée au 28 mars`: the new day, on either side
        if f.kind == "weekday" and token.pos_ == "NOUN" and root.dep_ == "nmod":
            token = self._verb_of_noun(token, root)  # `lors de sa séance de mercredi`: the verb the noun serves
        copula = next((c for c in token.children if c.dep_ == "cop"), None) if token.i != root.i else None
        if copula is not None and "Inf" in copula.morph.get("VerbForm"):
            return self._governing_tense(f, token)  # `rentrera vendredi pour être présente dimanche`: the infinitive's
        if copula is not None and f.kind == "weekday" and token.lower_ in self.finder.future_cue_words and (
                "Imp" in copula.morph.get("Tense")):
            return NEAR  # `Mardi, elles étaient attendues à Paris`: a plan as it stood, the cue after the day
        if copula is not None:
            return self._verb_tense(copula) or self._cue(f)  # `elle sera présente dimanche`
        if token.i == root.i:  # `il sera lundi à Kiev`: the parser made the weekday the head of `être`
            finite = next((c for c in root.children if c.dep_ in ("cop", "aux", "aux:pass", "aux:tense")
                           and "Fin" in c.morph.get("VerbForm")), None)
            if finite is not None:
                return self._verb_tense(finite) or self._cue(f)
        if token.i == root.i or token.pos_ not in ("VERB", "AUX"):  # mercredi` says nothing of its tense
            return self._cue(f)
        if _infinitive(token) or any(  # `doit être reçu`: a passive infinitive
                c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm") for c in token.children):
            head = token.head  # an infinitive has no tense of its own
            if head.i != token.i and head.lemma_.lower() in self.finder.future_auxiliaries:
                if self._planned_in_past(head):  # a bare weekday then is the nearest such day
                    return NEAR if f.kind == "weekday" else NONE
                return FUTURE
            return self._governing_tense(f, token)
        tense = self._verb_tense(token) or self._cue(f)
        if tense == FUTURE and not self._verb_tense(token) and (self._told_in_past(token) or self._past_passive(token)):
            tense = NONE  # `l'exercice, programmé en mai, avait été reporté`: the nearest May, not the next
            if f.kind == "weekday":  # `une rencontre était prévue dimanche`: a plan as it stood, as with
                return NEAR  # `devait` (`_planned_in_past`): the nearest such day, on either side
        if tense == NONE and f.kind == "weekday" and token.lower_ in self.finder.future_cue_words and (
                self._past_passive(token)):
            return NEAR  # `Mardi, elles étaient attendues à Paris`: a plan as it stood, the cue after the day
        if tense == NONE and f.kind == "weekday" and (self._present(token) or self._present_passive(token)):
            return NEAR
        return tense

    @staticmethod
    def _planned_in_past(auxiliary) -> bool:
        """`la visite devait se tenir les 5 et 6 février`, `il allait partir lundi`: `devoir` / `aller` in
        the imperfect tells a plan as it stood in the past; its date may lie on either side of the
        day of writing (the nearest), unlike `doit se tenir`, `va partir`, `devrait` (ahead)."""
        return "Imp" in auxiliary.morph.get("Tense") and "Cnd" not in auxiliary.morph.get("Mood") \
            and "Fin" in auxiliary.morph.get("VerbForm")

    def _moved_to(self, doc: Doc, span: Span, words: set[str] | None = None) -> bool:
        """The weekday comes right after a `moved_to_words` preposition that no other word is glued to
        (`avancée à dimanche`; not `jusqu'à dimanche`, which bounds a stay); a day and its month after
        a `moved_to_day_words` one (`reportée au 2 avril`; not `jusqu'au 2 avril`)."""
        words = self.finder.moved_to if words is None else words
        if span.start == 0 or doc[span.start - 1].lower_ not in words:
            return False
        before = doc[span.start - 1]
        return before.idx == 0 or doc_text(doc)[before.idx - 1].isspace()

    def _verb_of_noun(self, noun, root):
        """`Le conseil en tirera le bilan lors de sa séance de mercredi`: a weekday completing a noun with
        `de` takes the tense of the verb that noun's phrase depends on, when it has one; else the noun
        (which says nothing)."""
        if not any(c.dep_ == "case" and c.lower_ in self.finder.of_words for c in root.children):
            return noun
        verb = _verb_above(noun)
        return verb if verb.i != noun.i and self._verb_tense(verb) else noun

    def _told_in_past(self, token) -> bool:
        """A participle (`programmé`, `prévu`) on the subject of a verb in a past tense: the plan is told
        as past (`l'exercice, prévu en mai, a été reporté`), unlike a plan named as a goal (`d'ici au
        sommet prévu en juillet`)."""
        noun = token.head
        if token.dep_ != "acl" or noun.i == token.i or not noun.dep_.startswith("nsubj"):
            return False
        verb = noun.head
        return verb.pos_ in ("VERB", "AUX") and self._verb_tense(verb) == PAST

    def _present(self, verb) -> bool:
        """A finite verb in the present indicative, with no auxiliary (`prend fin`, `se poursuit`), also
        when the tagger misreads its form (`_misread_present`)."""
        if any(c.dep_.startswith("aux") for c in verb.children):
            return False
        return "Pres" in verb.morph.get("Tense") and "Fin" in verb.morph.get("VerbForm") \
            and "Ind" in verb.morph.get("Mood") or self._misread_present(verb)

    def _misread_present(self, verb) -> bool:
        """A present the tagger gave another reading: the present subjunctive of a main clause, which no
        `que` opens (`la réunion se déroule dimanche`: in the first group, the indicative and the subjunctive
        share `-e`, `-ent`); a future with no future's ending (`accueille`, `_marked_future`); an imperfect
        with no imperfect's ending (`_misread_imperfect`); an infinitive with no infinitive's ending and a
        subject of its own (`Macron réunit dimanche`: every infinitive ends in `-r` or `-re`)."""
        morph = verb.morph
        if "Fin" in morph.get("VerbForm"):
            if "Sub" in morph.get("Mood") and "Pres" in morph.get("Tense"):
                return not any(c.dep_ == "mark" for c in verb.children)
            return "Fut" in morph.get("Tense") and not self._marked_future(verb) and not self._future_form(verb) \
                or self._misread_imperfect(verb)
        return "Inf" in morph.get("VerbForm") and not _infinitive(verb) \
            and any(c.dep_.startswith("nsubj") for c in verb.children)

    def _governing_tense(self, f: Found, infinitive) -> int:
        """An infinitive takes the tense of the finite verb it depends on (`pourrait être évoqué
        dimanche`, `se prépare à accueillir samedi`): a future or conditional says FUTURE; a present,
        for a weekday, the nearest such day; anything else says nothing."""
        head = infinitive.head
        if head.i == infinitive.i or head.pos_ not in ("VERB", "AUX") or "Fin" not in head.morph.get("VerbForm"):
            return NONE
        tense = self._verb_tense(head)
        if tense == FUTURE:
            return FUTURE
        return NEAR if tense == NONE and f.kind == "weekday" and self._present(head) else NONE

    @staticmethod
    def _past_passive(verb) -> bool:
        """`il était prévu en mai`, `elle avait été programmée en juin`: a plan told in a past tense of the
        passive, which says nothing of the side its date lies on."""
        return any(c.dep_ == "aux:pass" and set(c.morph.get("Tense")) & {"Imp", "Past", "Pqp"}
                   for c in verb.children) or any(c.dep_ in ("aux", "aux:tense") and "Imp" in c.morph.get("Tense")
                                                  for c in verb.children)

    @staticmethod
    def _present_passive(verb) -> bool:
        """A participle whose only auxiliary is a passive one in the present indicative (`il est attendu
        vendredi`, `elle est reçue jeudi`): a present, which says the nearest such day, as `prend fin`
        does; `était attendu`, `a été reçu` are past."""
        auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
        if "Part" not in verb.morph.get("VerbForm") or [c.dep_ for c in auxiliaries] != ["aux:pass"]:
            return False
        aux = auxiliaries[0]
        return "Pres" in aux.morph.get("Tense") and "Ind" in aux.morph.get("Mood")

    def _cue(self, f: Found) -> int:
        """`depuis l'invasion du 24 février`: past; `prévu en juillet`: future (`past_cues`, `future_cues`)."""
        before = self._text[max(0, f.start - 60):f.start]
        if self.finder.past_cue.search(before):
            return PAST
        if self.finder.superseded is not None and self.finder.superseded.search(before):
            return NONE  # `prévue initialement jeudi et repoussée`: a first plan, now past or moved
        return FUTURE if self.finder.future_cue.search(before) else NONE

    def _future_form(self, verb) -> bool:
        """A future or conditional the tagger read as another tense (`se rendrait`: `Tense=Imp`): the
        infinitive, or the infinitive without its final `e`, followed by a future or conditional ending; or
        the stem of its own of a verb whose future has one (`future_stems` of meetings.yml), and of the verbs
        built on it (`s'entretiendra`, `interviendra`, `deviendrait`: `tenir`, `venir`)."""
        word, lemma = verb.lower_, verb.lemma_.lower()
        if "Fin" not in verb.morph.get("VerbForm") or not lemma.endswith(("er", "ir", "re")):
            return False
        stems = [lemma, lemma[:-1]] if lemma.endswith("re") else [lemma]
        stems += [lemma[:-len(verb)] + stem for verb, stem in self.finder.future_stems.items() if lemma.endswith(verb)]
        return any(word == stem + ending for stem in stems for ending in self.finder.future_endings)

    def _marked_future(self, verb) -> bool:
        """`Tense=Fut` of the tagger, with a future's ending (`grammar.future_ending`): `X accueille mardi Y`,
        which the tagger may mark future, is the news' present and dates the Tuesday of the week told."""
        return "Fut" in verb.morph.get("Tense") and future_ending(verb.lower_, self.finder.simple_future_endings)

    def _misread_imperfect(self, verb) -> bool:
        """`Je me rends sur place en mars`: a finite verb the tagger reads as an imperfect whose form has
        none of the imperfect's endings (`-ais`, `-ait`, `-ions`...) is a present misread."""
        return verb.morph.get("Tense") == ["Imp"] and "Fin" in verb.morph.get("VerbForm") \
            and bool(self.finder.imperfect_endings) and not verb.lower_.endswith(self.finder.imperfect_endings)

    def _passive_misread(self, auxiliary, verb) -> bool:
        """`des entretiens sont prévus dimanche`: `être` before the participle of a verb whose compound past
        takes `avoir` (not one of `etre_compound_verbs`, not pronominal: `s'est rendu`) is the present
        passive, whatever tense the parser gave the auxiliary: a plan, no past."""
        return auxiliary.lemma_.lower() == "être" and verb.lemma_.lower() not in self.finder.etre_compound_verbs \
            and not any(c.dep_.startswith("expl") or c.lower_ in ("se", "s'", "s’") for c in verb.children)

    def _verb_tense(self, verb) -> int:
        every = [c for c in verb.children if c.dep_.startswith("aux")]
        for t in [*every, verb]:  # `sera livrée`, `rejoindra`, `devrait`
            if self._marked_future(t) or "Cnd" in t.morph.get("Mood") or self._future_form(t):
                return FUTURE
        auxiliaries = [c for c in every if c.dep_ in ("aux", "aux:tense")  # not `aux:pass`: `est prévue`
                       and not self._passive_misread(c, verb)]
        if auxiliaries and "Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense"):
            return PAST
        if "Part" in verb.morph.get("VerbForm") and verb.lemma_.lower() in self.finder.etre_compound_verbs and any(
                "Pres" in c.morph.get("Tense") for c in every):
            return PAST  # `est arrivé`, `est rentrée`: a passé composé with `être`, not the present passive it reads as
        for t in [*auxiliaries, verb]:  # a participle alone is no past: `la réunion prévue le 16`
            if set(t.morph.get("Tense")) & {"Past", "Imp", "Pqp"} and "Part" not in t.morph.get("VerbForm") \
                    and not self._misread_imperfect(t):
                return PAST
        return NONE

    def _header(self, doc: Doc, found: list[Found], text: str) -> set[int]:
        """Publication and update dates from the short lines under the title; their offsets.

        A short line (60 characters at most, not the title) gives the publication date when it opens
        with a published marker (`Publié le`), the update when it holds an updated marker (`Mis à
        jour le`); in the first lines of the text, a date that stands alone on its line but for a
        place or agency before it (`Genève,`, `Xinhua |`, `PARIS,`) and a clock time, `-`, `by` or an
        agency in brackets after it is the publication date (`mardi, 4 mars, 2025 à 10:15`,
        `PARIS, 4 mars (AFP) -`)."""
        header: set[int] = set()
        lone_update = False  # an update date alone on its line
        top = 0 if continued(doc) else _top_lines(text)  # a later piece of a long text has no header
        for f in found:
            if f.label != "DATE":
                continue
            line_start = text.rfind("\n", 0, f.start) + 1
            line_end = text.find("\n", f.end)
            line_end = line_end if line_end >= 0 else len(text)
            line = text[line_start:line_end].strip().lower()
            if line_start == 0:
                continue
            value = self.finder.absolute(f)
            short = len(line) <= 60
            marker = self._marker_before(text[line_start:f.start]) if len(line) <= MARKED_LINE else ""
            if marker:  # `Publié le 3 mars 2025 | Mis à jour le 4 mars 2025`: each date by its own marker
                if value and is_day(value):
                    if marker == "updated":
                        doc._.updated = doc._.updated or value
                        # `Mis à jour le 24/12/2025` on a line of its own: no other date on the line
                        lone_update = lone_update or not any(
                            g is not f and g.label == "DATE" and line_start <= g.start < line_end for g in found)
                    else:
                        doc._.published = doc._.published or value
                    header.add(f.start)
                continue
            if line_start >= top or doc._.published:
                continue
            before, after = text[line_start:f.start], text[f.end:line_end]
            if not (self._lone_prefix(before) and self._lone_suffix(after, short)
                    or _byline(before, after, self.finder.updated_markers)
                    or short and self._signed_or_said_published(before) and _clock_at_most(after)):
                continue
            if value is None and f.kind == "day":  # a dateline without its year: the year of the story
                days = [d for d in (_first_day(v) for v in map(self.finder.absolute, found) if v and is_day(v)) if d]
                value = self._dateline_day(f, found, days[0]) if days else None
            if value and is_day(value):
                doc._.published = value
                header.add(f.start)
        if not doc._.published and lone_update:
            doc._.published = doc._.updated  # a page whose one date is its update: published that day
        return header

    def _dateline_day(self, dateline: Found, found: list[Found], ref: date) -> str | None:
        """The day of a dateline without its year (`Conakry, 22 oct (AGP)-`), counted from `ref`, the
        first full date of the text; a day of the same week that the text gives with its weekday and
        without a year (`vendredi 21 octobre`) says which year it is, as a calendar would."""
        value = self.finder.resolve(dateline, ref)
        month, day = self.finder.month(dateline.groups["m"]), self.finder.day(dateline.groups["d"])
        for f in found:
            g = f.groups
            weekday = g.get("wd", "").lower() in self.finder.weekdays
            if f is dateline or f.kind != "day" or not weekday or self.finder.absolute(f) \
                    or self.finder.month(g["m"]) != month or abs(self.finder.day(g["d"]) - day) > 7:
                continue
            dated = self.finder.resolve(f, ref)
            if dated and value and dated[:4] != value[:4]:
                return _iso_day(int(dated[:4]), month, day)
            break
        return value

    def _marker_before(self, before: str) -> str:
        """`published` or `updated`: the marker nearest before a date on its line, if any (a line holds
        both, `Publié le 3 mars | Mis à jour le 4 mars`, or only one, `Modifié le`)."""
        lowered = before.lower()
        found = [(lowered.rfind(m), "updated") for m in self.finder.updated_markers]
        found += [(lowered.rfind(m), "published") for m in self.finder.published_markers
                  if lowered.rfind(m) >= 0 and (_opens_item(lowered[: lowered.rfind(m)])
                                                or _after_a_signature(before, lowered.rfind(m)))]
        position, kind = max(found, default=(-1, ""))
        return kind if position >= 0 else ""

    def _signed_or_said_published(self, before: str) -> bool:
        """What comes before a date alone at the end of a short header line, other than a place: a
        byline (`Par Amel B.`, `By J. Smith`: an opener and at most three words), or a clause that says
        it is the publication (`Ce contenu a été publié le`)."""
        words = before.split()
        if words and words[0].lower() in self.finder.byline_openers and len(words) <= 4:
            return True
        lowered = before.lower()
        markers = [m for m in self.finder.published_markers if m[0].isalpha()]
        return any(re.search(rf"\b{re.escape(m)}\s*$", lowered) for m in markers)

    def _lone_prefix(self, before: str) -> bool:
        """`_lone_prefix`, or a weekday written short before the date (`jeu. 09 janv. 2025 - 15:42`,
        `weekday_abbreviations`): the day's name in full is read with the date itself."""
        words = before.strip(" \t\u00a0•*-–—|").split()
        if len(words) == 1 and words[0].lower().rstrip(".,") in self.finder.weekday_abbreviations:
            return True
        return _lone_prefix(before)

    def _lone_suffix(self, after: str, short: bool) -> bool:
        """What may follow a header date on its line: a clock time, `-`, `|`, `by`, an agency in
        brackets; on a long line (a dateline opening the text) only an agency and a dash (`(ACP).-`, a full
        stop between them as some agencies write it)."""
        rest = re.sub(r"^[^\S\n]*,?[^\S\n]*(?:(?:à|at)[^\S\n]+)?\d{1,2}[^\S\n]?[:h][^\S\n]?\d{2}(?:[^\S\n]?min\b)?\S*",
                      "", after.strip(), flags=re.I)
        rest = rest.strip()
        if re.match(r"\([^)]{1,20}\)\s*\.?\s*[-–—=]", rest) or re.match(r"(?:[-–—=]|--)\s", rest + " "):
            return True
        if re.match(rf",\s*{AGENCY_NAME}\s*\.?\s*(?:[-–—=]|--)\s", rest + " "):
            return True  # `Riyad, 02 décembre 2024, SPA -- Son Altesse...`: the agency after the date
        if not short:
            return False
        first = rest.split()[0].lower() if rest.split() else ""
        return not rest or first in self.finder.suffix_words or rest[:1] in "|-–—•("


def _closes_phrase(text: str, start: int, end: int) -> bool:
    """`trois jours après, elle atteignait Niamey`, `il est reparti deux jours après.`: the words end their
    phrase; not `deux jours après le sommet`, nor a sentence of them alone (`Douze ans après.`), which
    looks forward to the date the next sentence gives."""
    rest = text[end:end + 3]
    if re.match(r"[^\S\n]*[,;]", rest):
        return True
    return bool(re.match(r"[^\S\n]*\.", rest)) and text[:start].rstrip()[-1:] not in ("", ".", "!", "?", "\n")


def _clock_at_most(after: str) -> bool:
    """Nothing after a date but a clock time and separators (`à 10 h 05 min`, `- 17:14`), and after the
    clock time at most the credit of an agency or outlet, a name of capitalised words with no full stop
    (`publié le 12 mars 2025 - 10:58 Keystone-ATS`, the credit line joined to the date's)."""
    clock = r"\d{1,2}\s?[:h]\s?\d{2}(?:\s?min\b)?"
    credit = re.search(rf"{clock}\s+(?:[A-ZÀ-Ý][\w’'&-]*\s?){{1,3}}$", after)
    if credit and not re.search(r"\.", after[credit.start():]):
        after = after[: credit.start()] + after[credit.start():].split()[0]
    return not re.sub(rf"(?:\b(?:à|at)\b|{clock}|[\s,|•·–—-])+", "", after, flags=re.I)


def _nominal_up_to_verb(token, steps: int = 4) -> bool:
    """Nouns and names only, each completing the one above, from `token` up to a verb (`regagner la Corée
    du Sud`): the phrase of a place a verb governs, with no clause between."""
    seen = token
    for _ in range(steps):
        if seen.head.i == seen.i or seen.pos_ not in ("NOUN", "PROPN") \
                or not seen.dep_.startswith(("nmod", "obj", "obl", "flat")):
            return False
        seen = seen.head
        if seen.pos_ in ("VERB", "AUX"):
            return True
    return False


def _verb_above(token, steps: int = 6):
    """The first verb above a token in the parse; the token itself when none is near."""
    seen = token
    for _ in range(steps):
        if seen.head.i == seen.i:
            return token
        seen = seen.head
        if seen.pos_ in ("VERB", "AUX"):
            return seen
    return token


def _day_of_month(anchor: date | None, day: int, reference: date | None) -> str | None:
    """`le 7 au soir`: day `day` of the month of `anchor` (the last day the text gave, else the
    publication day); the month before when that day would come after the publication."""
    if anchor is None:
        return None
    year, month = anchor.year, anchor.month
    for _ in range(2):
        try:
            value = date(year, month, day)
        except ValueError:
            return None
        if reference is None or value <= reference or (value - anchor).days <= 0:
            return value.isoformat()
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None


def _participle_of_noun(doc: Doc, f: Found):
    """The participle of a clause with no subject, after the noun it restricts, on which the date hangs
    (`l'accord conclu le 27 novembre 2024`), else None."""
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    verb = span.root.head
    if verb.i == span.root.i or verb.dep_ != "acl" or verb.head.pos_ not in ("NOUN", "PROPN") \
            or verb.i < verb.head.i or any(c.dep_.startswith("nsubj") for c in verb.children):
        return None  # a relative clause has a subject
    return verb


def _paragraph_start(text: str, offset: int) -> int:
    """Where the paragraph holding `offset` starts (after the last line break before it)."""
    return text.rfind("\n", 0, offset)


def _anchor_day(text: str, days: list[tuple[int, int, date]], paragraph: int, start: int,
                ranged: frozenset[int] | set[int] = frozenset()) -> date | None:
    """The day `le lendemain`, `la veille`, `ce jour-là` count from: the last day the text gave in the
    same paragraph; for an expression in the first sentence of its paragraph, the last day of the one before
    (`Le vendredi 28 février, ... ¶ Le lendemain, ...`). None: the story's reference date. In that
    paragraph a single day goes before a span of days (`ranged`, ends of ranges: `a tenu vendredi des
    entretiens avec X, en visite du 12 au 15 avril`: that Friday)."""
    same = _single_first([d for d in days if d[0] == paragraph], ranged)
    if same:
        return same[-1][2]
    if re.search(r"[.!?](?:\s|$)", text[paragraph + 1:start]) or not days:
        return None  # only in the first sentence of its paragraph (`La séquence s'est ouverte dès la veille.`)
    previous = _single_first([d for d in days if d[0] == days[-1][0]], ranged)[-1]
    between = text[previous[1]:paragraph + 1]
    return previous[2] if between.count("\n") <= 2 and previous[0] < paragraph else None


def _single_first(days: list[tuple[int, int, date]], ranged: frozenset[int] | set[int]) -> list[tuple[int, int, date]]:
    """The single days among `days`, or all of them when there are none (`ranged`: ends of spans)."""
    return [d for d in days if d[1] not in ranged] or days


def _story_days(days: list[tuple[int, int, date]], paragraph: int, published: date | None,
                passing: set[int]) -> list[tuple[int, int, date]]:
    """The days `le même jour` may count from outside their own paragraph: not a day of history that a
    participial clause tells in passing more than a year from the publication (`Né le 29 août 1991 à
    Weimar, le Triangle ...`) when the text told a day of the story before it; a history told for itself,
    with no such day before, keeps its days, and so does a day a clause tells (`Le 14 janvier 2024, Paris
    avait envoyé ...`)."""
    if published is None or not days or abs((days[0][2] - published).days) > YEAR_DAYS:
        return days
    return [d for d in days if d[0] == paragraph or d[1] not in passing
            or abs((d[2] - published).days) <= YEAR_DAYS]


def _in_passing(doc: Doc, f: Found) -> bool:
    """The day hangs on a participle with no auxiliary and no subject (`Né le 29 août 1991 à Weimar, le
    Triangle ...`, `la base, ouverte le 3 mai 1962, ...`): a participial clause, no clause of the story."""
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    verb = span.root.head
    return verb.i != span.root.i and "Part" in verb.morph.get("VerbForm") \
        and not any(c.dep_.startswith(("aux", "nsubj")) for c in verb.children)


def _told_back_in_passing(doc: Doc, f: Found, days: list[tuple[int, int, date]], point: date) -> bool:
    """`a reçu le mardi 12 mars le général X. Le président a rendu hommage au sergent Y, tué samedi
    dernier`: a day a participial clause tells in passing (`_in_passing`) that goes back before a day the
    story told above it is a flashback, no day of the story: `le lendemain`, `la veille` in a later
    paragraph count from the story's day, not from it; in its own paragraph, which tells of that past,
    they still count from it (`le sommet, tenu le 30 juillet ... Le lendemain, ...`). A participle that
    opens the story (`arrivé le 12 mars, le ministre a reçu le 13 ...`) or moves it forward keeps its day."""
    return bool(days) and point < max(d[2] for d in days) and _in_passing(doc, f)


def _past_background(days: list[tuple[int, int, date]], background: list[tuple[int, int, date]],
                     paragraph: int) -> date | None:
    """A paragraph whose only days date things (`une tournée entamée le 5 mars`) still tells of the story's
    days: `le lendemain` in it counts from the last day of the story the text gave before it."""
    if not days or not any(p == paragraph for p, _, _ in background):
        return None
    return days[-1][2]


def _season_year(f: Found, value: str | None) -> str | None:
    """`à l'automne 1914`: a season whose year is written names that year (`1914`); a season alone
    (`au printemps`, `l'été prochain`) names none of the contract's values."""
    return value[:4] if value and f.groups.get("y") else None


def _same_sentence(text: str, end: int, start: int) -> bool:
    """Nothing but the rest of one sentence between `end` and `start`: a day to come the sentence has just
    given is the day `le même jour`, `la veille` in it count from, whatever the day of writing."""
    return 0 <= end <= start and not re.search(r"[.!?](?:\s|$)|\n", text[end:start])


def _opens_section(text: str, heading_end: int, start: int) -> bool:
    """`start` lies in the first sentence under a heading line that ends at `heading_end`."""
    line_end = text.find("\n", heading_end)
    return 0 <= line_end <= start and not re.search(r"[.!?](?:\s|$)", text[line_end:start]) \
        and text[line_end:start].count("\n") <= 3


def _quoted_alone(text: str, start: int, end: int) -> bool:
    """A time expression that is the whole of a quotation (`avait promis « dans deux semaines »`): the
    words someone used, counted from a day the text does not give."""
    return bool(re.search(r"[«\"“][\s\u00a0]*$", text[max(0, start - 3):start])
                and re.match(r"[\s\u00a0]*[»\"”]", text[end:end + 3]))


def _top_lines(text: str, lines: int = 12) -> int:
    """The offset where the top of a text (its first `lines` lines that are not blank, where headers
    are) ends: a page that spaces its menu with blank lines has its header as far down as one that
    does not."""
    end, seen = -1, 0
    while seen < lines:
        start, end = end + 1, text.find("\n", end + 1)
        if end < 0:
            return len(text)
        seen += bool(text[start:end].strip())
    return end


def _opens_item(before: str) -> bool:
    """A publication marker counts at the start of its line or of an item of it (after `|`, `·`, `-`):
    `publié le` inside a sentence (`le rapport publié le 3 mars`) is no header."""
    rest = before.rstrip(" \t\u00a0")
    return not rest.strip(" \t\u00a0•*") or rest[-1] in "|·-–—/•"


def _after_a_signature(before: str, at: int) -> bool:
    """`Ouest-France, rédaction de Cherbourg. Publié le 29/08/2024`: a marker written with its capital
    right after a full stop, on a header line, opens the publication item after the signature."""
    return before[at : at + 1].isupper() and before[:at].rstrip().endswith(".")


def _byline(before: str, after: str, updated_markers: list[str] = ()) -> bool:
    """A date between the separators of a byline or a release's dateline, on a line of a few words:
    `Par la rédaction · 4 avril 2024 · 12 commentaires`, `Par X - 4 avril 2024 à 06:00 | mis à jour ...`,
    `Le 7 juillet 2023 – Ottawa (Ontario) – Défense nationale`, `04.12.2023, Sputnik Afrique`. A sentence of
    the body ends with a full stop and is longer. The words counted end where the date's item does: at a
    bar or a bullet, or at the update that follows (`, mis à jour à 23h10`, `modifié le 30 Juillet 2023`),
    another item of the header line (`updated_markers`)."""
    line = f"{before} {after}".strip()
    item = _header_item(after, updated_markers)
    words = re.findall(r"[^\W\d_]+", f"{before} {item}")
    if line.endswith(".") or len(words) > 10:
        return False
    lead = before.strip().lower()
    lead = re.sub(r"(?<=[·|–—•,])\s*(?:le|du)$", "", lead)  # `Ottawa (Ontario), le 16 octobre 2024 – ...`
    opens = not lead or lead in ("le", "du") or re.search(r"(?:[·|–—•,]|\s-)$", lead)  # `Par X - 4 mars 2024`
    after = re.sub(r"^\s*,?\s*(?:(?:à|at)\s+)?\d{1,2}\s?[:h]\s?\d{2}(?::\d{2})?(?:\s?min\b)?", "", after,
                   flags=re.I)  # `| 07 mars, 2025 à 14:06:21 | Lu 4325 fois`: the clock time goes with the date
    closes = not after.strip() or re.match(r"\s*[·|–—•,(-]", after) or not item.strip(" ,\t\u00a0")
    return bool(opens and closes)


def _header_item(after: str, updated_markers: list[str]) -> str:
    """What follows a date in its own item of a header line: up to a bar or a bullet, or up to an update
    marker (`| Mis à jour le`, `, mis à jour à 23h10`, `modifié le`), which opens the next item."""
    item = re.split(r"[|·•]", after, maxsplit=1)[0]
    lowered = item.lower()
    ends = [m.start() for marker in updated_markers
            for m in re.finditer(rf"(?:^|[\s,–—-]){re.escape(marker)}\b", lowered)]
    return item[: min(ends)] if ends else item


def _lone_prefix(before: str) -> bool:
    """What may come before a header date on its line: bullets and dashes, `le`, an agency's tag in
    brackets (`(VOVWORLD)`, `(XINHUA)`), and a place or an agency in capitals ending with `,` or `|`
    (`Genève,`, `Xinhua |`, `PARIS,`)."""
    rest = before.lstrip(" \t\u00a0•*-–—|").rstrip()
    if not rest or rest.lower() == "le":  # `le 22 octobre 2025 à 18h40` alone on its line
        return True
    if re.fullmatch(AGENCY_TAG, rest):
        return True  # `(VOVWORLD) 17/04/2025 18:05`: the agency's tag opens the header line
    if re.fullmatch(r"[A-ZÀ-Ý]{2,}(?:[ -][A-ZÀ-Ý]{2,})?\s+le", rest):
        return True  # `OLJ le 22 octobre 2025 à 18h40`: an outlet's initials (a line of its own in the file)
    return bool(re.fullmatch(r"[A-ZÀ-Ý][\w'’. -]{0,30}?\s*[,|]\s*(?:le\s*)?", rest))


def _infinitive(verb) -> bool:
    """An infinitive, also when the tagger reads it as a participle (`le Roi doit présider jeudi`): a verb
    completing another whose written form is its own lemma, with an infinitive's ending. Every infinitive
    ends in `-r` or `-re`: a form the tagger calls one without (`Macron réunit dimanche`) is finite."""
    return "Inf" in verb.morph.get("VerbForm") and verb.lower_.endswith(("r", "re")) or (
        verb.dep_ == "xcomp" and verb.lower_ == verb.lemma_.lower() and verb.lower_.endswith(("er", "ir", "re")))
