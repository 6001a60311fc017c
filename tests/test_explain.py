"""`explain`: one text, its spans with the rule behind each, and the rows it yields."""

from __future__ import annotations

import dataclasses

from rich.console import Console

from pipeline.tuning.explain import explain, load_input, render

from conftest import ROOT

TEXT = ("Le directeur général de l’EMI, le général de corps d’armée Hans-Werner Wiermann, a reçu le "
        "24 novembre 2021 son homologue pakistanais, le général Ashraf.")


def rendered(explanation) -> str:
    console = Console(record=True, width=240)
    render(explanation, console)
    return console.export_text()


def test_spans_carry_their_value_and_rule(pipeline):
    result = explain(pipeline, load_input(TEXT))
    spans = {(r["label"], r["text"]): (r["normalized"], r["source"]) for r in result.rows["entities"]}
    assert spans[("RANK", "général de corps d’armée")] == ("général de corps d'armée",
                                                           "rule:ranks:commun.general-corps-armee")
    assert spans[("ORG", "EMI")] == ("EMI", "rule:organisations:otan.emi")  # the text writes only the acronym
    assert spans[("DATE", "24 novembre 2021")] == ("2021-11-24", "rule:dates:day")


def test_render_shows_text_spans_and_rows_with_rules(pipeline):
    text = rendered(explain(pipeline, load_input(TEXT)))
    assert "général de corps d’armée[RANK] Hans-Werner Wiermann[PERSON]" in text
    assert "rule:ranks:commun.general-corps-armee" in text
    row = next(line for line in text.splitlines() if line.startswith("│ Hans-Werner Wiermann ") and "rank:" in line)
    assert "EMI" in row and "rank: rule:ranks:commun.general-corps-armee" in row
    assert "HOSTED" in text and "rule:meetings:" in text


def test_a_path_is_read_as_a_file_anything_else_is_text(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="cp1252", errors="replace")
    article = load_input(str(path))
    assert (article.doc_id, article.source_path) == ("article", str(path))
    assert article.text.startswith("Le directeur général de l")
    assert load_input("Le général Wiermann.").source_path == "<text>"


def test_cli_explains_a_file(pipeline, monkeypatch):
    from typer.testing import CliRunner

    monkeypatch.syspath_prepend(str(ROOT))
    monkeypatch.setattr("pipeline.run.runner.build_pipeline", lambda rules, **_: dataclasses.replace(pipeline))
    from pipeline.cli import app

    article = ROOT / "data" / "raw" / "art06_burkhard_breuer_balard.txt"
    result = CliRunner().invoke(app, ["explain", str(article), "--no-cache"], terminal_width=240)
    assert result.exit_code == 0, result.output
    assert "Spans" in result.output and "officials.csv" in result.output and "Breuer" in result.output
