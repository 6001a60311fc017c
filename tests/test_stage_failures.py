"""A fault of ours on one document (an exception in one of our stages) is that document's error row:
the run goes on with the others, says so on stderr and exits with status 1 (some documents failed)."""

from __future__ import annotations

import csv
import dataclasses
import logging
import shutil
import subprocess
import sys
import textwrap

import pytest
from typer.testing import CliRunner

from pipeline.components.stage import RuleStage
from pipeline.run import engines
from pipeline.run.ingest import Article

from conftest import ROOT

RAW = ROOT / "data" / "raw"
SAMPLES = ["art01_otan_sommet_vilnius", "art02_comite_militaire_bruxelles", "art03_ue_defense_stockholm",
           "art04_lecornu_pistorius_mgcs"]
FAILING = "art02_comite_militaire_bruxelles"
MESSAGE = "internal error in stage defnews_meetings: TypeError: '>' not supported between instances of " \
          "'datetime.date' and 'NoneType'"


def fail_on(monkeypatch, doc_id: str, stage: str = "defnews_meetings", error: BaseException | None = None):
    """Our `stage` raises on the document `doc_id` (as a date compared with None did), on no other."""
    real = RuleStage.__call__

    def call(self, doc):
        if self.name == stage and doc._.doc_id == doc_id:
            if error is not None:
                raise error
            _ = __import__("datetime").date(2023, 1, 1) > None  # the TypeError of a real bug
        return real(self, doc)

    monkeypatch.setattr(RuleStage, "__call__", call)


@pytest.fixture
def cli(pipeline, monkeypatch):
    """The typer app with the session's pipeline (no second model load)."""
    monkeypatch.setattr("pipeline.run.runner.build_pipeline", lambda rules, **_: dataclasses.replace(pipeline))
    from pipeline.cli import app

    def invoke(*args):
        return CliRunner().invoke(app, [str(arg) for arg in args])

    return invoke


def folder_of(tmp_path, name: str, samples: list[str]):
    folder = tmp_path / name
    folder.mkdir()
    for sample in samples:
        shutil.copy(RAW / f"{sample}.txt", folder)
    return folder


def tables(out) -> dict[str, str]:
    return {path.name: path.read_text(encoding="utf-8") for path in sorted(out.iterdir()) if path.is_file()}


def without_row(table: str, doc_id: str) -> tuple[str, list[dict]]:
    """documents.csv without the row of `doc_id`, and that row."""
    rows = list(csv.DictReader(table.splitlines()))
    lines = table.splitlines(keepends=True)
    kept = [lines[0]] + [line for line, row in zip(lines[1:], rows, strict=True) if row["doc_id"] != doc_id]
    return "".join(kept), [row for row in rows if row["doc_id"] == doc_id]


def assert_failed_run(out, reference, doc_id: str, message: str = MESSAGE) -> None:
    """Every table as a run without the failing file gives it, plus the failing file's error row."""
    failed, expected = tables(out), tables(reference)
    assert failed.keys() == expected.keys()
    documents, [row] = without_row(failed.pop("documents.csv"), doc_id)
    assert documents == expected.pop("documents.csv")
    assert (row["status"], row["error"]) == ("error", message)
    assert row["source_path"].endswith(f"{doc_id}.txt")
    assert failed == expected  # the other documents' rows, people and organisations exactly the same


@pytest.mark.parametrize("timeout", [[], ["--doc-timeout", "0"]], ids=["budget", "no-budget"])
def test_a_stage_raising_on_one_document_makes_its_error_row_and_the_run_goes_on(cli, tmp_path, monkeypatch,
                                                                                 caplog, timeout):
    cache = tmp_path / "cache"
    reference = tmp_path / "reference"
    folder = folder_of(tmp_path, "in", [s for s in SAMPLES if s != FAILING])
    assert cli("extract", folder, "--out", reference, "--cache", cache, *timeout).exit_code == 0

    shutil.copy(RAW / f"{FAILING}.txt", folder)  # the same folder: the same source paths
    fail_on(monkeypatch, FAILING)
    out = tmp_path / "out"
    with caplog.at_level(logging.WARNING, logger=engines.__name__):
        result = cli("extract", folder, "--out", out, "--cache", cache, *timeout)
    assert result.exit_code == 1, result.output  # some documents failed
    assert_failed_run(out, reference, FAILING)
    assert "Traceback" not in result.output
    assert f"{FAILING}.txt: {MESSAGE}" in " ".join(result.output.split())  # the summary names the file
    assert "1 file failed in our stages (a fault of the tool):" in result.output
    assert "could not be read" not in result.output  # the file was read: the fault is ours
    warnings = [r.getMessage() for r in caplog.records if r.name == engines.__name__]
    assert len(warnings) == 1 and f"{FAILING}.txt: {MESSAGE}" in warnings[0]


