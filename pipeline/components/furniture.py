"""Stage 3b: page furniture, the lines of a published page that are not the article.

Menus and breadcrumbs (`Accueil > Actualités > ...`), bylines (`Par C. G.`), photo credits
(`© Ministère des Armées / DICoD`), share buttons, `Lire aussi : ...` and the related titles under it,
tags, cookie banners, newsletter boxes, comment blocks, copyright footers and the contact blocks of
press releases are recognised line by line from their form, with the words of `rules/furniture.yml`.
Their character ranges go to `doc.spans["furniture"]` (label: what kind of furniture); the entity stage
drops what falls inside them, so furniture yields no entity, no official and no meeting.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.components.spans import doc_text
from pipeline.rulebook.loader import RuleBook

SPANS_KEY = "furniture"
LINE_RE = re.compile(r"[^\n]+")
SIGNOFF_RE = re.compile(r"^\(?[A-Z]{1,5}(?:/[A-Z]{1,5})+\b")  # `AT/MD (AMAP)`, `MI/AS/ANP 063`
LEADING_SYMBOLS = re.compile(r"^[^\w«“\"(©]+")  # `🔍 Rechercher`, `> Accueil`


def _fold(text: str) -> str:
    return text.replace("’", "'").lower()


def _opens(line: str, terms: list[str]) -> bool:
    """The folded line begins with a term followed by its end, a space, a colon or a separator."""
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
        self.blocks = sorted({_fold(t) for t in book.get("furniture", "blocks", [])}, key=len, reverse=True)
        self.bylines = sorted({_fold(t) for t in book.get("furniture", "bylines", [])}, key=len, reverse=True)
        self.byline_max = int(book.get("furniture", "byline_max_words", 12))
        separators = book.get("furniture", "separators", [])
        self.split = re.compile(" (?:" + "|".join(re.escape(s) for s in separators) + ") ") if separators else None
        self.item_max = int(book.get("furniture", "menu_item_max_words", 5))
        self.menu_min = int(book.get("furniture", "menu_min_items", 3))
        self.signoff_max = int(book.get("furniture", "signoff_max_words", 6))

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[SPANS_KEY] = [
            span for span in (doc.char_span(start, end, label=kind, alignment_mode="expand")
                              for start, end, kind in self.ranges(doc_text(doc))) if span is not None]
        return doc

    def ranges(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, kind) of every furniture line; a block heading takes the lines under it up to
        the next blank line."""
        found: list[tuple[int, int, str]] = []
        in_block = False
        previous_end = 0
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
            if kind:
                found.append((m.start(), m.end(), kind))
            if _opens(folded, self.blocks):
                in_block = True
        return found

    def kind(self, line: str, folded: str) -> str:
        for ident, terms in self.openers:
            if _opens(folded, terms):
                return ident
        if any(term in folded for term in self.contains):
            return "footer"
        if self._byline(line, folded):
            return "byline"
        if SIGNOFF_RE.match(line) and len(line.split()) <= self.signoff_max:
            return "signoff"
        if self._menu(line):
            return "menu"
        return ""

    def _byline(self, line: str, folded: str) -> bool:
        """`Par C. G.`, `Par AIB - 22 août 2022`: a short line, a capitalised word after the opener."""
        for term in self.bylines:
            if _opens(folded, [term]):
                rest = line[len(term) :].lstrip(" :")
                return bool(rest) and rest[0].isupper() and len(line.split()) <= self.byline_max
        return False

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


def furniture_tokens(doc: Doc) -> set[int]:
    """Indices of the tokens inside furniture: a span that starts on one is dropped."""
    return {i for f in doc.spans.get(SPANS_KEY, []) for i in range(f.start, f.end)}
