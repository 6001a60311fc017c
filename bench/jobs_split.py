"""Where the wall clock of one `extract --jobs N` goes: a whole process, as `bench/run.py` runs it,
with `DEFNEWS_TIMES=1` (`pipeline/run/timeline.py`), the phases of the main process and of each
worker in seconds from the command's start, and each worker's idle time (before its first chunk,
between chunks, after its last one while the command still runs).

    .venv/bin/python bench/jobs_split.py CORPUS --jobs 2 [--out FOLDER]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="jobs-split-") as tmp:
        out = args.out or Path(tmp) / "out"
        start = time.time()
        done = subprocess.run([sys.executable, str(ROOT / "bench" / "run.py"), "--measure", "extract", str(args.corpus),
                               str(out), str(args.jobs)], capture_output=True, text=True, check=False,
                              env={**os.environ, "DEFNEWS_TIMES": "1"})
        end = time.time()
    if done.returncode:
        print(done.stderr[-3000:], file=sys.stderr)
        return done.returncode
    marks = [line.split(None, 5)[1:] for line in done.stderr.splitlines() if line.startswith("@times ")]
    workers: dict[str, list[tuple[float, str]]] = defaultdict(list)
    print(f"command: {end - start:.1f} s (load {os.getloadavg()[0]:.2f})")
    for stamp, pid, role, cpu, phase in marks:
        at = float(stamp) - start
        if role == "main":
            print(f"{at:7.2f} s  main    {phase} (CPU {float(cpu):.1f} s)")
        else:
            workers[pid].append((at, phase))
    for pid, seen in workers.items():
        starts = [at for at, phase in seen if phase.endswith(" start")]
        ends = [at for at, phase in seen if phase.endswith(" end")]
        busy = sum(e - s for s, e in zip(starts, ends, strict=False))
        forked = next((at for at, phase in seen if phase == "forked"), starts[0] if starts else 0.0)
        last = ends[-1] if ends else forked
        print(f"worker {pid}: forked {forked:.2f}, first chunk {starts[0] if starts else 0:.2f}, last chunk ends "
              f"{last:.2f} ({len(starts)} chunks, last {seen[-1][1]}), busy {busy:.1f} s, idle in between "
              f"{last - forked - busy:.1f} s, idle after {end - start - last:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
