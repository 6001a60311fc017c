"""Wire the stages together: articles in, analysed Docs out, tables written.

    ingest -> model (spaCy) -> lexicon + dates -> entities -> officials -> meetings -> relations -> quotes

The model is the costly part; every later stage is a plain callable over a Doc, built from the rule
book, so a rule edit never needs the model to change.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from pipeline import extensions  # noqa: F401 - registers Doc._ and Span._ attributes
from pipeline.dates import DateTagger
from pipeline.entities import EntityMerger
from pipeline.export import Tables, doc_rows, document_row, write_tables
from pipeline.ingest import Article, read_folder
from pipeline.lexicon import Lexicon, add_lexicon_ruler, build_lexicon
from pipeline.meetings import MeetingFinder
from pipeline.model import load_model
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

    def analyse(self, articles: Iterable[Article], batch_size: int = 16) -> Iterator[tuple[Article, Doc]]:
        """Run every stage over the articles that could be read, in order."""
        pairs = ((a.text, a) for a in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
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
    return Pipeline(nlp, book, lexicon, stages)


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


def extract(folder: Path, out: Path, pipeline: Pipeline, progress: Callable[[Article], None] | None = None,
            excel: bool = False) -> tuple[Tables, list[Path]]:
    """The main job: every article of `folder` analysed, every table written to `out`."""
    tables = Tables(pipeline.lexicon.by_file("organisations"))
    for article, rows in results(pipeline, read_folder(folder)):
        tables.add_rows(rows)
        if progress:
            progress(article)
    return tables, write_tables(tables.finish(), out, excel=excel)
