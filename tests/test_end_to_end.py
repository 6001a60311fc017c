"""End to end: the CLI over real articles, scored by the shared scorer against careful readers' gold."""

from __future__ import annotations

import csv
import importlib.util
import re
import subprocess
import sys

import pytest

from conftest import ROOT, SHARED

pytestmark = pytest.mark.slow  # whole processes: CLI, engines, property runs

HEADLINE = ["officials_f1", "rank_acc", "role_acc", "organisation_acc", "country_acc", "org_entities_f1",
            "dates_f1", "meetings_f1", "meeting_dates_acc", "meeting_location_acc", "meeting_host_acc",
            "meeting_participants_f1", "relations_f1", "quote_speaker_acc", "published_acc"]


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_cli(folder, out):
    result = subprocess.run([sys.executable, str(ROOT / "cli.py"), "extract", str(folder), "--out", str(out)],
                            cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    return result


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="../shared is absent")
def test_seeds_score(tmp_path):
    run_cli(SHARED / "corpus" / "seeds", tmp_path)
    measures = load_scorer().score(tmp_path, SHARED / "gold")["measures"]
    assert measures["overall"] >= 0.98, measures  # 1.000 now
    low = {k: v for k, v in measures.items() if v < 0.95}
    assert not low, low


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="../shared is absent")
def test_sample_articles_score(tmp_path):
    run_cli(ROOT / "data" / "raw", tmp_path)
    measures = load_scorer().score(tmp_path, ROOT / "data" / "gold")["measures"]
    # 503 samples: 0.905 (the three blind sets of 2026-12-01 evening joined at 0.778, 0.792 and 0.718)
    assert measures["overall"] >= 0.90, measures
    low = {k: v for k, v in measures.items() if v < 0.74}
    assert not low, low  # the weakest now: meeting places 0.745, host 0.797, relations 0.811


def contract_columns() -> dict[str, list[str]]:
    """The required columns of each table, read from ../shared/CONTRACT.md itself."""
    rows = re.findall(r"^\| `(\w+)\.csv` \| [^|]+ \| `([^`]+)` \|", (SHARED / "CONTRACT.md").read_text(), re.M)
    return {name: [c.strip() for c in columns.split(",")] for name, columns in rows}


@pytest.mark.skipif(not (SHARED / "CONTRACT.md").exists(), reason="../shared is absent")
def test_every_table_written_with_contract_columns(tmp_path):
    run_cli(ROOT / "data" / "raw", tmp_path)
    required = contract_columns()
    assert len(required) == 6
    for name, columns in required.items():
        with open(tmp_path / f"{name}.csv", encoding="utf-8-sig", newline="") as handle:
            header = next(csv.reader(handle))
        assert header[: len(columns)] == columns, name


def test_help_answers_without_loading_spacy():
    """`--help` must answer at once: spaCy and the model are imported only by the commands that need them."""
    code = ("import runpy, sys\nsys.argv = ['cli.py', '--help']\ntry:\n"
            "    runpy.run_path('cli.py', run_name='__main__')\nexcept SystemExit:\n    pass\n"
            "print('spacy loaded:', 'spacy' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert "extract" in result.stdout and "explain" in result.stdout
    assert result.stdout.strip().endswith("spacy loaded: False")
