"""The worked examples of rules/README.md are real: applied to a copy of the rules, they pass
`rules check` and do on their example sentence what the README says they do."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from pipeline.rulebook import SCHEMAS, check_rules
from pipeline.run.export import doc_rows
from pipeline.run.ingest import Article
from pipeline.run.runner import build_pipeline

from conftest import ROOT

README = ROOT / "rules" / "README.md"
BLOCK = re.compile(r"```(?P<kind>yaml|json)\n(?P<body>.*?)```", re.S)
TARGET = re.compile(r"^# rules/(?P<file>\w+)\.yml, in the list `(?P<key>\w+):`$")
TRY = re.compile(r'Try: `python cli\.py explain --rules my-rules "(?P<text>[^"]+)"`')


def worked_examples() -> list[dict]:
    """Each example's rule file, list, entry text and try-it sentence, in README order."""
    section = README.read_text(encoding="utf-8").split("## Worked examples", 1)[1].split("\n## ", 1)[0]
    sentences = iter(m["text"] for m in TRY.finditer(section))
    examples = []
    for block in BLOCK.finditer(section):
        first, _, rest = block["body"].partition("\n")
        target = TARGET.match(first)
        if block["kind"] == "yaml" and target:
            examples.append({"file": target["file"], "key": target["key"], "entry": rest, "text": next(sentences)})
        elif block["kind"] == "json":
            examples.append({"file": "patterns", "key": "", "entry": block["body"], "text": next(sentences)})
    return examples


def apply(rules: Path, example: dict) -> None:
    if example["file"] == "patterns":
        path = rules / "patterns.jsonl"
        path.write_text(path.read_text(encoding="utf-8") + example["entry"], encoding="utf-8")
        return
    path = rules / f"{example['file']}.yml"
    text = path.read_text(encoding="utf-8")
    start = re.search(rf"^{example['key']}:\n", text, re.M)
    assert start, f"{path} has no list {example['key']}"
    path.write_text(text[: start.end()] + example["entry"] + text[start.end():], encoding="utf-8")


@pytest.fixture(scope="module")
def tuned(pipeline, tmp_path_factory):
    """A pipeline on the shipped rules plus every worked example, sharing the session's model."""
    rules = Path(shutil.copytree(ROOT / "rules", tmp_path_factory.mktemp("readme") / "my-rules"))
    for example in worked_examples():
        apply(rules, example)
    assert [str(e) for e in check_rules(rules)[1]] == []
    return build_pipeline(rules, nlp=pipeline.nlp)


def rows_for(tuned, text: str) -> tuple[set, dict]:
    doc = next(iter(tuned.analyse([Article("example", "example.txt", text)])))[1]
    return {(e.label_, e.text, e._.normalized, e._.source) for e in doc.ents}, doc_rows(doc)


def test_readme_has_every_example():
    assert [e["file"] for e in worked_examples()] == ["ranks", "organisations", "roles", "meetings", "countries",
                                                      "patterns"]


def test_rank_example(tuned):
    spans, rows = rows_for(tuned, worked_examples()[0]["text"])
    assert ("RANK", "maréchal en chef de l'air", "maréchal en chef de l'air",
            "rule:ranks:etranger.marechal-chef-air") in spans
    assert [(r["name"], r["rank"]) for r in rows["officials"]] == [("Richard Knighton", "maréchal en chef de l'air")]


def test_organisation_example(tuned):
    spans, rows = rows_for(tuned, worked_examples()[1]["text"])
    # the text writes only the acronym: the body is named so (its full name where the text spells it)
    assert ("ORG", "CASPOA", "CASPOA", "rule:organisations:fr.aae.caspoa") in spans
    assert tuned.lexicon.by_file("organisations")["fr.aae.caspoa"]["parent"] == "fr.aae"


def test_role_example(tuned):
    spans, rows = rows_for(tuned, worked_examples()[2]["text"])
    assert ("ROLE", "commandant de la composante aérienne", "commandant de la composante aérienne",
            "rule:roles:commandant-composante-air") in spans
    assert [(r["name"], r["role"]) for r in rows["officials"]] == [("Paul Durand",
                                                                   "commandant de la composante aérienne")]


def test_meeting_example(tuned):
    _spans, rows = rows_for(tuned, worked_examples()[3]["text"])
    assert [(m["kind"], m["date_start"], m["rule"]) for m in rows["meetings"]] == [
        ("visite d'inspection", "2024-03-03", "rule:meetings:visite-inspection")]


def test_demonym_example(tuned):
    spans, rows = rows_for(tuned, worked_examples()[4]["text"])
    assert ("MISC", "groenlandais", "Groenland", "rule:countries:r.groenland") in spans


def test_pattern_example(tuned):
    spans, _rows = rows_for(tuned, worked_examples()[5]["text"])
    assert ("MISC", "plan Vigipirate", "plan Vigipirate", "rule:patterns:plan-nomme") in spans
    spans, _rows = rows_for(tuned, "Le plan capacitaire prévoit de nouveaux avions.")
    assert not any(source == "rule:patterns:plan-nomme" for *_rest, source in spans)


def test_readme_names_every_rule_key():
    """The schema reference lists every key the checker accepts: the format is documented, whole."""
    text = README.read_text(encoding="utf-8")
    keys = {key for schema in SCHEMAS.values() for key in schema}
    keys |= {k for schema in SCHEMAS.values() for entry in schema.values() if entry for k in entry}
    assert sorted(k for k in keys if f"`{k}`" not in text) == []
