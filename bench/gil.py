"""Does the model let another thread run while it parses? (the premise of `pipeline/run/prefetch.py`)

    .venv/bin/python bench/gil.py

Parses 60 sample articles with the model alone, then again while a second thread spins a pure Python
loop (which needs the GIL all the time). If the model released the GIL for its matrix products, the
two threads would use two cores: CPU time above wall time. CPU time equal to wall time means the two
only took turns on one core.
"""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.run.model import load_model  # noqa: E402


def main() -> None:
    nlp = load_model()
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "raw").glob("*.txt"))][:60]
    list(nlp.pipe(texts[:5]))  # warm up

    def parse() -> None:
        for _ in nlp.pipe(texts, batch_size=16):
            pass

    wall, cpu = time.perf_counter(), time.process_time()
    parse()
    print(f"model alone:         wall {time.perf_counter() - wall:6.2f} s  CPU {time.process_time() - cpu:6.2f} s")
    stop = threading.Event()
    spins = [0]

    def spin() -> None:
        n = 0
        while not stop.is_set():
            n += 1
        spins[0] = n

    thread = threading.Thread(target=spin)
    wall, cpu = time.perf_counter(), time.process_time()
    thread.start()
    parse()
    stop.set()
    thread.join()
    print(f"model + spinner:     wall {time.perf_counter() - wall:6.2f} s  CPU {time.process_time() - cpu:6.2f} s  "
          f"(CPU / wall {(time.process_time() - cpu) / (time.perf_counter() - wall):.2f}; 2.00 = two cores)")


if __name__ == "__main__":
    main()
