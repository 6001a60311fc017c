"""Stage 3b: page furniture, the lines of a published page that are not the article.

Menus and breadcrumbs (`Accueil > Actualités > ...`), bylines (`Par C. G.`), photo credits
(`© Ministère des Armées / DICoD`), share buttons, `Lire aussi : ...` and the related titles under it,
tags, cookie banners, newsletter boxes, comment blocks, copyright footers and the contact blocks of
press releases are recognised line by line from their form, with the words of `rules/furniture.yml`.
Their character ranges go to `doc.spans["furniture"]` (label: what kind of furniture); the entity stage
drops what falls inside them, so furniture yields no entity, no official and no meeting.

The stage also finds the article's headline (`doc._.title`, see `HeadlineFinder`): on a page copied
from the web the first line is a masthead, a skip link or a cookie banner, not the title.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from pipeline.components.spans import as_in_file, doc_text
from pipeline.rulebook.grammar import Grammar
from pipeline.rulebook.loader import RuleBook

SPANS_KEY = "furniture"
LINE_RE = re.compile(r"[^\n]+")
SIGNOFF_RE = re.compile(r"^\(?[A-Z]{1,5}(?:/[A-Z]{1,5})+\b")  # `AT/MD (AMAP)`, `MI/AS/ANP 063`
LEADING_SYMBOLS = re.compile(r"^[^\w«“\"(©]+")  # `🔍 Rechercher`, `> Accueil`
BULLET = re.compile(r"^[•·▪*>–—-]+\s+")  # before a headline: `– Audition du général...`, `• Titre`
LETTER_WORD = re.compile(r"[^\W\d_]+")
FULL_STOP = re.compile(r"(?<!\.)\.[\"»”’)\]]?$")  # a sentence's end; not `...`, not `?` (a headline may ask)
TWO_SENTENCES = re.compile(r"[^\W\d_]{2}\. +[^\W\d_a-zà-ÿ]")  # `... leur départ. Le DDPS`; not `M. Lecornu`
DOMAIN = re.compile(r"\w\.[a-z]{2,4}\b(?!\.)")  # `french.news.cn`, `LE MATIN.ma`, `mil.be`
# a call to the reader opening its line: a verb in the imperative (`-ez`, three letters at least before it:
# not `Chez`, `Rodez`), perhaps with its pronoun (`Abonnez-vous`), then the word after it
CALL = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ]{3,}ez(?:-(?P<pronoun>[a-z]+))?(?: +(?P<next>[^\W\d_]+['’]?))?")
SHORT_DATE_LINE = 60  # characters: a line holding a date and this short is a date line (`Publié le 3 mars 2025`)
TOP_LINES = 40  # the headline is looked for in the first lines that are not blank
BETWEEN_HEADLINE_AND_DATE = {"share", "credit", "byline"}  # furniture a headline may sit above


def _fold(text: str) -> str:
    return text.replace("’", "'").lower()


def _opens(line: str, terms: list[str]) -> bool:
    """The folded line begins with a term followed by its end, a space, a colon or a separator."""
    if not line.startswith(tuple(terms)):  # one test in C: most lines open with none of the terms
        return False
    for term in terms:
        if line.startswith(term):
            rest = line[len(term) :]
            if not rest or not (rest[0].isalnum() or rest[0] in "-'"):
                return True
    return False


class FurnitureMarker:
    """Pipeline stage: `doc.spans["furniture"]`, one span per furniture line (or run of lines)."""

    def __init__(self, book: RuleBook) -> None:
        self.openers = [(e["id"], sorted({_fold(t) for t in e["terms"]}, key=len, reverse=True))
                        for e in book.entries("furniture", "openers")]
        self.contains = [_fold(t) for t in book.get("furniture", "contains", [])]
        self.closers = [_fold(t) for t in book.get("furniture", "closers", [])]
        self.blocks = sorted({_fold(t) for t in book.get("furniture", "blocks", [])}, key=len, reverse=True)
        self.bylines = sorted({_fold(t) for t in book.get("furniture", "bylines", [])}, key=len, reverse=True)
        self.byline_max = int(book.get("furniture", "byline_max_words", 12))
        self.signed = sorted({_fold(t) for t in book.get("furniture", "signed_by", [])}, key=len, reverse=True)
        separators = book.get("furniture", "separators", [])
        self.split = re.compile(" (?:" + "|".join(re.escape(s) for s in separators) + ") ") if separators else None
        self.item_max = int(book.get("furniture", "menu_item_max_words", 5))
        self.menu_min = int(book.get("furniture", "menu_min_items", 3))
        self.signoff_max = int(book.get("furniture", "signoff_max_words", 6))
        self.gap = int(book.get("furniture", "menu_gap_spaces", 2))
        self.call_max = int(book.get("furniture", "call_max_words", 15))
        grammar = Grammar.from_book(book)
        self.call_next = {_fold(w) for w in (*grammar.determiners, *grammar.plural_determiners,
                                              *grammar.possessive_determiners)}
        self.call_pronouns = {_fold(w) for w in grammar.reflexive_pronouns}

        self.headlines = HeadlineFinder(book)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        found = self.ranges(text, in_file=lambda start, end: as_in_file(doc, start, end))
        doc.spans[SPANS_KEY] = [
            span for span in (doc.char_span(start, end, label=kind, alignment_mode="expand")
                              for start, end, kind in found) if span is not None]
        dates = [(s.start_char, s.end_char) for s in doc.spans.get("dates", []) if s.label_ == "DATE"]
        headline = self.headlines.find(text, found, dates)
        if headline:
            doc._.title = clean_headline(as_in_file(doc, *headline))  # as the file writes it (not re-cased)
            bodies = [(span.start_char, span.end_char) for span in doc.spans.get("lexicon", [])
                      if span.label_ == "ORG" and not self._outlet_name(span)]
            above = [span for span in (doc.char_span(start, end, label="masthead", alignment_mode="expand")
                                       for start, end in self.headlines.above_headline(text, found, headline[0])
                                       if not any(start <= s and e <= end for s, e in bodies))
                     if span is not None]  # a line naming a body the lists know is the page of that body
            if above:
                doc.spans[SPANS_KEY] = sorted([*doc.spans[SPANS_KEY], *above], key=lambda span: span.start_char)
        return doc

    def _outlet_name(self, span: Span) -> bool:
        """`Agence de presse africaine` above the headline: a name the institution grammar reads (not the
        lists) that holds a masthead marker is the outlet's own name, not a body whose page this is."""
        return span.id_.startswith("institutions:") and any(
            t.text in self.headlines.markers for t in span)

    def ranges(self, text: str, in_file=None) -> list[tuple[int, int, str]]:
        """(start, end, kind) of every furniture line; a block heading takes the lines under it up to
        the next blank line. `in_file(start, end)`: the line as the file writes it (the model reads
        runs of spaces as one; a menu's items are often set apart by them only)."""
        found: list[tuple[int, int, str]] = []
        in_block = False
        previous_end = 0
        signers: set[str] = set()
        for m in LINE_RE.finditer(text):
            line = m.group().strip()
            if in_block and "\n" in text[previous_end : m.start()].replace("\n", "", 1):
                in_block = False  # a blank line closes the block
            previous_end = m.end()
            if not line:
                in_block = False
                continue
            line = LEADING_SYMBOLS.sub("", line) or line
            folded = _fold(line)
            kind = "block" if in_block else self.kind(line, folded)
            if not kind and folded in signers:
                kind = "byline"  # `Julien X et Anne Y` under the article: the byline's names signing it
            if kind == "byline":
                signers |= self._signers(line)
            if not kind and self._gapped_menu(in_file(m.start(), m.end()) if in_file else m.group()):
                kind = "menu"
            start = m.start()
            if kind == "byline" and not self._byline(line, folded) and "|" in m.group():
                start += m.group().index("|")  # `Publié le 8 janvier 2023 | Par X`: the date stays an entity
            if kind:
                found.append((start, m.end(), kind))
            if _opens(folded, self.blocks):
                in_block = True
        return found

    def _closed_by_link(self, folded: str) -> bool:
        """`X est journaliste à la rubrique internationale depuis 2015. Plus d'infos`: a line that ends on
        the label of a link (`closers`), after a full stop or a separator, is an author box or a teaser."""
        line = folded.rstrip(" .…>›»")
        for term in self.closers:
            if line.endswith(term):
                before = line[: -len(term)].rstrip()
                if not before or before[-1] in ".!?|-–—:•·":
                    return True
        return False

    def kind(self, line: str, folded: str) -> str:
        for ident, terms in self.openers:
            if _opens(folded, terms) and not (ident == "menu" and self._sentence(line, folded, terms)):
                return ident
        if any(term in folded for term in self.contains):
            return "footer"
        if self._closed_by_link(folded):
            return "link"
        if self._byline(line, folded) or self._byline_after_date(line):
            return "byline"
        if SIGNOFF_RE.match(line) and len(line.split()) <= self.signoff_max:
            return "signoff"
        if self._menu(line):
            return "menu"
        if self._call(line):
            return "call"
        return ""

    @staticmethod
    def _sentence(line: str, folded: str, terms: list[str]) -> bool:
        """`Accueil des délégations sous la pluie, ... étaient présents.`: a menu's word that a lower-case
        word goes on from, on a line ending with a full stop, opens a sentence of the story, not a menu."""
        term = next(t for t in terms if _opens(folded, [t]))
        rest = line[len(term):].lstrip()
        return rest[:1].islower() and bool(FULL_STOP.search(line.rstrip()))

    def _gapped_menu(self, line: str) -> bool:
        """`Info  Sport  Culture  Vivre ici  Se connecter`: a line that the file cuts by runs of
        `menu_gap_spaces` spaces (or tabs) into at least `menu_min_items` items, each of a few words,
        opening with a capital or a digit and ending on no full stop: a menu, a share bar, a list of
        tags. A paragraph with a doubled space (`Les  deux chefs d'Etat ont ...`) has long items."""
        if "«" in line or "“" in line:
            return False
        items = [i.strip() for i in re.split(rf" {{{self.gap},}}|\t+", line.strip())]
        return (len(items) >= self.menu_min
                and all(i and (i[0].isupper() or i[0].isdigit()) and not i.endswith((".", ",", ";"))
                        and len(i.split()) <= self.item_max for i in items))

    def _call(self, line: str) -> bool:
        """`Accédez aux ressources de ...`, `Abonnez-vous à ...`, `Retrouvez nos ...`: a short line
        that opens on a verb in the imperative, then a determiner (or its pronoun): the page calls its
        reader; a question of an interview (`Pouvez-vous ...?`) and a name (`Martinez a dit`) are no call."""
        m = CALL.match(line)
        if not m or line.rstrip().endswith("?") or len(line.split()) > self.call_max:
            return False
        if m.group("pronoun"):
            return _fold(m.group("pronoun")) in self.call_pronouns
        return bool(m.group("next")) and _fold(m.group("next")).replace("’", "'") in self.call_next

    def _byline(self, line: str, folded: str) -> bool:
        """`Par C. G.`, `Par AIB - 22 août 2022`: a short line, a capitalised word after the opener;
        `Belga - Édité par C. G.`: a short line holding a signing phrase before a capitalised word."""
        for term in self.bylines:
            if _opens(folded, [term]):
                rest = line[len(term) :].lstrip(" :")
                return bool(rest) and rest[0].isupper() and len(line.split()) <= self.byline_max
        if len(line.split()) <= self.byline_max:
            for term in self.signed:
                at = folded.find(term)
                if at >= 0 and (at == 0 or not folded[at - 1].isalnum()):
                    rest = line[at + len(term):].lstrip(" :")
                    return bool(rest) and rest[0].isupper()
        return False

    def _byline_after_date(self, line: str) -> bool:
        """`1 décembre 2024 | Par X Y`, `Publié le 8 janvier 2023 | Par X`: a short line whose part after a
        vertical bar (a separator of the header, never of prose) is a byline."""
        if "|" not in line or len(line.split()) > self.byline_max:
            return False
        return any(self._byline(part.strip(), _fold(part.strip())) for part in line.split("|")[1:])

    def _signers(self, line: str) -> set[str]:
        """The names a byline gives (`Par X et Y` -> `x et y`), folded, to know them again when they sign
        the article under its last paragraph."""
        found = set()
        for part in line.split("|"):
            folded = _fold(part.strip())
            for term in self.bylines:
                if _opens(folded, [term]):
                    rest = folded[len(term):].strip(" :")
                    if rest:
                        found.add(rest)
                    break
        return found

    def _menu(self, line: str) -> bool:
        """Items cut by separators between spaces or by wide gaps, none but the last (a breadcrumb's
        title) longer than a few words; a line that opens a quotation is prose."""
        if "«" in line or "“" in line:
            return False
        items = self.split.split(line) if self.split else [line]
        if len(items) < self.menu_min:
            items = re.split(r" {3,}|\t+", line)
        items = [i.strip() for i in items]
        return (len(items) >= self.menu_min and all(items[:-1])
                and all(len(i.split()) <= self.item_max for i in items[:-1]))


