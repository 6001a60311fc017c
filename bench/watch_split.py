"""Where the time of one `extract --watch` re-run goes, from the save of a rule file to the comparison
table: one watch process run in this one, the functions of each part wrapped by exclusive CPU and wall
counters (a part's time leaves out the parts called inside it), as `bench/cold_split.py` does for a
cold run. The script saves roles.yml itself (a term out, then back, as `bench/rerun.py` does) and
counts only the re-runs, never the first run.

    .venv/bin/python bench/watch_split.py CORPUS --cache FOLDER [--edits 4]

CORPUS is a folder of articles (`bench/cache.py` builds the 500 of `bench/rerun.py`); a warm parse cache
in FOLDER makes the first run short. The rules are a copy of `rules/`, edited in a temporary folder.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from counters import Counters  # noqa: E402 - bench/ is on sys.path when the script runs

EDITED = ("directeur général, directrice générale,", "directrice générale,")  # as bench/rerun.py

counters = Counters(counting=False)  # only the re-runs are counted
timed, timed_iter = counters.timed, counters.timed_iter


def patch(rules: Path, edits: int, saves: list[float], ends: list[float]) -> None:
    from spacy.language import Language

    from pipeline import rulebook
    from pipeline.components import stage
    from pipeline.rulebook import loader
    from pipeline.run import engines, export, job, model, results, runner
    from pipeline.tuning import compare

    Language.pipe = timed_iter("model (nlp.pipe)", Language.pipe)
    runner.Pipeline.annotate = timed("stages of the documents run again", runner.Pipeline.annotate)
    runner.doc_rows = timed("rows of the documents run again", runner.doc_rows)
    runner.doc_words = timed("words of the documents run again", runner.doc_words)
    runner.normalise = timed("normalise", runner.normalise)
    engines.read = timed("read the article files", engines.read)
    engines.plan = timed("plan (list the files)", engines.plan)
    results.rule_changes = timed("decide which documents the edit reaches", results.rule_changes)
    results.Change.touches = timed("decide which documents the edit reaches", results.Change.touches)
    results.doc_key = timed("results: doc_key", results.doc_key)
    results.ResultsCache._load = timed("results: load entries", results.ResultsCache._load)  # noqa: SLF001
    results.ResultsCache._store = timed("results: store entries", results.ResultsCache._store)  # noqa: SLF001
    results.ResultsCache.results = timed_iter("results: unpack reused rows", results.ResultsCache.results)
    export.TableWriter.add_rows = timed("tables: add_rows", export.TableWriter.add_rows)
    export.TableWriter.finish = timed("tables: finish (write all)", export.TableWriter.finish)
    job._write_text = timed("texts: write", job._write_text)  # noqa: SLF001
    loader.read_yaml = rulebook.read_yaml = timed("rules: read YAML", loader.read_yaml)
    job.check_rules = timed("rules: check", job.check_rules)
    job.shared_rules = timed("rules: shared_rules (lexicon)", job.shared_rules)
    job.remember_rules = timed("rules: remember", job.remember_rules)
    stage.digest = timed("rules: digest of files", stage.digest)
    job.add_stages = timed("rules: compile (add_stages)", job.add_stages)
    job.save_phrases = timed("rules: save_phrases", job.save_phrases)
    model.save_phrases = job.save_phrases
    compare.snapshot = timed("compare: snapshot (read tables)", compare.snapshot)
    compare.compare = timed("compare: diff", compare.compare)
    compare.render = timed("compare: render", compare.render)
    real_wait = job.wait_for_change

    def wait(folder: Path, stamps, *args, **kwargs):
        if counters.counting:
            ends.append(time.perf_counter())
        if len(saves) == edits:
            counters.counting = False
            raise KeyboardInterrupt
        time.sleep(1.0)
        path = rules / "roles.yml"
        text = path.read_text(encoding="utf-8")
        old, new = EDITED if len(saves) % 2 == 0 else EDITED[::-1]
        saves.append(time.perf_counter())
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
        counters.counting = True
        counters.enter()
        try:
            return real_wait(folder, stamps, *args, **kwargs)
        finally:
            counters.leave("file watcher: poll and debounce")

    job.wait_for_change = wait


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus")
    parser.add_argument("--cache", required=True)
    parser.add_argument("--edits", type=int, default=4)
    parser.add_argument("--out")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="watch-split-"))
    rules = work / "rules"
    rules.mkdir()
    for path in sorted((ROOT / "rules").iterdir()):
        if path.suffix in (".yml", ".jsonl"):
            shutil.copy(path, rules)
    saves: list[float] = []
    ends: list[float] = []
    patch(rules, args.edits, saves, ends)
    from pipeline import cli

    sys.argv = ["cli.py", "extract", args.corpus, "--rules", str(rules), "--cache", args.cache,
                "--out", args.out or str(work / "out"), "--watch"]
    try:
        cli.main()
    except SystemExit as done:
        if done.code:
            raise
    latencies = [end - save for save, end in zip(saves, ends, strict=False)]
    n = len(latencies)
    wall = sum(latencies)
    totals = counters.totals
    accounted = sum(w for _c, w in totals.values())
    parts = {k: (round(c / n, 3), round(w / n, 3)) for k, (c, w) in sorted(totals.items(), key=lambda kv: -kv[1][1])}
    parts["unaccounted (wall)"] = (None, round((wall - accounted) / n, 3))
    print(f"{n} saves, from save to table (s): {', '.join(f'{v:.2f}' for v in latencies)}; mean {wall / n:.2f}",
          file=sys.stderr)
    print(f"{'part, per re-run':48} {'CPU s':>7} {'wall s':>7}", file=sys.stderr)
    for name, (c, w) in parts.items():
        print(f"{name:48} {'' if c is None else f'{c:7.3f}':>7} {w:7.3f}", file=sys.stderr)
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
