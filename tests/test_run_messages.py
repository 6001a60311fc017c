"""What a user reads during and after a run: counts and times while it works, then the summary, the
files that failed and why, the cache in words; `evaluate` says so when gold and output do not match."""

from __future__ import annotations

import dataclasses
import io
import shutil

import pytest
from rich.console import Console
from typer.testing import CliRunner

from pipeline.run import engines
from pipeline.run.ingest import Article

from conftest import ROOT

RAW = ROOT / "data" / "raw"
GOLD = ROOT / "data" / "gold"
ARTICLE = "art06_burkhard_breuer_balard"


@pytest.fixture
def cli(pipeline, monkeypatch):
    """The typer app with the session's pipeline (no second model load)."""
    monkeypatch.setattr("pipeline.run.runner.build_pipeline", lambda rules, **_: dataclasses.replace(pipeline))
    from pipeline.cli import app

    def invoke(*args: str):
        return CliRunner().invoke(app, [str(arg) for arg in args])

    return invoke


def test_the_summary_is_followed_by_each_failed_file_and_its_reason(cli, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(RAW / f"{ARTICLE}.txt", folder)
    for number in range(23):
        (folder / f"vide{number:02}.txt").write_bytes(b"")
    (folder / "rapport.pdf").write_bytes(b"%PDF-1.7\n")
    result = cli("extract", folder, "--out", tmp_path / "out", "--cache", tmp_path / "cache")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    summary = next(i for i, line in enumerate(lines) if "documents failed" in line)
    listed = [line.strip() for line in lines if "could not" not in line and (": empty file" in line or ".pdf:" in line)]
    assert "24 files could not be read:" in result.output
    assert lines.index("24 files could not be read:") > summary  # after the summary table
    assert len(listed) == 20
    assert listed[0] == f"{folder / 'rapport.pdf'}: PDF document, not a .txt file: save it as plain text (.txt) " \
                        "to include it"
    assert listed[1] == f"{folder / 'vide00.txt'}: empty file"
    assert "… and 4 more (status=error in documents.csv)" in result.output
    assert "0 of 1 document read from the cache of earlier runs" in result.output
    assert "1 analysed by the language model" in result.output


def test_a_clean_run_lists_no_failure(cli, tmp_path):
    result = cli("extract", RAW / f"{ARTICLE}.txt", "--out", tmp_path / "out", "--cache", tmp_path / "cache")
    assert result.exit_code == 0
    assert "could not be read" not in result.output


def test_progress_shows_counts_file_and_times():
    from pipeline.cli import _progress

    progress = _progress()
    task = progress.add_task("Extracting", total=52, file="")
    progress.update(task, advance=3, file="art03_stockholm.txt")
    console = Console(file=io.StringIO(), force_terminal=True, width=200, color_system=None)
    console.print(progress.make_tasks_table(progress.tasks))
    shown = console.file.getvalue()
    assert "3/52 documents" in shown
    assert "art03_stockholm.txt" in shown
    assert "elapsed" in shown and "left" in shown
    assert "0:00:00" in shown  # elapsed


def test_the_local_engine_hands_each_document_on_in_order_as_soon_as_it_can(monkeypatch):
    """On a small folder the bar moves document by document, not once at the end of a chunk."""
    articles = [Article(doc_id=f"d{i}", source_path=f"d{i}.txt", text="x") for i in range(4)]
    produced = []

    def fake_results(_pipeline, given):  # unreadable files come first, as `runner.results` gives them
        for index in (2, 0, 1, 3):
            produced.append(given[index].doc_id)
            yield given[index], {}

    monkeypatch.setattr(engines, "results", fake_results)
    monkeypatch.setattr(engines, "read", lambda task: articles[int(task.doc_id[1:])])
    tasks = [engines.Task(RAW, article.doc_id) for article in articles]
    seen = []
    for article, _rows in engines.local_results(tasks, None, None):  # no time budget on a fake pipeline
        seen.append((article.doc_id, list(produced)))
    assert [doc_id for doc_id, _ in seen] == ["d0", "d1", "d2", "d3"]
    assert seen[0][1] == ["d2", "d0"]  # d0 went on before d1 and d3 were done
    assert seen[2][1] == ["d2", "d0", "d1"]


# -- evaluate ---------------------------------------------------------------------------------------


def test_evaluate_stops_when_gold_and_output_share_no_document(cli, tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    shutil.copy(GOLD / f"{ARTICLE}.json", gold)
    out = tmp_path / "out"
    assert cli("extract", RAW / "art04_lecornu_pistorius_mgcs.txt", "--out", out, "--cache",
               tmp_path / "cache").exit_code == 0
    result = cli("evaluate", "--gold", gold, "--out", out)
    assert result.exit_code == 2
    assert "no document in common" in result.output
    assert f"1 gold file with no document in the output (all its items count as missed): {ARTICLE}.json" \
        in result.output
    assert "1 output document with no gold file (not scored): art04_lecornu_pistorius_mgcs" in result.output
    assert "Headline measures" not in result.output


def test_evaluate_scores_when_they_share_documents(cli, tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    for name in (ARTICLE, "art04_lecornu_pistorius_mgcs"):
        shutil.copy(GOLD / f"{name}.json", gold)
    out = tmp_path / "out"
    cli("extract", RAW / f"{ARTICLE}.txt", "--out", out, "--cache", tmp_path / "cache")
    result = cli("evaluate", "--gold", gold, "--out", out)
    assert result.exit_code == 0, result.output
    assert "Headline measures" in result.output and "no document in common" not in result.output
    assert "1 gold file with no document in the output" in result.output  # named, the scoring goes on
    assert "art04_lecornu_pistorius_mgcs.json" in result.output
