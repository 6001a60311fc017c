"""Bare `nlp.pipe` CPU time at several batch sizes, each in a fresh process (the model as `extract`
loads it: `model.load_model`, our line-break sentence starts and the array lemmatizer).

    .venv/bin/python bench/batch_sizes.py CORPUS 4 16 32 64
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def measure(corpus: str, batch: int) -> dict:
    sys.path.insert(0, str(ROOT))
    from pipeline.run.model import load_model

    nlp = load_model()
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(corpus).glob("*.txt"))]
    start = cpu()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=batch))
    return {"batch": batch, "cpu": cpu() - start, "tokens": tokens,
            "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> None:
    if sys.argv[1] == "--measure":
        print(json.dumps(measure(sys.argv[2], int(sys.argv[3]))))
        return
    corpus, sizes = sys.argv[1], [int(s) for s in sys.argv[2:]]
    for size in sizes:
        done = subprocess.run([sys.executable, __file__, "--measure", corpus, str(size)], capture_output=True,
                              text=True, check=True)
        print(done.stdout.strip(), flush=True)


if __name__ == "__main__":
    main()
