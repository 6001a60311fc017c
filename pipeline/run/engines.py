"""Where documents are analysed: in this process, in N worker processes, or on a Dask cluster.

The language model is the cost of a run (about a tenth of a second per article on one core) and
articles are independent, so they can be spread over processes or machines. Whatever the engine,
the rows come back in doc_id order, however the files were listed and however the work was split,
so the CSV files are byte-identical everywhere (`tests/test_engines.py` checks it).

Work travels in chunks of articles: one message per chunk keeps transport negligible next to the
model, and a worker builds its pipeline (model included) once, then reuses it for every chunk.

- local: this process, in chunks, so nothing but the current chunk is held in memory.
- processes (`--jobs N`): N worker processes on this machine; they get file paths and read the
  files themselves. Where the system can fork (not Windows), this process builds the pipeline once
  (model and compiled rules) and forks the workers from it: they share its memory copy-on-write and
  start in milliseconds, instead of each importing spaCy, loading the model and compiling the rules
  (about 6 s of CPU each, which N jobs did not divide). Elsewhere they are started with `spawn` and
  each builds its own. Either way the chunks shrink towards the end (`balanced`), so the workers
  finish together.
- dask (`--engine dask --scheduler ADDRESS`): the workers of a Dask cluster (`tls://` with
  certificates, `dask_security`; plain `tcp://` on a trusted network only). They may be other
  machines that see none of our files, so the rule folder travels as data (once per worker,
  broadcast) and articles travel as text; a worker keeps the pipeline of the last rules it saw.
"""

from __future__ import annotations

import dataclasses
import itertools
import logging
import math
import multiprocessing
import signal
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import srsly

from pipeline.components.stage import digest, rule_files
from pipeline.run import ingest, timeline
from pipeline.run.export import document_row
from pipeline.run.ingest import Article
from pipeline.run.runner import Pipeline, build_pipeline, load_pipeline, results

Rows = dict[str, list[dict]]
Result = tuple[Article, Rows]
ENGINES = ("local", "dask")
CHUNK = 32  # articles per message at most: ~3 s of model work, so a message costs nothing in comparison
CHUNKS_PER_WORKER = 4  # on a small folder, smaller chunks so that every worker gets some
TAIL_SHARES = 2  # at the end of a run, a chunk is at most 1/(2 x workers) of the articles left
TAIL_CHUNK = 2  # ...and at least this many (one message per article would cost more than it saves)
DOC_TIMEOUT = 120.0  # seconds our stages may take on one document (`--doc-timeout`); 0 or None: no limit
INTERNAL_ERROR = "internal error in stage"  # how the `error` of a document a stage failed on begins
TIMED_OUT = "took longer than"  # how the `error` of a document our stages ran out of time on begins
ERROR_CHARS = 300  # an exception's message in an `error` cell is cut to this many characters
log = logging.getLogger(__name__)  # with no handler configured, its warnings go to stderr as they are


class EngineError(Exception):
    """A wrong engine choice, or an engine whose optional packages are missing."""


# -- what to read, in which order -----------------------------------------------------------------


@dataclass(frozen=True)
class Task:
    """One input file with the doc_id the whole run gave it (None: a single file was given)."""

    path: Path
    doc_id: str | None
    folder: Path | None = None


def plan(folder: Path, exclude: Path | None = None) -> list[Task]:
    """Every input file of `folder`, in doc_id order: the order of the rows in every table.

    doc_ids are decided here, over the whole listing (`ingest.doc_ids` makes clashing stems
    unique), so a worker reading one file gives it the same doc_id the local engine would.
    """
    folder = Path(folder)
    if not folder.is_dir():
        return [Task(folder, None)]
    paths = ingest.list_files(folder, exclude)
    ids = ingest.doc_ids(paths, folder)
    return sorted((Task(path, ids[path], folder) for path in paths), key=lambda t: (t.doc_id, t.path.as_posix()))


def read_folder(folder: Path, exclude: Path | None = None) -> Iterator[Article]:
    """The articles of a folder (or of one file, whatever its extension), in doc_id order."""
    return (read(task) for task in plan(folder, exclude))


