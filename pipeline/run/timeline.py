"""Timestamps of a run's phases on stderr, when `DEFNEWS_TIMES` is set (1): where the wall clock of a
`--jobs N` run goes, in the main process and in each worker (`bench/jobs_split.py` reads them).

Each line: `@times <epoch seconds> <pid> <role> <CPU seconds of the process> <phase>`; nothing is
written (and nothing costs) when the variable is unset.
"""

from __future__ import annotations

import os
import sys
import time

ON = bool(os.environ.get("DEFNEWS_TIMES"))


def mark(phase: str, role: str = "main") -> None:
    if ON:
        sys.stderr.write(f"@times {time.time():.3f} {os.getpid()} {role} {time.process_time():.2f} {phase}\n")
        sys.stderr.flush()
