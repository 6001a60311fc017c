"""Quotation marks: where the quotations of a text are, in time linear in the text.

`quotations(pattern, text)` gives what `pattern.finditer(text)` gives for an alternation of
quotations; `quoted_ranges` and `inside` tell the meeting stage which words are someone's quoted
speech; the quote stage reads the quotations themselves with its own pattern.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Iterator

QUOTE_RE = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"\n]*\"")


QUOTE_PAIRS = {"«": "»", "“": "”", '"': '"'}


def quotations(pattern: re.Pattern, text: str, pairs: dict[str, str] = QUOTE_PAIRS) -> Iterator[re.Match]:
    """`pattern.finditer(text)`, the same matches, in time linear in the text.

    `pattern` is an alternation of quotations, each opening with one character of `pairs` and ending
    at the first closing character after it (`«[^»]*»`). `finditer` tries every opening mark and reads
    to the end of the text when no closing mark follows: 150 kB of unbalanced `«` took minutes. Here
    each mark's closing one is looked up with `str.find`, and a mark with no closing one after it means
    none of the marks of its kind after it has one either. The match itself is the pattern's, run
    between the opening mark and its closing one.
    """
    ahead = {opening: text.find(opening) for opening in pairs}
    while True:
        live = [(start, opening) for opening, start in ahead.items() if start >= 0]
        if not live:
            return
        start, opening = min(live)
        close = text.find(pairs[opening], start + 1)
        if close < 0:
            ahead[opening] = -1  # no closing mark after this one: none after a later one either
            continue
        match = pattern.match(text, start, close + 1)
        position = match.end() if match else start + 1
        if match:
            yield match
        for mark, found in ahead.items():
            if 0 <= found < position:
                ahead[mark] = text.find(mark, position)


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks (in linear time, `quotations`)."""
    return [m.span() for m in quotations(QUOTE_RE, text)]


def inside(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies inside one of `ranges` (sorted, not overlapping): a bisect, as a
    long text has thousands of quotations."""
    k = bisect_right(ranges, (start, math.inf)) - 1
    return k >= 0 and ranges[k][0] <= start and end <= ranges[k][1]


# A sentence ends inside a quotation: a stop then a capital or an opening mark, not after an initial (`M. X`).
SENTENCE_BREAK_RE = re.compile(r"(?<![\s.][A-Z])[.!?…]\s+[«“\"A-ZÀ-Ý]|\n")
CLAUSE_END_RE = re.compile(r"[.!?…\n]")
SENTENCE_WORDS = 6  # fewer words: a phrase quoted, not a text relayed
NEAR_WORDS = 5  # words read next to a quotation for the document it comes from
INCISE_RE = re.compile(r"\s*[,—–―-]")  # `», a déclaré X`, `» — X, ministre`: a speaker after the quotation


class Relay:
    """Which quotations are a relayed text rather than someone's words.

    An outlet relaying a communiqué prints it whole inside « »: the reporter's story told by the
    institution, in the third person. Such a quotation is relayed when it opens as a sentence (a capital,
    several words), has no first person word (`je`, `nous`, `notre`: someone speaking), no speaker of its
    own after it (`», a déclaré X`) nor before it (`X a déclaré : « ... »`), and either runs over several
    sentences or names the document it comes from (`indique le communiqué : « ... »`, `», précise le texte`).
    """

    def __init__(self, first_person: list[str], documents: list[str], speech_forms: set[str]) -> None:
        words = [re.escape(w.lower().rstrip("'’")) + ("['’]" if w.endswith(("'", "’")) else r"\b")
                 for w in first_person]
        self.first_person = re.compile(r"(?<!\w)(?:" + "|".join(words) + ")", re.I) if words else None
        self.documents = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(d.lower()) for d in documents)
                                    + r")(?!\w)", re.I) if documents else None
        self.speech_forms = {f.lower() for f in speech_forms}

    def _names_document(self, clause: str) -> bool:
        """The document is named next to the quotation (`, indique le communiqué`, `Le texte précise :`),
        as the subject of the clause, not further away (`, a lancé X lors d'une déclaration commune`)."""
        return bool(self.documents and self.documents.search(" ".join(clause.split()[:NEAR_WORDS])))

    def _speaks(self, text: str) -> bool:
        """A speech verb in a clause (`le ministre a déclaré`, `a-t-il ajouté`)."""
        return any(w in self.speech_forms for w in re.findall(r"\w+", text.lower()))

    def relayed(self, text: str, start: int, end: int) -> bool:
        """Whether the quotation text[start:end] (marks included) is a relayed text."""
        inner = text[start + 1:end - 1].strip()
        if not inner[:1].isupper() or len(inner.split()) < SENTENCE_WORDS:
            return False  # a word or phrase quoted (`évoque un « dialogue stratégique »`), not a text
        if self.first_person is not None and self.first_person.search(inner):
            return False
        named = False
        after = text[end:end + 200]
        if INCISE_RE.match(after):  # the clause after it: a speaker, or the document itself
            incise = after[:m.start()] if (m := CLAUSE_END_RE.search(after)) else after
            if not self._names_document(incise.lstrip(" ,—–―-")):
                return False
            named = True
        line = text.rfind("\n", 0, start) + 1
        stops = [m.end() for m in CLAUSE_END_RE.finditer(text, line, start)]
        intro = text[stops[-1] if stops else line:start]
        if self._names_document(" ".join(intro.split()[-NEAR_WORDS:])):
            named = True
        elif intro.rstrip().endswith(":") and self._speaks(intro):
            return False  # `le ministre a déclaré : « ... »`
        return named or bool(SENTENCE_BREAK_RE.search(inner))

    def speech_ranges(self, text: str) -> list[tuple[int, int]]:
        """`quoted_ranges` less the relayed texts: the quotations that are someone's words."""
        return [r for r in quoted_ranges(text) if not self.relayed(text, *r)]
