"""Entities and sentences of a Doc, read once and indexed.

`Doc.ents`, `Span.ents` and `Doc.sents` rebuild their spans from the whole Doc at every access: read
per sentence or per mention they make a stage quadratic in the length of the document (a 100,000
character text took seconds per stage). The linking stages build one `DocIndex` and ask it instead.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import NamedTuple, TypeVar

from spacy.attrs import HEAD, IDX, LEMMA, LIKE_NUM, LOWER, ORTH, POS
from spacy.tokens import Doc, Span

T = TypeVar("T")
ATTRIBUTES = {"LOWER": LOWER, "ORTH": ORTH, "LEMMA": LEMMA}
TEXT_KEY = "pipeline.text"  # where `doc_text` keeps the text in `Doc.user_data` (never written to the cache)
NORMALISED_KEY = "pipeline.normalised"  # where the run keeps a Doc's `run.normalise.Normalised`, if any
STORY_KEY = "pipeline.story"  # a piece of a long text: what the story's start said, handed from piece to piece


def story_of(doc: Doc) -> dict | None:
    """What the pieces before this one read at the start of the text (a long text is analysed piece
    by piece, `runner.Pipeline.piece_rows`): `published`, `story_day` (the first dated day, the
    reference of relative dates), `home` (the story's country), `dateline` (its place), and
    `continued` once the first piece is done. None for a text analysed whole: every stage reads
    the text itself, as always. The stages fill it as they find these, so a later piece gets them."""
    return doc.user_data.get(STORY_KEY)


def continued(doc: Doc) -> bool:
    """A piece after the first of a long text: its top is no header, its first line no headline."""
    story = doc.user_data.get(STORY_KEY)
    return bool(story and story.get("continued"))


# `Niamey, 19 déc (ANP) -`, `TUNIS, 30 sept (TAP) -`, `Ottawa (Ontario), le 16 octobre 2024 -`: a place, a
# comma, a day, at the head of a line (the group `place`)
DATELINE = re.compile(r"^[^\w\n]*(?P<place>[A-ZÀ-Ý][\w'’.]*(?:[ -][A-ZÀ-Ý][\w'’.]*){0,3})"
                      r"(?:\s*\([A-ZÀ-Ý][^)\n]{1,30}\))?\s*,\s*(?:le\s+)?\d{1,2}\b", re.M)


class Dateline(NamedTuple):
    """An agency dateline (`Niamey, 19 déc (ANP) -`): where the dispatch was filed from."""

    place: str  # as written, blanks around it dropped: `Niamey`, `WASHINGTON`
    dated: bool  # it gives a day (`Niamey, 19 déc`), not only a place (`WASHINGTON – Le ...`)


def dateline(text: str, *, pattern: re.Pattern[str] = DATELINE, start: int = 0,
             accept: Callable[[Dateline], bool] | None = None) -> Dateline | None:
    """The story's dateline: the first line of `text` from `start` that opens as `pattern` says (its
    group `place` the place) and that `accept` takes (any, without it); None when there is none. The
    stages that read it differ on purpose, each by a named parameter:
    - `pattern`: `DATELINE`, a place, a comma and a day, for the story's country (`people.py`,
      `relations.py`); meetings.yml `dateline` for the place of the meetings (`meeting_groups.py`),
      which analysts tune and which also takes a dateline with no day (`WASHINGTON – Le ...`);
    - `start`: the text's start, or the paragraph of the body's first line for the meetings (a
      dateline-like line in the header is no dateline of the story);
    - `accept`: the people take the first dateline whose place is a town of the gazetteer (they want the
      story's country, so they pass over `Mercredi, 12 mars -` to a later `ALGER, 12 mars -`); the
      relations the first dateline whatever its place, a home only if they know that place (a last
      resort for a host's country: a first line they cannot place gives none); the meetings the first
      that is dated or names a town of the gazetteer (a word in capitals before a dash may open a
      heading: `ARMÉE – ...`)."""
    for found in pattern.finditer(text, start):
        line = Dateline(found.group("place").strip(), any(c.isdigit() for c in found.group(0)))
        if accept is None or accept(line):
            return line
    return None


def as_in_file(doc: Doc, start: int, end: int) -> str:
    """The characters of the file behind doc_text(doc)[start:end]: the text the model read may be
    normalised (spaces, accents, a capitals title re-cased); the run keeps the map back to the file."""
    normalised = doc.user_data.get(NORMALISED_KEY)
    if normalised is None:
        return doc_text(doc)[start:end]
    start, end = normalised.span(start, end)
    return normalised.original[start:end]


def tokens_with(doc: Doc, attribute: str, words) -> list[int]:
    """Indices of the tokens whose `LOWER`, `ORTH` or `LEMMA` is one of `words`, read from one array:
    a loop over `doc` would make a Python Token for every word of the text."""
    if not words or not len(doc):
        return []
    present = _hashes(doc.vocab.strings, frozenset(words)) & _distinct(doc, attribute)
    if not present:  # four asks in ten: none of the words is in the text
        return []
    column = token_column(doc, attribute)
    if len(present) > 3:
        return [i for i, value in enumerate(column) if value in present]
    found = []  # one or a few words: `list.index` runs in C, a word at a time
    for value in present:
        i = column.index(value)
        while i >= 0:
            found.append(i)
            try:
                i = column.index(value, i + 1)
            except ValueError:
                i = -1
    return sorted(found)


_columns: dict[str, tuple[Doc, list[int]]] = {}  # attribute -> (the Doc, its column): one Doc at a time
_distincts: dict[str, tuple[Doc, frozenset[int]]] = {}  # attribute -> (the Doc, the hashes of its column)


def _distinct(doc: Doc, attribute: str) -> frozenset[int]:
    """The hashes `token_column` holds, as a set kept for the last Doc asked: a word list is first
    intersected with it (the smaller side walked), so a list none of whose words is in the text costs no scan."""
    known = _distincts.get(attribute)
    if known is not None and known[0] is doc:
        return known[1]
    distinct = frozenset(token_column(doc, attribute))
    _distincts[attribute] = (doc, distinct)
    return distinct


def token_column(doc: Doc, attribute: str) -> list[int]:
    """One attribute (`LOWER`, `ORTH` or `LEMMA`) of every token as a list of string-store hashes, read
    from the Doc once and kept for the last Doc asked: the stages ask `tokens_with` seven times or so
    per Doc, mostly for `LOWER` (words, spellings and lemmas set by the model, which no stage changes).
    A stage scanning every token reads it rather than `doc[i]`, which makes a Python Token of each.
    The list is shared with every later caller for that Doc: read it, never change it."""
    known = _columns.get(attribute)
    if known is not None and known[0] is doc:
        return known[1]
    column = doc.to_array([ATTRIBUTES[attribute]]).reshape(-1).tolist()
    _columns[attribute] = (doc, column)
    return column


_parse: dict[str, tuple[Doc, list]] = {}  # a `parse_column` name -> (the Doc, its list): one Doc at a time


def parse_column(doc: Doc, name: str) -> list:
    """One reading of the parse as a plain list, one item per token, made once per Doc: `heads` (the
    absolute index of each token's head, `token.head.i`), `pos` (`token.pos_`), `texts` (`token.text`),
    `lower` (`token.lower_`, also `DocIndex.lower`), `like_num` (`token.like_num`). A walk that reads these by
    index makes no Python Token: `doc[i]`, `token.head` and every attribute read through them cost a
    Cython call and a new object each. No stage changes a Doc's tokens or parse (the lexicon sets `norm_` only), so one
    Doc's lists hold."""
    known = _parse.get(name)
    if known is not None and known[0] is doc:
        return known[1]
    if name == "heads":  # the HEAD column holds offsets, unsigned: read them as signed and add the index
        offsets = doc.to_array([HEAD]).reshape(-1).astype("int64")
        column = [i + int(offset) for i, offset in enumerate(offsets.tolist())]
    elif name == "pos":
        strings = doc.vocab.strings
        column = [strings[h] for h in doc.to_array([POS]).reshape(-1).tolist()]
    elif name == "texts":  # `token.text`
        strings = doc.vocab.strings
        column = [strings[h] for h in token_column(doc, "ORTH")]
    elif name == "lower":  # `token.lower_`
        strings = doc.vocab.strings
        column = [strings[h] for h in token_column(doc, "LOWER")]
    elif name == "like_num":
        column = [bool(v) for v in doc.to_array([LIKE_NUM]).reshape(-1).tolist()]
    else:
        raise KeyError(name)
    _parse[name] = (doc, column)
    return column


@lru_cache(maxsize=64)
def _hashes(strings, words: frozenset[str]) -> frozenset[int]:
    """The string-store hashes of a word list: the same few lists are asked for every document."""
    return frozenset(strings.add(w) for w in words)


def doc_text(doc: Doc) -> str:
    """The Doc's text, joined once: `Doc.text` joins every token each time it is read, and four
    stages read it (measured: a tenth of a warm re-run)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def plain_words(text: str) -> str:
    """Lower case, typographic apostrophes straight, one space between words: how the bound words of
    dates.yml (`year_not_carried_after`) are compared with the text."""
    return " ".join(text.lower().replace("\u2019", "'").split())


def after_bound_word(text: str, start: int, bounds: tuple[str, ...]) -> bool:
    """The date at `start` follows one of `bounds` (`plain_words` of dates.yml `year_not_carried_after`:
    `jusqu'au`, `à partir du`, `depuis le`): an end or a starting point, not a day the story is told in."""
    if not bounds:
        return False
    before = plain_words(text[max(0, start - 24):start])
    return _bound_pattern(bounds).search(before) is not None


@lru_cache(maxsize=16)
def _bound_pattern(bounds: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for all the bound words, compiled once: a pattern per word built at each call went
    through the `re` cache for each date (a fifth of the `any` calls of a run). The alternatives are
    tried at every position, so it matches where any word's own pattern would."""
    words = "|".join(re.escape(w) for w in bounds)
    return re.compile(rf"(?<![\w'])(?:{words})(?: le| l'| la)?$")


NOUN_PHRASE_DEPS = ("nmod", "amod", "nummod", "appos", "flat:name", "compound")  # a word inside a noun phrase


def in_bound_phrase(date: Span, bounds: tuple[str, ...]) -> bool:
    """The date hangs on a noun (by the parse, no verb crossed) that one of `bounds` opens: `depuis
    l'entrée en fonction de la Commission le 1er décembre`, `jusqu'à la fin de son mandat le 30 juin`:
    the date of that starting point or end, not a day the story is told in."""
    if not bounds:
        return False
    token, seen = date.root, 0
    while token.dep_ in NOUN_PHRASE_DEPS and token.head.i != token.i and seen < 6:
        token, seen = token.head, seen + 1
        if token.pos_ not in ("NOUN", "PROPN"):
            return False
        cases = [c for c in token.children if c.dep_ == "case" and c.i < token.i]
        if cases and after_bound_word(doc_text(date.doc), cases[-1].idx + len(cases[-1].text), bounds):
            return True
    return False


_groups: dict[str, tuple] = {}  # span group name -> (Doc, its SpanGroup, length, the group's spans)


def group_spans(doc: Doc, key: str) -> tuple[Span, ...]:
    """The spans of `doc.spans[key]` (none when absent), made once while the group stays the same:
    reading a SpanGroup makes a new Span of each member at every reading, and several stages read
    the lexicon's group for each mention. One Doc at a time is kept, as `DocIndex` does."""
    group = doc.spans.get(key)
    if group is None:
        return ()
    known = _groups.get(key)
    if known is not None and known[0] is doc and known[1] is group and known[2] == len(group):
        return known[3]
    spans = tuple(group)
    _groups[key] = (doc, group, len(group), spans)
    return spans


def own_country_end(doc: Doc, body: Span, limit: int, of_words: frozenset[str], country: str | None) -> int:
    """`l'état-major de l'armée de l'Air ivoirienne`, `la direction de la Gendarmerie nationale de Côte
    d'Ivoire`: a body of the lists (`body`, its entry's `country` given) named inside a longer name that ends
    at `limit`, and qualified there by another country, by its demonym right after it or by that country's
    name in its `de`-phrase (`de`, `du`, `de la`), is that other country's body bearing the same words. The
    end of the words that say so, or 0 when none do (no country, a region's adjective, a town, the body's
    own country: `l'armée de l'Air et de l'Espace française`)."""
    if not country:
        return 0
    at, words = body.end, 0
    while at < limit and words < 2 and doc[at].lower_.replace("’", "'") in of_words:
        at, words = at + 1, words + 1
    named = [span for span in group_spans(doc, "lexicon")
             if span.start == at and span.end <= limit and span.id_.startswith("countries:")
             and not span.id_.startswith("countries:r.") and (span.label_ == "MISC") == (words == 0)]
    if not named:
        return 0
    longest = max(named, key=lambda span: span.end)  # `du Burkina Faso`, not `du Burkina`
    return longest.end if longest.id_.removeprefix("countries:") != country else 0


def span_text(span: Span) -> str:
    """`span.text`, cut from the Doc's text (`doc_text`): `Span.text` joins its tokens, making a
    Python Token of each, at every reading."""
    return doc_text(span.doc)[span.start_char : span.end_char] if len(span) else ""


_LOWERED: dict[int, str] = {}  # a string's lower case by its hash (the same hash names the same string)


def cut_at_inner_apostrophe(last, following) -> bool:
    """`Sana'` then `a`, `Tian'` then `anmen`: a capitalised word the tokenizer cut at its inner apostrophe, the
    rest glued right after it in lower case. Only a word longer than an elided article (`N'`, `d'`) is so cut:
    `N'Djamena` is whole already, `l'armée` is two words."""
    return last.text[-1:] in "'’" and len(last.text) > 2 and last.text[:1].isupper() and not last.whitespace_ \
        and following.is_alpha and following.is_lower


def _lowered(strings, key: int) -> str:
    value = _LOWERED.get(key)
    if value is None:
        value = _LOWERED[key] = strings[key].lower()
    return value


def char_to_token(doc: Doc) -> dict[int, int]:
    """Token index by the offset of its first character."""
    return {c: i for i, c in enumerate(doc.to_array([IDX]).reshape(-1).tolist())}


class DocIndex:
    """The entities of a Doc by position and by sentence, and its sentences by token.

    `DocIndex.of(doc)` gives the stages after `entities` one shared index (they do not change the
    entities); `entities` calls `DocIndex.forget(doc)` when it sets them.
    """

    # The index of the Doc being annotated, and that Doc. One slot, not a WeakKeyDictionary: an index
    # holds the Doc's spans, which hold the Doc, so a weak key would never die and every Doc of a run
    # would stay in memory (measured: 60 articles, 60 live Docs). Stages annotate one Doc at a time.
    _last: tuple[Doc, DocIndex] | None = None

    @classmethod
    def of(cls, doc: Doc) -> DocIndex:
        """The index of a Doc, built once for all the stages that read it."""
        last = cls._last
        if last is not None and last[0] is doc:
            return last[1]
        index = cls(doc)
        cls._last = (doc, index)
        return index

    @classmethod
    def forget(cls, doc: Doc) -> None:
        """The entities of the Doc changed (the `entities` stage): the next reader builds anew."""
        if cls._last is not None and cls._last[0] is doc:
            cls._last = None

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.ents: list[Span] = list(doc.ents)
        self.starts = [e.start for e in self.ents]
        self.end_chars = [e.end_char for e in self.ents]  # sorted too: entities never overlap
        self.sents: list[Span] = list(doc.sents)
        self.sent_starts = [s.start for s in self.sents]
        self.sent_start_chars = [s.start_char for s in self.sents]
        self.memo: dict = {}  # what a stage reads of the Doc once and asks of it many times (`mentioned`)

    @property
    def lower(self) -> list[str]:
        """Every token's lower-case form (`Token.lower_`), read from one array: a scan of a sentence's
        words through `doc[i]` makes a Python Token of each."""
        return parse_column(self.doc, "lower")  # one list per Doc, shared with the stages before `entities`

    def lemmas_in(self, words: set[str], start: int, end: int) -> list[int]:
        """The tokens in [start, end) whose lemma in lower case (`Token.lemma_.lower()`) is one of
        `words`, read from the lemma column: a scan through `doc[i]` makes a Python Token of each word."""
        lemmas = self.__dict__.get("_lemmas")
        if lemmas is None:  # lowered once per Doc: the stages ask this about sixty times per Doc
            strings = self.doc.vocab.strings
            lemmas = self._lemmas = [_lowered(strings, h) for h in token_column(self.doc, "LEMMA")]
        return [i for i in range(start, end) if lemmas[i] in words]

    def token_at_char(self, char: int) -> int | None:
        """The index of the token whose first character is at `char` (`token.idx == char`), None when
        no token starts there: the map (`char_to_token`) is made once per Doc, where a search through
        `doc` made a Python Token of every word for each mention."""
        at = self.__dict__.get("_at_char")
        if at is None:
            at = self._at_char = char_to_token(self.doc)
        return at.get(char)

    def sent(self, i: int) -> Span:
        """The sentence holding token `i`."""
        return self.sents[bisect_right(self.sent_starts, i) - 1]

    def ents_between(self, start: int, end: int) -> list[Span]:
        """The entities that start in tokens [start, end)."""
        return self.ents[bisect_left(self.starts, start) : bisect_left(self.starts, end)]

    def ents_over(self, start: int, end: int) -> list[Span]:
        """The entities with a token in [start, end): those whose words have an `ent_type_` there. At most
        one starts before `start` (entities never overlap)."""
        k = bisect_left(self.starts, start)
        if k and self.ents[k - 1].end > start:
            return [self.ents[k - 1], *self.ents_between(start, end)]
        return self.ents_between(start, end)

    def ents_in(self, span: Span) -> list[Span]:
        """The entities inside a span (`Span.ents`, without rebuilding them all)."""
        return [e for e in self.ents_between(span.start, span.end) if e.end <= span.end]

    def ents_before(self, i: int) -> Iterator[Span]:
        """The entities that end at or before token `i`, nearest first: a caller that wants the last
        few stops early, where a list of all of them would make a long text's stage quadratic."""
        for k in range(bisect_left(self.starts, i) - 1, -1, -1):
            if self.ents[k].end <= i:
                yield self.ents[k]

    def in_last_sentence(self, found: Iterable[tuple[int, T]]) -> list[T]:
        """Of (token index, item) pairs given nearest first, the items in the sentence of the first
        one, in text order: `the people named in the last sentence that names any`. Reading stops
        at that sentence's start, so a caller walking back through a long text stays linear."""
        items: list[T] = []
        start = None
        for i, item in found:
            if start is None:
                start = self.sent(i).start
            elif i < start:
                break
            items.append(item)
        return items[::-1]

    def ents_before_char(self, char: int) -> Iterator[Span]:
        """The entities that end at or before character `char`, nearest first."""
        for k in range(bisect_right(self.end_chars, char) - 1, -1, -1):
            yield self.ents[k]

    def sents_before_char(self, char: int) -> Iterator[Span]:
        """The sentences that end at or before character `char`, nearest first."""
        for k in range(bisect_left(self.sent_start_chars, char) - 1, -1, -1):
            if self.sents[k].end_char <= char:
                yield self.sents[k]

    def ent_starting(self, i: int) -> Span | None:
        at = bisect_left(self.starts, i)
        return self.ents[at] if at < len(self.ents) and self.starts[at] == i else None
