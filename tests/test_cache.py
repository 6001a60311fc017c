"""The parse cache: a re-run reads the model's output from disk and gives exactly the same rows;
a damaged, foreign or other-model entry is never trusted."""

from __future__ import annotations

import dataclasses
import json

import pytest

from pipeline.run.cache import ParseCache
from pipeline.run.export import doc_rows
from pipeline.run.ingest import Article, read_article
from pipeline.run.model import MODEL

from conftest import ROOT

ARTICLES = ["art02_comite_militaire_bruxelles", "art06_burkhard_breuer_balard"]


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    return [read_article(ROOT / "data" / "raw" / f"{name}.txt") for name in ARTICLES]


def cached(pipeline, folder, version: str | None = None):
    """A copy of the session pipeline with its own cache: the shared one stays uncached."""
    return dataclasses.replace(pipeline, cache=ParseCache(folder, pipeline.nlp, version=version))


def rows_of(pipeline, articles: list[Article]) -> list[str]:
    """Every row the articles give, as JSON: what must not change whether the cache is used or not."""
    return [json.dumps(doc_rows(doc), ensure_ascii=False, sort_keys=True, default=str)
            for _article, doc in pipeline.analyse(articles)]


def entries(folder) -> list:
    return sorted(folder.rglob("*.spacy"))


def test_warm_run_reads_the_cache_and_gives_the_same_rows(pipeline, articles, tmp_path):
    plain = rows_of(pipeline, articles)
    cold = cached(pipeline, tmp_path)
    assert rows_of(cold, articles) == plain
    assert (cold.cache.stats.hits, cold.cache.stats.misses) == (0, 2)
    assert len(entries(tmp_path)) == 2
    warm = cached(pipeline, tmp_path)
    assert rows_of(warm, articles) == plain
    assert (warm.cache.stats.hits, warm.cache.stats.misses) == (2, 0)
    assert "Breuer" in plain[1] and "officials" in plain[1]  # real rows, not empty ones