def read(task: Task) -> Article:
    """The article of one task: a file the run reads, or the row saying why it cannot."""
    if task.doc_id is None:
        return ingest.read_article(task.path)
    if ingest.is_article(task.path):
        return ingest.read_article(task.path, task.folder, task.doc_id)
    return ingest.not_an_article(task.path, task.doc_id)


def chunked(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def chunk_size(n_items: int, workers: int) -> int:
    return max(1, min(CHUNK, math.ceil(n_items / (CHUNKS_PER_WORKER * max(1, workers)))))


def balanced(items: list, workers: int) -> Iterator[list]:
    """`items` in chunks for `workers` processes that take the next chunk as soon as they are free:
    `chunk_size` while much is left, then smaller and smaller (a share of what is left, down to
    `TAIL_CHUNK`), so that the workers finish close together instead of one running the last full
    chunk (32 articles, about 2.5 s) alone. The chunks keep the items' order."""
    size, start, workers = chunk_size(len(items), workers), 0, max(1, workers)
    while start < len(items):
        left = len(items) - start
        step = min(size, max(min(TAIL_CHUNK, size), math.ceil(left / (TAIL_SHARES * workers))))
        yield items[start:start + step]
        start += step


class DocumentTimeout(Exception):
    """One document took longer than its time budget in our stages."""

    def __init__(self, doc_id: str) -> None:
        super().__init__(doc_id)
        self.doc_id = doc_id


class StageFailure(Exception):
    """One of our stages raised on one document: `reason` is that document's `error`, in one line."""

    def __init__(self, doc_id: str, stage: str, error: BaseException) -> None:
        message = " ".join(str(error).split())
        if len(message) > ERROR_CHARS:
            message = message[: ERROR_CHARS - 1] + "…"
        name = type(error).__name__
        self.doc_id = doc_id
        self.reason = f"{INTERNAL_ERROR} {stage}: {name}: {message}" if message else f"{INTERNAL_ERROR} {stage}: {name}"
        super().__init__(self.reason)


def guarded(pipeline: Pipeline) -> Pipeline:
    """A copy of `pipeline` (the same model, stages and cache) in which an exception one of our stages
    raises on a document becomes a `StageFailure` naming that document and that stage, which
    `in_order` turns into the document's error row. A time-out, an interruption (Ctrl-C, SIGTERM,
    `SystemExit`) and `MemoryError` pass through as they are; the model's own errors are not ours
    to catch and stay as they were."""
    if pipeline is None:  # a test's stand-in for `results`
        return pipeline
    return dataclasses.replace(pipeline, stages=[(name, _guard(name, stage)) for name, stage in pipeline.stages])


def _guard(name: str, stage):
    def run(doc):
        try:
            return stage(doc)
        except (DocumentTimeout, StageFailure, MemoryError):
            raise
        except Exception as error:
            raise StageFailure(doc._.doc_id, name, error) from error
    return run


class Budget:
    """A time budget per document for our stages (`--doc-timeout`), so no input can stall a run.

    Why a signal and not a process per chunk: a worker process that can be killed would bound
    anything, but each one loads the model (seconds) and a killed one loses its whole chunk; a stall
    comes from our stages (regular expressions, loops over quotations), never from the model, whose
    time is linear in a text whose size ingest bounds. So the budget covers our stages only: an
    interval timer (`signal.setitimer`, SIGALRM) raises `DocumentTimeout` in the main thread, which
    interrupts even a regular expression running in C (`re` checks for signals as it backtracks);
    the deadline is also checked between stages, which is all a thread without signals (a Dask
    worker's) gets. The document then becomes a `status=error` row and the chunk goes on without it.
    """

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds or 0.0
        self.deadline = math.inf
        self.doc_id = ""
        self.alarm = self.seconds > 0 and hasattr(signal, "setitimer") and (
            threading.current_thread() is threading.main_thread())

    def wrap(self, pipeline: Pipeline) -> Pipeline:
        """A copy of `pipeline` whose stages run within the budget (the same model and cache)."""
        if not self.seconds:
            return pipeline
        last = len(pipeline.stages) - 1
        stages = [(name, self._timed(stage, index == 0, index == last))
                  for index, (name, stage) in enumerate(pipeline.stages)]
        return dataclasses.replace(pipeline, stages=stages)

    def _timed(self, stage, first: bool, last: bool):
        def run(doc):
            if first:
                self._start(doc._.doc_id)
            try:
                doc = stage(doc)
                if time.monotonic() > self.deadline:
                    raise DocumentTimeout(self.doc_id)
            except BaseException:
                self._stop()
                raise
            if last:
                self._stop()
            return doc
        return run

    def _start(self, doc_id: str) -> None:
        self.doc_id, self.deadline = doc_id, time.monotonic() + self.seconds
        if self.alarm:
            signal.setitimer(signal.ITIMER_REAL, self.seconds)

    def _stop(self) -> None:
        self.deadline = math.inf
        if self.alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)

    def _ring(self, _signum: int, _frame: object) -> None:
        if self.deadline < math.inf:  # a late signal after the document ended is ignored
            raise DocumentTimeout(self.doc_id)

    def __enter__(self) -> Budget:
        if self.alarm:
            self._previous = signal.signal(signal.SIGALRM, self._ring)
        return self

    def __exit__(self, *_exc: object) -> None:
        if self.alarm:
            self._stop()
            signal.signal(signal.SIGALRM, self._previous)


