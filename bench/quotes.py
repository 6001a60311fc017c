"""150 kB of unbalanced `«` against the same text balanced: does any stage go quadratic?

    .venv/bin/python bench/quotes.py            # 150 kB (a few minutes: the model parses both texts)
    .venv/bin/python bench/quotes.py --kb 30    # a quick look

Not a test (the suite asserts no timing): the issue's target is that the unbalanced text costs at
most twice the balanced one. The balanced text is the sample articles, repeated; the unbalanced one
is the same with every closing `»` and `”` turned into an opening `«` (same length, same words, so
the model's share is the same). Both are parsed once by the model, then our stages are timed on
each, and the quotation scans alone (`quoted_ranges`, the quotes stage's `quotations`) with them,
against the `finditer` they replace.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's pipeline, not an installed one


def texts(size: int) -> tuple[str, str]:
    """The sample articles repeated, every few words quoted (`« le partenariat stratégique »`);
    unbalanced: every closing mark turned into an opening one (one `«` every 30 characters or so)."""
    corpus = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "raw").glob("*.txt")))
    words = corpus.replace("»", "").replace("«", "").split(" ")
    quoted = " ".join(f"« {w} »" if i % 4 == 0 else w for i, w in enumerate(words))
    balanced = ((quoted + "\n\n") * (size // len(quoted) + 1))[:size]
    return balanced, balanced.replace("»", "«").replace("”", "“")


def timed(function, *args) -> tuple[float, object]:
    start = time.perf_counter()
    result = function(*args)
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=float, default=150, help="size of each text in kilobytes (default 150)")
    parser.add_argument("--old", action="store_true", help="also time the old finditer scans (quadratic: slow)")
    args = parser.parse_args()
    from pipeline.components import quotations, quotes
    from pipeline.rulebook import default_rules
    from pipeline.run.ingest import Article
    from pipeline.run.model import parse_many
    from pipeline.run.runner import build_pipeline

    balanced, unbalanced = texts(int(args.kb * 1000))
    print(f"{len(balanced):,} characters each; {unbalanced.count('«'):,} `«` and no `»` in the unbalanced one")
    for name, text in (("balanced", balanced), ("unbalanced", unbalanced)):
        scan, ranges = timed(quotations.quoted_ranges, text)
        found, _ = timed(lambda t: list(quotations.quotations(quotes.QUOTE_RE, t, {"«": "»", "“": "”"})), text)
        line = (f"{name:>10}: quoted_ranges {scan * 1000:.1f} ms ({len(ranges)} ranges), "
                f"quotes scan {found * 1000:.1f} ms")
        if args.old:
            old, _ = timed(lambda t: [m.span() for m in quotations.QUOTE_RE.finditer(t)], text)
            line += f", old finditer {old:.2f} s"
        print(line)
    pipeline = build_pipeline(default_rules())
    costs = {}
    for name, text in (("balanced", balanced), ("unbalanced", unbalanced)):
        article = Article(doc_id=name, source_path=name, text=text)
        model, [(doc, _)] = timed(lambda pair: list(parse_many(pipeline.nlp, [pair])), (text, article))
        stages, doc = timed(pipeline.annotate, doc, article)
        costs[name] = (model, stages)
        print(f"{name:>10}: model {model:.1f} s, our stages {stages:.2f} s, {len(doc._.quotes)} quotes, "
              f"{len(doc._.meetings)} meetings")
    (model_b, stages_b), (model_u, stages_u) = costs["balanced"], costs["unbalanced"]
    print(f"unbalanced / balanced: our stages {stages_u / stages_b:.2f}x, "
          f"model and stages {(model_u + stages_u) / (model_b + stages_b):.2f}x (target: at most 2x)")


if __name__ == "__main__":
    main()