def test_a_run_where_no_stage_raises_is_untouched(cli, tmp_path, caplog):
    """The counter-example: the same folder, no fault, every document ok, status 0, no warning."""
    out = tmp_path / "out"
    with caplog.at_level(logging.WARNING, logger=engines.__name__):
        result = cli("extract", folder_of(tmp_path, "all", SAMPLES), "--out", out, "--cache", tmp_path / "cache")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(tables(out)["documents.csv"].splitlines()))
    assert [(row["doc_id"], row["status"], row["error"]) for row in rows] == [(s, "ok", "") for s in SAMPLES]
    assert not [r for r in caplog.records if r.name == engines.__name__]


@pytest.mark.parametrize("timeout", [None, 0, 60])
def test_the_chunk_goes_on_after_the_failing_document_with_a_one_line_reason(pipeline, monkeypatch, timeout):
    """Engine level: the documents before and after keep the rows they have alone; a message over
    several lines is one line, cut when very long."""
    texts = {name: (RAW / f"{name}.txt").read_text(encoding="utf-8") for name in SAMPLES[:3]}
    articles = [Article(doc_id=name, source_path=f"{name}.txt", text=text) for name, text in texts.items()]
    alone = {article.doc_id: rows for article, rows in engines.analyse_chunk(pipeline, articles, timeout)}
    fail_on(monkeypatch, FAILING, "defnews_quotes", KeyError("a\nkey " + "x" * 400))
    results = engines.analyse_chunk(pipeline, articles, timeout)
    assert [article.doc_id for article, _ in results] == list(texts)
    rows = dict((article.doc_id, table) for article, table in results)
    for name in texts:
        if name != FAILING:
            assert rows[name] == alone[name]
    [row] = rows[FAILING]["documents"]
    assert list(rows[FAILING]) == ["documents"] and row["status"] == "error"
    assert row["error"].startswith("internal error in stage defnews_quotes: KeyError: 'a\\nkey xxx")
    assert "\n" not in row["error"] and len(row["error"]) < 400 and row["error"].endswith("…")


@pytest.mark.parametrize("error", [KeyboardInterrupt(), SystemExit(3), MemoryError()], ids=type)
def test_an_interruption_or_no_memory_is_not_a_document_error(pipeline, monkeypatch, error):
    """Ctrl-C, SystemExit and MemoryError stop the run as before: they are no fault of one document."""
    fail_on(monkeypatch, FAILING, "defnews_officials", error)
    text = (RAW / f"{FAILING}.txt").read_text(encoding="utf-8")
    with pytest.raises(type(error)):
        engines.analyse_chunk(pipeline, [Article(doc_id=FAILING, source_path="a.txt", text=text)], 0)


# -- regression: 47bf445, a meeting dated by a week then an undated one after a sentence naming a day ---

WEEK_THEN_UNDATED = """Paris, le 10 octobre 2022

Le ministre des Armées Sébastien Lecornu a rencontré son homologue allemand Boris Pistorius lors de \
la semaine 39 à Berlin. Les deux pays ont signé un accord industriel le 3 octobre 2022. Le général \
Thierry Burkhard a reçu le chef d'état-major italien à Paris.
"""


