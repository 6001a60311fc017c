"""Written day ranges, round 37: the range and each day it names, texts of our own.

`du 20 au 31 mai 2024` names two days: the range is one DATE entity (the meetings read it), and the days
are DATE entities of their own at their own offsets (`20` -> `2024-05-20`), written with the entities when
`range_days_are_entities` (dates.yml) is on. Each behaviour has a counter-example that must not change.
"""

from __future__ import annotations

import pytest

from pipeline.components.dates import RANGE_DAYS
from pipeline.run.export import doc_rows

from conftest import ROOT, page


@pytest.fixture(scope="module")
def days_on(tmp_path_factory):
    """`analyse` with a copy of the shipped rules where `range_days_are_entities` is on, whatever dates.yml
    ships (an analyst's copy of rules/, as `--rules` takes it)."""
    from pipeline.run.ingest import Article
    from pipeline.run.runner import build_pipeline

    folder = tmp_path_factory.mktemp("rules-range-days")
    for path in (ROOT / "rules").iterdir():
        if path.suffix in (".yml", ".jsonl"):
            text = path.read_text(encoding="utf-8")
            if path.name == "dates.yml":
                assert "range_days_are_entities: false" in text
                text = text.replace("range_days_are_entities: false", "range_days_are_entities: true")
            (folder / path.name).write_text(text, encoding="utf-8")
    pipe = build_pipeline(folder)

    def run(text: str, doc_id: str = "test"):
        return next(iter(pipe.analyse([Article(doc_id=doc_id, source_path=f"{doc_id}.txt", text=text)])))[1]

    return run


BODY = len(page(""))  # where the body starts: the page's date line is a DATE too


def date_rows(doc) -> list[tuple[str, str, str]]:
    """(text, value, source) of the DATE rows of the entities table in the body, in their order."""
    return [(r["text"], r["normalized"], r["source"]) for r in doc_rows(doc)["entities"]
            if r["label"] == "DATE" and int(r["start_char"]) >= BODY]


# -- the date stage: the days a range names, each with its end of the range's value --------------------------

def test_a_range_names_its_two_days_each_at_its_own_offsets(analyse):
    doc = analyse(page("La brigade s'entraînera du 20 au 31 mai 2024 dans les Alpes."))
    days = [(d.text, d._.normalized) for d in doc.spans[RANGE_DAYS]]
    assert days == [("20", "2024-05-20"), ("31 mai 2024", "2024-05-31")]
    assert [(e.text, e._.normalized) for e in doc.ents if e.label_ == "DATE" and e.start_char >= BODY] == \
        [("du 20 au 31 mai 2024", "2024-05-20/2024-05-31")]  # the range stays one entity


def test_a_range_over_two_months_gives_each_day_its_own_month(analyse):
    doc = analyse(page("Les manœuvres se tiendront du 30 novembre au 1er décembre 2024 en Estonie."))
    assert [d._.normalized for d in doc.spans[RANGE_DAYS]] == ["2024-11-30", "2024-12-01"]


def test_a_pair_of_days_without_its_year_takes_the_year_of_the_range(analyse):
    doc = analyse(page("Les chefs d'état-major se réuniront les 17 et 18 juin à Bruxelles."))
    assert [(d.text, d._.normalized) for d in doc.spans[RANGE_DAYS]] == [("17", "2024-06-17"),
                                                                         ("18 juin", "2024-06-18")]


def test_a_single_day_names_no_range_days(analyse):
    doc = analyse(page("Le ministre s'est rendu à Tallinn le 12 mars 2024."))
    assert list(doc.spans[RANGE_DAYS]) == []


def test_a_span_of_years_names_no_day(analyse):
    doc = analyse(page("Le régiment a été déployé au Sahel entre 2020 et 2023."))
    assert list(doc.spans[RANGE_DAYS]) == []


# -- the entities table: three rows for a range when the convention is on -------------------------------------

def test_a_range_gives_three_date_entities(days_on):
    doc = days_on(page("La brigade s'entraînera du 20 au 31 mai 2024 dans les Alpes."))
    assert date_rows(doc) == [("du 20 au 31 mai 2024", "2024-05-20/2024-05-31", "rule:dates:range"),
                              ("20", "2024-05-20", "rule:dates:range"),
                              ("31 mai 2024", "2024-05-31", "rule:dates:range")]


def test_a_single_day_stays_one_date_entity(days_on):
    doc = days_on(page("Le ministre s'est rendu à Tallinn le 12 mars 2024."))
    assert [(t, v) for t, v, _ in date_rows(doc)] == [("12 mars 2024", "2024-03-12")]


def test_a_span_of_years_stays_one_date_entity(days_on):
    doc = days_on(page("Le régiment a été déployé au Sahel entre 2020 et 2023."))
    assert [v for _, v, _ in date_rows(doc)] == ["2020/2023"]


def test_a_pair_of_weekdays_names_its_two_days(days_on):
    doc = days_on(page("Les ministres se sont réunis mardi et mercredi à Riga.", published="14 mars 2024"))
    values = [v for _, v, _ in date_rows(doc)]
    assert values == ["2024-03-12", "2024-03-12/2024-03-13", "2024-03-13"]  # by offsets: the first day, shorter, first


def test_the_shipped_convention_writes_the_range_alone(analyse):
    """Off in dates.yml while the seeds' gold lists a range alone: one row, the range."""
    doc = analyse(page("La brigade s'entraînera du 20 au 31 mai 2024 dans les Alpes."))
    assert [v for _, v, _ in date_rows(doc)] == ["2024-05-20/2024-05-31"]


# -- the meetings still read the range ------------------------------------------------------------------------

def test_a_meeting_still_reads_the_range_of_its_days(days_on):
    doc = days_on(page("Du 20 au 22 mai 2024, le général Pierre Durand a reçu à Paris son homologue estonien, "
                       "le général Martin Herem."))
    assert [m["date"] for m in doc._.meetings] == ["2024-05-20/2024-05-22"]


def test_a_meeting_on_one_day_keeps_its_day(days_on):
    doc = days_on(page("Le 21 mai 2024, le général Pierre Durand a reçu à Paris son homologue estonien, "
                       "le général Martin Herem."))
    assert [m["date"] for m in doc._.meetings] == ["2024-05-21"]
