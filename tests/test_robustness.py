"""Hostile and careless input, piece by piece: CSV cells a spreadsheet could run or not hold, one atomic
swap of the tables, bounded time, rule files of the wrong types, mixed encodings, a tampered cache.

Whole runs through the CLI (LibreOffice, exit codes) are in tests/test_bad_input.py; the fuzzing in
tests/test_fuzz.py; the Dask TLS cluster in tests/test_dask_tls.py.
"""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import zlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.components import quotations, quotes
from pipeline.rulebook import check_rules
from pipeline.rulebook.patterns import regex_problem
from pipeline.run import engines
from pipeline.run.export import COLUMNS, LONG_CELLS, MAX_CELL, TableWriter, document_row, neutralise, remove_stale
from pipeline.run.ingest import TITLE_MAX, Article, decode, read_article
from pipeline.run.job import OutputError, check_output

from conftest import ROOT

RAW = ROOT / "data" / "raw"


def read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def write_tables(out: Path, articles: list[Article]) -> TableWriter:
    with TableWriter(out, {}) as writer:
        for article in articles:
            writer.add_rows({"documents": [document_row(article)]})
        writer.finish()
    return writer


# -- CSV cells --------------------------------------------------------------------------------------


def test_formulas_behind_blanks_are_neutralised_and_plain_text_is_not():
    assert neutralise("  =HYPERLINK(\"http://x\")") == "'  =HYPERLINK(\"http://x\")"
    assert neutralise("\u00a0+33 1 23 45 67 89") == "'\u00a0+33 1 23 45 67 89"
    assert neutralise("\n@SUM(1)") == "'\n@SUM(1)"
    assert neutralise("  le général a parlé") == "  le général a parlé"  # blanks, then text: left as it is
    assert neutralise("Brest - Toulon") == "Brest - Toulon"  # a dash inside is no formula
    assert neutralise(12) == 12


def test_a_carriage_return_in_a_file_name_stays_inside_one_quoted_cell(tmp_path):
    name = "rapport\r=1+1"
    write_tables(tmp_path, [Article(doc_id=name, source_path=f"in/{name}.txt", text="Titre\n\nTexte.")])
    data = (tmp_path / "documents.csv").read_bytes().decode("utf-8")
    assert '"rapport\r=1+1"' in data  # quoted: a reader that breaks rows at CR cannot split it
    assert data.count("\n") == 2  # header and one row
    assert [row["doc_id"] for row in read_csv(tmp_path / "documents.csv")] == [name]
    plain = tmp_path / "plain"
    write_tables(plain, [Article(doc_id="simple", source_path="in/simple.txt", text="Titre\n\nTexte.")])
    assert b'"' not in (plain / "documents.csv").read_bytes()  # counter-example: nothing to quote


def test_a_cell_longer_than_a_spreadsheet_holds_is_cut_and_kept_whole_beside(tmp_path):
    words = " ".join(f"mot{n}" for n in range(12_000))  # no line break: all of it is the first line
    article = Article(doc_id="long", source_path="long.txt", text=words)
    assert len(article.title) <= TITLE_MAX and article.title.endswith("…")  # the title is capped itself
    with TableWriter(tmp_path, {}) as writer:
        writer.add_rows({"documents": [document_row(article)],
                         "entities": [{"doc_id": "long", "entity_id": "E1", "label": "MISC", "text": words,
                                       "start_char": 0, "end_char": len(words)}]})
        writer.finish()
    [entity] = read_csv(tmp_path / "entities.csv")
    assert len(entity["text"]) == MAX_CELL
    assert entity["text"].startswith("mot0 mot1") and entity["text"].endswith(f"in {LONG_CELLS}]")
    assert f"{len(words):,} characters" in entity["text"]
    [kept] = [json.loads(line) for line in (tmp_path / LONG_CELLS).read_text(encoding="utf-8").splitlines()]
    assert kept == {"table": "entities", "key": {"doc_id": "long", "entity_id": "E1"}, "column": "text",
                    "value": words}
    short = tmp_path / "short"
    write_tables(short, [Article(doc_id="court", source_path="court.txt", text="Titre\n\nTexte.")])
    assert not (short / LONG_CELLS).exists()  # counter-example: no long cell, no side file


