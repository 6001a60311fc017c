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
