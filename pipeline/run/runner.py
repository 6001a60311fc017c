"""One Language: the model, then our stages (`components/factories.py`), articles in, rows out.

    ingest -> model (spaCy) -> lexicon + dates -> entities -> officials -> meetings -> relations -> quotes

The model is the costly part; the parse cache keeps its output, and our stages, built from the rule
book, run after it on fresh or cached Docs alike, so a rule edit never needs the model to change.
"""

from __future__ import annotations

import gc
import pickle
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.factories import STAGES
from pipeline.components.lexicon import Lexicon
from pipeline.components.spans import STORY_KEY, DocIndex
from pipeline.components.stage import COMPILED_FOLDER, load_compiled, save_compiled, shared_rules
from pipeline.rulebook import RuleBook
from pipeline.run import timeline
from pipeline.run.cache import ParseCache
from pipeline.run.export import doc_rows, document_row
from pipeline.run.ingest import Article
from pipeline.run.model import (
    MODEL,
    PHRASES_FORMAT,
    PIECE_CHARS,
    keep_phrases,
    load_model,
    load_vocabulary,
    model_version,
    parse_many,
    parse_pieces,
    save_phrases,
    vocabulary_loaded,
)
from pipeline.run.normalise import OFFSET_COLUMNS, USER_DATA_KEY, Normalised, known_words, normalise, original_offsets
from pipeline.run.results import WORDS_KEY, doc_words

Stage = Callable[[Doc], Doc]
UNBUILT = Path("/nonexistent/defnews-rules")  # a stage's rule folder before `from_bytes` gives it its rules


@dataclass
class Pipeline:
    """The model and our stages, built once per run."""

    nlp: Language
    book: RuleBook
    lexicon: Lexicon
    stages: list[tuple[str, Stage]]
    cache: ParseCache | None = None  # model outputs kept on disk: a rule edit skips the model
    published: str | None = None  # the publication date of every text analysed, when the caller knows it

    def analyse(self, articles: Iterable[Article], batch_size: int = 4) -> Iterator[tuple[Article, Doc]]:
        """Run every stage over the articles that could be read, in order.

        Batches of 4 let a progress bar move every few documents; measured on data/raw twice (104
        articles), they take the same CPU time as batches of 16 (10.3 s against 10.2 s)."""
        return self._analyse(self._normalised(articles), batch_size)

    def _normalised(self, articles: Iterable[Article]) -> Iterator[tuple[Article, Normalised]]:
        known = _KnownWords(self.nlp)  # the text is cleaned for the model; rows keep the original offsets
        clean = self.cache.normalised if self.cache else (lambda text, make: make(text))
        for article in articles:
            yield article, clean(article.text, lambda t: normalise(t, known))

    def _analyse(self, normalised: Iterable[tuple[Article, Normalised]],
                 batch_size: int = 4) -> Iterator[tuple[Article, Doc]]:
        pairs = ((n.text, (a, n)) for a, n in normalised)

        def parse(items: Iterable[tuple[str, tuple]]) -> Iterator[tuple[Doc, tuple]]:
            return parse_many(self.nlp, items, batch_size=batch_size)  # long texts in pieces

        parsed = self.cache.pipe(pairs, parse, batch_size) if self.cache else parse(pairs)
        for doc, (article, normalised) in parsed:
            doc.user_data[USER_DATA_KEY] = normalised
            yield article, self.annotate(doc, article)

    def rows(self, articles: Iterable[Article]) -> Iterator[tuple[Article, dict[str, list[dict]]]]:
        """Each article with its rows (`results`): a text within the model's piece size through
        `analyse`, one over it through `piece_rows`, in bounded memory."""
        short: list[tuple[Article, Normalised]] = []
        limit = min(PIECE_CHARS, self.nlp.max_length)
        for article, normalised in self._normalised(articles):
            if len(normalised.text) <= limit:
                short.append((article, normalised))
                continue
            yield from self._rows_of(short)
            short = []
            yield article, self.piece_rows(article, normalised)
        yield from self._rows_of(short)

    def _rows_of(self, short: list[tuple[Article, Normalised]]) -> Iterator[tuple[Article, dict[str, list[dict]]]]:
        for article, doc in self._analyse(short):  # its words: what `results` reads to reuse its rows
            yield article, {"documents": [document_row(article, doc)], **doc_rows(doc),
                            WORDS_KEY: doc_words(doc, article.text)}

    def piece_rows(self, article: Article, normalised: Normalised,
                   max_chars: int | None = None) -> dict[str, list[dict]]:
        """The rows of a text longer than the model's piece size, never joined into one Doc.

        Joining 20 MB of parsed pieces (3.9 million tokens) into one Doc peaked at 2.15 GB, and the
        stages then ran over it whole. Here each piece (`model.parse_pieces`: the same pieces, read
        with the same context, as the joined Doc's) goes through every stage on its own, its rows
        are shifted by its start in the text and added to the document's, and it is dropped. What
        a story-level reading takes from the start of the text is handed from piece to piece
        (`spans.story_of`): the publication and update dates, the first dated day (the reference of
        relative dates), the story's country and its dateline's place; the title and the
        `documents` row are the first piece's. A person named in several pieces is one officials
        row (its first mention's values, the values it lacked from later pieces, every mention
        counted); ids (`E`, `M`, `R`, `Q`) and sentence numbers run on across pieces."""
        story: dict = {}
        rows: dict = {name: PackedRows() if name in PACKED else [] for name in PIECE_TABLES}
        officials: dict[str, dict] = {}
        tokens = sentences = 0
        first: tuple[str, str, str] | None = None
        for start, doc in parse_pieces(self.nlp, normalised.text, max_chars=max_chars, cache=self.cache):
            doc.user_data[STORY_KEY] = story
            doc.user_data[USER_DATA_KEY] = _Shifted(normalised, start)  # `spans.as_in_file` reads the file
            doc._.published, doc._.updated = story.get("published", ""), story.get("updated", "")
            doc = self.annotate(doc, article)
            if first is None:
                first = (doc._.title, doc._.published, doc._.updated)
            story["continued"] = True
            story["published"] = story.get("published") or doc._.published
            story["updated"] = story.get("updated") or doc._.updated
            del doc.user_data[USER_DATA_KEY]  # the piece's rows in the piece's offsets, shifted below
            piece = doc_rows(doc)
            _shift(piece, rows, officials, start, sentences, normalised)
            tokens, sentences = tokens + len(doc), sentences + len(DocIndex.of(doc).sent_starts)
            del doc, piece
        rows["officials"] = original_offsets({"officials": list(officials.values())}, normalised)["officials"]
        document = document_row(article)
        title, published, updated = first or ("", "", "")
        document.update(published=story.get("published") or published, updated=story.get("updated") or updated,
                        n_tokens=tokens)
        if not article.html:
            document["title"] = title or article.title
        return {"documents": [document], **rows}

    def annotate(self, doc: Doc, article: Article) -> Doc:
        doc._.doc_id, doc._.source_path, doc._.title = article.doc_id, article.source_path, article.title
        if self.published:
            doc._.published = self.published
        for name, stage in self.stages:
            if name == "defnews_dates" and article.published and not doc._.published:
                doc = stage(doc)  # the text's own publication line first; a web page's metadata date
                doc._.published = doc._.published or article.published  # only when the text has none
            doc = stage(doc)
        return doc


