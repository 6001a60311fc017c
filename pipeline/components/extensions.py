"""The attributes our stages hang on Docs and Spans.

Values are plain dicts, strings and ISO dates (never custom objects) so that Docs survive
`DocBin(store_user_data=True)` and multiprocessing.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

DOC_ATTRIBUTES: dict[str, object] = {
    "doc_id": "",
    "source_path": "",
    "title": "",  # the headline (furniture stage), else the first line of the text
    "published": "",  # ISO day of publication, from the header lines
    "updated": "",  # ISO day of the last update
    "officials": None,  # list of person dicts, one per person of the document
    "meetings": None,  # list of meeting dicts
    "relations": None,  # list of relation dicts
    "quotes": None,  # list of quote dicts
    "acronyms": None,  # acronym -> organisation id, learnt from the article itself
}
SPAN_ATTRIBUTES: dict[str, object] = {
    "normalized": "",  # canonical name, ISO date...
    "source": "",  # `model` or `rule:<file>:<id>`
}


def register() -> None:
    """Register every extension once; safe to call again."""
    for name, default in DOC_ATTRIBUTES.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in SPAN_ATTRIBUTES.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


register()
