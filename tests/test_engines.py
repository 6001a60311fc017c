"""Same answer everywhere: the CSV files are byte-identical whatever the engine, the number of jobs
and the order the files were listed in."""

from __future__ import annotations

import csv
import dataclasses
import importlib.util
import io
import logging
import shutil
from collections import Counter
from pathlib import Path

import pytest

from conftest import ROOT, SHARED

pytestmark = pytest.mark.slow  # whole processes: CLI, engines, property runs

ARTICLES = ["art02_comite_militaire_bruxelles", "art06_burkhard_breuer_balard", "art09_saceur_visite_brunssum"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """A few articles, one of them twice under one name, an empty file and a PDF: every kind of row."""
    folder = tmp_path_factory.mktemp("corpus")
    for name in ARTICLES:
        shutil.copy(ROOT / "data" / "raw" / f"{name}.txt", folder)
    for seed in sorted((SHARED / "corpus" / "seeds").glob("*.txt")):
        shutil.copy(seed, folder)
    (folder / "sub").mkdir()
    shutil.copy(ROOT / "data" / "raw" / f"{ARTICLES[0]}.txt", folder / "sub")
    (folder / "empty.txt").write_text("")
    (folder / "report.pdf").write_bytes(b"%PDF-1.4 not an article")
    return folder


def tables(out: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(out.glob("*.csv"))}


@pytest.fixture(scope="module")
def local_tables(corpus, pipeline, tmp_path_factory) -> dict[str, bytes]:
    """The reference: this process, one job."""
    from pipeline.run.job import extract

    out = tmp_path_factory.mktemp("local")
    extract(corpus, out, pipeline)
    return tables(out)


def test_reference_has_every_table_and_row_kind(local_tables):
    assert len(local_tables) == 8
    documents = list(csv.DictReader(io.StringIO(local_tables["documents.csv"].decode())))
    status = Counter(row["status"] for row in documents)
    assert status == {"ok": len(ARTICLES) + 3, "error": 2}, [(r["doc_id"], r["error"]) for r in documents]
    assert [row["doc_id"] for row in documents] == sorted(row["doc_id"] for row in documents)
    assert f"sub/{ARTICLES[0]}.txt" in {row["doc_id"] for row in documents}  # one name twice: two doc_ids


def test_two_jobs_equal_one(corpus, local_tables, tmp_path):
    """`--jobs 2` as the CLI runs it: no pipeline at hand (forked from one built here where the system
    can fork, spawned workers elsewhere)."""
    from pipeline.run.job import extract

    writer, _written = extract(corpus, tmp_path, rules=ROOT / "rules", jobs=2)
    assert tables(tmp_path) == local_tables
    assert writer.counts()["documents failed"] == 2


def test_two_spawned_jobs_equal_one(corpus, local_tables, tmp_path, monkeypatch):
    """Where the system cannot fork (Windows), each spawned worker builds its own pipeline."""
    from pipeline.run import engines
    from pipeline.run.job import extract

    monkeypatch.setattr(engines, "can_fork", lambda: False)
    monkeypatch.setattr(engines, "forked_results", None)  # a forked pool would fail here
    writer, _written = extract(corpus, tmp_path, rules=ROOT / "rules", jobs=2)
    assert tables(tmp_path) == local_tables
    assert writer.counts()["documents failed"] == 2


@pytest.fixture
def cold_fork(pipeline, monkeypatch):
    """Cold `--jobs 2` where the system can fork: the pipeline built once in this process (the
    session's, not a second model load) and the workers forked from it; the rules it was built from."""
    from pipeline.run import engines

    if not engines.can_fork():
        pytest.skip("this system cannot fork")
    built: list[Path] = []

    def build(rules):
        built.append(rules)
        return dataclasses.replace(pipeline)

    monkeypatch.setattr(engines, "process_results", None)  # a spawned pool would fail here
    monkeypatch.setattr(engines, "build_pipeline", build)
    return built


def test_two_jobs_forked_cold_equal_one(corpus, local_tables, cold_fork, tmp_path):
    """No pipeline at hand: this process builds one, once, the two workers are forked from it: the
    same bytes as one job, the empty file and the PDF still documents.csv error rows."""
    from pipeline.run.job import extract

    writer, _written = extract(corpus, tmp_path, rules=ROOT / "rules", jobs=2)
    assert cold_fork == [(ROOT / "rules").resolve()]
    assert tables(tmp_path) == local_tables
    assert writer.counts()["documents failed"] == 2
    documents = list(csv.DictReader(io.StringIO(tables(tmp_path)["documents.csv"].decode())))
    assert {row["doc_id"] for row in documents if row["status"] == "error"} == {"empty", "report"}


def test_two_jobs_write_the_parse_cache_the_next_run_reads(corpus, local_tables, cold_fork, pipeline, tmp_path):
    """Cold `--jobs 2 --cache DIR`: the forked workers store the model's Docs in DIR themselves (the
    same bytes out), and the next run, one job here, reads every one of them instead of the model."""
    from pipeline.run.cache import ParseCache
    from pipeline.run.job import extract

    cache = tmp_path / "cache"
    extract(corpus, tmp_path / "jobs2", rules=ROOT / "rules", jobs=2, cache=cache)
    assert tables(tmp_path / "jobs2") == local_tables
    assert pipeline.cache is None  # the session's pipeline was not given the workers' cache
    stored = list(cache.rglob("*.spacy"))
    assert len(stored) == len(ARTICLES) + 3 - 1  # one text twice (sub/): one entry
    again = dataclasses.replace(pipeline, cache=ParseCache(cache, pipeline.nlp))
    extract(corpus, tmp_path / "again", again)
    assert tables(tmp_path / "again") == local_tables
    assert (again.cache.stats.hits, again.cache.stats.misses) == (len(ARTICLES) + 3, 0)


def test_a_stage_failure_in_a_forked_cold_worker_is_an_error_row(corpus, local_tables, cold_fork, tmp_path,
                                                                 monkeypatch, caplog):
    """One of our stages raising on one document in a forked worker: that document's error row, the
    warning said in this process, every other document as with one job."""
    from pipeline.components.stage import RuleStage
    from pipeline.run import engines
    from pipeline.run.job import extract

    real, failing = RuleStage.__call__, ARTICLES[1]

    def call(self, doc):  # inherited by the forked workers
        if self.name == "defnews_meetings" and doc._.doc_id == failing:
            raise TypeError("'>' not supported between instances of 'datetime.date' and 'NoneType'")
        return real(self, doc)

    monkeypatch.setattr(RuleStage, "__call__", call)
    with caplog.at_level(logging.WARNING, logger=engines.__name__):
        writer, _written = extract(corpus, tmp_path, rules=ROOT / "rules", jobs=2)
    assert writer.counts()["documents failed"] == 3
    documents = {row["doc_id"]: row for row in csv.DictReader(io.StringIO(tables(tmp_path)["documents.csv"].decode()))}
    assert documents[failing]["status"] == "error"
    assert documents[failing]["error"].startswith("internal error in stage defnews_meetings: TypeError: '>'")
    expected = {row["doc_id"]: row for row in csv.DictReader(io.StringIO(local_tables["documents.csv"].decode()))}
    assert {k: v for k, v in documents.items() if k != failing} == {k: v for k, v in expected.items() if k != failing}
    assert any(failing in record.getMessage() and "internal error in stage" in record.getMessage()
               for record in caplog.records)


def test_two_jobs_forked_from_a_pipeline_equal_one(corpus, local_tables, pipeline, tmp_path, monkeypatch):
    """With a pipeline at hand (as under `extract --watch --jobs 2`) the workers are forked from this
    process, not spawned: the same tables, the two bad files still error rows."""
    from pipeline.run import engines
    from pipeline.run.job import extract

    monkeypatch.setattr(engines, "process_results", None)  # a spawned pool would fail here
    writer, _written = extract(corpus, tmp_path, pipeline, jobs=2)
    assert tables(tmp_path) == local_tables
    assert writer.counts()["documents failed"] == 2


def test_listing_order_does_not_matter(corpus, local_tables, pipeline, tmp_path, monkeypatch):
    from pipeline.run import ingest
    from pipeline.run.job import extract

    listed = ingest.list_files
    monkeypatch.setattr(ingest, "list_files", lambda *args, **kwargs: listed(*args, **kwargs)[::-1])
    extract(corpus, tmp_path, pipeline)
    assert tables(tmp_path) == local_tables


@pytest.mark.skipif(importlib.util.find_spec("distributed") is None, reason="the dask extra is not installed")
def test_dask_cluster_equals_local(corpus, local_tables, tmp_path):
    from distributed import LocalCluster

    from pipeline.run.job import extract

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        extract(corpus, tmp_path, rules=ROOT / "rules", engine="dask", scheduler=cluster.scheduler_address)
    assert tables(tmp_path) == local_tables


def test_no_doc_outlives_its_rows(corpus, pipeline):
    """Flat memory: once a document's rows are out, nothing keeps its Doc (a cache keyed by Doc did)."""
    import gc

    from spacy.tokens import Doc

    from pipeline.run.engines import local_results, plan

    def live_docs() -> int:
        gc.collect()
        return sum(isinstance(o, Doc) for o in gc.get_objects())

    before = live_docs()  # Docs of earlier tests frozen by `gc.freeze` when a pipeline was built
    for _article, _rows in local_results(plan(corpus), pipeline):
        pass
    assert live_docs() <= before + 1  # at most the last one, held for reuse


def test_unknown_engine_is_refused(corpus, tmp_path):
    from pipeline.run.engines import EngineError
    from pipeline.run.job import extract

    with pytest.raises(EngineError):
        extract(corpus, tmp_path, rules=ROOT / "rules", engine="spark")
    assert not list(tmp_path.iterdir())  # no table, no staging folder left behind
