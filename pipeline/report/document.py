"""One document as HTML: its text with every entity marked, as displaCy's entity view shows it, and
the places its rows were read from (quotes, sentences) as targets that rows link to.

Spans may nest (`état-major des armées` inside `chef d'état-major des armées`) or cross
(`chef d'état-major de la défense` and `état-major de la défense italien`): HTML elements only nest,
so a span crossed by another is closed and opened again; every piece carries the span's key, and
only the first its id (the link target).
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    tag: str  # "mark" (an entity) or "span" (a place a row links to)
    key: str  # entity_id, or the anchor id
    attrs: str = ""  # extra attributes of the opening tag (already escaped)
    css: str = ""
    label: str = ""  # shown after the entity's last piece (CSS ::after, so it is not copied as text)

    def open(self, first: bool, last: bool) -> str:
        data = "data-e" if self.tag == "mark" else "data-r"
        parts = [f'<{self.tag} class="{self.css}" {data}="{escape(self.key)}"']
        if first and self.tag == "span":
            parts.append(f' id="{escape(self.key)}"')
        if last and self.label:
            parts.append(f' data-l="{escape(self.label)}"')
        if self.attrs:
            parts.append(" " + self.attrs)
        return "".join(parts) + ">"


def entity_span(entity_id: str, label: str, start: int, end: int, normalized: str, source: str) -> Span:
    """A `<mark>` whose tooltip gives the label, the normalised value and the rule (or `model`)."""
    title = f"{label} · {normalized or '—'} · {source or '?'}"
    return Span(start, end, "mark", entity_id, f'title="{escape(title)}"', f"ent l-{label}", label)


def anchor_span(anchor: str, start: int, end: int) -> Span:
    return Span(start, max(end, start), "span", anchor, css="ref")


def render_text(text: str, spans: list[Span]) -> str:
    """`text` escaped, with `spans` as elements; spans outside the text are left out."""
    spans = sorted((s for s in spans if 0 <= s.start < s.end <= len(text)),
                   key=lambda s: (s.start, -s.end, s.tag != "span"))  # outer first; a ref outside a mark
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    out: list[str | tuple[Span, bool]] = []  # text and closing tags, or (span, first piece) to open
    active: list[Span] = []  # the spans covering the current piece of text, outermost first
    stack: list[Span] = []  # the elements open in the output, outermost first
    opened: set[int] = set()
    last_piece: dict[int, int] = {}  # id(span) -> index in `out` of its last opening
    following = 0
    for left, right in zip(cuts, cuts[1:], strict=False):
        active = [s for s in active if s.end > left]
        while following < len(spans) and spans[following].start == left:
            active.append(spans[following])
            following += 1
        keep = 0
        while keep < len(stack) and keep < len(active) and stack[keep] is active[keep]:
            keep += 1
        out.extend(f"</{span.tag}>" for span in reversed(stack[keep:]))
        stack = stack[:keep]
        for span in active[keep:]:
            last_piece[id(span)] = len(out)
            out.append((span, id(span) not in opened))
            opened.add(id(span))
            stack.append(span)
        out.append(escape(text[left:right], quote=False))
    out.extend(f"</{span.tag}>" for span in reversed(stack))
    return "".join(part if isinstance(part, str) else part[0].open(part[1], last_piece[id(part[0])] == i)
                   for i, part in enumerate(out))
