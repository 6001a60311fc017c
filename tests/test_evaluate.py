"""`evaluate` counts as ../shared/eval/score.py counts, and says item by item what is missed,
spurious, fixed and broken."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

from pipeline.run.job import extract
from pipeline.tuning.evaluate import evaluate, read_verdicts

from conftest import ROOT, SHARED, edit_table

SCORER = SHARED / "eval" / "score.py"
SEED = "000_6e6d5fd732cb38bc"
pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="../shared is absent")


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def seeds_out(pipeline, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("seeds-out")
    extract(SHARED / "corpus" / "seeds", out, pipeline)
    return out


@pytest.fixture(scope="module")
def raw_out(pipeline, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("raw-out")
    extract(ROOT / "data" / "raw", out, pipeline)
    return out


@pytest.fixture
def damaged_out(seeds_out, tmp_path) -> Path:
    """The seeds' output with one wrong rank, one relation and one date dropped, one spurious organisation."""
    out = Path(shutil.copytree(seeds_out, tmp_path / "damaged"))

    def wrong_rank(rows):
        for row in rows:
            if row["doc_id"] == SEED and row["name"].endswith("Wiermann"):
                row["rank"] = "colonel"
        return rows

    def drop_relation(rows):
        dropped = next(r for r in rows if r["doc_id"] == SEED and r["relation"] == "MEMBER_OF"
                       and r["subject"].endswith("Bauer"))
        return [r for r in rows if r is not dropped]

    def dates_and_orgs(rows):
        rows = [r for r in rows
                if not (r["doc_id"] == SEED and r["label"] == "DATE" and r["normalized"] == "2021-11-24")]
        extra = dict(rows[0], label="ORG", text="Marine nationale", normalized="Marine nationale", source="test")
        return [*rows, extra]

    edit_table(out, "officials", wrong_rank)
    edit_table(out, "relations", drop_relation)
    edit_table(out, "entities", dates_and_orgs)
    return out


def assert_same_as_scorer(out: Path, gold: Path) -> dict[str, float]:
    expected = load_scorer().score(out, gold)["measures"]
    measures = evaluate(out, gold).measures()
    assert list(measures) == list(expected)
    assert measures == pytest.approx(expected, abs=1e-12)
    return measures


def test_headline_measures_equal_the_scorers_on_the_seeds(seeds_out):
    assert_same_as_scorer(seeds_out, SHARED / "gold")


def test_headline_measures_equal_the_scorers_on_the_sample_articles(raw_out):
    measures = assert_same_as_scorer(raw_out, ROOT / "data" / "gold")
    assert measures["overall"] < 1.0  # imperfect output: the measures are compared where they can differ


def test_a_selection_of_documents_is_scored_as_a_gold_folder_of_those_alone(damaged_out, tmp_path):
    """`--only` / `--leave-out` judge a study set and a held-out set apart: the figures are the scorer's on a
    gold folder holding only the selected files, and the other documents of the output are not reported as
    output without gold."""
    alone = tmp_path / "gold-alone"
    alone.mkdir()
    shutil.copy(SHARED / "gold" / f"{SEED}.json", alone)
    expected = load_scorer().score(damaged_out, alone)["measures"]
    chosen = evaluate(damaged_out, SHARED / "gold", only=[f"{SEED[:3]}*"])
    assert chosen.documents == 1 and chosen.output_without_gold == []
    assert chosen.measures() == pytest.approx(expected, abs=1e-12)
    assert chosen.measures()["rank_acc"] < 1.0  # the damaged seed, selected
    rest = evaluate(damaged_out, SHARED / "gold", leave_out=[f"{SEED[:3]}*"])
    assert rest.documents == 1 and rest.output_without_gold == []
    assert rest.measures()["rank_acc"] == 1.0  # the damage is in the seed left out
    # counter-example: no pattern judges every gold file
    assert evaluate(damaged_out, SHARED / "gold").documents == 2


def test_damaged_output_is_scored_alike_and_each_fault_is_named(damaged_out, seeds_out):
    measures = assert_same_as_scorer(damaged_out, SHARED / "gold")
    assert measures["rank_acc"] < 1.0 and measures["relations_f1"] < 1.0 and measures["dates_f1"] < 1.0
    result = evaluate(damaged_out, SHARED / "gold")
    misses = {(v.doc_id, v.table, v.attribute, v.item, v.verdict) for v in result.misses()}
    assert (SEED, "officials", "rank", "wiermann", "wrong") in misses
    assert (SEED, "relations", "", "bauer MEMBER_OF Comité militaire", "fn") in misses
    assert (SEED, "entities", "DATE", "2021-11-24", "fn") in misses
    spurious = {(v.table, v.attribute, v.item, v.verdict) for v in result.spurious()}
    assert ("entities", "ORG", "marine nationale", "fp") in spurious
    wrong = next(v for v in result.misses() if v.attribute == "rank")
    assert (wrong.predicted, wrong.expected) == ("colonel", "général de corps d'armée")


def test_changes_against_a_baseline_list_what_was_fixed_and_what_broke(damaged_out, seeds_out, tmp_path):
    good, bad = evaluate(seeds_out, SHARED / "gold"), evaluate(damaged_out, SHARED / "gold")
    good.write_csv(tmp_path / "good.csv")
    baseline = read_verdicts(tmp_path / "good.csv")
    assert baseline == good.verdicts
    fixed, broken = bad.changes(baseline)
    assert fixed == []
    assert {(v.table, v.attribute, v.item) for v in broken} == {
        ("officials", "rank", "wiermann"), ("relations", "", "bauer MEMBER_OF Comité militaire"),
        ("entities", "DATE", "2021-11-24"), ("entities", "ORG", "marine nationale")}
    fixed, broken = good.changes(bad.verdicts)
    assert len(fixed) == 4 and broken == []


def test_changes_leave_the_documents_left_out_unseen(damaged_out, seeds_out):
    """A baseline written over every document, read beside `--leave-out`: the damaged seed's items, fixed
    since but left out of this run, are not listed (a held-out set stays unseen)."""
    baseline = evaluate(damaged_out, SHARED / "gold").verdicts
    rest = evaluate(seeds_out, SHARED / "gold", leave_out=[f"{SEED[:3]}*"])
    assert rest.changes(baseline) == ([], [])
    chosen = evaluate(seeds_out, SHARED / "gold", only=[f"{SEED[:3]}*"])  # counter-example: the seed judged
    fixed, broken = chosen.changes(baseline)
    assert len(fixed) == 4 and broken == []


def test_cli_prints_measures_misses_and_verdicts(damaged_out, tmp_path, monkeypatch):
    from typer.testing import CliRunner

    monkeypatch.syspath_prepend(str(ROOT))
    from pipeline.cli import app

    verdicts = tmp_path / "verdicts.csv"
    result = CliRunner().invoke(app, ["evaluate", "--gold", str(SHARED / "gold"), "--out", str(damaged_out),
                                      "--csv", str(verdicts)], terminal_width=200)
    assert result.exit_code == 0, result.output
    assert "rank_acc" in result.output and "relations_f1" in result.output
    assert f"{SEED}: officials.rank wiermann: got 'colonel', expected \"général de corps d'armée\"" in result.output
    assert verdicts.exists() and "wrong" in verdicts.read_text(encoding="utf-8")