def test_compare_reads_a_cell_longer_than_the_csv_default(tmp_path):
    from pipeline.tuning.compare import snapshot

    (tmp_path / "people.csv").write_text("person_id,doc_ids\np," + "d | " * 100_000 + "\n", encoding="utf-8")
    assert len(snapshot(tmp_path)["people"][0]["doc_ids"]) == 400_000


# -- one atomic swap --------------------------------------------------------------------------------


def previous_output(out: Path) -> dict[str, bytes]:
    out.mkdir()
    previous = {f"{name}.csv": f"old {name}\n".encode() for name in COLUMNS}
    previous["notes.txt"] = b"the analyst's own file"
    for name, data in previous.items():
        (out / name).write_bytes(data)
    return previous


def test_a_table_that_cannot_be_replaced_leaves_every_table_as_it_was(tmp_path, monkeypatch):
    out = tmp_path / "out"
    previous = previous_output(out)
    real_replace = os.replace

    def failing(source, target):
        if Path(target) == out / "quotes.csv" and Path(source).parent.name.startswith(".partial-"):
            raise PermissionError(13, "Permission denied", str(target))  # the new table cannot be moved in
        return real_replace(source, target)

    monkeypatch.setattr(os, "replace", failing)
    with pytest.raises(PermissionError):
        write_tables(out, [Article(doc_id="a", source_path="a.txt", text="Titre\n\nTexte.")])
    assert {p.name: p.read_bytes() for p in out.iterdir()} == previous  # all old, no staging folder left
    monkeypatch.setattr(os, "replace", real_replace)
    write_tables(out, [Article(doc_id="a", source_path="a.txt", text="Titre\n\nTexte.")])  # counter-example
    assert all((out / f"{name}.csv").read_bytes() != previous[f"{name}.csv"] for name in COLUMNS)
    assert (out / "notes.txt").read_bytes() == previous["notes.txt"]


def test_a_full_disk_leaves_no_staging_folder_and_the_previous_tables(tmp_path, monkeypatch):
    from pipeline.run import export

    out = tmp_path / "out"
    previous = previous_output(out)
    real = export._Table.writerow

    def full(self, row):
        if self.name == "documents" and row.get("doc_id") == "b":
            raise OSError(28, "No space left on device")
        return real(self, row)

    monkeypatch.setattr(export._Table, "writerow", full)
    with pytest.raises(OSError, match="No space left"):
        write_tables(out, [Article(doc_id=name, source_path=f"{name}.txt", text="Titre\n\nTexte.") for name in "ab"])
    assert {p.name: p.read_bytes() for p in out.iterdir()} == previous


def test_staging_folders_of_dead_runs_are_removed_and_a_half_swap_undone(tmp_path):
    out = tmp_path / "out"
    previous = previous_output(out)
    (out / ".partial-abc").mkdir()  # an old run's, before pids were in the name
    (out / ".partial-abc" / "documents.csv").write_text("half\n")
    alive = out / f".partial-{os.getpid()}-xyz"  # a running process's (this one): left alone
    alive.mkdir()
    half = out / ".partial-999999999-swap"  # killed in the middle of its swap
    (half / "previous").mkdir(parents=True)
    (half / "swap.json").write_text(json.dumps({"new": ["documents.csv", "entities.csv"]}))
    for name in ("documents.csv", "entities.csv"):
        os.replace(out / name, half / "previous" / name)
    (out / "documents.csv").write_text("new, moved in before the kill\n")  # entities.csv: not yet
    (half / "entities.csv").write_text("new, still staged\n")
    removed = remove_stale(out)
    assert sorted(p.name for p in removed) == [".partial-999999999-swap", ".partial-abc"]
    assert alive.is_dir()
    alive.rmdir()
    assert {p.name: p.read_bytes() for p in out.iterdir()} == previous


def test_output_folder_equal_to_or_inside_the_input_is_refused(tmp_path):
    with pytest.raises(OutputError, match="is the input folder"):
        check_output(tmp_path, tmp_path)
    with pytest.raises(OutputError, match="inside the input folder"):
        check_output(tmp_path, tmp_path / "sous" / "out")
    check_output(tmp_path / "in", tmp_path / "out")  # counter-example: a sibling is fine
    check_output(tmp_path / "in" / "article.txt", tmp_path / "in" / "out")  # one file: nothing to re-read


