"""`extract --compare`: what a rule change added, removed and changed, per table."""

from __future__ import annotations

import csv
import dataclasses
import shutil
from pathlib import Path

import pytest

from pipeline.run.job import extract
from pipeline.run.runner import build_pipeline
from pipeline.tuning.compare import compare, snapshot

from conftest import ROOT, edit_table

ARTICLES = ROOT / "data" / "raw"
NAMES = ["art02_comite_militaire_bruxelles", "art06_burkhard_breuer_balard"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("compare-corpus")
    for name in NAMES:
        shutil.copy(ARTICLES / f"{name}.txt", folder)
    (folder / "operation.txt").write_text(
        "Aide sanitaire\n\nDans le cadre de l’opération Allied Hand, de nombreux pays, alliés ou partenaires, "
        "ont pu recevoir de l’aide sous forme de matériel médical.\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def before(corpus, pipeline, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("before")
    extract(corpus, out, pipeline)
    return out


def test_a_rule_change_shows_as_the_rows_it_moves(corpus, before, pipeline, tmp_path):
    """Without patterns.jsonl the named operation is no EVENT and the model's span shows again; nothing else moves."""
    rules = Path(shutil.copytree(ROOT / "rules", tmp_path / "rules"))
    (rules / "patterns.jsonl").unlink()
    after = tmp_path / "after"
    extract(corpus, after, build_pipeline(rules, nlp=pipeline.nlp))
    diffs = {d.name: d for d in compare(snapshot(before), snapshot(after))}
    removed = diffs["entities"].removed
    assert [(r["doc_id"], r["label"], r["text"], r["source"]) for r in removed] == [
        ("operation", "EVENT", "opération Allied Hand", "rule:patterns:operation-nommee")]
    assert [(r["label"], r["text"], r["source"]) for r in diffs["entities"].added] == [("MISC", "Allied Hand", "model")]
    assert not diffs["entities"].changed
    assert [name for name, d in diffs.items() if d] == ["entities"]


def test_renumbered_rows_are_no_change_and_a_changed_cell_is_one_change(before, tmp_path):
    after = Path(shutil.copytree(before, tmp_path / "after"))

    def one_entity_more(rows):  # a new first entity renumbers every later one of its document
        doc = rows[0]["doc_id"]
        for row in rows:
            if row["doc_id"] == doc:
                row["entity_id"] = f"E{int(row['entity_id'][1:]) + 1}"
        return [dict(rows[0], entity_id="E1", label="EVENT", text="X", start_char="0", end_char="1"), *rows]

    def other_role(rows):
        rows[0]["role"] = "chef d'état-major"
        return rows

    edit_table(after, "entities", one_entity_more)
    edit_table(after, "officials", other_role)
    diffs = {d.name: d for d in compare(snapshot(before), snapshot(after))}
    assert [r["text"] for r in diffs["entities"].added] == ["X"]
    assert not diffs["entities"].removed and not diffs["entities"].changed
    (old, new), = diffs["officials"].changed
    assert (old["name"], new["role"]) == (new["name"], "chef d'état-major") and old["role"] != new["role"]
    assert not diffs["officials"].added and not diffs["officials"].removed


def test_cli_compares_with_the_folder_it_overwrites(corpus, before, pipeline, tmp_path, monkeypatch):
    from typer.testing import CliRunner

    monkeypatch.syspath_prepend(str(ROOT))
    monkeypatch.setattr("pipeline.run.runner.build_pipeline", lambda rules, **_: dataclasses.replace(pipeline))
    from pipeline.cli import app

    out = Path(shutil.copytree(before, tmp_path / "out"))
    edit_table(out, "relations", lambda rows: rows[1:])  # the previous run lacked one relation
    with open(before / "relations.csv", encoding="utf-8", newline="") as handle:
        dropped = next(csv.DictReader(handle))
    result = CliRunner().invoke(app, ["extract", str(corpus), "--out", str(out), "--compare", str(out),
                                      "--no-cache"], terminal_width=240)
    assert result.exit_code == 0, result.output
    summary = next(line for line in result.output.splitlines() if line.startswith("│ relations ") and "+" in line)
    assert [cell.strip() for cell in summary.split("│")[2:5]] == ["+1", "-0", "~0"]
    assert f"+ relations: {dropped['doc_id']} | {dropped['subject']} | {dropped['relation']}" in result.output
    assert (out / "relations.csv").read_bytes() == (before / "relations.csv").read_bytes()


def _naive(name: str, before: list[dict], after: list[dict]):
    """The diff of every row on its content, without the cancelling of equal rows first."""
    import pipeline.tuning.compare as module

    real = module._unequal  # noqa: SLF001
    module._unequal = lambda b, a: (b, a)  # noqa: SLF001
    try:
        return module.diff_table(name, before, after)
    finally:
        module._unequal = real  # noqa: SLF001


def test_equal_rows_cancelled_first_give_the_same_diff() -> None:
    """Rows equal cell for cell are paired off before the content diff; the added, removed and
    changed rows, duplicates, renumbered rows and their order are those of the full diff."""
    from pipeline.tuning.compare import diff_table

    def row(entity_id: str, start: str, text: str) -> dict:
        return {"entity_id": entity_id, "doc_id": "d", "start_char": start, "end_char": "9", "text": text}

    before = [row("1", "0", "Paris"), row("2", "5", "Rome"), row("3", "5", "Rome"), row("4", "7", "Oslo"),
              row("5", "8", "Lima")]
    after = [row("1", "0", "Paris"), row("2", "3", "Bonn"), row("3", "5", "Rome"), row("4", "7", "Riga"),
             row("5", "8", "Lima"), row("6", "8", "Lima")]
    fast, full = diff_table("entities", before, after), _naive("entities", before, after)
    assert fast == full
    assert [r["text"] for r in fast.added] == ["Bonn", "Lima"]
    assert [r["text"] for r in fast.removed] == ["Rome"]
    assert [(a["text"], b["text"]) for a, b in fast.changed] == [("Oslo", "Riga")]
    same = diff_table("entities", before, list(before))
    assert not same and same == _naive("entities", before, list(before))
    other = [dict(r, extra="x") for r in after]  # another header: every row on its content
    assert diff_table("entities", before, other) == _naive("entities", before, other)
