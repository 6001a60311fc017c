"""10,000 generated cases of hostile input, none of which may end in a traceback.

- 3,000 texts through the model and every stage (in batches, under the per-document time budget), their
  rows written as CSV;
- 3,000 files of arbitrary bytes (and French text in mixed encodings, BOMs, binary signatures) through
  ingest, each a documents.csv row;
- 4,000 rule files: 3,000 of the shipped files (shrunk) with one value replaced by a value of any
  shape, 500 of arbitrary text as YAML, 500 arbitrary JSONL pattern lines: each is valid or a list of
  `file:line` problems.

Generated with hypothesis, derandomised so that a run is reproducible; about a minute and a half here.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.rulebook import SCHEMAS, RuleError
from pipeline.rulebook.loader import LINE, check_file, read_yaml
from pipeline.rulebook.patterns import check_line
from pipeline.run import engines
from pipeline.run.export import TableWriter, _Table, document_row
from pipeline.run.ingest import Article, read_article

from conftest import ROOT

pytestmark = pytest.mark.slow

FUZZ = settings(deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck))
SENTENCES = ("Le général Thierry Burkhard a reçu à Balard son homologue allemand, le général Carsten Breuer, "
             "le 12 juillet 2023. « Nous disons oui », a déclaré le ministre des Armées Sébastien Lecornu à "
             "Paris lors du sommet de l'OTAN ; M. Pistorius s'est entretenu avec le chef d'état-major.")
WORDS = tuple(SENTENCES.split(" "))
ODD = ["«", "»", "“", "”", '"', "\u00a0", "\u202f", "\u200b", "\u00ad", "\r", "\n", "\t", "=", "+", "@", "-",
       "\x00", "\x1b", "\ufffd", "é", "e\u0301", "Ã©", "’", "…", "\ud7ff", "𝔄", "\u2028", "  "]


def token() -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(WORDS), st.sampled_from(ODD), st.text(max_size=6))


TEXTS = st.lists(token(), max_size=60).map(" ".join)


# -- texts through the model and the stages ---------------------------------------------------------


@pytest.fixture(scope="module")
def out_folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz-out")


@settings(FUZZ, max_examples=100)
@given(texts=st.lists(TEXTS, min_size=30, max_size=30))
def test_3000_texts_through_every_stage(pipeline, out_folder, texts):
    articles = [Article(doc_id=f"t{n}", source_path=f"t{n}.txt", text=text,
                        error="" if text.strip() else "empty file") for n, text in enumerate(texts)]
    results = engines.analyse_chunk(pipeline, articles, timeout=30)
    assert [article.doc_id for article, _rows in results] == [article.doc_id for article in articles]
    with TableWriter(out_folder / "t", {}) as writer:
        for _article, rows in results:
            writer.add_rows(rows)
        writer.finish()


# -- file bytes through ingest ----------------------------------------------------------------------


FRENCH = " ".join(WORDS)
BYTES = st.one_of(
    st.binary(max_size=400),
    st.tuples(st.sampled_from(["utf-8", "cp1252", "latin-1", "utf-16", "utf-8-sig", "cp1251"]),
              st.binary(max_size=8), st.integers(0, len(FRENCH))).map(
        lambda t: FRENCH[: t[2]].encode(t[0], errors="replace") + t[1] + FRENCH[t[2]:].encode("utf-8")),
    st.tuples(st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"%PDF-", b"\x89PNG", b"PK\x03\x04"]),
              st.binary(max_size=200)).map(lambda t: t[0] + t[1]),
)


@settings(FUZZ, max_examples=3000)
@given(raw=BYTES, name=st.text(alphabet=st.characters(blacklist_characters="/\x00"), min_size=1, max_size=12))
def test_3000_files_of_any_bytes_each_get_a_row(out_folder, raw, name):
    path = out_folder / "f.txt"
    path.write_bytes(raw)
    article = read_article(path, doc_id=name)
    row = document_row(article)
    assert row["status"] in ("ok", "error")
    assert (row["status"] == "error") == bool(row["error"])
    if row["status"] == "ok":
        assert article.text.strip() and row["n_bad_chars"] == article.text.count("\ufffd")
    with open(out_folder / "documents.csv", "w", encoding="utf-8", errors="replace", newline="") as handle:
        _Table(handle, "documents", ",", lambda *_cell: None).writerow(row)  # the export's own writer


# -- rule files -------------------------------------------------------------------------------------


SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=8))
VALUES = st.recursive(SCALARS,
                      lambda inner: st.one_of(st.lists(inner, max_size=4),
                                              st.dictionaries(st.text(max_size=6), inner, max_size=4)),
                      max_leaves=12)
RULE_FILES = list(SCHEMAS)


def _shrunk(value):
    """Without line numbers, every list cut to its first three items: every shape, parsed in no time."""
    if isinstance(value, dict):
        return {k: _shrunk(v) for k, v in value.items() if k != LINE}
    if isinstance(value, list):
        return [_shrunk(v) for v in value[:3]]
    return value


SHIPPED = {name: _shrunk(read_yaml(ROOT / "rules" / f"{name}.yml")) for name in RULE_FILES}


def mutated(name: str, seed: int, value) -> dict:
    """The shipped file with one value, anywhere in it, replaced."""
    data = json.loads(json.dumps(SHIPPED[name], default=str))
    rng = random.Random(seed)
    holder, key = data, rng.choice(list(data))
    while isinstance(holder[key], (dict, list)) and holder[key] and rng.random() < 0.7:
        holder = holder[key]
        key = rng.choice(list(holder)) if isinstance(holder, dict) else rng.randrange(len(holder))
    holder[key] = value
    return data


@settings(FUZZ, max_examples=3000)
@given(name=st.sampled_from(RULE_FILES), seed=st.integers(0, 2**32), value=VALUES)
def test_3000_rule_files_with_a_value_of_any_shape(out_folder, name, seed, value):
    path = out_folder / f"{name}.yml"
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    path.write_text(yaml.dump(mutated(name, seed, value), Dumper=dumper, allow_unicode=True), encoding="utf-8")
    try:
        problems = check_file(name, path, read_yaml(path))
    except RuleError as error:  # YAML that cannot be read back (a float key...): still file:line
        problems = [error]
    assert all(isinstance(problem, RuleError) and problem.line >= 0 for problem in problems)


@settings(FUZZ, max_examples=500)
@given(text=st.lists(st.sampled_from([*"abc :-[]{}&*!|>'\"#\n\t?,%@`", "civilities", "  - ", "&a ", "*a"]),
                    max_size=40).map("".join))
def test_500_rule_files_of_arbitrary_text(out_folder, text):
    path = out_folder / "names.yml"
    path.write_text(text, encoding="utf-8")
    try:
        data = read_yaml(path)
    except RuleError as error:
        assert error.line >= 0
        return
    assert all(isinstance(problem, RuleError) for problem in check_file("names", path, data))


@settings(FUZZ, max_examples=500)
@given(entry=st.one_of(st.text(max_size=40), VALUES.map(json.dumps),
                       st.builds(lambda label, pattern: json.dumps({"label": label, "pattern": pattern, "id": "x"}),
                                 st.sampled_from(["MISC", "ORG", "X"]), VALUES)))
def test_500_pattern_lines(entry):
    _entry, problems = check_line(entry)
    assert all(isinstance(problem, str) for problem in problems)
