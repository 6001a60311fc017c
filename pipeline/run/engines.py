"""Where documents are analysed: in this process, in N worker processes, or on a Dask cluster.

The language model is the cost of a run (about a tenth of a second per article on one core) and
articles are independent, so they can be spread over processes or machines. Whatever the engine,
the rows come back in doc_id order, however the files were listed and however the work was split,
so the CSV files are byte-identical everywhere (`tests/test_engines.py` checks it).

Work travels in chunks of articles: one message per chunk keeps transport negligible next to the
model, and a worker builds its pipeline (model included) once, then reuses it for every chunk.

- local: this process, in chunks, so nothing but the current chunk is held in memory.
- processes (`--jobs N`): N worker processes on this machine; they get file paths and read the
  files themselves. Started with `spawn`, so no thread or lock of this process leaks into them.
- dask (`--engine dask --scheduler ADDRESS`): the workers of a Dask cluster. They may be other
  machines that see none of our files, so the rule folder travels as data (once per worker,
  broadcast) and articles travel as text; a worker keeps the pipeline of the last rules it saw.
"""

from __future__ import annotations

import hashlib
import itertools
import math
import multiprocessing
import tempfile
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline.run import ingest
from pipeline.run.ingest import Article
from pipeline.run.runner import Pipeline, build_pipeline, results

Rows = dict[str, list[dict]]
Result = tuple[Article, Rows]
ENGINES = ("local", "dask")
CHUNK = 32  # articles per message at most: ~3 s of model work, so a message costs nothing in comparison
CHUNKS_PER_WORKER = 4  # on a small folder, smaller chunks so that every worker gets some


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


def read(task: Task) -> Article:
    """The article of one task, read as `ingest.read_folder` reads it."""
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


def analyse_chunk(pipeline: Pipeline, articles: list[Article]) -> list[Result]:
    """The rows of some articles, in their order (`runner.results` gives unreadable files first)."""
    return list(in_order(pipeline, articles))


def in_order(pipeline: Pipeline, articles: list[Article]) -> Iterator[Result]:
    """The rows of some articles in their order, each as soon as it and those before it are done."""
    position = {article.doc_id: index for index, article in enumerate(articles)}
    waiting: dict[int, Result] = {}
    following = 0
    for pair in results(pipeline, articles):
        waiting[position[pair[0].doc_id]] = pair
        while following in waiting:
            yield waiting.pop(following)
            following += 1


# -- engines ----------------------------------------------------------------------------------------


def run(tasks: list[Task], engine: str = "local", jobs: int = 1, pipeline: Pipeline | None = None,
        rules: Path | None = None, scheduler: str | None = None) -> Iterator[Result]:
    """(article, rows) for every task, in the tasks' order, from the engine asked for."""
    if engine not in ENGINES:
        raise EngineError(f"unknown engine {engine!r}: choose one of {', '.join(ENGINES)}")
    if jobs < 1:
        raise EngineError("--jobs must be at least 1")
    if engine == "dask":
        if not scheduler:
            raise EngineError("--engine dask needs --scheduler ADDRESS (e.g. tcp://10.0.0.5:8786)")
        return dask_results(tasks, _rules(rules, pipeline), scheduler)
    if jobs > 1:
        return process_results(tasks, _rules(rules, pipeline), jobs)
    return local_results(tasks, pipeline or build_pipeline(_rules(rules, pipeline)))


def _rules(rules: Path | None, pipeline: Pipeline | None) -> Path:
    if rules is None and pipeline is None:
        raise EngineError("workers need the rules folder")
    return Path(rules) if rules is not None else Path(pipeline.book.folder)


def local_results(tasks: list[Task], pipeline: Pipeline) -> Iterator[Result]:
    """This process: read a chunk, analyse it, hand its rows on document by document, forget it."""
    for chunk in chunked(tasks, CHUNK):
        yield from in_order(pipeline, [read(task) for task in chunk])


_worker_pipeline: Pipeline | None = None  # one per worker process, built by `_start_worker`


def _start_worker(rules: Path) -> None:
    global _worker_pipeline
    _worker_pipeline = build_pipeline(rules)


def _work(chunk: list[Task]) -> list[Result]:
    return analyse_chunk(_worker_pipeline, [read(task) for task in chunk])


def process_results(tasks: list[Task], rules: Path, jobs: int) -> Iterator[Result]:
    """`jobs` worker processes; `imap` hands the chunks back in order, each as soon as it is ready."""
    context = multiprocessing.get_context("spawn")
    size = chunk_size(len(tasks), jobs)
    with context.Pool(jobs, initializer=_start_worker, initargs=(Path(rules).resolve(),)) as pool:
        for rows in pool.imap(_work, chunked(tasks, size)):
            yield from rows


# -- dask -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RuleFiles:
    """A rule folder as data: the workers of a cluster may be machines without a copy of it."""

    files: tuple[tuple[str, bytes], ...]

    @classmethod
    def read(cls, folder: Path) -> RuleFiles:
        folder = Path(folder)
        found = ((p.relative_to(folder).as_posix(), p.read_bytes()) for p in folder.rglob("*") if p.is_file())
        return cls(tuple(sorted(found)))

    @property
    def digest(self) -> str:
        """Names the rules' content: an edited rule file is another pipeline."""
        sha = hashlib.sha256()
        for name, data in self.files:
            sha.update(name.encode() + b"\0" + hashlib.sha256(data).digest())
        return sha.hexdigest()

    def write(self, folder: Path) -> Path:
        for name, data in self.files:
            path = folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        return folder


_cluster_pipelines: dict[str, Pipeline] = {}  # rules digest -> pipeline, in a Dask worker process
_cluster_lock = threading.Lock()  # one analysis at a time per worker: a spaCy pipeline is not thread-safe


def cluster_work(rules: RuleFiles, articles: list[Article]) -> list[Result]:
    """A Dask task: the rows of some articles, with the pipeline this worker built for these rules."""
    with _cluster_lock:
        pipeline = _cluster_pipelines.get(rules.digest)
        if pipeline is None:
            _cluster_pipelines.clear()  # one model per worker: new rules replace the old pipeline
            folder = rules.write(Path(tempfile.mkdtemp(prefix="rules-")))
            pipeline = _cluster_pipelines[rules.digest] = build_pipeline(folder)
        return analyse_chunk(pipeline, articles)


def dask_results(tasks: list[Task], rules: Path, scheduler: str) -> Iterator[Result]:
    """Chunks submitted to the cluster a few at a time and gathered in order.

    At most two chunks per worker thread are in flight: the cluster never waits for work, and
    neither this process nor the scheduler holds more than those chunks' texts at any time.
    """
    try:
        from distributed import Client
    except ImportError as error:
        raise EngineError("the dask engine needs its optional packages: pip install '.[dask]'") from error
    with Client(scheduler) as client:
        threads = max(1, sum(client.nthreads().values()))
        shared_rules = client.scatter(RuleFiles.read(rules), broadcast=True)
        pending: deque = deque()
        for chunk in chunked(tasks, chunk_size(len(tasks), threads)):
            pending.append(client.submit(cluster_work, shared_rules, [read(task) for task in chunk], pure=False))
            if len(pending) >= 2 * threads:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