# -- bounded time -----------------------------------------------------------------------------------


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="«»“”\"\n ab", max_size=40))
def test_the_linear_quotation_scan_finds_what_finditer_finds(text):
    assert [m.span() for m in quotations.quotations(quotations.QUOTE_RE, text)] == \
           [m.span() for m in quotations.QUOTE_RE.finditer(text)]
    pairs = quotes.QUOTE_PAIRS
    assert [(m.span(), m.groupdict()) for m in quotations.quotations(quotes.QUOTE_RE, text, pairs)] == \
           [(m.span(), m.groupdict()) for m in quotes.QUOTE_RE.finditer(text)]


def test_the_quotation_scan_finds_the_quotes_of_real_articles():
    for path in sorted(RAW.glob("*.txt"))[:20]:
        text = path.read_text(encoding="utf-8")
        assert quotations.quoted_ranges(text) == [m.span() for m in quotations.QUOTE_RE.finditer(text)], path.name


@pytest.mark.parametrize(("regex", "problem"), [
    ("^(a+)+$", "quantifier inside a quantified group"),
    (r"(\w*)*x", "quantifier inside a quantified group"),
    (r"^(\w)\1$", "backreference"),
    ("[A-Z", "not a valid regular expression"),
])
def test_dangerous_or_broken_regexes_are_named(regex, problem):
    assert problem in regex_problem(regex)


@pytest.mark.parametrize("regex", ["^[A-ZÀ-Ý][A-Za-zÀ-ÿ-]+$", "^(?:OTAN|NATO)$", r"^(\d{2})+$", "^(?:[a-z]|-)+$"])
def test_safe_regexes_pass(regex):
    assert regex_problem(regex) == ""


def test_a_document_over_its_time_budget_is_an_error_row_and_the_others_go_on(pipeline):
    """A stage stuck in a catastrophic regular expression on one document: interrupted, that document
    is an error row, the documents before and after it keep their rows."""
    import dataclasses

    def stuck(doc):
        if "piège" in doc.text:
            re.match(r"^(a+)+$", "a" * 64 + "b")  # runs for ages unless interrupted
        return doc

    slow = dataclasses.replace(pipeline, stages=[*pipeline.stages, ("stuck", stuck)])
    text = (RAW / "art06_burkhard_breuer_balard.txt").read_text(encoding="utf-8")
    articles = [Article(doc_id="a", source_path="a.txt", text=text),
                Article(doc_id="b", source_path="b.txt", text="Le piège.\n\nLe général Burkhard a parlé."),
                Article(doc_id="c", source_path="c.txt", text=text),
                Article(doc_id="d", source_path="d.txt", error="empty file")]
    results = engines.analyse_chunk(slow, articles, timeout=1)
    assert [article.doc_id for article, _rows in results] == ["a", "b", "c", "d"]  # in order
    rows = {article.doc_id: table for article, table in results}
    assert (rows["b"]["documents"][0]["status"], rows["b"]["documents"][0]["error"]) == \
           ("error", "took longer than 1 s")
    assert rows["a"]["documents"][0]["status"] == rows["c"]["documents"][0]["status"] == "ok"
    names = {official["name"] for official in rows["a"]["officials"]}
    assert "Thierry Burkhard" in names and names == {official["name"] for official in rows["c"]["officials"]}
    assert rows["d"]["documents"][0]["error"] == "empty file"


# -- rule files -------------------------------------------------------------------------------------


def rules_with(tmp_path: Path, name: str, text: str) -> tuple[Path, list[str]]:
    rules = tmp_path / "rules"
    if not rules.exists():
        shutil.copytree(ROOT / "rules", rules)
    (rules / name).write_text(text, encoding="utf-8")
    return rules, [str(error) for error in check_rules(rules)[1]]


def test_shipped_rules_are_valid():
    assert check_rules(ROOT / "rules")[1] == []


