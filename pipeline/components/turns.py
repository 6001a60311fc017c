"""The speaker labels of a parliamentary record's turns, read by the quotes stage (whose words each turn
holds) and by the meetings stage (who takes part in the sitting the record reports).

A record gives each speech a label at the head of its paragraph:
- the French chambers' `M. X, président. - `, `Général X. - ` (a civility or a rank, a name, maybe a title,
  a full stop and a dash);
- other records' `01.02 X, ministre: `, `X (PS): `, `L'hon. X (Ottawa-Sud, Lib.): ` (maybe a turn's number,
  maybe an honorific, a name, a party, group or riding in brackets or a function after a comma, a mark of
  speech.yml `turn_marks`);
- a function alone (`Le président: `, `M. le président. - `): the person an earlier label gave that
  function, or for the chair the person the record says presides (`présidée par X`).
The grammar is data in speech.yml (`turn_numbering`, `turn_honorifics`, `turn_marks`, `turn_functions`,
`chair_functions`, `chair_markers`), the civilities in names.yml, the ranks in ranks.yml.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from typing import TypeVar

from pipeline.rulebook.grammar import Grammar
from pipeline.rulebook.loader import RuleBook

MIN_TURNS = 2  # labelled paragraphs that make a text a record of a hearing
Person = TypeVar("Person")


class TurnReader:
    """The record's labels of a text and the person each names, for any stage's notion of a person."""

    def __init__(self, book: RuleBook, grammar: Grammar | None = None) -> None:
        self.grammar = grammar or Grammar.from_book(book)
        self.civilities = {w.lower() for w in book.get("names", "civilities", [])}
        self.turn_functions = [w.lower() for w in book.get("speech", "turn_functions", [])]
        self.chair_functions = {w.lower() for w in book.get("speech", "chair_functions", [])}
        self.chair_markers = [w.lower() for w in book.get("speech", "chair_markers", [])]
        self.turn_re = self._turn_re(book)
        self.colon_turn_re = self._colon_turn_re(book)
        self.function_turn_re = self._function_turn_re(book)

    def _turn_re(self, book: RuleBook) -> re.Pattern | None:
        """A record's speaker label opens a paragraph with a civility or a rank (`M. X, président. - `,
        `Général X. - `, `Amiral X, chef d'état-major de la marine. - `), closed by a full stop and a dash."""
        ranks = {t.lower() for e in book.entries("ranks", "ranks")
                 for t in [*(e.get("terms") or [e["rank"]]), *(e.get("feminine_terms") or [])]}
        openers = self.civilities | ranks
        if not openers:
            return None
        opener = "|".join(re.escape(c) for c in sorted(openers, key=len, reverse=True))
        return re.compile(rf"^[ \t]*(?P<label>(?:{opener})\s[^\n]{{2,160}}?)\.[ \t]+[-–—][ \t]+(?P<text>\S[^\n]*)",
                          re.M | re.I)

    def _colon_turn_re(self, book: RuleBook) -> re.Pattern | None:
        """The other records' speaker label (`turn_numbering`, `turn_honorifics`, `turn_marks`): maybe a turn's
        number (`01.02`), maybe an honorific or a civility (`L'hon.`, `M.`), a name of two to six words
        (particles allowed), then what marks the label as a record's: a party, group or riding in brackets
        (`(PS)`, `(Renew)`, `(Ottawa-Sud, Lib.)`) or a function after a comma (`, ministre`), closed by a mark
        (`:`, `. -`). The words after it open with no quotation mark (`X (extrait) : « ... »` quotes a speech)."""
        marks = book.get("speech", "turn_marks", [])
        if not marks:
            return None
        openers = [*book.get("speech", "turn_honorifics", []), *self.civilities]
        opener = "|".join(re.escape(o) for o in sorted(openers, key=len, reverse=True))
        particles = "|".join(re.escape(w) for w in sorted(self.grammar.name_particles, key=len, reverse=True))
        word = r"[A-ZÀ-Ý][\w'’-]*\.?"
        name = rf"{word}(?:[ \t]+(?:{word}|(?:{particles})\b[ \t]*)){{1,5}}"
        mark = "|".join(re.escape(m).replace(r"\ ", r"[ \t]*") for m in sorted(marks, key=len, reverse=True))
        number = "|".join(book.get("speech", "turn_numbering", [])) or r"(?!)"
        return re.compile(
            rf"^[ \t]*(?P<number>{number}[ \t]+)?(?P<label>(?:(?i:{opener})[ \t]+)?{name}"
            rf"(?:[ \t]*\((?P<bracket>[^()\n]{{1,80}})\))?(?:,[ \t]*(?P<function>[^\n:()«»]{{2,80}}?))?)"
            rf"[ \t]*(?:{mark})[ \t]+(?P<text>[^\s«“\"][^\n]*)", re.M)

    def _function_turn_re(self, book: RuleBook) -> re.Pattern | None:
        """A label naming a function alone (`Le président: `, `M. le président. - `, `Mme la ministre. - `): a
        civility maybe, the article, one of `turn_functions`, one of `turn_marks`."""
        marks = book.get("speech", "turn_marks", [])
        if not marks or not self.turn_functions:
            return None
        civility = "|".join(re.escape(o) for o in sorted(self.civilities, key=len, reverse=True))
        function = "|".join(re.escape(f) for f in sorted(self.turn_functions, key=len, reverse=True))
        mark = "|".join(re.escape(m).replace(r"\ ", r"[ \t]*") for m in sorted(marks, key=len, reverse=True))
        number = "|".join(book.get("speech", "turn_numbering", [])) or r"(?!)"
        return re.compile(rf"^[ \t]*(?:{number}[ \t]+)?(?P<label>(?:(?i:{civility})[ \t]+)?(?:[Ll]e|[Ll]a|[Ll]')[ \t]*"
                          rf"(?P<function>(?i:{function})))[ \t]*(?:{mark})[ \t]+(?P<text>\S[^\n]*)", re.M)

    def labels(self, text: str) -> list[tuple[re.Match, bool]]:
        """Every label of the text, in order, each with whether it names a function alone. Colon labels count
        only when there are at least `MIN_TURNS` of them (one such line in a story is a heading: `X (Renew) :
        un pas de plus`), function labels only in a text holding that many labels of people."""
        if self.turn_re is None:
            return []
        found = [(m, False) for m in self.turn_re.finditer(text)]
        if self.colon_turn_re is not None:
            colon = [m for m in self.colon_turn_re.finditer(text) if self._record_label(m)]
            if len(colon) >= MIN_TURNS:
                found += [(m, False) for m in colon]
        if self.function_turn_re is not None and len(found) >= MIN_TURNS:
            found += [(m, True) for m in self.function_turn_re.finditer(text)]
        return sorted(found, key=lambda f: (f[0].start("label"), f[1]))

    def speakers(self, text: str, named: Callable[[re.Match], Person | None], person_at: dict[int, Person],
                 quoted: Callable[[int], bool]) -> list[tuple[re.Match, Person | None]]:
        """Each turn of the record with its speaker: the person its label names (`named`, the stage's own
        reading of a name), or under a function label the one an earlier label gave that function (or the
        chair the record names, `person_at` the stage's people by the start of their mentions). A label in a
        quotation, one with no words after it and a label of a name that names no known person give no turn;
        a function label no one holds still ends the turn before it (a turn of no one)."""
        turns: list[tuple[re.Match, Person | None]] = []
        functions: dict[str, Person] = {}
        seen = set()
        for m, by_function in self.labels(text):
            if quoted(m.start("label")) or m.start("label") in seen:
                continue
            if by_function:
                speaker = self._function_holder(m.group("function").lower(), functions, text, person_at)
            else:
                speaker = named(m)
                if speaker is not None:
                    for word in self._label_functions(m):
                        functions.setdefault(word, speaker)
            if not m.group("text").strip() or (speaker is None and not by_function):
                continue
            seen.add(m.start("label"))
            turns.append((m, speaker))
        return turns

    def _record_label(self, m: re.Match) -> bool:
        """A colon label is a record's when it holds a turn's number, a bracket or a function; a bracket of
        initials (`Pierre X (P.X.) : `) is an interview's label."""
        bracket = m.groupdict().get("bracket") or ""
        if bracket and re.fullmatch(r"(?:\w\.\s?){2,4}", bracket.strip()):
            return False
        return bool(m.group("number") or bracket.strip() or m.group("function"))

    def _label_functions(self, m: re.Match) -> list[str]:
        """The functions of `turn_functions` a label gives its speaker (`X, présidente. - `, `X, ministre:`)."""
        function = (m.groupdict().get("function") or "").lower()
        if not function:
            label = m.group("label").lower()
            function = label.split(",", 1)[1] if "," in label else ""
        return [f for f in self.turn_functions if re.match(rf"\s*{re.escape(f)}\b", function)]

    def _function_holder(self, function: str, functions: dict[str, Person], text: str,
                         person_at: dict[int, Person]) -> Person | None:
        """Who speaks under a function label: the person an earlier label gave it, or for the chair
        (`chair_functions`) the person the record names after one of `chair_markers` (`présidée par X`)."""
        if function in functions:
            return functions[function]
        if function not in self.chair_functions:
            return None
        chairs = [functions[f] for f in self.chair_functions if f in functions]
        if chairs:
            return chairs[0]
        return self.chair(text, person_at)

    def chair(self, text: str, person_at: dict[int, Person]) -> Person | None:
        """The person the record names after one of `chair_markers` on the marker's line (`La réunion est
        ouverte à 10 h et présidée par M. X`)."""
        lower, starts = text.lower(), sorted(person_at)
        for marker in self.chair_markers:
            at = lower.find(marker)
            if at < 0:
                continue
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            k = bisect_left(starts, at + len(marker))
            if k < len(starts) and starts[k] < end:
                return person_at[starts[k]]
        return None
