"""Time every function of a rule module with a counting wrapper (no cProfile): calls, inclusive and own CPU
time, over a warm in-process pass of the stages (as `bench/stages_warm.py`).

    .venv/bin/python bench/rule_costs.py [--cache data/cache] [--folders data/raw] [--module meeting_mentions]
        [--top 60]

The wrapper costs about a microsecond a call, counted in the caller's own time; read the ranks and the call
counts, not the seconds to the millisecond.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.run import runner  # noqa: E402
from pipeline.run.cache import ParseCache  # noqa: E402
from pipeline.run.engines import read_folder  # noqa: E402

clock = time.process_time
calls: dict[str, int] = {}
inclusive: dict[str, float] = {}
own: dict[str, float] = {}
stack: list[list] = []  # [name, start, time spent in callees]
active: dict[str, int] = {}


def counted(name: str, function):
    def run(*args, **kwargs):
        start = clock()
        stack.append([name, start, 0.0])
        active[name] = active.get(name, 0) + 1
        try:
            return function(*args, **kwargs)
        finally:
            end = clock()
            _, _, inner = stack.pop()
            spent = end - start
            active[name] -= 1
            calls[name] = calls.get(name, 0) + 1
            own[name] = own.get(name, 0.0) + spent - inner
            if not active[name]:  # the outermost call of a recursion
                inclusive[name] = inclusive.get(name, 0.0) + spent
            if stack:
                stack[-1][2] += spent
    run.__wrapped__ = function
    return run


def wrap_module(module) -> None:
    for name, value in list(vars(module).items()):
        if inspect.isfunction(value) and value.__module__ == module.__name__:
            setattr(module, name, counted(name, value))
        elif inspect.isclass(value) and value.__module__ == module.__name__:
            for attr, member in list(vars(value).items()):
                if inspect.isfunction(member) and not attr.startswith("__"):
                    setattr(value, attr, counted(f"{value.__name__}.{attr}", member))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cache", type=Path, default=ROOT / "data" / "cache")
    parser.add_argument("--folders", type=Path, nargs="+", default=[ROOT / "data" / "raw"])
    parser.add_argument("--module", nargs="+", default=["meeting_mentions"])
    parser.add_argument("--top", type=int, default=60)
    args = parser.parse_args()
    pipeline = runner.build_pipeline(ROOT / "rules", lazy=True)
    pipeline.cache = ParseCache(args.cache, pipeline.nlp).keep_in_memory(disk=True)
    articles = [a for folder in args.folders if folder.is_dir() for a in read_folder(folder) if not a.error]
    list(runner.results(pipeline, articles))  # fills the in-memory cache
    for name in args.module:
        wrap_module(importlib.import_module(f"pipeline.components.{name}"))
    start = clock()
    list(runner.results(pipeline, articles))
    total = clock() - start
    print(f"pass: {total:.2f} s CPU, {len(articles)} documents")
    print(f"{'function':48s} {'calls':>9s} {'incl s':>8s} {'incl %':>7s} {'own s':>8s} {'own %':>7s}")
    for name in sorted(inclusive, key=inclusive.get, reverse=True)[: args.top]:
        print(f"{name:48s} {calls[name]:9d} {inclusive[name]:8.3f} {100 * inclusive[name] / total:6.2f}% "
              f"{own[name]:8.3f} {100 * own[name] / total:6.2f}%")


if __name__ == "__main__":
    main()