def analyse_chunk(pipeline: Pipeline, articles: list[Article], timeout: float | None = None) -> list[Result]:
    """The rows of some articles, in their order (`runner.results` gives unreadable files first)."""
    return list(in_order(pipeline, articles, timeout))


def in_order(pipeline: Pipeline, articles: list[Article], timeout: float | None = None) -> Iterator[Result]:
    """The rows of some articles in their order, each as soon as it and those before it are done.

    A document over its time budget becomes an error row ("took longer than N s"), and so does one
    that one of our stages raised an exception on ("internal error in stage NAME: TypeError: ...",
    `guarded`), with or without a budget; the chunk is then taken up again after it (the documents
    done so far are kept).
    """
    position = {article.doc_id: index for index, article in enumerate(articles)}
    waiting: dict[int, Result] = {}
    following = 0
    finished: set[str] = set()
    todo = list(articles)
    with Budget(timeout) as budget:
        timed = budget.wrap(guarded(pipeline))
        while todo:
            try:
                for pair in results(timed, todo):
                    finished.add(pair[0].doc_id)
                    waiting[position[pair[0].doc_id]] = pair
                    while following in waiting:
                        yield waiting.pop(following)
                        following += 1
                todo = []
            except (DocumentTimeout, StageFailure) as late:
                if late.doc_id not in {article.doc_id for article in todo} - finished:
                    raise  # not one of ours: never loop
                reason = late.reason if isinstance(late, StageFailure) else f"{TIMED_OUT} {budget.seconds:g} s"
                for article in todo:
                    if article.doc_id == late.doc_id:
                        failed = dataclasses.replace(article, error=reason)
                        waiting[position[article.doc_id]] = (failed, {"documents": [document_row(failed)]})
                        finished.add(article.doc_id)
                while following in waiting:
                    yield waiting.pop(following)
                    following += 1
                todo = [article for article in todo if article.doc_id not in finished]


# -- engines ----------------------------------------------------------------------------------------


def run(tasks: list[Task], engine: str = "local", jobs: int = 1, pipeline: Pipeline | None = None,
        rules: Path | None = None, scheduler: str | None = None, doc_timeout: float | None = DOC_TIMEOUT,
        security: dict | None = None, cache: Path | None = None) -> Iterator[Result]:
    """(article, rows) for every task, in the tasks' order, from the engine asked for.

    `cache`: the parse cache folder (`--cache`) for the pipeline `--jobs N` builds when none is at
    hand: each worker reads the Docs stored there and stores those its model makes (entries are
    written atomically, so two workers never clash), so the next run finds them, whatever its jobs.
    A pipeline at hand keeps its own cache (or none)."""
    if engine not in ENGINES:
        raise EngineError(f"unknown engine {engine!r}: choose one of {', '.join(ENGINES)}")
    if jobs < 1:
        raise EngineError("--jobs must be at least 1")
    if engine == "dask":
        if not scheduler:
            raise EngineError("--engine dask needs --scheduler ADDRESS (e.g. tcp://10.0.0.5:8786)")
        return warned(dask_results(tasks, _rules(rules, pipeline), scheduler, doc_timeout, security))
    if jobs > 1 and can_fork():  # the pipeline built once, here, and shared (copy-on-write) by the workers
        built = pipeline or with_parse_cache(build_pipeline(_rules(rules, pipeline).resolve()), cache)
        return warned(forked_results(tasks, built, jobs, doc_timeout))
    if jobs > 1:
        return warned(process_results(tasks, _rules(rules, pipeline), jobs, doc_timeout, cache))
    return warned(local_results(tasks, pipeline or build_pipeline(_rules(rules, pipeline)), doc_timeout))


