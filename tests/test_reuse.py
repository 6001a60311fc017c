"""The results cache (`run/results.py`): a re-run reuses each document's stored rows when the rules
cannot have changed them, and runs the stages again on the others. The tables are always the bytes
a run without it writes (`--no-reuse`); a term edit re-runs the documents that hold the term, a
setting or a pattern every document."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from pipeline.run.results import Change, ResultsCache, mentions, rule_changes, words_of

from conftest import ROOT

SAMPLES = ["art01_otan_sommet_vilnius", "art02_comite_militaire_bruxelles", "art04_lecornu_pistorius_mgcs",
           "art06_burkhard_breuer_balard", "art10_parly_visite_inde", "ho01_parly_jakarta_rafale",
           "ho06_audition_dggn_assemblee", "wb05_lecornu_marles_paris", "wc06_macron_voeux_cherbourg",
           "wd02_marine_varuna_2025"]
# (file, text, replacement, every document re-run, the term added or removed)
EDITS = {
    "role term out": ("roles.yml", "directeur général, directrice générale,", "directrice générale,", False,
                      "directeur général"),
    "rank term out": ("ranks.yml", "terms: [général de division, généraux de division]",
                      "terms: [généraux de division]", False, "général de division"),
    "organisation alias added": ("organisations.yml", "Alliance nord-atlantique, Organisation atlantique]",
                                 "Alliance nord-atlantique, Organisation atlantique, Alliance transatlantique]",
                                 False, "Alliance transatlantique"),
    "country demonym out": ("countries.yml", "demonyms: [indien, indienne, indiens, indiennes]",
                            "demonyms: [indien, indiens, indiennes]", False, "indienne"),
    "meeting verb out": ("meetings.yml", "refermer, poursuivre, finir, prolonger, prendre fin]",
                         "refermer, finir, prolonger, prendre fin]", False, "poursuivre"),
    "grammar word out": ("grammar.yml", "time_nouns: [veille, lendemain]", "time_nouns: [veille]", False, "lendemain"),
    "number setting changed": ("furniture.yml", "headline_max_words: 30", "headline_max_words: 12", True, ""),
    "pattern changed": ("patterns.jsonl", '{"LOWER": "exercice"}', '{"LOWER": {"IN": ["exercice", "exercices"]}}',
                        True, ""),
}


def copy_rules(folder: Path) -> Path:
    folder.mkdir(parents=True)
    for path in (ROOT / "rules").iterdir():
        if path.suffix in (".yml", ".jsonl"):
            shutil.copy(path, folder)
    return folder


def tables(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.csv"))}


@pytest.fixture(scope="module")
def work(tmp_path_factory, pipeline):
    """A corpus of samples, the shipped rules copied, the parse cache filled and the results of the
    shipped rules stored (`base`)."""
    from pipeline.run.cache import ParseCache

    work = tmp_path_factory.mktemp("reuse")
    corpus = work / "in"
    corpus.mkdir()
    for name in SAMPLES:
        shutil.copy(ROOT / "data" / "raw" / f"{name}.txt", corpus)
    parse = ParseCache(work / "parse", pipeline.nlp)
    run = Runner(pipeline, corpus, parse)
    rules = copy_rules(work / "rules")
    store = ResultsCache(work / "base")
    first = run(rules, work / "first", store)
    assert store.stats.rerun == len(SAMPLES) and store.stats.reused == 0
    yield work, run, rules, first
    from pipeline.run.runner import build_pipeline

    build_pipeline(ROOT / "rules", nlp=pipeline.nlp)  # the session pipeline gets its rules back


class Runner:
    """`job.extract` over the corpus with the rules of a folder, the session's model and parse cache."""

    def __init__(self, pipeline, corpus: Path, parse) -> None:
        self.pipeline, self.corpus, self.parse = pipeline, corpus, parse

    def __call__(self, rules: Path, out: Path, reuse: ResultsCache | None) -> dict[str, bytes]:
        from pipeline.components.stage import shared_rules
        from pipeline.run.job import extract
        from pipeline.run.runner import add_stages

        built = add_stages(self.pipeline.nlp, rules, *shared_rules(rules))
        built = dataclasses.replace(built, cache=self.parse)
        extract(self.corpus, out, built, rules=rules, reuse=reuse)
        return tables(out)


def test_unchanged_rules_reuse_every_document_and_write_the_same_bytes(work, tmp_path):
    base, run, rules, first = work[0], work[1], work[2], work[3]
    store = ResultsCache(base / "base")
    again = run(rules, tmp_path / "again", store)
    assert (store.stats.rerun, store.stats.reused) == (0, len(SAMPLES))
    assert again == first
    assert run(rules, tmp_path / "plain", None) == first