class _KnownWords:
    """`normalise.known_words` of the model's vocabulary, read on the first question (most texts ask
    none, and a lazily built model reads its vocabulary only then, see `model.load_vocabulary`)."""

    def __init__(self, nlp: Language) -> None:
        self.nlp, self.words = nlp, None

    def _words(self):
        if self.words is None:
            self.words = known_words(load_vocabulary(self.nlp).vocab)
        return self.words

    def __call__(self, word: str) -> bool:
        return self._words()(word)

    def rank(self, word: str) -> int | None:
        return self._words().rank(word)


def build_pipeline(rules_dir: Path, nlp: Language | None = None, *, lazy: bool = False,
                   compiled: Path | None = None) -> Pipeline:
    """Load (and check) the rules, then the model, then add our stages to it, built from the rules.

    `lazy`: the model's weights are read on the first text the model must parse (`model.load_model`),
    so a run whose Docs all come from the parse cache never reads them. `compiled`: a cache folder
    where the compiled rules are kept between runs (`stage.load_compiled`), so unchanged rule files
    are neither read nor compiled again.
    """
    rules_dir = Path(rules_dir)
    if compiled is not None and nlp is None:
        nlp = load_model(lazy=lazy)
        reused = load_compiled(compiled, rules_dir, nlp, MODEL)
        name = re.sub(r"[^A-Za-z0-9._+-]+", "_", model_version(nlp))
        keep_phrases(nlp, Path(compiled) / COMPILED_FOLDER / f"phrases-{name}-f{PHRASES_FORMAT}.pickle")
    else:
        reused = False
    book, lexicon = shared_rules(rules_dir)  # a wrong rule file stops here, before the model loads
    timeline.mark("rules read")
    nlp = nlp or load_model(lazy=lazy)
    timeline.mark("model loaded")
    pipeline = add_stages(nlp, rules_dir, book, lexicon, compiled=None if reused else compiled)
    save_phrases(nlp)
    timeline.mark("stages built")
    return pipeline


