"""Shared fixtures: the pipeline is built once per test session (the model takes seconds to load)."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
ENT_RE = re.compile(r"<ent(?P<attrs>[^>]*)>(?P<text>.*?)</ent>")
ATTR_RE = re.compile(r"(\w+)='([^']*)'")


@dataclass
class Expected:
    """An entity annotated inline in a test text."""

    text: str
    start: int
    end: int
    attrs: dict


def parse_inline(annotated: str) -> tuple[str, list[Expected]]:
    """`le <ent label='DATE' norm='2021-11-24'>24 novembre 2021</ent>` -> plain text and expected spans."""
    text, expected, last = "", [], 0
    for m in ENT_RE.finditer(annotated):
        text += annotated[last : m.start()]
        start = len(text)
        text += m.group("text")
        expected.append(Expected(m.group("text"), start, len(text), dict(ATTR_RE.findall(m.group("attrs")))))
        last = m.end()
    return text + annotated[last:], expected


@pytest.fixture(scope="session")
def pipeline():
    from pipeline.run.runner import build_pipeline

    return build_pipeline(ROOT / "rules")


@pytest.fixture(scope="session")
def analyse(pipeline):
    """Run the whole pipeline over a text; `published` sets the header date as news pages do."""
    from pipeline.run.ingest import Article

    def run(text: str, doc_id: str = "test"):
        article = Article(doc_id=doc_id, source_path=f"{doc_id}.txt", text=text)
        return next(iter(pipeline.analyse([article])))[1]

    return run


def edit_table(out: Path, name: str, edit) -> None:
    """Rewrite one CSV table through `edit(rows) -> rows`, keeping its columns."""
    path = out / f"{name}.csv"
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        columns, rows = reader.fieldnames, list(reader)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(edit(rows))


HEADLINE = "Actualités de la défense"


def page(body: str, published: str = "14 mars 2024", headline: str = HEADLINE) -> str:
    """A text as a news page gives it: a headline, the date line with its bullet, then the body."""
    return f"{headline}\n\n  • {published} -\n\n{body}"


def dated_page(published: str, body: str, headline: str = HEADLINE) -> str:
    """`page` with the publication date first, as the meeting tests write it."""
    return page(body, published, headline)