@pytest.mark.parametrize("kind", list(EDITS))
def test_an_edit_reruns_what_it_can_change_and_gives_the_tables_of_a_full_run(work, tmp_path, kind):
    base, run, rules, first = work
    name, old, new, everything, term = EDITS[kind]
    edited = copy_rules(tmp_path / "rules")
    path = edited / name
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")
    shutil.copytree(base / "base", tmp_path / "cache")  # the results of the shipped rules, this test's own
    store = ResultsCache(tmp_path / "cache")
    incremental = run(edited, tmp_path / "incremental", store)
    full = run(edited, tmp_path / "full", None)
    assert incremental == full
    stats = store.stats
    assert stats.rerun + stats.reused == len(SAMPLES)
    if everything:
        assert stats.rerun == len(SAMPLES) and stats.why_all, stats
        assert "(all:" in stats.line()
    else:
        assert stats.reused > 0, stats  # few: not every document holds the words of the term
        holding = sum(mentions(tuple(sorted(words_of((run.corpus / f"{s}.txt").read_text(encoding="utf-8")))), term)
                      for s in SAMPLES)
        assert stats.rerun >= holding  # at least every document whose text holds the term
    again = ResultsCache(tmp_path / "cache")  # and the next run with the edited rules reuses everything
    assert run(edited, tmp_path / "again", again) == full
    assert (again.stats.rerun, again.stats.reused) == (0, len(SAMPLES))


def test_an_edit_that_changes_rows_runs_the_documents_it_changes(work, tmp_path):
    """The role term out changes the rows of some documents: those were run again, not reused."""
    base, run, rules, first = work
    name, old, new, _, _ = EDITS["role term out"]
    edited = copy_rules(tmp_path / "rules")
    (edited / name).write_text((edited / name).read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    shutil.copytree(base / "base", tmp_path / "cache")
    store = ResultsCache(tmp_path / "cache")
    assert run(edited, tmp_path / "incremental", store)["entities.csv"] != first["entities.csv"]
    assert 0 < store.stats.rerun < len(SAMPLES)


def test_rule_changes_is_conservative():
    book = {"roles": {"roles": [{"id": "a", "role": "chef", "terms": ["chef", "cheffe"], "organisation": "x"},
                                {"id": "b", "role": "adjoint", "terms": ["adjoint"], "same_as": ["a"]}],
                      "office_nouns": ["poste"]},
            "organisations": {"organisations": [{"id": "x", "name": "Marine", "aliases": ["Royale"]}]},
            "furniture": {"headline_max_words": 30}, "patterns": {"patterns": [{"id": "p", "label": "ORG"}]}}

    def edited(change) -> dict:
        import copy

        new = copy.deepcopy(book)
        change(new)
        return new

    assert rule_changes(book, book) == Change()
    term_out = rule_changes(book, edited(lambda b: b["roles"]["roles"][0]["terms"].remove("cheffe")))
    assert not term_out.everything and term_out.strings >= {"cheffe"} and "adjoint" in term_out.strings  # same_as
    field = rule_changes(book, edited(lambda b: b["roles"]["roles"][1].update(organisation="x")))
    assert field.strings >= {"adjoint"} and not field.everything
    renamed = rule_changes(book, edited(lambda b: b["organisations"]["organisations"][0].update(name="Flotte")))
    assert {"Marine", "Flotte", "Royale", "chef", "cheffe"} <= renamed.strings  # its role names it
    assert rule_changes(book, edited(lambda b: b["furniture"].update(headline_max_words=12))).everything
    assert rule_changes(book, edited(lambda b: b["patterns"]["patterns"][0].update(label="LOC"))).everything
    assert rule_changes(None, book).everything
    assert Change(strings={"—"}).touches(("a",))  # a string of no word: every document
    assert not Change(strings={"amiral"}).touches(("chef", "marine"))
    assert Change(strings={"généraux"}).touches(("general", "marine"))  # a stem: inflected forms count


def test_cli_summary_no_reuse_and_a_broken_rule_file(pipeline, tmp_path, monkeypatch):
    """The summary says how many documents were re-run and reused; `--no-reuse` reads no stored rows;
    a broken rule file stops the run before anything is written."""
    from typer.testing import CliRunner

    monkeypatch.setattr("pipeline.run.runner.build_pipeline", lambda rules, **_: dataclasses.replace(pipeline))
    from pipeline.cli import app

    folder = tmp_path / "in"
    folder.mkdir()
    for name in SAMPLES[:2]:
        shutil.copy(ROOT / "data" / "raw" / f"{name}.txt", folder)
    out, cache = tmp_path / "out", tmp_path / "cache"

    def extract(*options: str):
        return CliRunner().invoke(app, ["extract", str(folder), "--out", str(out), "--cache", str(cache), *options])

    first, second, plain = extract(), extract(), extract("--no-reuse")
    assert [r.exit_code for r in (first, second, plain)] == [0, 0, 0], first.output
    assert "2 of 2 documents run through the rule stages, 0 reused" in first.output
    assert "0 of 2 documents run through the rule stages, 2 reused" in second.output
    assert "reused" not in plain.output and "2 of 2 documents read from the cache" in plain.output
    before = tables(out)
    rules = copy_rules(tmp_path / "rules")
    (rules / "ranks.yml").write_text("ranks: [\n", encoding="utf-8")
    broken = extract("--rules", str(rules))
    assert broken.exit_code == 2 and "ranks.yml" in broken.output
    assert tables(out) == before


def test_the_code_fingerprint_is_the_same_in_every_process():
    """A re-run finds the results and cleaned texts of the run before only if both processes name them
    alike: the fingerprint must not follow the order of a set, which changes with each process's hash
    seed (a tie among equal-length header markers once named every run's entries anew)."""
    import os
    import subprocess
    import sys

    script = ("from pipeline.run.results import code_print; from pipeline.run.cache import NORMALISE_CODE; "
              "print(code_print(), NORMALISE_CODE)")
    prints = {subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True,
                             env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3", "4")}
    assert len(prints) == 1, prints