@pytest.mark.parametrize(("file", "text", "message"), [
    ("names.yml", "civilities: 5\nnot_names: [Etat]\n", "names.yml:1: 'civilities' must be a list of text"),
    ("names.yml", "civilities: [M.]\nnot_names: [[Etat, Il]]\n", "names.yml:2: 'not_names' must be a list of text"),
    ("meetings.yml", None, "'reflexive' must be true or false"),
    ("ranks.yml", "ranks:\n  - id: general\n    rank: 5\n", "ranks.yml:2: 'rank' must be text, not the number 5"),
    ("dates.yml", None, "month 13 is not a month number 1-12"),
    ("names.yml", "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                  "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                  "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\ncivilities: [*e, *e, *e, *e, *e, *e, *e, *e]\n",
     "names.yml:1: YAML aliases expand to more than"),
    ("patterns.jsonl", '{"label": "MISC", "pattern": [{"TEXT": {"REGEX": "^(a+)+$"}}], "id": "bombe"}\n',
     "patterns.jsonl:1: token 1: REGEX '^(a+)+$': a quantifier inside a quantified group"),
    ("patterns.jsonl", '{"label": "MISC", "pattern": [{"LOWER": {"REGEX": "(["}}], "id": "casse"}\n',
     "patterns.jsonl:1: token 1: REGEX '([': not a valid regular expression"),
])
def test_rule_files_of_the_wrong_shape_are_named_with_file_and_line(tmp_path, file, text, message):
    if file == "meetings.yml":
        text = (ROOT / "rules" / file).read_text(encoding="utf-8").replace("reflexive: true", "reflexive: [oui]", 1)
    if file == "dates.yml":
        text = re.sub(r"(?m)^  12:", "  13:", (ROOT / "rules" / file).read_text(encoding="utf-8"), count=1)
    _rules, errors = rules_with(tmp_path, file, text)
    assert any(message in error for error in errors), errors


# -- encodings --------------------------------------------------------------------------------------


def test_a_file_half_utf8_half_cp1252_reads_cleanly(tmp_path):
    raw = "Réunion à l’état-major\n".encode() + "Le général a été reçu à Balard.\n".encode("cp1252")
    text, encoding = decode(raw)
    assert text == "Réunion à l’état-major\nLe général a été reçu à Balard.\n"
    assert encoding == "utf-8+cp1252" and "Ã" not in text
    (tmp_path / "mixte.txt").write_bytes(raw + b"Octet illisible : \x81.\n")
    article = read_article(tmp_path / "mixte.txt")
    assert (article.error, article.bad_chars) == ("", 1)  # the one byte neither encoding has
    assert document_row(article)["n_bad_chars"] == 1
    assert decode("Le général a été reçu.".encode("cp1252")) == ("Le général a été reçu.", "latin-1")  # not mixed
    assert decode("Réunion à Paris.".encode()) == ("Réunion à Paris.", "utf-8")
    clean = tmp_path / "propre.txt"
    clean.write_text("Réunion à Paris.\n", encoding="utf-8")
    assert read_article(clean).bad_chars == 0


# -- parse cache ------------------------------------------------------------------------------------


@pytest.fixture()
def blank_cache(tmp_path):
    import spacy

    from pipeline.run.cache import ParseCache

    nlp = spacy.blank("fr")
    return ParseCache(tmp_path, nlp, version="test"), nlp


def test_an_edited_cache_entry_is_rebuilt_not_trusted(blank_cache):
    cache, nlp = blank_cache
    text = "Le général Burkhard a reçu le général Breuer."
    cache.put(nlp(text))
    assert cache.get(text).text == text
    path = cache.path(text)
    data = bytearray(path.read_bytes())
    data[len(data) // 3] ^= 0x01  # one bit of the compressed Doc changed
    path.write_bytes(bytes(data))
    assert cache.get(text) is None and cache.stats.rebuilt == 1


def test_an_oversized_cache_entry_is_refused_before_it_is_read(blank_cache):
    from pipeline.run.cache import seal

    cache, nlp = blank_cache
    text = "Court."
    cache.put(nlp(text))
    bomb = zlib.compress(b"\0" * 50_000_000, 9)  # 50 MB of zeros in 50 kB: a "zip bomb" with a valid digest
    cache.path(text).write_bytes(seal(bomb))
    assert cache.get(text) is None and cache.stats.rebuilt == 1
    cache.path(text).write_bytes(os.urandom(2_000_000))  # larger on disk than any Doc of 6 characters
    assert cache.get(text) is None and cache.stats.rebuilt == 2


def test_csv_written_rows_read_back_the_same(tmp_path):
    """Every kind of awkward cell survives the round trip (after the apostrophe of a neutralised one)."""
    values = ["a\rb", "a\r\nb", 'guillemets "doubles"', "virgule, point-virgule;", "=1+1", "  -2", "é\u2028x"]
    articles = [Article(doc_id=f"d{n}", source_path=value, text="Titre\n\nTexte.") for n, value in enumerate(values)]
    write_tables(tmp_path, articles)
    paths = [row["source_path"] for row in read_csv(tmp_path / "documents.csv")]
    assert paths == [*values[:4], "'=1+1", "'  -2", values[6]]
