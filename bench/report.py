"""Measure report.html at scale: its size, the time to build it and the time Chromium needs to open it.

    .venv/bin/python bench/report.py              # N = 1,000 (the extraction takes a few minutes once)
    .venv/bin/python bench/report.py --n 200 --no-docs

The corpus is bench/run.py's synthetic one (the sample articles with names, dates and paragraphs
varied), extracted once with the CLI into a work folder kept between runs. Then, best of 3 each:
- build: `pipeline.report.build_report` in this process (reading the CSV files and texts included);
- open: headless Chromium (`--dump-dom`) on report.html, wall clock of the whole browser process,
  next to the same browser on an empty page (the browser's own start-up), and the page's own
  measure: `performance.now()` when its script has finished (parsing, layout, the script run);
- a document: the same with `#d<N/2>`, which renders one document from the embedded data.
The figures replace the section `## Report at scale` of docs/report.md.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DOCS = ROOT / "docs" / "report.md"
HEADING = "## Report at scale"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"]


def bench_run():
    spec = importlib.util.spec_from_file_location("bench_run", ROOT / "bench" / "run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def open_page(browser: str, url: str, profile: Path) -> tuple[float, int | None, float]:
    """Wall seconds of `chromium --dump-dom url`, the page's own ready time in ms (None: no script), and
    the CPU seconds of all the browser's processes (the wall clock alone says little on a loaded machine)."""
    start, cpu = time.perf_counter(), children_cpu()
    run = subprocess.run([browser, *FLAGS, f"--user-data-dir={profile}", "--dump-dom", url],
                         capture_output=True, text=True, timeout=600)
    wall = time.perf_counter() - start
    ready = re.search(r'data-ready="(\d+)"', run.stdout)
    return wall, int(ready.group(1)) if ready else None, children_cpu() - cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "defnews-bench-report")
    parser.add_argument("--no-docs", action="store_true", help="print the figures only")
    args = parser.parse_args()
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        raise SystemExit("chromium is not installed (apt-get install chromium)")
    corpus, out = args.work / f"corpus-{args.n}", args.work / f"out-{args.n}"
    bench_run().build_corpus(corpus, args.n)
    if not (out / "documents.csv").is_file():
        subprocess.run([sys.executable, str(ROOT / "cli.py"), "extract", str(corpus), "--out", str(out),
                        "--cache", str(args.work / "cache")], check=True, cwd=ROOT)
    from pipeline.report import build_report

    builds, build_cpu = [], []
    for _ in range(3):
        start, cpu = time.perf_counter(), time.process_time()
        written = build_report(out)
        builds.append(time.perf_counter() - start)
        build_cpu.append(time.process_time() - cpu)
    page = written["report"]
    size = page.stat().st_size
    graphml = written["network"].stat().st_size
    blank = args.work / "blank.html"
    blank.write_text("<!DOCTYPE html><title>blank</title>", encoding="utf-8")
    profile = args.work / "profile"
    empty = min(open_page(browser, blank.as_uri(), profile)[0] for _ in range(3))
    top = [open_page(browser, page.as_uri(), profile) for _ in range(3)]
    one = [open_page(browser, page.as_uri() + f"#d{args.n // 2}", profile) for _ in range(3)]
    counts = {name: sum(1 for _ in (out / f"{name}.csv").open(encoding="utf-8")) - 1
              for name in ("documents", "entities", "people", "meetings", "relations")}
    wall, ready, cpu = min(top)
    wall_doc, ready_doc, cpu_doc = min(one)
    empty_cpu = min(open_page(browser, blank.as_uri(), profile)[2] for _ in range(3))
    load = " / ".join(f"{n:.1f}" for n in os.getloadavg())
    text = f"""{HEADING}

Measured by `bench/report.py` on {date.today().isoformat()} ({bench_run()._machine()}, Chromium
{subprocess.run([browser, "--version"], capture_output=True, text=True).stdout.split()[1]}, headless, load
average {load} at the end: wall times stretch with the load, CPU times much less), over
the synthetic corpus of `bench/run.py` at N = {args.n:,} documents: {counts['entities']:,} entities,
{counts['people']:,} people, {counts['meetings']:,} meetings, {counts['relations']:,} relations. Best of 3.

| what | measured (wall) | CPU |
| --- | ---: | ---: |
| `report.html` size | {size / 1e6:.2f} MB ({size / args.n / 1e3:.1f} kB per document) | |
| `network.graphml` size | {graphml / 1e6:.2f} MB | |
| building both (`defnews report`, tables and texts read) | {min(builds):.1f} s | {min(build_cpu):.1f} s |
| Chromium opening the report, whole process (`--dump-dom`) | {wall:.1f} s | {cpu:.1f} s |
| the same browser on an empty page (its own start-up) | {empty:.1f} s | {empty_cpu:.1f} s |
| the page ready, by its own clock (parsed, laid out, script run) | {ready} ms | |
| on one document (`#d{args.n // 2}`): process / page ready | {wall_doc:.1f} s / {ready_doc} ms | {cpu_doc:.1f} s |

The page opens on the network, the timeline and the tables; each document's text is stored
pre-rendered in the page (its JSON parsed on the first document asked for) and shown alone when asked
for (`#dN`, or a click in the documents table), so the browser lays out one text at a time whatever N is.
"""
    print(text)
    if not args.no_docs:
        bench_run().update_docs(DOCS, HEADING, text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
