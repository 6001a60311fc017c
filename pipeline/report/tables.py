"""Read an output folder back: the CSV tables (`,` or the `;` of `--excel`) and each document's text."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipeline.run.ingest import read_article

TABLES = ["documents", "entities", "officials", "meetings", "relations", "quotes", "people", "organisations"]


@dataclass
class Output:
    """The tables of one output folder, every cell a string ('' for empty), and the texts by doc_id."""

    folder: Path
    tables: dict[str, pd.DataFrame]
    texts: dict[str, str] = field(default_factory=dict)
    missing_texts: dict[str, str] = field(default_factory=dict)  # doc_id -> why the text is not shown

    def __getitem__(self, name: str) -> pd.DataFrame:
        return self.tables[name]


def read_table(path: Path) -> pd.DataFrame:
    """One CSV table as strings; the delimiter is read from the header line (`--excel` writes `;`)."""
    with path.open(encoding="utf-8-sig") as handle:
        header = handle.readline()
    sep = ";" if header.count(";") > header.count(",") else ","
    return pd.read_csv(path, sep=sep, dtype=str, keep_default_na=False, encoding="utf-8-sig")


def read_output(folder: Path) -> Output:
    """Every table of `folder` (an absent one is empty) and the text of every document read `ok`.

    Offsets count characters of the text as the run read it, so the texts are decoded again with
    the run's own reader. `source_path` is as the run saw it: absolute, or relative to the folder
    the run was started from: the current folder, the output folder or one of its parents.
    """
    folder = Path(folder)
    if not (folder / "documents.csv").is_file():
        raise FileNotFoundError(f"{folder}: no documents.csv (not an output folder of `extract`)")
    tables = {}
    for name in TABLES:
        path = folder / f"{name}.csv"
        tables[name] = read_table(path) if path.is_file() else pd.DataFrame()
    output = Output(folder, tables)
    for row in tables["documents"].itertuples():
        if row.status != "ok":
            continue
        path = _find(Path(row.source_path), folder)
        if path is None:
            output.missing_texts[row.doc_id] = f"texte introuvable : {row.source_path}"
            continue
        article = read_article(path, doc_id=row.doc_id)
        if article.error:
            output.missing_texts[row.doc_id] = f"texte illisible : {article.error}"
        elif str(len(article.text)) != row.n_chars:
            output.missing_texts[row.doc_id] = f"le fichier {row.source_path} a changé depuis l'extraction"
        else:
            output.texts[row.doc_id] = article.text
    return output


def _find(path: Path, folder: Path) -> Path | None:
    if path.is_absolute():
        return path if path.is_file() else None
    for base in (Path.cwd(), folder.resolve(), *folder.resolve().parents):
        if (base / path).is_file():
            return base / path
    return None


def split(cell: str) -> list[str]:
    """A list cell (`a | b`) as a list; '' gives []."""
    return [part.strip() for part in cell.split(" | ") if part.strip()] if cell else []