def test_a_meeting_dated_by_a_week_then_an_undated_one_after_a_named_day(pipeline, monkeypatch):
    """Before 47bf445 `meeting_groups` compared the day of `le 3 octobre 2022` with the first day of
    the week, None, and stopped the run (TypeError). The date tagger now writes a week number as its
    range of days, so the week's ISO value (`2022-W39`, which rows still accept as a week) is given
    back here as a tagger could: the grouping must compare nothing and keep the week."""
    from pipeline.components import dates

    monkeypatch.setattr(dates, "_iso_week", lambda year, week: f"{year:04d}-W{week:02d}")
    [(article, rows)] = engines.analyse_chunk(pipeline, [Article(doc_id="semaine", source_path="semaine.txt",
                                                                 text=WEEK_THEN_UNDATED)], 0)
    assert rows["documents"][0]["status"] == "ok", rows["documents"][0]["error"]
    meetings = [(m["kind"], m["date_start"], m["date_end"]) for m in rows["meetings"]]
    assert meetings == [("rencontre", "2022-W39", ""), ("visite", "2022-W39", "")]


WEEK_THEN_SCENE = """Paris, le 10 octobre 2022

Le ministre des Armées Sébastien Lecornu a rencontré son homologue allemand Boris Pistorius lors de \
la semaine 39 à Berlin. Le 3 octobre 2022, le général Thierry Burkhard s'est adressé aux élèves de \
l'École de guerre. Le soir même, il a reçu le chef d'état-major italien à Paris.
"""


def test_a_meeting_dated_by_a_week_then_a_scene_day_opening_a_sentence(pipeline, monkeypatch):
    """The day that opens a sentence (`Le 3 octobre 2022, ...`) was compared with the first day of the
    week told before, None, in `meeting_groups._context_date`: the document must come out whole."""
    from pipeline.components import dates

    monkeypatch.setattr(dates, "_iso_week", lambda year, week: f"{year:04d}-W{week:02d}")
    [(article, rows)] = engines.analyse_chunk(pipeline, [Article(doc_id="scene", source_path="scene.txt",
                                                                 text=WEEK_THEN_SCENE)], 0)
    assert rows["documents"][0]["status"] == "ok", rows["documents"][0]["error"]
    assert [m["date_start"] for m in rows["meetings"]][:1] == ["2022-W39"]


# -- whole processes: --jobs 2 -------------------------------------------------------------------------

WRAPPER = """
import sys
sys.path.insert(0, {root!r})
from pipeline.components.stage import RuleStage

real = RuleStage.__call__


def call(self, doc):  # also run by each spawned worker, which imports this script as __mp_main__
    if self.name == "defnews_meetings" and doc._.doc_id == {doc_id!r}:
        _ = __import__("datetime").date(2023, 1, 1) > None
    return real(self, doc)


RuleStage.__call__ = call

if __name__ == "__main__":
    from pipeline.cli import main

    main()
"""


@pytest.mark.slow
@pytest.mark.parametrize("timeout", [[], ["--doc-timeout", "0"]], ids=["budget", "no-budget"])
def test_with_two_worker_processes_the_failing_document_is_an_error_row(tmp_path, timeout):
    script = tmp_path / "failing_cli.py"
    script.write_text(textwrap.dedent(WRAPPER).format(root=str(ROOT), doc_id=FAILING), encoding="utf-8")
    reference, out = tmp_path / "reference", tmp_path / "out"
    every = folder_of(tmp_path, "in", [s for s in SAMPLES if s != FAILING])
    normal = subprocess.run([sys.executable, str(ROOT / "cli.py"), "extract", str(every), "--out", str(reference),
                             "--no-cache", "--jobs", "2", *timeout], cwd=ROOT, capture_output=True, text=True,
                            timeout=600)
    assert normal.returncode == 0, normal.stderr
    shutil.copy(RAW / f"{FAILING}.txt", every)
    failed = subprocess.run([sys.executable, str(script), "extract", str(every), "--out", str(out), "--no-cache",
                             "--jobs", "2", *timeout], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert failed.returncode == 1, failed.stderr
    assert "Traceback" not in failed.stderr
    assert f"warning: {every / FAILING}.txt: {MESSAGE}" in failed.stderr  # as soon as it comes back
    assert_failed_run(out, reference, FAILING)