class HeadlineFinder:
    """The article's headline among the first lines of a page, from its structure.

    The headline sits just above the header date, the byline, the dateline or the first paragraph
    (with perhaps a standfirst, a credit, a share bar or a one-word source line in between), and
    below the masthead and the menus. So from each such anchor, top down, the lines above are read
    upwards: furniture of the header (share, credit, byline), bylines (`Par la rédaction, Berne`), date
    lines, lines of fewer than `headline_min_words` words (a rubric, `Belga`) and sentences (a
    standfirst ends with a full stop) are passed over; any other furniture (a menu, a breadcrumb, a
    cookie banner) ends the search from that anchor; the first other line is the headline, unless it is a masthead or a
    source line (`masthead_markers`, a domain name, the first line repeated lower down). The first
    paragraph is the last anchor tried. A text with nothing of a page above that line opens on its
    headline: its first line. None: the caller keeps the first line."""

    def __init__(self, book: RuleBook) -> None:
        self.min_words = int(book.get("furniture", "headline_min_words", 4))
        self.max_words = int(book.get("furniture", "headline_max_words", 30))
        self.masthead_max = int(book.get("furniture", "masthead_max_words", 8))
        self.bylines = sorted({_fold(t) for t in book.get("furniture", "bylines", [])}, key=len, reverse=True)
        self.byline_max = int(book.get("furniture", "byline_max_words", 12))
        self.markers = {w for m in book.get("furniture", "masthead_markers", []) for w in (m, m.upper())}
        self.date_markers = [_fold(m) for m in (*book.get("dates", "published_markers", []),
                                                 *book.get("dates", "updated_markers", [])) if len(m) > 1]

    def find(self, text: str, furniture: list[tuple[int, int, str]],
             dates: list[tuple[int, int]]) -> tuple[int, int] | None:
        """(start, end) of the headline line in `text`, given the furniture ranges and the dates found."""
        kinds = {start: kind for start, _, kind in furniture}
        lines = []  # (start, end, text, kind, is a date line)
        for m in LINE_RE.finditer(text):
            line = m.group().strip()
            if not line:
                continue
            has_date = any(m.start() <= s and e <= m.end() for s, e in dates)
            lines.append((m.start(), m.end(), line, kinds.get(m.start(), ""), has_date and self._date_line(line)))
            if len(lines) >= TOP_LINES:
                break
        for i, (_, _, line, kind, dated) in enumerate(lines):
            prose = not kind and self._prose(line)
            if not (dated or prose or kind == "byline"):
                continue
            found = self._above(lines, i, text)
            if found or prose:
                return found
        return None

    def above_headline(self, text: str, furniture: list[tuple[int, int, str]], headline: int) -> list[tuple[int, int]]:
        """(start, end) of the lines above the headline that are the page's, not the article's and not
        yet furniture: the outlet's name or a source line (`RTBF Actus`, `SWI swissinfo.ch`) and rubrics
        of fewer than `headline_min_words` words (`International`). A kicker (a sentence-long line over
        the headline) stays."""
        marked = {start for start, _, _ in furniture}
        found = []
        for index, m in enumerate(LINE_RE.finditer(text[:headline])):
            line = m.group().strip()
            if not line or m.start() in marked:
                continue
            if len(LETTER_WORD.findall(line)) < self.min_words or self._masthead(line, index == 0, text[m.end():]):
                found.append((m.start(), m.end()))
        return found

    def _above(self, lines: list, anchor: int, text: str) -> tuple[int, int] | None:
        for j in range(anchor - 1, -1, -1):
            start, end, line, kind, dated = lines[j]
            if kind and kind not in BETWEEN_HEADLINE_AND_DATE:
                return None  # a menu, a breadcrumb, a cookie banner: the headline lies below them
            if kind or dated or self._prose(line) or len(LETTER_WORD.findall(line)) < self.min_words \
                    or self._signed(line):
                continue
            if self._masthead(line, first=j == 0, rest=text[end:]):
                continue
            return (start, end) if j == 0 or self._paged(lines, j, text) else None
        return None

    def _paged(self, lines: list, j: int, text: str) -> bool:
        """Something of a page above line `j` (furniture, a date line, a masthead): without any, the
        text opens on the article and its first line is the title (`Réunion à l'état-major` over
        `Le général reçoit...`: a headline and its subtitle)."""
        return any(kind or dated or self._masthead(line, first=i == 0, rest=text[end:])
                   for i, (_, end, line, kind, dated) in enumerate(lines[:j]))

    def _signed(self, line: str) -> bool:
        """A byline the furniture leaves in the text (`Par la rédaction, Berne`, `Par notre rédaction de
        Pau`): a short line opening with a byline word."""
        return len(line.split()) <= self.byline_max and _opens(_fold(line), self.bylines)

    def _prose(self, line: str) -> bool:
        """A sentence (a standfirst, a caption, the first paragraph): it ends with a full stop, holds two
        sentences, or is too long for a headline."""
        return bool(FULL_STOP.search(line) or TWO_SENTENCES.search(line)) \
            or len(LETTER_WORD.findall(line)) > self.max_words

    def _date_line(self, line: str) -> bool:
        """A line holding a date that is a header line, not a sentence: short, or with a publication
        marker (`Publié le`, `Mis à jour`), or of a few words (`Le 8 août 2024 – Ottawa – Défense`)."""
        folded = _fold(line)
        return len(line) <= SHORT_DATE_LINE or any(m in folded for m in self.date_markers) \
            or len(LETTER_WORD.findall(line)) <= 12

    def _masthead(self, line: str, first: bool, rest: str) -> bool:
        """An outlet's name or a source line (`Agence France Presse`, `french.news.cn`, `La Presse
        canadienne à Ottawa`): a short line with a masthead marker or a domain name, or the first line
        of the text repeated further down (`© Algérie Presse Service 2025`)."""
        words = LETTER_WORD.findall(line)
        if len(words) > self.masthead_max:
            return False
        if self.markers.intersection(words) or DOMAIN.search(line):
            return True
        return first and _fold(line) in _fold(rest)


def clean_headline(line: str) -> str:
    """The headline as one line: no bullet or dash before it (`– Audition du général...`), one space
    between words."""
    return " ".join((BULLET.sub("", line.strip()) or line).split())


def furniture_tokens(doc: Doc) -> set[int]:
    """Indices of the tokens inside furniture: a span that starts on one is dropped."""
    return {i for f in doc.spans.get(SPANS_KEY, []) for i in range(f.start, f.end)}
