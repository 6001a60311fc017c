"""Stage 3b: find dates and give each an ISO 8601 value.

Forms: `24 novembre 2021`, `1er juillet`, `24 Nov. 2021`, `15/11/2019`, `lundi 14 juin`,
`juin 2021`, `en 2022`, ranges `du 22 au 25 novembre 2021` and `les 16 et 17 février`, and
relative expressions from `rules/dates.yml` (`le mois dernier`, `l'année à venir`, `mi-juin`).

Values: a day `2021-11-24`, a month `2021-06`, a year `2022`, a range `2021-11-22/2021-11-25`.
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

from spacy.tokens import Doc, Span

from pipeline.components.spans import doc_text
from pipeline.rulebook.loader import RuleBook

SPANS_KEY = "dates"
APOS = "['\u2019]"
WORD = re.compile(r"\w+")
DIGIT = "0"  # stands for any word that starts with a digit


def _alternation(words: list[str]) -> str:
    """A regex alternation, longest first, apostrophes either way, dots literal."""
    escaped = sorted({re.escape(w.lower()) for w in words}, key=len, reverse=True)
    return "|".join(re.sub("['\u2019]", APOS, e) for e in escaped)


@dataclass
class Found:
    """A date expression found in the text, before resolution."""

    start: int
    end: int
    kind: str  # day | range | month | year | numeric | relative | weekday | part
    groups: dict
    rule: str


class DateFinder:
    """Compiled regexes from `rules/dates.yml`, and the resolution of what they find."""

    def __init__(self, book: RuleBook) -> None:
        months = book.get("dates", "months", {})
        self.month_of = {w.lower(): int(n) for n, words in months.items() if n != "__line__" for w in words}
        self.weekdays = [w.lower() for w in book.get("dates", "weekdays", [])]
        self.relative = {t.lower().replace("\u2019", "'"): e for e in book.entries("dates", "relative")
                         for t in e["terms"]}
        self.parts = {t.lower(): e for e in book.entries("dates", "parts_of_month")
                      for t in (e.get("terms") or [e.get("prefix", "")]) if t}
        self.not_after = {w.lower() for w in book.get("dates", "not_dates", [])}
        self.past_words = [w.lower() for w in book.get("dates", "past_words", [])]
        self.next_words = [w.lower() for w in book.get("dates", "next_words", [])]
        self.published_markers = [m.lower() for m in book.get("dates", "published_markers", [])]
        self.updated_markers = [m.lower() for m in book.get("dates", "updated_markers", [])]
        self._compile(book)

    def _compile(self, book: RuleBook) -> None:
        month = rf"(?:{_alternation(list(self.month_of))})(?![\w])"
        ordinals = book.get("dates", "ordinals", ["1er"])
        day = rf"(?:{_alternation(ordinals)}|[12]\d|3[01]|0?[1-9])(?!\d)"
        year = r"(?:1[89]\d\d|20\d\d)(?!\d)"
        weekday = _alternation(self.weekdays) or "lundi"
        parts = _alternation(list(self.parts)) or "mi"
        b = r"(?<![\w])"
        # a month or a year alone is a date only after words such as `en`, `depuis`, `à l'horizon`
        month_prefixes = _alternation(book.get("dates", "month_prefixes", ["en"]))
        year_prefixes = _alternation(book.get("dates", "year_prefixes", ["en"]))
        self.patterns: list[tuple[str, re.Pattern]] = [
            ("range", re.compile(
                rf"{b}(?:(?:du|les)\s+)?(?:(?:{weekday})\s+)?(?P<d1>{day})\s*(?P<m1>{month})?\.?\s*(?P<y1>{year})?"
                rf"\s*(?:au|-|–|et)\s+(?:(?:{weekday})\s+)?(?P<d2>{day})\s+(?P<m2>{month})\.?(?:\s+(?P<y2>{year}))?",
                re.I)),
            ("day", re.compile(
                rf"{b}(?:(?P<wd>{weekday})\s+)?(?P<d>{day})\s+(?P<m>{month})\.?(?:\s+(?P<y>{year}))?", re.I)),
            ("numeric", re.compile(r"(?<![\w/])(?P<d>[0-3]?\d)/(?P<m>[01]?\d)/(?P<y>\d{4})(?![\w/])")),
            ("part", re.compile(rf"{b}(?P<p>{parts})\s*-?\s*(?P<m>{month})(?:\s+(?P<y>{year}))?", re.I)),
            # any word before a year, checked against the months after the match: a leading
            # alternation of every month spelling makes the regex engine try each at every letter
            ("month", re.compile(rf"{b}(?P<m>[^\W\d_]{{3,10}}\.?)\s+(?P<y>{year})", re.I)),
            ("month_alone", re.compile(rf"{b}(?:{month_prefixes})\s*(?P<m>{month})(?!\s*\d)", re.I)),
            ("year", re.compile(rf"{b}(?:{year_prefixes})\s+(?P<y>{year})", re.I)),
        ]
        # relative expressions: one small regex per term, run only when the term is in the text at all
        self.relative_patterns = {t: re.compile(rf"{b}(?P<r>{_alternation([t])})(?![\w])", re.I)
                                  for t in self.relative}
        # the first words a match of each pattern can begin with; DIGIT: any word that starts with one
        days = [DIGIT, *ordinals, *self.weekdays]
        self.start_words = {kind: {w.group().lower() for t in terms if (w := WORD.search(t))} for kind, terms in {
            "range": ["du", "les", *days], "day": days, "numeric": [DIGIT], "part": list(self.parts),
            "month": list(self.month_of), "month_alone": book.get("dates", "month_prefixes", ["en"]),
            "year": book.get("dates", "year_prefixes", ["en"]), "weekday": self.weekdays}.items()}
        self.any_start = set().union(*self.start_words.values())
        self.patterns.append(("weekday", re.compile(
            rf"{b}(?P<wd>{weekday})(?:\s+(?P<rel>{_alternation(self.past_words + self.next_words) or 'x^'}))?(?![\w])",
            re.I)))

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
                if kind == "month" and self.month(m.group("m")) is None:
                    continue
                if kind == "year" and self._is_count(text, end):
                    continue
                if any(taken[start:end]):
                    continue
                if kind in ("month_alone", "year"):  # keep the preposition out of the span
                    start = m.start("m") if kind == "month_alone" else m.start("y")
                taken[start:end] = b"\x01" * (end - start)
                groups = {k: v for k, v in m.groupdict().items() if v}
                found.append(Found(start, end, kind, groups, kind))
        return sorted(found, key=lambda f: f.start)

    def _matches(self, kind: str, pattern: re.Pattern, text: str, words: list[tuple[int, str]]) -> Iterator[re.Match]:
        """`pattern.finditer(text)`, trying only where a match can begin: the same matches.

        A relative term's own regex is searched for everywhere (it is only run when the term is in
        the text at all)."""
        if kind == "relative":
            yield from pattern.finditer(text)
            return
        wanted, end = self.start_words[kind], 0
        for start, word in words:
            if start >= end and word in wanted and (m := pattern.match(text, start)):
                end = m.end()
                yield m

    def _words(self, text: str) -> list[tuple[int, str]]:
        """Where a date expression can begin, and the word there (DIGIT for a number): a word that
        starts with a digit or is the first word of a term of the rules (a weekday, a month, `du`,
        `les`, a prefix, a part of a month)."""
        found = []
        for w in WORD.finditer(text):
            word = w.group()
            if word[0].isdigit():
                found.append((w.start(), DIGIT))
            elif (word := word.lower()) in self.any_start:
                found.append((w.start(), word))
        return found

    def _is_count(self, text: str, end: int) -> bool:
        """`en 2000 hommes`: a number followed by a counted noun is no year."""
        following = text[end : end + 30].split()
        return bool(following) and following[0].lower().strip(".,;") in self.not_after

    # -- resolution -------------------------------------------------------------------------

    def month(self, word: str | None) -> int | None:
        if not word:
            return None
        w = word.lower().rstrip(".")
        return self.month_of.get(w) or self.month_of.get(w + ".")

    @staticmethod
    def day(word: str) -> int:
        digits = re.sub(r"\D", "", word)
        return int(digits) if digits else 1

    def absolute(self, f: Found) -> str | None:
        """The value of a date that carries its own year, else None."""
        g = f.groups
        if f.kind == "numeric":
            return _iso_day(int(g["y"]), int(g["m"]), int(g["d"]))
        if f.kind == "day" and "y" in g:
            return _iso_day(int(g["y"]), self.month(g["m"]), self.day(g["d"]))
        if f.kind == "range" and "y2" in g:
            return self.resolve(f, None)
        if f.kind == "month":
            return f"{int(g['y']):04d}-{self.month(g['m']):02d}"
        if f.kind == "year":
            return g["y"]
        if f.kind == "part" and "y" in g:
            return f"{int(g['y']):04d}-{self.month(g['m']):02d}"
        return None

    def resolve(self, f: Found, ref: date | None, from_text: bool = False) -> str | None:
        """The ISO value of a date expression, using `ref` for what the text leaves out.

        `from_text`: the reference is a date of the story, not the publication day; then a bare
        weekday is the nearest one (`il doit se rendre mercredi`), not the last one."""
        g = f.groups
        if f.kind == "range":
            m2 = self.month(g["m2"])
            m1 = self.month(g.get("m1")) or m2
            y2 = int(g["y2"]) if "y2" in g else _nearest_year(ref, m2, self.day(g["d2"]))
            if y2 is None:
                return None
            y1 = int(g["y1"]) if "y1" in g else (y2 if m1 <= m2 else y2 - 1)
            start, end = _iso_day(y1, m1, self.day(g["d1"])), _iso_day(y2, m2, self.day(g["d2"]))
            return f"{start}/{end}" if start and end else None
        value = self.absolute(f)
        if value or ref is None:
            return value
        if f.kind == "day":
            m, d = self.month(g["m"]), self.day(g["d"])
            weekday = self.weekdays.index(g["wd"].lower()) if g.get("wd", "").lower() in self.weekdays else None
            return _iso_day(_nearest_year(ref, m, d, weekday, past_bias=from_text), m, d)
        if f.kind in ("month_alone", "part"):
            m = self.month(g["m"])
            return f"{_nearest_year(ref, m, 15, past_bias=from_text):04d}-{m:02d}"
        if f.kind == "relative":
            return _shift(ref, self.relative_entry(f)["unit"], int(self.relative_entry(f)["offset"]))
        if f.kind == "weekday":
            index = self.weekdays.index(g["wd"].lower()) if g["wd"].lower() in self.weekdays else None
            if index is None:
                return None
            if g.get("rel", "").lower() in self.next_words:  # `lundi prochain`: the next one
                return (ref + timedelta(days=(index - ref.weekday()) % 7 or 7)).isoformat()
            back = (ref.weekday() - index) % 7
            if g.get("rel") and back == 0:  # `vendredi dernier`, written on a Friday: a week ago
                back = 7
            if from_text and not g.get("rel") and back > 3:
                back -= 7  # the story's Tuesday: `mercredi` is the next day
            return (ref - timedelta(days=back)).isoformat()
        return None

    def relative_entry(self, f: Found) -> dict:
        return self.relative[f.groups["r"].lower().replace("\u2019", "'")]

    def anchored_to_text(self, f: Found) -> bool:
        """`la veille`, `le lendemain` count from the day the text speaks of, not from publication."""
        return f.kind == "relative" and self.relative_entry(f).get("anchor") == "text"

    def rule_id(self, f: Found) -> str:
        return self.relative_entry(f)["id"] if f.kind == "relative" else f.kind


def _iso_day(year: int | None, month: int | None, day: int) -> str | None:
    if not year or not month:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _nearest_year(ref: date | None, month: int | None, day: int, weekday: int | None = None,
                  past_bias: bool = False) -> int | None:
    """The year that puts `day month` nearest to `ref`; with a weekday (`jeudi 21 septembre`), the
    nearest year where that day is that weekday. Against a date of the story (`past_bias`), a future
    day counts double: the story tells of what led to it (`l'invasion du 24 février`)."""
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
        distance += 0 if weekday is None or candidate.weekday() == weekday else 10**4
        if best is None or distance < best[0]:
            best = (distance, year)
    return best[1] if best else None


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


class DateTagger:
    """Pipeline stage: DATE spans in `doc.spans["dates"]`, publication and update dates on the Doc."""

    def __init__(self, book: RuleBook) -> None:
        self.finder = DateFinder(book)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        found = self.finder.find(text)
        header = self._header(doc, found, text)
        published = _first_day(doc._.published) if doc._.published else None
        explicit = [_first_day(v) for f, v in zip(found, map(self.finder.absolute, found), strict=True)
                    if v and len(v) > 4 and f.start not in header]
        story = explicit[0] if explicit else None  # the first dated day of the text
        last_explicit = story
        spans: list[Span] = []
        for f in found:
            value = self.finder.absolute(f)
            if value is None and self.finder.anchored_to_text(f):
                value = self.finder.resolve(f, last_explicit or published, from_text=True)
            elif value is None:
                value = self.finder.resolve(f, published or last_explicit, from_text=published is None)
            elif f.kind != "year" and story and _first_day(value) >= story and f.start not in header:
                last_explicit = _first_day(value)  # a flashback (`en 2020`) is no reference
            span = doc.char_span(f.start, f.end, label="DATE", alignment_mode="expand")
            if span is None or value is None:
                continue
            span._.normalized = value
            span._.source = f"rule:dates:{self.finder.rule_id(f)}"
            spans.append(span)
        doc.spans[SPANS_KEY] = spans
        return doc

    def _header(self, doc: Doc, found: list[Found], text: str) -> set[int]:
        """Publication and update dates from the short lines under the title; their offsets."""
        header: set[int] = set()
        for f in found:
            line_start = text.rfind("\n", 0, f.start) + 1
            line_end = text.find("\n", f.end)
            line = text[line_start : line_end if line_end >= 0 else len(text)].strip().lower()
            if len(line) > 60 or line_start == 0:
                continue
            value = self.finder.absolute(f)
            if not value or len(value) != 10:
                continue
            if any(m in line for m in self.finder.updated_markers):
                doc._.updated = doc._.updated or value
                header.add(f.start)
            elif any(line.startswith(m) for m in self.finder.published_markers):
                doc._.published = doc._.published or value
                header.add(f.start)
        return header
