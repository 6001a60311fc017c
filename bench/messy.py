"""The sample articles as users copy them: does messy text score as the clean one, offsets included?

    .venv/bin/python bench/messy.py                       # every variant (a few minutes: new texts are parsed)
    .venv/bin/python bench/messy.py --variants nfd crlf   # some of them
    .venv/bin/python bench/messy.py --markdown            # the table as docs/robustness.md shows it

Each variant rewrites the 78 texts of data/raw into /tmp/messy/<variant>/raw, extracts them
(`cli.py extract`, with the shared parse cache) into /tmp/messy/<variant>/out and scores them
against data/gold with /work/shared/eval/score.py. Beside the score, every offset of entities.csv
and quotes.csv is checked against the messy file as written (`open(...).read()`, which reads CRLF
as LF, as `ingest` does): the characters it points at, normalised (NFC, blanks as one space, no
line break), must be the row's text.

Variants: double spaces (every space after a punctuation mark and one in three others), NFD
accents, hard wraps at 70 columns inside paragraphs, no-break spaces (U+00A0 before `: ; ? !`,
after `«`, before `»` and between the thousands of a number), narrow no-break spaces (U+202F,
the same places), Windows line ends, and all of them at once.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import subprocess
import sys
import textwrap
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCORE = Path("/work/shared/eval/score.py")
CACHE = Path("/work/main/data/cache")
WIDTH = 70


def double_spaces(text: str) -> str:
    out, k = [], 0
    for piece in re.split(r"( )", text):
        if piece == " ":
            k += 1
            previous = out[-1][-1:] if out and out[-1] else ""
            piece = "  " if previous in ".,;:!?»" or k % 3 == 0 else " "
        out.append(piece)
    return "".join(out)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def wrapped(text: str) -> str:
    """Every line longer than WIDTH broken at word boundaries (a paragraph is one line in data/raw)."""
    lines = []
    for line in text.split("\n"):
        if len(line) > WIDTH:
            lines.extend(textwrap.wrap(line, WIDTH, break_long_words=False, break_on_hyphens=False))
        else:
            lines.append(line)
    return "\n".join(lines)


def spaced(blank: str):
    def rewrite(text: str) -> str:
        text = re.sub(r" ([:;?!])", blank + r"\1", text)
        text = re.sub(r"« ", "«" + blank, text)
        text = re.sub(r" »", blank + "»", text)
        return re.sub(r"(?<=\d) (?=\d{3}\b)", blank, text)
    return rewrite


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def everything(text: str) -> str:
    return crlf(spaced("\u00a0")(nfd(double_spaces(wrapped(text)))))


VARIANTS = {"clean": lambda t: t, "double_spaces": double_spaces, "nfd": nfd, "wrapped70": wrapped,
            "nbsp": spaced("\u00a0"), "narrow_nbsp": spaced("\u202f"), "crlf": crlf, "all": everything}


def squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def offset_errors(raw: Path, out: Path) -> tuple[int, int, list[str]]:
    """Rows of entities.csv and quotes.csv checked, those whose offsets do not give their text."""
    texts: dict[str, str] = {}
    checked, bad, examples = 0, 0, []
    for table, column in (("entities", "text"), ("quotes", "quote")):
        with (out / f"{table}.csv").open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                doc = row["doc_id"]
                if doc not in texts:
                    texts[doc] = (raw / f"{doc}.txt").open(encoding="utf-8").read()
                got = texts[doc][int(row["start_char"]) : int(row["end_char"])]
                checked += 1
                if squeeze(got).casefold() != squeeze(row[column]).casefold():  # capital lines are recased
                    bad += 1
                    if len(examples) < 5:
                        examples.append(f"{doc} {table} {row[column]!r} -> {got!r}")
    return checked, bad, examples


def run(name: str, base: Path) -> dict:
    raw, out = base / name / "raw", base / name / "out"
    raw.mkdir(parents=True, exist_ok=True)
    for path in sorted((ROOT / "data" / "raw").glob("*.txt")):
        text = VARIANTS[name](path.read_text(encoding="utf-8"))
        (raw / path.name).write_text(text, encoding="utf-8", newline="")
    subprocess.run([sys.executable, str(ROOT / "cli.py"), "extract", str(raw), "--out", str(out), "--cache",
                    str(CACHE)], check=True, cwd=ROOT, capture_output=True)
    scored = subprocess.run([sys.executable, str(SCORE), "--out", str(out), "--gold", str(ROOT / "data" / "gold"),
                             "--json"], check=True, capture_output=True, text=True)
    scores = json.loads(scored.stdout)
    checked, bad, examples = offset_errors(raw, out)
    return {"variant": name, "scores": scores, "checked": checked, "bad_offsets": bad, "examples": examples}


MEASURES = ["overall", "officials_f1", "org_entities_f1", "dates_f1", "meetings_f1", "relations_f1",
            "quote_speaker_acc"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--variants", nargs="*", default=list(VARIANTS), choices=list(VARIANTS))
    parser.add_argument("--tmp", type=Path, default=Path("/tmp/messy"))
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    results = [run(name, args.tmp) for name in args.variants]
    header = ["variant", *MEASURES, "offsets wrong"]
    rows = [[r["variant"], *(f"{_measure(r['scores'], m):.3f}" for m in MEASURES),
             f"{r['bad_offsets']}/{r['checked']}"] for r in results]
    if args.markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "---|" * len(header))
        for row in rows:
            print("| " + " | ".join(row) + " |")
    else:
        print(("{:<14}" + " {:>10}" * (len(header) - 1)).format(*(h[:10] for h in header)))
        for row in rows:
            print(("{:<14}" + " {:>10}" * (len(header) - 1)).format(*row))
    for r in results:
        for example in r["examples"]:
            print(f"  {r['variant']}: {example}")


def _measure(scores: dict, name: str) -> float:
    value = scores.get(name, scores.get("measures", {}).get(name))
    return float(value) if value is not None else float("nan")


if __name__ == "__main__":
    main()
