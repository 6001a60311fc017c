"""The main job: a folder in, every table written.

    plan the files (`engines.plan`) -> analyse them where the engine says (`engines.run`, which uses
    `runner` for the stages) -> write rows as they come (`export.TableWriter`)
    -> with `workbook`, the tables again as `tables.xlsx` (`workbook.write_workbook`)

The text extracted from each web page is written to `texts/<doc_id>.txt` beside the tables: the
offsets of its rows count that text.
"""

from __future__ import annotations

import hashlib
import pickle
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pipeline import rulebook
from pipeline.components.stage import RULE_SUFFIXES, remember_rules, shared_rules
from pipeline.rulebook import RuleError, check_rules
from pipeline.run import engines, timeline
from pipeline.run.export import WORKBOOK_NAME, TableWriter
from pipeline.run.ingest import Article
from pipeline.run.model import save_phrases
from pipeline.run.results import MANY, ResultsCache, reuse_results
from pipeline.run.runner import Pipeline, add_stages

TEXTS = "texts"  # the folder of the texts extracted from web pages, inside the output folder


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
            workbook: bool = False, doc_timeout: float | None = engines.DOC_TIMEOUT,
            security: dict | None = None, reuse: ResultsCache | None = None,
            cache: Path | None = None) -> tuple[TableWriter, list[Path]]:
    """The main job: every article of `folder` analysed, every table written to `out`.

    Rows are written as they come (`export.TableWriter`), so memory does not grow with the corpus.
    `engine`, `jobs` and `scheduler` choose where the model runs (`engines`); the files are the same
    whichever is chosen. `doc_timeout` bounds the seconds our stages spend on one document (the
    document is then an error row); `security` holds the TLS files of a `tls://` scheduler
    (`engines.dask_security`). The local engine uses `pipeline` (built from `rules` when None with one
    job): with several jobs the workers are forked from this process and share its pipeline (built
    here from `rules` when None); where the system cannot fork, workers are spawned and build their
    own from `rules`, and then this process never loads the model.
    An `out` equal to or inside `folder` raises `OutputError` before anything is read. All tables
    replace the previous ones at once at the end, or none does (`TableWriter._swap`). With `reuse`
    (`results.ResultsCache`), only the documents the rules may have changed since their stored rows
    go through the engine. `cache`: the parse cache folder of the pipeline built for `--jobs N`
    (`engines.run`): its workers read and write the model's Docs there, as one job does.
    """
    timeline.mark("extract")
    check_output(folder, out)
    rules = Path(rules) if rules is not None else Path(pipeline.book.folder)
    # the rule book read once: with several jobs this process builds the pipeline from it (`engines.run`)
    book, lexicon = (pipeline.book, pipeline.lexicon) if pipeline is not None else shared_rules(rules)
    tasks = engines.plan(folder, exclude=out)
    timeline.mark("planned")

    def analysed(tasks: list[engines.Task]) -> Iterator[engines.Result]:
        few = pipeline is not None and reuse is not None and len(tasks) < MANY  # forking costs more than it saves
        return engines.run(tasks, engine, 1 if few else jobs, pipeline, rules, scheduler, doc_timeout, security,
                           cache)

    stream = analysed(tasks) if reuse is None else reuse_results(
        reuse, tasks, rules, book.files, analysed, pipeline.published if pipeline is not None else None)
    memo = reuse.written if reuse is not None else None  # `extract --watch`: what the previous run wrote
    with TableWriter(out, lexicon.by_file("organisations"), excel=excel, memo=memo) as writer:
        texts = writer.out / ".partial-texts"  # moved into place at the end, like the tables
        try:
            shutil.rmtree(texts, ignore_errors=True)  # left by a run killed outright
            texts.mkdir()
            first = True
            for article, rows in stream:
                if first:
                    timeline.mark("first result")
                    first = False
                writer.add_rows(rows)
                if article.html and article.text:
                    _write_text(texts, article)
                if progress:
                    progress(article)
            timeline.mark("last result")
            written = writer.finish()
            timeline.mark("tables written")
            shutil.rmtree(writer.out / TEXTS, ignore_errors=True)  # texts of an earlier run's pages
            if any(texts.iterdir()):
                written.append(texts.replace(writer.out / TEXTS))
        finally:
            shutil.rmtree(texts, ignore_errors=True)
        if workbook:  # openpyxl imported only then (0.15 s of every run's start-up before)
            from pipeline.run.workbook import write_workbook

            written.append(write_workbook(writer.out, ";" if excel else ","))
        else:  # an earlier run's workbook would not match the tables beside it
            (writer.out / WORKBOOK_NAME).unlink(missing_ok=True)
        return writer, written


