"""Same rows whatever the rewrite: the seeds and sample articles rewritten as PDFs, e-mails, macOS and
French typography write them give the officials, meetings and relations of the text as it is, and
every offset of the rewritten file points at the characters it names there.

Before normalisation (issue 9), on these ten files (40 officials, 85 relations): every space doubled
lost all 40 officials and 72 relations; NFD lost 37 officials and added 34; wrapping at 72 columns
lost 27 and added 29; a title in capitals added 4 junk officials.
"""

from __future__ import annotations

import re
import textwrap
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from pipeline.run.export import doc_rows
from pipeline.run.ingest import read_article

from conftest import ROOT, SHARED

SAMPLES = ["art01_otan_sommet_vilnius", "art02_comite_militaire_bruxelles", "art03_ue_defense_stockholm",
           "art04_lecornu_pistorius_mgcs", "art05_milley_guerassimov_appel", "art06_burkhard_breuer_balard",
           "ho02_sommet_franco_britannique_paris", "ho04_marine_passation_commandement_toulon"]
SYMMETRIC = {"MET", "COUNTERPART_OF"}
FILES = sorted((SHARED / "corpus" / "seeds").glob("*.txt")) + [ROOT / "data" / "raw" / f"{name}.txt"
                                                                 for name in SAMPLES]


def wrapped(text: str, width: int = 72) -> str:
    """The body hard-wrapped as an e-mail client or a PDF copy does (the title line left as it is)."""
    title, _, body = text.partition("\n")
    lines = [textwrap.fill(line, width) if len(line) > width else line for line in body.split("\n")]
    return "\n".join([title, *lines])


def capital_title(text: str) -> str:
    title, newline, body = text.partition("\n")
    return title.upper() + newline + body


def curly(text: str) -> str:
    """Straight apostrophes and quotes made curly, curly ones straight."""
    text = text.translate(str.maketrans({"'": "’", "’": "'"}))
    return re.sub(r'"([^"\n]*)"', "“\\1”", text)


REWRITES = {
    "every space doubled": lambda t: t.replace(" ", "  "),
    "accents decomposed (NFD)": lambda t: unicodedata.normalize("NFD", t),
    "body hard-wrapped at 72 columns": wrapped,
    "narrow no-break spaces before : ; ! ? »": lambda t: re.sub("[ \u00a0]?(?=[:;!?»])", "\u202f", t),
    "title line in capitals": capital_title,
    "CRLF line ends": lambda t: t.replace("\n", "\r\n"),
    "byte order mark": lambda t: "\ufeff" + t,
    "curly quotes": curly,
    "all at once": lambda t: "\ufeff" + capital_title(wrapped(unicodedata.normalize("NFD", t.replace(" ", "  ")))
                                                     ).replace("\n", "\r\n"),
}


def fold(value: object) -> str:
    """What a reader compares: NFC, one kind of apostrophe and quote, blanks as one space, no case."""
    text = unicodedata.normalize("NFC", str(value)).translate(str.maketrans("’“”", "'\"\"", "\u200b\u00ad\ufeff"))
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"- ", "-", text).casefold()


def read(tmp: Path, texts: list[tuple[str, str]]):
    """The articles as the pipeline reads files: written as UTF-8 bytes, read back by `ingest`."""
    articles = []
    for name, text in texts:
        path = tmp / name
        path.write_bytes(text.encode("utf-8"))
        articles.append(read_article(path))
    return articles


def rows_of(pipeline, articles) -> list[tuple[object, dict]]:
    return [(article, doc_rows(doc)) for article, doc in pipeline.analyse(articles)]


def summary(rows: dict) -> dict[str, Counter]:
    return {
        "officials": Counter(tuple(fold(r[c]) for c in ("name", "rank", "role", "organisation", "country"))
                             for r in rows.get("officials", [])),
        "meetings": Counter(tuple(fold(r[c]) for c in ("kind", "date_start", "date_end", "location", "host",
                                                       "participants")) for r in rows.get("meetings", [])),
        "relations": Counter(_relation(r) for r in rows.get("relations", [])),
    }


def _relation(row: dict) -> tuple[str, ...]:
    ends = [fold(row["subject"]), fold(row["object"])]
    if row["relation"] in SYMMETRIC:  # `A MET B` and `B MET A` are one row
        ends.sort()
    return ends[0], row["relation"], ends[1]


@pytest.fixture(scope="module")
def baseline(pipeline, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("clean")
    runs = rows_of(pipeline, read(tmp, [(f.name, f.read_text(encoding="utf-8")) for f in FILES]))
    assert sum(len(rows["officials"]) for _, rows in runs) >= 40
    return {article.doc_id: summary(rows) for article, rows in runs}


@pytest.mark.parametrize("rewrite", list(REWRITES))
def test_same_rows_and_offsets_whatever_the_rewrite(rewrite, pipeline, baseline, tmp_path):
    texts = [(f.name, REWRITES[rewrite](f.read_text(encoding="utf-8"))) for f in FILES]
    runs = rows_of(pipeline, read(tmp_path, texts))
    differences = {}
    for article, rows in runs:
        got, expected = summary(rows), baseline[article.doc_id]
        for table in expected:
            lost, added = expected[table] - got[table], got[table] - expected[table]
            if lost or added:
                differences[(article.doc_id, table)] = {"lost": list(lost), "added": list(added)}
        assert_offsets_point_at_their_text(article.text, rows)
    assert not differences, differences


def assert_offsets_point_at_their_text(original: str, rows: dict) -> None:
    """Offsets count characters of the file as read (`ingest`: BOM dropped, CRLF as LF)."""
    starts = set()
    for row in rows["entities"]:
        start, end = row["start_char"], row["end_char"]
        assert fold(original[start:end]) == fold(row["text"]), row
        starts.add(start)
    for row in rows["quotes"]:
        assert fold(original[row["start_char"] : row["end_char"]]) == fold(row["quote"]), row
    for row in rows["relations"]:
        assert fold(original[row["start_char"] : row["end_char"]]) in fold(row["sentence"]), row
    for row in rows["officials"]:
        assert row["first_char"] in starts, row  # the first mention is an entity of the table