def add_stages(nlp: Language, rules_dir: Path, book: RuleBook, lexicon: Lexicon,
               compiled: Path | None = None) -> Pipeline:
    """Our stages built from `rules_dir` in `nlp` (replacing those of other rules); with `compiled`,
    their compiled form saved there for the next run."""
    known, loaded = len(nlp.vocab.strings), vocabulary_loaded(nlp)
    for name in STAGES:
        if name in nlp.pipe_names:  # a model shared between pipelines of different rules (tests, watch)
            nlp.remove_pipe(name)
        nlp.add_pipe(name, config={"rules": str(rules_dir)})
    stages = [(name, nlp.get_pipe(name)) for name in STAGES]
    if compiled is not None and vocabulary_loaded(nlp) == loaded:  # else the strings added are not the last ones
        save_compiled(compiled, rules_dir, nlp, dict(stages), known, MODEL)
    _keep_out_of_collections()
    return Pipeline(nlp, book, lexicon, stages)


def load_pipeline(stages: bytes) -> Pipeline:
    """The pipeline of serialised stages (`RuleStage.to_bytes`), on this machine's model: what a
    cluster worker runs, whatever rules it has on disk."""
    nlp = load_model()
    for name in STAGES:
        nlp.add_pipe(name, config={"rules": str(UNBUILT)})  # built by `from_bytes` below
    stage_list = [(name, nlp.get_pipe(name).from_bytes(stages)) for name in STAGES]
    lexicon_stage = nlp.get_pipe(STAGES[0])
    _keep_out_of_collections()
    return Pipeline(nlp, lexicon_stage.book, lexicon_stage.lexicon, stage_list)


def _keep_out_of_collections() -> None:
    """The model and the rules live as long as the process: freeze them out of the garbage collector.

    Python's collector rescans every object it tracks at each full collection, and the Docs of a run
    trigger many; with the model's and the rules' objects among them, collections took 8% of a run
    (300 articles: 22.1 s with them, 20.2 s frozen, 19.9 s with no collection at all). Garbage is
    collected first, so nothing dead is frozen; what an earlier call froze is thawed first, so the
    stages of replaced rules (`extract --watch`) can be collected."""
    gc.unfreeze()
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
    yield from pipeline.rows(good)


PIECE_TABLES = ("entities", "officials", "meetings", "relations", "quotes")
PACKED = ("entities", "meetings")  # written as they come (`export.DIRECT`): kept pickled until then


class PackedRows:
    """A long text's rows of one table, kept pickled piece by piece, given back as dicts each time
    they are iterated (`TableWriter.add_rows` reads the entities twice). A row as a dict of Python
    objects takes about 1 kB: the 0.5 million entities of 20 MB would hold about 0.5 GB until the
    document is written; pickled, a fifth of that. Plain to pickle, so rows still cross processes."""

    def __init__(self) -> None:
        self.chunks: list[bytes] = []
        self.count = 0

    def extend(self, rows: list[dict]) -> None:
        if rows:
            self.chunks.append(pickle.dumps(rows, protocol=pickle.HIGHEST_PROTOCOL))
            self.count += len(rows)

    def __iter__(self) -> Iterator[dict]:
        for chunk in self.chunks:
            yield from pickle.loads(chunk)

    def __len__(self) -> int:
        return self.count
_ID_COLUMNS = {"entities": ("entity_id", "E"), "meetings": ("meeting_id", "M"), "relations": ("relation_id", "R"),
               "quotes": ("quote_id", "Q")}


class _Shifted:
    """A long text's `Normalised` seen from one piece starting at `start` (what `spans.as_in_file` reads)."""

    def __init__(self, normalised: Normalised, start: int) -> None:
        self.normalised, self.start, self.original = normalised, start, normalised.original

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.normalised.span(start + self.start, end + self.start)

    def char(self, position: int) -> int:
        return self.normalised.char(position + self.start)


def _shift(piece: dict[str, list[dict]], rows: dict, officials: dict[str, dict], start: int, sentences: int,
           normalised: Normalised) -> None:
    """A piece's rows added to its document's: offsets in the file, ids and sentence numbers run on,
    one officials row per person (its offset moved to the file's once all are read)."""
    for table, (begin, end) in OFFSET_COLUMNS.items():
        for row in piece.get(table, ()):
            row[begin] += start
            if end is not None:
                row[end] += start
    original_offsets({table: piece.get(table, []) for table in ("entities", "relations", "quotes")}, normalised)
    for table, (column, prefix) in _ID_COLUMNS.items():
        count = len(rows[table])
        for number, row in enumerate(piece.get(table, ()), count + 1):
            row[column] = f"{prefix}{number}"
            if table == "entities":
                row["sentence_id"] += sentences
        rows[table].extend(piece.get(table, []))
    for row in piece.get("officials", ()):
        known = officials.get(row["person_key"])
        if known is None:
            officials[row["person_key"]] = row
            continue
        known["n_mentions"] += row["n_mentions"]
        for column in ("rank", "role", "organisation", "country", "rank_rule", "role_rule", "organisation_rule"):
            if not known[column] and row[column]:
                known[column] = row[column]