def warned(results: Iterable[Result]) -> Iterator[Result]:
    """The results as they are, with a warning (stderr, when logging is not configured) as soon as a
    document comes back that one of our stages failed on: a fault of ours, not of the file, which
    the user should report. Said in this process, whichever engine analysed the document."""
    for article, rows in results:
        if article.error and article.error.startswith(INTERNAL_ERROR):
            log.warning("warning: %s: %s (the document is a status=error row; the run goes on)",
                        article.source_path, article.error)
        yield article, rows


def _rules(rules: Path | None, pipeline: Pipeline | None) -> Path:
    if rules is None and pipeline is None:
        raise EngineError("workers need the rules folder")
    return Path(rules) if rules is not None else Path(pipeline.book.folder)


def local_results(tasks: list[Task], pipeline: Pipeline, timeout: float | None = DOC_TIMEOUT) -> Iterator[Result]:
    """This process: read a chunk, analyse it, hand its rows on document by document, forget it."""
    for chunk in chunked(tasks, CHUNK):
        yield from in_order(pipeline, [read(task) for task in chunk], timeout)


_worker_pipeline: Pipeline | None = None  # one per worker process, built by `_start_worker`
_worker_timeout: float | None = None


def with_parse_cache(pipeline: Pipeline, folder: Path | None) -> Pipeline:
    """`pipeline` reading and writing the parse cache in `folder` (None: as it is)."""
    if folder is not None and pipeline.cache is None:
        from pipeline.run.cache import ParseCache

        pipeline.cache = ParseCache(Path(folder), pipeline.nlp)
    return pipeline


def _start_worker(rules: Path, timeout: float | None = None, cache: Path | None = None) -> None:
    global _worker_pipeline, _worker_timeout
    _worker_pipeline, _worker_timeout = with_parse_cache(build_pipeline(rules), cache), timeout


def _work(chunk: list[Task]) -> list[Result]:
    timeline.mark(f"chunk {len(chunk)} start", "worker")
    done = analyse_chunk(_worker_pipeline, [read(task) for task in chunk], _worker_timeout)
    timeline.mark(f"chunk {len(chunk)} end", "worker")
    return done


def process_results(tasks: list[Task], rules: Path, jobs: int, timeout: float | None = DOC_TIMEOUT,
                    cache: Path | None = None) -> Iterator[Result]:
    """`jobs` spawned worker processes, each building its own pipeline from `rules` (where the system
    cannot fork), with the parse cache in `cache` if given; `imap` hands the chunks back in order,
    each as soon as it is ready."""
    context = multiprocessing.get_context("spawn")
    folder = Path(cache).resolve() if cache is not None else None
    with context.Pool(jobs, initializer=_start_worker, initargs=(Path(rules).resolve(), timeout, folder)) as pool:
        for rows in pool.imap(_work, balanced(tasks, jobs)):
            yield from rows


FORK = "fork"


def can_fork() -> bool:
    """Whether worker processes can be forked from this one (Linux, macOS; not Windows)."""
    return FORK in multiprocessing.get_all_start_methods()


