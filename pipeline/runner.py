"""Wire the stages together: articles in, analysed Docs out, tables written.

    ingest -> model (spaCy) -> lexicon + dates -> entities -> officials -> meetings -> relations -> quotes

The model is the costly part; every later stage is a plain callable over a Doc, built from the rule
book, so a rule edit never needs the model to change.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from pipeline import extensions  # noqa: F401 - registers Doc._ and Span._ attributes
from pipeline.cache import ParseCache
from pipeline.dates import DateTagger
from pipeline.entities import EntityMerger
from pipeline.export import TableWriter, doc_rows, document_row
from pipeline.ingest import Article
from pipeline.lexicon import Lexicon, add_lexicon_ruler, build_lexicon
from pipeline.meetings import MeetingFinder
from pipeline.model import load_model, parse_many
from pipeline.normalise import USER_DATA_KEY, known_words, normalise
from pipeline.officials import OfficialLinker
from pipeline.quotes import QuoteFinder
from pipeline.relations import RelationLinker
from pipeline.rules import RuleBook, load_rules

Stage = Callable[[Doc], Doc]


@dataclass
class Pipeline:
    """The model and our stages, built once per run."""

    nlp: Language
    book: RuleBook
    lexicon: Lexicon
    stages: list[tuple[str, Stage]]
    cache: ParseCache | None = None  # model outputs kept on disk: a rule edit skips the model

    def analyse(self, articles: Iterable[Article], batch_size: int = 16) -> Iterator[tuple[Article, Doc]]:
        """Run every stage over the articles that could be read, in order."""
        known = known_words(self.nlp.vocab)  # the text is cleaned for the model; rows keep the original offsets
        pairs = ((n.text, (a, n)) for a in articles for n in (normalise(a.text, known),))
        def parse(items: Iterable[tuple[str, tuple]]) -> Iterator[tuple[Doc, tuple]]:
            return parse_many(self.nlp, items, batch_size=batch_size)  # long texts in pieces

        parsed = self.cache.pipe(pairs, parse, batch_size) if self.cache else parse(pairs)
        for doc, (article, normalised) in parsed:
            doc.user_data[USER_DATA_KEY] = normalised
            yield article, self.annotate(doc, article)

    def annotate(self, doc: Doc, article: Article) -> Doc:
        doc._.doc_id, doc._.source_path, doc._.title = article.doc_id, article.source_path, article.title
        for _name, stage in self.stages:
            doc = stage(doc)
        return doc


def build_pipeline(rules_dir: Path, nlp: Language | None = None) -> Pipeline:
    """Load (and check) the rules, then the model, then build the stages from the rules."""
    book = load_rules(rules_dir)
    nlp = nlp or load_model()
    lexicon = build_lexicon(book)
    counterparts = {w.lower() for w in book.get("relations", "counterparts", [])}
    civilities = {c.lower() for c in book.get("names", "civilities", [])}
    stages: list[tuple[str, Stage]] = [
        ("lexicon", add_lexicon_ruler(nlp, lexicon)),
        ("dates", DateTagger(book)),
        ("entities", EntityMerger(book, lexicon)),
        ("officials", OfficialLinker(lexicon, counterparts, civilities)),
        ("meetings", MeetingFinder(book, nlp)),
        ("relations", RelationLinker(lexicon, counterparts)),
        ("quotes", QuoteFinder(book)),
    ]
    _keep_out_of_collections()
    return Pipeline(nlp, book, lexicon, stages)


def _keep_out_of_collections() -> None:
    """The model and the rules live as long as the process: freeze them out of the garbage collector.

    Python's collector rescans every object it tracks at each full collection, and the Docs of a run
    trigger many; with the model's and the rules' objects among them, collections took 8% of a run
    (300 articles: 22.1 s with them, 20.2 s frozen, 19.9 s with no collection at all). Garbage is
    collected first, so nothing dead is frozen."""
    gc.collect()
    gc.freeze()


def results(pipeline: Pipeline, articles: Iterable[Article]) -> Iterator[tuple[Article, dict[str, list[dict]]]]:
    """Each article with its rows: `documents` (one row) and the rows of every other table.

    Rows are plain dicts, so they can come back from worker processes; Docs never leave here.
    """
    good = []
    for article in articles:
        if article.error:
            yield article, {"documents": [document_row(article)]}
        else:
            good.append(article)
    for article, doc in pipeline.analyse(good):
        yield article, {"documents": [document_row(article, doc)], **doc_rows(doc)}


def extract(folder: Path, out: Path, pipeline: Pipeline | None = None,
            progress: Callable[[Article], None] | None = None, excel: bool = False, *, rules: Path | None = None,
            engine: str = "local", jobs: int = 1, scheduler: str | None = None) -> tuple[TableWriter, list[Path]]:
    """The main job: every article of `folder` analysed, every table written to `out`.

    Rows are written as they come (`export.TableWriter`), so memory does not grow with the corpus.
    `engine`, `jobs` and `scheduler` choose where the model runs (`engines`); the files are the same
    whichever is chosen. Only the local engine with one job uses `pipeline` (built from `rules` when
    None); workers build their own from `rules`, and then this process never loads the model.
    """
    from pipeline import engines  # imported here: engines builds on this module

    rules = Path(rules) if rules is not None else Path(pipeline.book.folder)
    lexicon = pipeline.lexicon if pipeline is not None else build_lexicon(load_rules(rules))
    tasks = engines.plan(folder, exclude=out)
    with TableWriter(out, lexicon.by_file("organisations"), excel=excel) as writer:
        for article, rows in engines.run(tasks, engine, jobs, pipeline, rules, scheduler):
            writer.add_rows(rows)
            if progress:
                progress(article)
        return writer, writer.finish()
