"""`extract --watch` and the re-run path as a user runs them: whole processes, a rule file edited.

The tables must be the same bytes whether the model ran, the parse cache and the compiled rules were
read, or the watch re-ran the rules in memory; a broken rule file is reported by file and line and
the last good tables stay; Ctrl-C leaves them in place. No timing is asserted here (bench/rerun.py
measures it).
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from conftest import ROOT

pytestmark = pytest.mark.slow  # whole processes, the model loaded

ARTICLES = ["ho01_parly_jakarta_rafale", "ho06_audition_dggn_assemblee", "art02_comite_militaire_bruxelles"]
TERM = "directeur général, directrice générale,"  # roles.yml; both texts above name a directeur général
WITHOUT = "directrice générale,"


def cli(*args: str) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, str(ROOT / "cli.py"), *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    return done


def tables(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.csv"))}


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    work = tmp_path_factory.mktemp("watch")
    corpus, rules = work / "in", work / "rules"
    corpus.mkdir()
    for name in ARTICLES:
        shutil.copy(ROOT / "data" / "raw" / f"{name}.txt", corpus)
    rules.mkdir()
    for path in (ROOT / "rules").iterdir():
        if path.suffix in (".yml", ".jsonl"):
            shutil.copy(path, rules)
    assert TERM in (rules / "roles.yml").read_text(encoding="utf-8")
    return work, corpus, rules


def edit(rules: Path, old: str, new: str) -> None:
    path = rules / "roles.yml"
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")


def test_same_tables_without_cache_cold_and_warm(setup):
    """The model's run, the run that fills the cache, and the re-run that reads the cache and the
    compiled rules (and loads no weights) write the same bytes."""
    work, corpus, rules = setup
    cli("extract", str(corpus), "--out", str(work / "plain"), "--rules", str(rules), "--no-cache")
    cold = cli("extract", str(corpus), "--out", str(work / "cold"), "--rules", str(rules), "--cache", str(work / "c"))
    warm = cli("extract", str(corpus), "--out", str(work / "warm"), "--rules", str(rules), "--cache", str(work / "c"),
               "--no-reuse")
    reused = cli("extract", str(corpus), "--out", str(work / "reused"), "--rules", str(rules), "--cache",
                 str(work / "c"))
    assert "0 of 3 documents read from the cache" in cold.stderr and "3 of 3 documents read" in warm.stderr
    assert "0 of 3 documents run through the rule stages, 3 reused" in reused.stderr
    assert tables(work / "reused") == tables(work / "plain")
    assert list((work / "c" / "compiled-rules").glob("*.pickle"))  # the compiled rules were kept
    plain = tables(work / "plain")
    assert plain and tables(work / "cold") == plain and tables(work / "warm") == plain
    assert b"directeur g\xc3\xa9n\xc3\xa9ral" in plain["entities.csv"]


def test_rerun_after_a_rule_edit_gives_what_the_edited_rules_give(setup):
    """Edited rules: the compiled ones of the old files are not used; the tables are those of a run
    without any cache, and differ from the old ones where the term was."""
    work, corpus, rules = setup
    edit(rules, TERM, WITHOUT)
    try:
        cli("extract", str(corpus), "--out", str(work / "edited-plain"), "--rules", str(rules), "--no-cache")
        cli("extract", str(corpus), "--out", str(work / "edited"), "--rules", str(rules), "--cache", str(work / "c"))
    finally:
        edit(rules, WITHOUT, TERM)
    edited = tables(work / "edited")
    assert edited == tables(work / "edited-plain")
    assert edited["entities.csv"] != tables(work / "plain")["entities.csv"]


class Watch:
    """An `extract --watch` process whose error stream is read as it comes."""

    def __init__(self, *args: str, sigint_ignored: bool = False) -> None:
        ignore = (lambda: signal.signal(signal.SIGINT, signal.SIG_IGN)) if sigint_ignored else None
        self.process = subprocess.Popen([sys.executable, str(ROOT / "cli.py"), "extract", *args, "--watch"], cwd=ROOT,
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=ignore)
        self.err: list[str] = []
        self.out: list[str] = []
        for stream, lines in ((self.process.stderr, self.err), (self.process.stdout, self.out)):
            threading.Thread(target=lambda s=stream, k=lines: k.extend(iter(s.readline, "")), daemon=True).start()

    def wait_for(self, marker: str, after: int = 0, timeout: float = 600) -> None:
        limit = time.monotonic() + timeout
        while not any(marker in line for line in self.err[after:]):
            assert self.process.poll() is None, "".join(self.err[-40:])
            assert time.monotonic() < limit, f"no {marker!r}:\n" + "".join(self.err[-40:])
            time.sleep(0.05)


def test_watch_reruns_at_each_save_reports_a_broken_file_and_stops_cleanly(setup):
    work, corpus, rules = setup
    out = work / "watched"
    watch = Watch(str(corpus), "--out", str(out), "--rules", str(rules), "--cache", str(work / "c"))
    try:
        watch.wait_for("Watching")
        assert tables(out) == tables(work / "plain")

        seen = len(watch.err)  # a term taken out: the tables of the edited rules, and what changed
        edit(rules, TERM, WITHOUT)
        watch.wait_for("Tables rewritten", seen)
        assert tables(out) == tables(work / "edited-plain")
        printed = "".join(watch.out)
        assert "Compared with" in printed and "entities" in printed

        seen = len(watch.err)  # a broken file: file:line, the tables stay, still watching
        time.sleep(1.1)  # a new modification time on file systems that count whole seconds
        path = rules / "roles.yml"
        good = path.read_text(encoding="utf-8")
        path.write_text(good.replace("roles:\n", "roles:\n  - id: [oops\n", 1), encoding="utf-8")
        watch.wait_for("keeps the tables of the last good rules", seen)
        assert any(f"{path}:" in line and "YAML" in line for line in watch.err[seen:])
        assert tables(out) == tables(work / "edited-plain")

        seen = len(watch.err)  # fixed and the term back: the first tables again
        time.sleep(1.1)
        path.write_text(good.replace(WITHOUT, TERM, 1), encoding="utf-8")
        watch.wait_for("Tables rewritten", seen)
        assert tables(out) == tables(work / "plain")
    finally:
        if watch.process.poll() is None:
            watch.process.send_signal(signal.SIGINT)
        status = watch.process.wait(timeout=120)
        (rules / "roles.yml").write_text((ROOT / "rules" / "roles.yml").read_text(encoding="utf-8"), encoding="utf-8")
    assert status == 0
    assert any("Stopped watching" in line for line in watch.err)
    assert tables(out) == tables(work / "plain")  # Ctrl-C left the last good tables
    assert not list(out.glob(".partial-*"))


def test_watch_with_jobs_shares_each_rerun_and_writes_the_same_tables(setup):
    """`--watch --jobs 2`: the first run in the watching process, each re-run in two processes forked
    from it; the tables are the bytes one process writes, after an edit and after its undoing."""
    work, corpus, rules = setup
    out = work / "watched-jobs"
    watch = Watch(str(corpus), "--out", str(out), "--rules", str(rules), "--cache", str(work / "c"), "--jobs", "2")
    try:
        watch.wait_for("Watching")
        assert tables(out) == tables(work / "plain")
        seen = len(watch.err)
        edit(rules, TERM, WITHOUT)
        watch.wait_for("Tables rewritten", seen)
        assert tables(out) == tables(work / "edited-plain")
        seen = len(watch.err)
        time.sleep(1.1)
        edit(rules, WITHOUT, TERM)
        watch.wait_for("Tables rewritten", seen)
        assert tables(out) == tables(work / "plain")
    finally:
        if watch.process.poll() is None:
            watch.process.send_signal(signal.SIGINT)
        status = watch.process.wait(timeout=120)
        (rules / "roles.yml").write_text((ROOT / "rules" / "roles.yml").read_text(encoding="utf-8"), encoding="utf-8")
    assert status == 0


def test_watch_refuses_another_engine(setup):
    work, corpus, rules = setup
    done = subprocess.run([sys.executable, str(ROOT / "cli.py"), "extract", str(corpus), "--out", str(work / "j"),
                           "--watch", "--engine", "dask", "--scheduler", "tcp://127.0.0.1:1"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "--watch" in done.stderr


def test_watch_started_as_a_background_job_still_stops_on_ctrl_c(setup):
    """A script's background job starts with SIGINT ignored, which Python inherits: the watch takes it back."""
    work, corpus, rules = setup
    watch = Watch(str(corpus), "--out", str(work / "watched-bg"), "--rules", str(rules), "--cache", str(work / "c"),
                  sigint_ignored=True)
    try:
        watch.wait_for("Watching")
    finally:
        watch.process.send_signal(signal.SIGINT)
        status = watch.process.wait(timeout=120)
    assert status == 0 and any("Stopped watching" in line for line in watch.err)