def _start_forked_worker() -> None:
    """A forked worker ends on SIGTERM as a spawned one does (the pool's exit sends it): the handler
    inherited from the CLI would raise `Terminated` in it and print a traceback."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    timeline.mark("forked", "worker")


def forked_results(tasks: list[Task], pipeline: Pipeline, jobs: int, timeout: float | None = DOC_TIMEOUT
                   ) -> Iterator[Result]:
    """`jobs` processes forked from this one, which holds `pipeline` already (the rules compiled, and
    under `extract --watch` the parsed texts in memory): a worker starts in milliseconds, with nothing
    to import, load or compile, and shares the model's memory with this process (copy-on-write; the
    model and the rules are frozen out of the garbage collector, `runner._keep_out_of_collections`,
    so its collections do not copy their pages). Used for every `--jobs N` where the system can fork:
    `run` builds the pipeline first when none is at hand."""
    global _worker_pipeline, _worker_timeout
    _worker_pipeline, _worker_timeout = pipeline, timeout
    timeline.mark("pipeline ready, forking")
    try:
        with multiprocessing.get_context(FORK).Pool(jobs, initializer=_start_forked_worker) as pool:
            for rows in pool.imap(_work, balanced(tasks, jobs)):
                yield from rows
    finally:
        _worker_pipeline = _worker_timeout = None


# -- dask -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SavedStages:
    """Our stages as spaCy serialises them (`RuleStage.to_bytes`: the rule files they were built from).

    The workers of a cluster may be machines without a copy of the rules: each loads the model, adds
    our stages and reads them back with `from_bytes`, as `spacy.load` does from a saved pipeline."""

    data: bytes
    digest: str

    @classmethod
    def of(cls, folder: Path) -> SavedStages:
        files = rule_files(Path(folder))
        return cls(srsly.msgpack_dumps(files), digest(files))


_cluster_pipelines: dict[str, Pipeline] = {}  # rules digest -> pipeline, in a Dask worker process
_cluster_lock = threading.Lock()  # one analysis at a time per worker: a spaCy pipeline is not thread-safe


def cluster_work(stages: SavedStages, articles: list[Article], timeout: float | None = None) -> list[Result]:
    """A Dask task: the rows of some articles, with the pipeline this worker built for these stages."""
    with _cluster_lock:
        pipeline = _cluster_pipelines.get(stages.digest)
        if pipeline is None:
            _cluster_pipelines.clear()  # one model per worker: new rules replace the old pipeline
            pipeline = _cluster_pipelines[stages.digest] = load_pipeline(stages.data)
        return analyse_chunk(pipeline, articles, timeout)


def dask_security(scheduler: str, ca_file: Path | str | None = None, cert: Path | str | None = None,
                  key: Path | str | None = None):
    """Dask's `Security` for a `tls://` scheduler: our client certificate and key, and the CA that
    signed the scheduler's and the workers' certificates; encryption required. None for `tcp://`.

    Plain `tcp://` is neither encrypted nor authenticated: whoever reaches the scheduler can run code
    on the workers, so it is for a trusted network only. With `tls://` the scheduler and the workers
    (started with `--tls-ca-file/--tls-cert/--tls-key` and the same CA) accept only clients holding a
    certificate that CA signed.
    """
    given = [name for name, value in (("--tls-ca-file", ca_file), ("--tls-cert", cert), ("--tls-key", key)) if value]
    if not scheduler.startswith("tls://"):
        if given:
            raise EngineError(f"{', '.join(given)} need a tls:// scheduler address, not {scheduler}")
        return None
    if len(given) < 3:
        raise EngineError("a tls:// scheduler needs --tls-ca-file, --tls-cert and --tls-key")
    for value in (ca_file, cert, key):
        if not Path(value).is_file():
            raise EngineError(f"{value}: no such certificate or key file")
    from distributed.security import Security

    return Security(tls_ca_file=str(ca_file), tls_client_cert=str(cert), tls_client_key=str(key),
                    require_encryption=True)


def dask_results(tasks: list[Task], rules: Path, scheduler: str, timeout: float | None = DOC_TIMEOUT,
                 security: dict | None = None) -> Iterator[Result]:
    """Chunks submitted to the cluster a few at a time and gathered in order.

    At most two chunks per worker thread are in flight: the cluster never waits for work, and
    neither this process nor the scheduler holds more than those chunks' texts at any time.
    """
    try:
        from distributed import Client
    except ImportError as error:
        raise EngineError("the dask engine needs its optional packages: pip install '.[dask]'") from error
    with Client(scheduler, security=dask_security(scheduler, **(security or {}))) as client:
        threads = max(1, sum(client.nthreads().values()))
        shared_rules = client.scatter(SavedStages.of(rules), broadcast=True)
        pending: deque = deque()
        for chunk in chunked(tasks, chunk_size(len(tasks), threads)):
            pending.append(client.submit(cluster_work, shared_rules, [read(task) for task in chunk], timeout,
                                         pure=False))
            if len(pending) >= 2 * threads:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
