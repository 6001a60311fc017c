"""The main job: a folder in, every table written.

    plan the files (`engines.plan`) -> analyse them where the engine says (`engines.run`, which uses
    `runner` for the stages) -> write rows as they come (`export.TableWriter`)
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pipeline.components.lexicon import build_lexicon
from pipeline.rulebook import load_rules
from pipeline.run import engines
from pipeline.run.export import TableWriter
from pipeline.run.ingest import Article
from pipeline.run.runner import Pipeline


class OutputError(ValueError):
    """An output folder that cannot be used: the input itself, or inside it."""


def check_output(folder: Path, out: Path) -> None:
    """Refuse `out` equal to `folder` or inside it: the next run would read our own tables as articles
    (or, with them skipped, an `extract X --out X` would process nothing and still say all is well)."""
    source, target = Path(folder).resolve(), Path(out).resolve()
    if source.is_dir() and (target == source or source in target.parents):
        where = "is the input folder" if target == source else f"is inside the input folder {folder}"
        raise OutputError(f"--out {out} {where}: choose a folder outside it")


def extract(folder: Path, out: Path, pipeline: Pipeline | None = None,
            progress: Callable[[Article], None] | None = None, excel: bool = False, *, rules: Path | None = None,
            engine: str = "local", jobs: int = 1, scheduler: str | None = None,
            doc_timeout: float | None = engines.DOC_TIMEOUT,
            security: dict | None = None) -> tuple[TableWriter, list[Path]]:
    """The main job: every article of `folder` analysed, every table written to `out`.

    Rows are written as they come (`export.TableWriter`), so memory does not grow with the corpus.
    `engine`, `jobs` and `scheduler` choose where the model runs (`engines`); the files are the same
    whichever is chosen. `doc_timeout` bounds the seconds our stages spend on one document (the
    document is then an error row); `security` holds the TLS files of a `tls://` scheduler
    (`engines.dask_security`). Only the local engine with one job uses `pipeline` (built from `rules` when
    None); workers build their own from `rules`, and then this process never loads the model.
    An `out` equal to or inside `folder` raises `OutputError` before anything is read. All tables
    replace the previous ones at once at the end, or none does (`TableWriter._swap`).
    """
    check_output(folder, out)
    rules = Path(rules) if rules is not None else Path(pipeline.book.folder)
    lexicon = pipeline.lexicon if pipeline is not None else build_lexicon(load_rules(rules))
    tasks = engines.plan(folder, exclude=out)
    with TableWriter(out, lexicon.by_file("organisations"), excel=excel) as writer:
        for article, rows in engines.run(tasks, engine, jobs, pipeline, rules, scheduler, doc_timeout, security):
            writer.add_rows(rows)
            if progress:
                progress(article)
        return writer, writer.finish()
