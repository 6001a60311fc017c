"""Fast unit tests of the pure logic, on hand-built Docs (no language model loaded): date values and
their granularity, the grammar words as read from the rules, entity priority, and a stage's rule
files travelling with it."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
import spacy
from spacy.tokens import Doc, Span

from pipeline.components.entities import pick_rule_spans
from pipeline.components.stage import RuleStage, rule_files
from pipeline.rows import first_day, granularity, last_day
from pipeline.rulebook import default_rules, load_rules
from pipeline.rulebook.grammar import Grammar

# -- date values ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "kind"), [
    ("2021-11-24", "day"), ("2021-06", "month"), ("2022", "year"), ("2021-11-22/2021-11-25", "range"),
    ("2021-W27", "week"), ("2021-W27-WE", "weekend"), ("2021-SU", "season"), ("199X", "decade"),
    ("18XX", "century"), ("P3Y", "duration"), ("2021-11-24T09:20", "day"),
    ("XXXX-06", "unknown"), ("2021-13-45x", "unknown"),
])
def test_granularity_is_read_from_the_iso_form(value, kind):
    assert granularity(value) == kind


@pytest.mark.parametrize(("value", "first", "last"), [
    ("2021-11-24", date(2021, 11, 24), date(2021, 11, 24)),
    ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),  # a leap year
    ("2022", date(2022, 1, 1), date(2022, 12, 31)),
    ("2021-11-22/2021-11-25", date(2021, 11, 22), date(2021, 11, 25)),
    ("2021-11-22/2021-12", date(2021, 11, 22), date(2021, 12, 31)),
])
def test_first_and_last_days_of_a_value(value, first, last):
    assert (first_day(value), last_day(value)) == (first, last)


@pytest.mark.parametrize("value", ["P3Y", "2021-SU", "199X", "2021-02-30", ""])
def test_values_that_are_no_calendar_days_have_no_first_day(value):
    assert first_day(value) is None


# -- grammar words -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def book():
    return load_rules(default_rules())


def test_grammar_words_come_from_the_rule_file_with_either_apostrophe(book):
    grammar = Grammar.from_book(book)
    assert {"l'", "l\u2019", "le"} <= grammar.determiners
    assert "se" in grammar.reflexive_pronouns and "-t-il" in grammar.subject_pronouns
    assert "général" not in grammar.determiners  # counter-example: a content word is no function word


def test_an_analyst_can_change_a_grammar_list(book):
    edited = dataclasses.replace(book, files={**book.files, "grammar": {**book.files["grammar"],
                                                                         "place_prepositions": ["à", "vers"]}})
    assert Grammar.from_book(edited).place_prepositions == {"à", "vers"}


# -- entity priority on a hand-built Doc -----------------------------------------------------------


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("fr")


def spans(doc: Doc, *marks: tuple[int, int, str]) -> list[Span]:
    return [Span(doc, start, end, label=label) for start, end, label in marks]


def test_the_longest_rule_span_wins_whatever_its_label(blank, book):
    doc = Doc(blank.vocab, words=["le", "chef", "d'", "état-major", "des", "armées", "a", "parlé"])
    chosen = pick_rule_spans(spans(doc, (1, 6, "ROLE"), (3, 6, "ORG")), Grammar.from_book(book))
    assert [(s.start, s.end, s.label_) for s in chosen] == [(1, 6, "ROLE")]


def test_a_rank_followed_by_a_complement_is_a_role(blank, book):
    doc = Doc(blank.vocab, words=["le", "commandant", "de", "la", "force"])
    chosen = pick_rule_spans(spans(doc, (1, 2, "RANK"), (1, 2, "ROLE")), Grammar.from_book(book))
    assert [s.label_ for s in chosen] == ["ROLE"]
    doc = Doc(blank.vocab, words=["le", "commandant", "Dupont"])  # counter-example: no complement, a rank
    chosen = pick_rule_spans(spans(doc, (1, 2, "RANK"), (1, 2, "ROLE")), Grammar.from_book(book))
    assert [s.label_ for s in chosen] == ["RANK"]


def test_a_role_cut_by_a_longer_organisation_keeps_its_head(blank, book):
    words = ["le", "chef", "de", "l'", "état-major", "général", "des", "forces", "russes"]
    doc = Doc(blank.vocab, words=words)
    chosen = pick_rule_spans(spans(doc, (1, 5, "ROLE"), (4, 9, "ORG")), Grammar.from_book(book))
    assert [(s.text, s.label_) for s in chosen] == [("chef", "ROLE"), ("état-major général des forces russes", "ORG")]


# -- a stage carries its rule files ----------------------------------------------------------------


def test_a_stage_saved_to_bytes_is_rebuilt_from_its_own_rule_files(blank, tmp_path):
    from pipeline.components.dates import DateTagger

    stage = RuleStage(blank, "defnews_dates", "", lambda nlp, book, lexicon: DateTagger(book))
    data = stage.to_bytes()
    other = RuleStage(blank, "defnews_dates", tmp_path / "nowhere", lambda nlp, book, lexicon: DateTagger(book))
    with pytest.raises(ValueError, match="no rules folder"):
        other(blank("Le 3 mars 2025."))
    other.from_bytes(data)
    assert set(rule_files(other.folder)) == set(rule_files(default_rules()))
    doc = other(blank("Les ministres se sont réunis le 3 mars 2025."))
    assert [(s.text, s._.normalized) for s in doc.spans["dates"]] == [("3 mars 2025", "2025-03-03")]