def _write_text(folder: Path, article: Article) -> None:
    """The text the rows' offsets count, exactly: `open(path, encoding="utf-8").read()` gives it back."""
    path = folder / f"{article.doc_id}.txt"  # a doc_id made unique by its path keeps its sub-folders
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(article.text)


# -- extract --watch: the same texts, the rules edited -------------------------------------------------


def rule_stamps(rules: Path) -> dict[str, tuple[int, int]]:
    """Modification time and size of every rule file: what `wait_for_change` polls."""
    stamps = {}
    for path in sorted(Path(rules).iterdir()):
        if path.suffix in RULE_SUFFIXES:
            try:
                status = path.stat()
            except OSError:  # removed while listed (an editor replacing the file)
                continue
            stamps[path.name] = (status.st_mtime_ns, status.st_size)
    return stamps


POLL = 0.1  # seconds between two looks at the rule files while waiting for a save
SETTLE = 0.15  # seconds a changed file must then hold still: an editor may write it in several steps


def wait_for_change(rules: Path, stamps: dict[str, tuple[int, int]], poll: float = POLL,
                    settle: float = SETTLE) -> dict[str, tuple[int, int]]:
    """Block until a rule file is saved, added or removed, and its stamps hold still for `settle`
    seconds (an editor may write a file in several steps: one re-run per save); return the new stamps.
    A look is a `stat` of some twenty files: a short poll costs next to nothing while idle."""
    while True:
        time.sleep(poll)
        now = rule_stamps(rules)
        if now == stamps:
            continue
        time.sleep(settle)
        if rule_stamps(rules) == now:  # else still being written: look again
            return now


def rebuild(pipeline: Pipeline, rules: Path) -> tuple[Pipeline | None, list[RuleError]]:
    """The pipeline with its rule stages built again from the edited rules, the same model, parse
    cache and in-memory Docs; or None and every problem of the rule files (the pipeline stays)."""
    with _unchanged_files_parsed_once():
        book, errors = check_rules(rules)
    if errors:
        return None, errors
    remember_rules(rules, book)  # read once: the stages use the book just checked
    fresh = add_stages(pipeline.nlp, rules, *shared_rules(rules))
    save_phrases(pipeline.nlp)
    fresh.cache, fresh.published = pipeline.cache, pipeline.published
    return fresh, []



def parse_rules_ahead(rules: Path) -> None:
    """Parse every rule file now, while waiting for the first save, so that a `rebuild` parses only
    the files saved since."""
    with _unchanged_files_parsed_once():
        check_rules(rules)


_parsed: dict[str, tuple[bytes, bytes]] = {}  # rule file -> digest of its bytes, its parsed data (pickled)


@contextmanager
def _unchanged_files_parsed_once() -> Iterator[None]:
    """While inside, a rule file whose bytes did not change since the last `rebuild` is not parsed
    again (YAML parsing is most of a rule check): its data is the one parsed then, copied. The files
    are still checked, as a whole, every time."""
    real = rulebook.read_yaml

    def read(path: Path) -> Any:
        try:
            digest = hashlib.sha256(Path(path).read_bytes()).digest()
        except OSError:
            return real(path)
        known = _parsed.get(str(path))
        if known is not None and known[0] == digest:
            return pickle.loads(known[1])
        data = real(path)
        _parsed[str(path)] = (digest, pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))
        return data

    rulebook.read_yaml = read
    try:
        yield
    finally:
        rulebook.read_yaml = real
