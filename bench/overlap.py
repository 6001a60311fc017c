"""Does running our stages in a second thread while the model parses the next batch help, in one process?

    .venv/bin/python bench/overlap.py [--rounds 2]

The texts of `data/raw` (and the seeds) are parsed by the model (no parse cache) and annotated by our
stages, twice per round: one after the other in one thread (as `runner.Pipeline` does), then with the
model in a second thread feeding a queue of parsed Docs that this thread annotates. thinc's matrix
products may release the GIL, so the two could overlap on two cores. Wall clock, CPU time and whether
the rows are the same are printed; the runner is not changed by this script.
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.run import runner  # noqa: E402
from pipeline.run.engines import read_folder  # noqa: E402
from pipeline.run.export import doc_rows  # noqa: E402
from pipeline.run.model import parse_many  # noqa: E402
from pipeline.run.normalise import USER_DATA_KEY  # noqa: E402

SOURCES = [ROOT / "data" / "raw", ROOT.parent / "shared" / "corpus" / "seeds"]
BATCH = 16


def sequential(pipeline, pairs) -> list:
    rows = []
    for doc, (article, normalised) in parse_many(pipeline.nlp, pairs, batch_size=BATCH):
        doc.user_data[USER_DATA_KEY] = normalised
        rows.append(doc_rows(pipeline.annotate(doc, article)))
    return rows


def threaded(pipeline, pairs) -> list:
    parsed: queue.Queue = queue.Queue(maxsize=2 * BATCH)
    done = object()

    def produce() -> None:
        try:
            for item in parse_many(pipeline.nlp, pairs, batch_size=BATCH):
                parsed.put(item)
        finally:
            parsed.put(done)

    thread = threading.Thread(target=produce, daemon=True)
    thread.start()
    rows = []
    while (item := parsed.get()) is not done:
        doc, (article, normalised) = item
        doc.user_data[USER_DATA_KEY] = normalised
        rows.append(doc_rows(pipeline.annotate(doc, article)))
    thread.join()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    pipeline = runner.build_pipeline(ROOT / "rules")
    articles = [a for folder in SOURCES if folder.is_dir() for a in read_folder(folder) if not a.error]
    pairs = [(n.text, (a, n)) for a, n in pipeline._normalised(articles)]
    sequential(pipeline, pairs[:8])  # warm up: the model's weights, the tokenizer's regexes
    reference = None
    for r in range(args.rounds):
        for name, run in (("sequential", sequential), ("threaded", threaded)):
            load = os.getloadavg()[0]
            wall, cpu = time.perf_counter(), time.process_time()
            rows = run(pipeline, pairs)
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            same = json.dumps(rows, sort_keys=True, default=str)
            reference = reference or same
            print(f"round {r + 1} {name:10s} wall {wall:6.2f} s  CPU {cpu:6.2f} s  load {load:4.1f}  "
                  f"same rows: {same == reference}", flush=True)


if __name__ == "__main__":
    main()