def test_only_the_model_output_is_stored(pipeline, articles, tmp_path):
    """No span, no extension value of our stages goes to disk: a rule edit can never be hidden by the cache."""
    warm = cached(pipeline, tmp_path)
    list(warm.analyse(articles[:1]))
    doc = warm.cache.get(articles[0].text)
    assert doc is not None and doc.text == articles[0].text
    assert not doc.spans and doc._.officials is None and doc._.doc_id == ""
    assert {e.label_ for e in doc.ents} <= {"PER", "ORG", "LOC", "MISC"}  # the model's labels, not ours
    assert doc.has_annotation("DEP") and doc.has_annotation("LEMMA")


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty"])
def test_a_damaged_entry_is_rebuilt_not_trusted(pipeline, articles, tmp_path, damage):
    text = articles[0].text
    first = cached(pipeline, tmp_path)
    expected = rows_of(first, articles[:1])
    path = first.cache.path(text)
    data = path.read_bytes()
    path.write_bytes({"garbage": b"not a DocBin at all", "truncated": data[: len(data) // 2], "empty": b""}[damage])
    again = cached(pipeline, tmp_path)
    assert rows_of(again, articles[:1]) == expected
    assert (again.cache.stats.rebuilt, again.cache.stats.misses) == (1, 1)
    assert path.read_bytes() == data  # rewritten whole
    assert cached(pipeline, tmp_path).cache.get(text) is not None


def test_an_entry_of_another_text_is_not_trusted(pipeline, articles, tmp_path):
    """A whole, readable entry under the wrong name (copied by hand, a bad sync) is rebuilt."""
    first = cached(pipeline, tmp_path)
    list(first.analyse(articles))
    one, other = (first.cache.path(a.text) for a in articles)
    one.write_bytes(other.read_bytes())
    cache = cached(pipeline, tmp_path).cache
    assert cache.get(articles[0].text) is None
    assert cache.stats.rebuilt == 1


def test_a_cache_of_another_model_or_spacy_version_is_ignored(pipeline, articles, tmp_path):
    list(cached(pipeline, tmp_path, version="fr_core_news_md-3.7.0-spacy3.7.2").analyse(articles[:1]))
    current = cached(pipeline, tmp_path)
    list(current.analyse(articles[:1]))
    assert (current.cache.stats.hits, current.cache.stats.misses) == (0, 1)
    assert len(entries(tmp_path)) == 2
    assert len({p.parent.parent.name for p in entries(tmp_path)}) == 2  # one folder per model version


def test_entry_names_depend_on_text_and_model(pipeline, tmp_path):
    cache = ParseCache(tmp_path, pipeline.nlp)
    assert cache.path("Le général Wiermann.") != cache.path("Le général Wiermann !")
    assert cache.path("Le général Wiermann.") == ParseCache(tmp_path, pipeline.nlp).path("Le général Wiermann.")
    assert pipeline.nlp.meta["version"] in cache.version and pipeline.nlp.meta["name"] in cache.version


def test_an_unwritable_cache_never_stops_the_run(pipeline, articles, tmp_path):
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder should be")
    run = cached(pipeline, blocker)
    assert rows_of(run, articles[:1]) == rows_of(pipeline, articles[:1])
    assert run.cache.stats.write_errors


def test_cli_cache_options(pipeline, tmp_path, monkeypatch):
    """`--cache DIR` fills DIR and a second run reads it; `--no-cache` neither reads nor writes."""
    from typer.testing import CliRunner

    monkeypatch.syspath_prepend(str(ROOT))
    monkeypatch.setattr("pipeline.run.runner.build_pipeline", lambda rules, **_: dataclasses.replace(pipeline))
    from pipeline.cli import app

    article = ROOT / "data" / "raw" / f"{ARTICLES[0]}.txt"
    cache, out = tmp_path / "cache", tmp_path / "out"
    runs = [CliRunner().invoke(app, ["extract", str(article), "--out", str(out), "--cache", str(cache), "--no-reuse"])
            for _ in range(2)]  # --no-reuse: the second run would reuse the rows of the first (test_reuse.py)
    assert [r.exit_code for r in runs] == [0, 0], runs[0].output
    assert "0 of 1 document read from the cache" in runs[0].output, runs[0].output
    assert "1 of 1 document read from the cache" in runs[1].output, runs[1].output
    assert len(entries(cache)) == 1
    clean = CliRunner().invoke(app, ["extract", str(article), "--out", str(out), "--cache", str(tmp_path / "other"),
                                     "--no-cache"])
    assert clean.exit_code == 0 and "from the cache" not in clean.output
    assert not (tmp_path / "other").exists()


def test_fast_reader_gives_the_docs_docbin_gives(pipeline, tmp_path):
    """The cache reads its own entries without DocBin's per-call overhead: the Docs must be identical."""
    from spacy.tokens import DocBin

    cache = ParseCache(tmp_path, pipeline.nlp)
    for path in sorted((ROOT / "data" / "raw").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        cache.put(pipeline.nlp(text))
        data = cache.path(text).read_bytes()
        fast, (slow,) = cache._decode(data), list(DocBin().from_bytes(data).get_docs(pipeline.nlp.vocab))
        assert fast.to_json() == slow.to_json()
        assert [(t.morph, t.is_sent_start, t.norm_, t.ent_iob_) for t in fast] == \
               [(t.morph, t.is_sent_start, t.norm_, t.ent_iob_) for t in slow]


# -- a re-run that reads no weights, compiled rules, tokenized phrases -----------------------------------


def lazy_pipeline(rules, compiled):
    from pipeline.run.runner import build_pipeline

    built = build_pipeline(rules, lazy=True, compiled=compiled)
    built.cache = ParseCache(compiled, built.nlp)
    return built


def copy_rules(folder):
    import shutil

    folder.mkdir()
    for path in (ROOT / "rules").iterdir():
        if path.suffix in (".yml", ".jsonl"):
            shutil.copy(path, folder)
    return folder


def test_cached_texts_need_no_weights_and_give_the_same_rows(pipeline, articles, tmp_path):
    """A lazily built model reads its cache entries under the same names, gives the same rows from
    them without reading weights, tokenizer, strings or vectors, and reads them on its first miss."""
    from pipeline.run.model import vocabulary_loaded, weights_loaded

    plain = rows_of(pipeline, articles)
    assert rows_of(cached(pipeline, tmp_path), articles) == plain  # fills the cache
    lazy = lazy_pipeline(ROOT / "rules", tmp_path)
    assert lazy.cache.version == ParseCache(tmp_path, pipeline.nlp).version
    assert rows_of(lazy, articles) == plain
    assert (lazy.cache.stats.hits, lazy.cache.stats.misses) == (2, 0)
    assert not weights_loaded(lazy.nlp) and not vocabulary_loaded(lazy.nlp)
    other = [read_article(ROOT / "data" / "raw" / "ws04_lux_defense_h145m.txt")]
    assert rows_of(lazy, other) == rows_of(pipeline, other)  # a miss: the model loads, same rows
    assert weights_loaded(lazy.nlp) and lazy.cache.stats.misses == 1


def test_compiled_rules_are_reused_until_a_rule_file_changes(pipeline, articles, tmp_path):
    from pipeline.components import stage

    rules = copy_rules(tmp_path / "rules")
    plain = rows_of(pipeline, articles)
    first = lazy_pipeline(rules, tmp_path)
    compiled = stage.compiled_path(tmp_path, rules, MODEL)
    assert compiled.exists()
    second = lazy_pipeline(rules, tmp_path)
    assert not stage._prebuilt  # noqa: SLF001 - every unpickled worker went to its stage
    assert second.nlp.tokenizer._real is None  # noqa: SLF001 - no phrase tokenized: nothing compiled again
    assert rows_of(second, articles) == plain  # (the texts are not cached here: the model loads)
    path = rules / "roles.yml"
    path.write_text(path.read_text(encoding="utf-8") + "\n# an analyst's note\n", encoding="utf-8")
    assert stage.compiled_path(tmp_path, rules, MODEL) != compiled  # another file, another compiled book
    assert first is not second


def test_damaged_compiled_rules_are_built_again(pipeline, articles, tmp_path):
    from pipeline.components import stage

    rules = copy_rules(tmp_path / "rules")
    lazy_pipeline(rules, tmp_path)
    stage.compiled_path(tmp_path, rules, MODEL).write_bytes(b"\x80\x05 not a pickle")
    again = lazy_pipeline(rules, tmp_path)
    assert rows_of(again, articles) == rows_of(pipeline, articles)


def test_phrases_tokenized_once_serve_a_rule_edit(pipeline, tmp_path):
    """After a rule edit the stages are built again from the phrases tokenized in an earlier run,
    with the tokenizer's own norms, without reading the tokenizer; the rows are those of the
    model's tokenizer."""
    from pipeline.run.model import LazyTokenizer

    rules = copy_rules(tmp_path / "rules")
    lazy_pipeline(rules, tmp_path)  # compiles, tokenizes every phrase, keeps them
    path = rules / "roles.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("directeur général, directrice générale,", "directrice générale,", 1),
                    encoding="utf-8")
    edited = lazy_pipeline(rules, tmp_path)
    assert isinstance(edited.nlp.tokenizer, LazyTokenizer) and edited.nlp.tokenizer._real is None  # noqa: SLF001
    phrase = "aujourd'hui le chef d'état-major"
    kept = edited.nlp.tokenizer.real(phrase)
    edited.nlp.tokenizer.phrases[phrase] = (tuple(t.text for t in kept), tuple(bool(t.whitespace_) for t in kept),
                                            tuple((t.i, t.norm_) for t in kept if t.norm_ != t.lex.norm_))
    again = edited.nlp.tokenizer(phrase)
    assert [(t.text, t.norm_, t.whitespace_) for t in again] == [(t.text, t.norm_, t.whitespace_) for t in kept]
    from pipeline.run.ingest import Article
    from pipeline.run.runner import build_pipeline

    article = Article(doc_id="d", source_path="d.txt",
                      text="Le directeur général de l'armement, Emmanuel Chiva, a reçu son homologue.")
    expected = build_pipeline(rules, nlp=pipeline.nlp)  # the same edited rules, built with the real tokenizer
    try:
        assert rows_of(edited, [article]) == rows_of(expected, [article])
    finally:
        build_pipeline(ROOT / "rules", nlp=pipeline.nlp)  # the session pipeline gets its rules back
