"""One very long file through the CLI: is it processed, how long does it take, how much memory?

    .venv/bin/python bench/big_file.py              # 20 MB (about half an hour on 2 cores)
    .venv/bin/python bench/big_file.py --mb 2       # a quick look

Not a test: the suite checks the cutting on small texts with a lowered limit
(`tests/test_long_documents.py`) and reads a real 20 MB file without the model
(`tests/test_ingest.py`); the model on 20 MB is too slow for CI. The file is written in cp1252
from the sample articles' real French sentences, repeated. The script checks that the run ends with
status 0, that `documents.csv` has the file's length, and that every entity's offsets point at its
text in the file; it prints wall time, CPU time and the peak memory of the run.
"""

from __future__ import annotations

import argparse
import csv
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def french_text(size: int) -> str:
    """At least `size` bytes of the sample articles, repeated, in characters cp1252 can hold."""
    corpus = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "raw").glob("*.txt")))
    corpus = corpus.encode("cp1252", errors="replace").decode("cp1252")
    return (corpus + "\n\n") * (size // len(corpus) + 1)


def check(out: Path, text: str) -> int:
    """The entity count, after checking the document row and every entity's offsets."""
    with open(out / "documents.csv", encoding="utf-8", newline="") as handle:
        [document] = list(csv.DictReader(handle))
    assert document["status"] == "ok", document
    assert int(document["n_chars"]) == len(text), (document["n_chars"], len(text))
    count = recased = 0
    with open(out / "entities.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            value = row["text"][1:] if row["text"].startswith("'") else row["text"]  # neutralised formulas
            found = text[int(row["start_char"]):int(row["end_char"])]
            # a line in capitals, or blank space the normalisation made one: its text as the model read it
            assert " ".join(found.casefold().split()) == " ".join(value.casefold().split()), row
            count += 1
            recased += found != value
    if recased:
        print(f"{recased:,} entities in a line in capitals or with runs of blanks show their text as the model read it")
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=20, help="size of the file in megabytes (default 20)")
    parser.add_argument("--doc-timeout", default="0", help="passed to extract (default 0, no limit: on a busy "
                        "machine the stages of 20 MB can take over extract's default 120 s of wall time)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder, out = Path(temporary) / "in", Path(temporary) / "out"
        folder.mkdir()
        text = french_text(int(args.mb * 1_000_000))
        path = folder / "très long fichier.txt"
        path.write_bytes(text.encode("cp1252"))
        start = time.monotonic()
        result = subprocess.run([sys.executable, str(ROOT / "cli.py"), "extract", str(folder), "--out", str(out),
                                 "--no-cache", "--doc-timeout", args.doc_timeout], cwd=ROOT, capture_output=True,
                                text=True)
        wall = time.monotonic() - start
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu, peak = usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1e6
        print(f"{path.stat().st_size:,} bytes, {len(text):,} characters: exit {result.returncode}, "
              f"{wall:.0f} s wall, {cpu:.0f} s CPU, peak RSS {peak:.2f} GB")
        if result.returncode != 0:
            sys.exit(result.stderr)
        print(f"{check(out, text):,} entities, every one at its offsets in the file")


if __name__ == "__main__":
    main()
