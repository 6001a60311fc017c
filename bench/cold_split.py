"""Where the CPU time of a cold `extract` goes, without a profiler's distortion: one whole CLI run in
this process, with the functions of each part wrapped by an exclusive CPU-time counter (a part's
time leaves out the parts called inside it). cProfile slows pure-Python code several times more
than the model's C code, so its split overstates everything but the model; this one does not.

    .venv/bin/python bench/cold_split.py CORPUS [--cache EMPTY_FOLDER] [--out FOLDER]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from counters import Counters, cpu  # noqa: E402 - bench/ is on sys.path when the script runs

counters = Counters()
timed, timed_iter = counters.timed, counters.timed_iter


def patch() -> None:
    from spacy.language import Language

    from pipeline import rulebook
    from pipeline.rulebook import loader
    from pipeline.run import cache, engines, export, model, results, runner

    Language.pipe = timed_iter("model (nlp.pipe)", Language.pipe)
    model.load_weights = timed("model weights, tokenizer", model.load_weights)
    runner.load_vocabulary = timed("model strings and vectors", runner.load_vocabulary)
    runner.Pipeline.annotate = timed("our stages", runner.Pipeline.annotate)
    runner.normalise = timed("normalise", runner.normalise)
    runner.doc_words = timed("results cache: doc_words", runner.doc_words)
    runner.doc_rows = timed("rows (export.doc_rows)", runner.doc_rows)
    cache.ParseCache.put = timed("parse cache: put", cache.ParseCache.put)
    cache.ParseCache._write = timed("parse cache: write files", cache.ParseCache._write)  # noqa: SLF001
    results.ResultsCache._store = timed("results cache: store", results.ResultsCache._store)  # noqa: SLF001
    engines.read = timed("read files", engines.read)
    export.TableWriter.add_rows = timed("tables: add_rows", export.TableWriter.add_rows)
    export.TableWriter.finish = timed("tables: finish", export.TableWriter.finish)
    loader.read_yaml = rulebook.read_yaml = timed("rules: read YAML", loader.read_yaml)
    runner.add_stages = timed("rules: compile (add_stages)", runner.add_stages)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus")
    parser.add_argument("--cache")
    parser.add_argument("--out")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="cold-split-"))
    start = cpu()
    patch()
    from pipeline import cli

    totals = counters.totals
    totals["imports"] = [cpu() - start, 0.0]
    sys.argv = ["cli.py", "extract", args.corpus, "--rules", str(ROOT / "rules"),
                "--cache", args.cache or str(work / "cache"), "--out", args.out or str(work / "out")]
    wall = time.perf_counter()
    try:
        cli.main()
    except SystemExit as done:
        if done.code:
            raise
    total = cpu() - start
    parts = {k: c for k, (c, _w) in totals.items()}
    parts["unaccounted"] = total - sum(parts.values())
    print(json.dumps({"cpu": total, "wall": time.perf_counter() - wall,
                      "parts": {k: round(v, 2) for k, v in sorted(parts.items(), key=lambda kv: -kv[1])}},
                     indent=1))


if __name__ == "__main__":
    main()
