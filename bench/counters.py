"""Exclusive CPU and wall counters for the split scripts (`cold_split.py`, `watch_split.py`): a function
wrapped by `timed` counts the time it spends itself, the time of the wrapped functions it calls left out,
so the parts of a run add up to the run. No profiler's distortion: cProfile slows pure-Python code several
times more than the model's C code."""

from __future__ import annotations

import resource
import time


def cpu() -> float:
    """CPU seconds (user and system) of this process so far."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class Counters:
    """name -> [CPU s, wall s] of every wrapped part; while `counting` is False the parts run uncounted
    (the first run of a watch)."""

    def __init__(self, counting: bool = True) -> None:
        self.totals: dict[str, list[float]] = {}
        self.counting = counting
        self._stack: list[list[float]] = []  # [cpu start, wall start, cpu inside, wall inside]

    def enter(self) -> None:
        self._stack.append([cpu(), time.perf_counter(), 0.0, 0.0])

    def leave(self, name: str) -> None:
        c0, w0, c_in, w_in = self._stack.pop()
        c, w = cpu() - c0, time.perf_counter() - w0
        if self.counting:
            part = self.totals.setdefault(name, [0.0, 0.0])
            part[0] += c - c_in
            part[1] += w - w_in
        if self._stack:
            self._stack[-1][2] += c
            self._stack[-1][3] += w

    def timed(self, name: str, function):
        def run(*args, **kwargs):
            self.enter()
            try:
                return function(*args, **kwargs)
            finally:
                self.leave(name)
        return run

    def timed_iter(self, name: str, function):
        """A generator function whose call and every step are counted (the model's `pipe` yields as it parses)."""
        def run(*args, **kwargs):
            self.enter()
            try:
                iterator = iter(function(*args, **kwargs))
            finally:
                self.leave(name)
            while True:
                self.enter()
                try:
                    item = next(iterator)
                except StopIteration:
                    return
                finally:
                    self.leave(name)
                yield item
        return run
