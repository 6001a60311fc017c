"""The main job: a folder in, every table written.

    plan the files (`engines.plan`) -> analyse them where the engine says (`engines.run`, which uses
    `runner` for the stages) -> write rows as they come (`export.TableWriter`)
    -> with `workbook`, the tables again as `tables.xlsx` (`workbook.write_workbook`)

The text extracted from each web page is written to `texts/<doc_id>.txt` beside the tables: the
offsets of its rows count that text.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from pipeline.components.lexicon import build_lexicon
from pipeline.rulebook import load_rules
from pipeline.run import engines
from pipeline.run.export import TableWriter
from pipeline.run.ingest import Article
from pipeline.run.runner import Pipeline

TEXTS = "texts"  # the folder of the texts extracted from web pages, inside the output folder


def extract(folder: Path, out: Path, pipeline: Pipeline | None = None,
            progress: Callable[[Article], None] | None = None, excel: bool = False, *, rules: Path | None = None,
            engine: str = "local", jobs: int = 1, scheduler: str | None = None,
            workbook: bool = False) -> tuple[TableWriter, list[Path]]:
    """The main job: every article of `folder` analysed, every table written to `out`.

    Rows are written as they come (`export.TableWriter`), so memory does not grow with the corpus.
    `engine`, `jobs` and `scheduler` choose where the model runs (`engines`); the files are the same
    whichever is chosen. Only the local engine with one job uses `pipeline` (built from `rules` when
    None); workers build their own from `rules`, and then this process never loads the model.
    """
    rules = Path(rules) if rules is not None else Path(pipeline.book.folder)
    lexicon = pipeline.lexicon if pipeline is not None else build_lexicon(load_rules(rules))
    tasks = engines.plan(folder, exclude=out)
    with TableWriter(out, lexicon.by_file("organisations"), excel=excel) as writer:
        texts = writer.out / ".partial-texts"  # moved into place at the end, like the tables
        try:
            shutil.rmtree(texts, ignore_errors=True)  # left by a run killed outright
            texts.mkdir()
            for article, rows in engines.run(tasks, engine, jobs, pipeline, rules, scheduler):
                writer.add_rows(rows)
                if article.html and article.text:
                    _write_text(texts, article)
                if progress:
                    progress(article)
            written = writer.finish()
            shutil.rmtree(writer.out / TEXTS, ignore_errors=True)  # texts of an earlier run's pages
            if any(texts.iterdir()):
                written.append(texts.replace(writer.out / TEXTS))
        finally:
            shutil.rmtree(texts, ignore_errors=True)
        from pipeline.run.workbook import FILE_NAME, write_workbook

        if workbook:
            written.append(write_workbook(writer.out, ";" if excel else ","))
        else:  # an earlier run's workbook would not match the tables beside it
            (writer.out / FILE_NAME).unlink(missing_ok=True)
        return writer, written


def _write_text(folder: Path, article: Article) -> None:
    """The text the rows' offsets count, exactly: `open(path, encoding="utf-8").read()` gives it back."""
    path = folder / f"{article.doc_id}.txt"  # a doc_id made unique by its path keeps its sub-folders
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(article.text)
