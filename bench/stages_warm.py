"""Time (and optionally profile) our stages alone over cached Docs, in-process: a warm re-run without
the cache read or the export.

    .venv/bin/python bench/stages_warm.py [--cache /work/main/data/cache] [--rounds 3] [--profile out.prof]
        [--folders /tmp/corpus-500]

The Docs of `data/raw` and the seeds are read from the parse cache once (every one must be there:
run `cli.py extract` with the same `--cache` first), kept as bytes, and each round rebuilds them and runs
every stage and `export.doc_rows`, timing each in CPU milliseconds per document (minimum over the rounds).
"""

from __future__ import annotations

import argparse
import cProfile
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.run import runner  # noqa: E402
from pipeline.run.cache import ParseCache  # noqa: E402
from pipeline.run.engines import read_folder  # noqa: E402

SOURCES = [ROOT / "data" / "raw", ROOT.parent / "shared" / "corpus" / "seeds"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cache", type=Path, default=Path("/work/main/data/cache"))
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", type=Path)
    parser.add_argument("--folders", type=Path, nargs="+", default=SOURCES,
                        help="article folders (default: data/raw, seeds)")
    args = parser.parse_args()
    pipeline = runner.build_pipeline(ROOT / "rules", lazy=True)
    pipeline.cache = ParseCache(args.cache, pipeline.nlp).keep_in_memory(disk=True)
    articles = [a for folder in args.folders if folder.is_dir() for a in read_folder(folder) if not a.error]
    costs: dict[str, float] = {}
    stages = list(pipeline.stages)

    def timed(name, function):
        def run(*a):
            start = time.process_time()
            try:
                return function(*a)
            finally:
                costs[name] = costs.get(name, 0.0) + time.process_time() - start
        return run

    pipeline.stages = [(name, timed(name, stage)) for name, stage in stages]
    runner.doc_rows = timed("rows", runner.doc_rows)
    list(runner.results(pipeline, articles))  # fills the in-memory cache
    best: dict[str, float] = {}
    profiler = cProfile.Profile() if args.profile else None
    for _ in range(args.rounds):
        costs.clear()
        if profiler:
            profiler.enable()
        list(runner.results(pipeline, articles))
        if profiler:
            profiler.disable()
        for k, v in costs.items():
            best[k] = min(best.get(k, v), v)
    if profiler:
        profiler.dump_stats(args.profile)
    n = len(articles)
    for k, v in best.items():
        print(f"{k:28s} {1000 * v / n:7.2f} ms")
    print(f"{'total':28s} {1000 * sum(best.values()) / n:7.2f} ms   ({n} documents)")


if __name__ == "__main__":
    main()
