"""Where the CPU time of a cold `extract` goes, without a profiler's distortion: one whole CLI run in
this process, with the functions of each part wrapped by an exclusive CPU-time counter (a part's
time leaves out the parts called inside it). cProfile slows pure-Python code several times more
than the model's C code, so its split overstates everything but the model; this one does not.

    .venv/bin/python bench/cold_split.py CORPUS [--cache EMPTY_FOLDER] [--out FOLDER]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

_stack: list[list[float]] = []  # [start, time spent in parts called inside]
totals: dict[str, float] = {}


def cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _enter() -> None:
    _stack.append([cpu(), 0.0])


def _leave(name: str) -> None:
    start, inner = _stack.pop()
    spent = cpu() - start
    totals[name] = totals.get(name, 0.0) + spent - inner
    if _stack:
        _stack[-1][1] += spent


def timed(name: str, function):
    def run(*args, **kwargs):
        _enter()
        try:
            return function(*args, **kwargs)
        finally:
            _leave(name)
    return run


def timed_iter(name: str, function):
    """A generator function whose every step is counted (the model's `pipe` yields as it parses)."""
    def run(*args, **kwargs):
        iterator = iter(function(*args, **kwargs))
        while True:
            _enter()
            try:
                item = next(iterator)
            except StopIteration:
                _leave(name)
                return
            except BaseException:
                _leave(name)
                raise
            _leave(name)
            yield item
    return run


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

    totals["imports"] = cpu() - start
    sys.argv = ["cli.py", "extract", args.corpus, "--rules", str(ROOT / "rules"),
                "--cache", args.cache or str(work / "cache"), "--out", args.out or str(work / "out")]
    wall = time.perf_counter()
    try:
        cli.main()
    except SystemExit as done:
        if done.code:
            raise
    total = cpu() - start
    totals["unaccounted"] = total - sum(totals.values())
    print(json.dumps({"cpu": total, "wall": time.perf_counter() - wall,
                      "parts": {k: round(v, 2) for k, v in sorted(totals.items(), key=lambda kv: -kv[1])}},
                     indent=1))


if __name__ == "__main__":
    main()
