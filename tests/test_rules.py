"""Rule files: every mistake an analyst can make is one line `file:line: message`, exit status 2,
no traceback, and `extract` writes nothing."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.rulebook import check_rules

from conftest import ROOT

ARTICLE = ROOT / "data" / "raw" / "art06_burkhard_breuer_balard.txt"


@pytest.fixture
def rules(tmp_path) -> Path:
    """An analyst's copy of the shipped rules."""
    return Path(shutil.copytree(ROOT / "rules", tmp_path / "my-rules"))


def append(path: Path, text: str) -> int:
    """Append `text` to a rule file; returns the line number where it starts."""
    before = path.read_text(encoding="utf-8")
    if not before.endswith("\n"):
        before += "\n"
    path.write_text(before + text, encoding="utf-8")
    return before.count("\n") + 1


def line_of(path: Path, line_text: str) -> int:
    """The number of the line that reads `line_text` (spaces around aside)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if line.strip() == line_text)


def errors_of(folder: Path) -> list[str]:
    return [str(e) for e in check_rules(folder)[1]]


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "cli.py"), *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)


def assert_refused(folder: Path, expected: str, tmp_path: Path) -> None:
    """`rules check` and `extract` both stop with status 2 on one clean line, and nothing is written."""
    checked = cli("rules", "check", folder)
    assert checked.returncode == 2
    assert expected in checked.stderr.splitlines(), checked.stderr
    assert "Traceback" not in checked.stderr
    out = tmp_path / "out"
    extracted = cli("extract", ARTICLE, "--out", out, "--rules", folder, "--cache", tmp_path / "cache")
    assert extracted.returncode == 2
    assert expected in extracted.stderr.splitlines(), extracted.stderr
    assert "Traceback" not in extracted.stderr
    assert not out.exists() and not (tmp_path / "cache").exists()


def test_shipped_rules_are_valid():
    assert errors_of(ROOT / "rules") == []
    assert cli("rules", "check").returncode == 0


def test_yaml_syntax_error_names_file_and_line(rules, tmp_path):
    line = append(rules / "ranks.yml", "  - id: test.casse\n    rank: [général de brigade\n")
    assert_refused(rules, f"{rules}/ranks.yml:{line + 2}: YAML syntax error: expected ',' or ']', but got "
                          "'<stream end>'", tmp_path)


def test_unknown_key(rules, tmp_path):
    line = append(rules / "ranks.yml", "  - id: test.major\n    rank: major\n    colour: vert\n")
    assert_refused(rules, f"{rules}/ranks.yml:{line}: unknown key 'colour' in 'ranks' entry", tmp_path)


def test_duplicate_term_reports_both_entries(rules, tmp_path):
    path = rules / "ranks.yml"
    first = line_of(path, "- id: commun.general")
    line = append(path, "  - id: test.general-bis\n    rank: général bis\n    terms: [Général]\n")
    errors = errors_of(rules)
    assert f"{path}:{first}: term 'général' of 'commun.general' is also a term of 'test.general-bis' (line {line}): " \
           "keep it in one entry" in errors
    assert f"{path}:{line}: term 'Général' of 'test.general-bis' is also a term of 'commun.general' (line {first}): " \
           "keep it in one entry" in errors
    assert_refused(rules, errors[0], tmp_path)


def test_duplicate_yaml_key_in_one_entry(rules):
    line = append(rules / "roles.yml", "  - id: test.porte-parole\n    role: porte-parole\n    role: attaché\n")
    assert errors_of(rules) == [f"{rules}/roles.yml:{line + 2}: YAML syntax error: duplicate key 'role'"]


def test_terms_that_can_never_match(rules):
    line = append(rules / "organisations.yml", "  - id: test.cdo\n    name: Commandement des opérations test\n"
                                               "    acronyms: [cdo, '--']\n")
    path = rules / "organisations.yml"
    assert errors_of(rules) == [
        f"{path}:{line}: acronym 'cdo' of 'test.cdo' is in lower case: acronyms match exactly as written; "
        "write it in capitals or move it to aliases",
        f"{path}:{line}: term '--' of 'test.cdo' has no letter or digit: it can never match a word",
    ]


def test_unknown_token_attribute_in_patterns(rules, tmp_path):
    pattern = {"label": "EVENT", "pattern": [{"LOWR": "sommet"}, {"IS_TITLE": True}], "id": "sommet-nomme"}
    line = append(rules / "patterns.jsonl", json.dumps(pattern, ensure_ascii=False) + "\n")
    assert_refused(rules, f"{rules}/patterns.jsonl:{line}: token 1: unknown token attribute 'LOWR'", tmp_path)


@pytest.mark.parametrize(("entry", "message"), [
    ({"label": "WEAPON", "pattern": "Rafale", "id": "rafale"},
     "unknown label 'WEAPON' (expected one of: PERSON, RANK, ROLE, ORG, LOC, DATE, EVENT, MISC)"),
    ({"label": "ORG", "pattern": [{"LOWER": "Marine"}], "id": "marine"},
     "token 1: LOWER value 'Marine' has a capital, so it can never match (write 'marine')"),
    ({"label": "ORG", "pattern": [{"ORTH": "Marine nationale"}], "id": "marine"},
     "token 1: ORTH value 'Marine nationale' can never match one token (empty, or holds a space: write one token "
     "per word)"),
    ({"label": "ORG", "pattern": "Marine", "id": "Marine Nationale"},
     "bad id 'Marine Nationale': use lower case letters, digits, . _ -"),
    ({"label": "ORG", "pattern": "Marine", "id": "marine", "priority": 2}, "unknown key 'priority' (expected "
     "label, pattern, id)"),
    ({"label": "EVENT", "pattern": [{"LOWER": "exercice"}], "id": "operation-nommee"},
     "duplicate id 'operation-nommee' (first at line 1)"),
])
def test_pattern_line_errors(rules, entry, message):
    line = append(rules / "patterns.jsonl", json.dumps(entry, ensure_ascii=False) + "\n")
    assert errors_of(rules) == [f"{rules}/patterns.jsonl:{line}: {message}"]


def test_invalid_json_line(rules):
    line = append(rules / "patterns.jsonl", '{"label": "ORG", pattern: "Marine"}\n')
    assert errors_of(rules) == [f"{rules}/patterns.jsonl:{line}: invalid JSON: Expecting property name enclosed in "
                                "double quotes (column 18)"]


def test_missing_rules_folder(tmp_path):
    missing = tmp_path / "no-such-rules"
    assert_refused(missing, f"{missing}:0: rules folder does not exist", tmp_path)


def test_patterns_file_is_optional(rules):
    (rules / "patterns.jsonl").unlink()
    book, errors = check_rules(rules)
    assert errors == [] and book.entries("patterns", "patterns") == []


def test_shipped_pattern_tags_a_named_operation(analyse):
    doc = analyse("Dans le cadre de l’opération Allied Hand, de nombreux pays ont pu recevoir de l’aide.")
    events = [(e.text, e._.source) for e in doc.ents if e.label_ == "EVENT"]
    assert events == [("opération Allied Hand", "rule:patterns:operation-nommee")]


def test_shipped_pattern_leaves_common_nouns_alone(analyse):
    doc = analyse("L’opération pratique a eu lieu pendant l’exercice annuel.")
    assert [e.text for e in doc.ents if e.label_ == "EVENT"] == []


NO_SPACY_CHECK = """
import json, shutil, sys
from pathlib import Path
from pipeline.cli import main
from pipeline.rulebook import check_rules

shipped, broken = Path(sys.argv[1]), Path(sys.argv[2])
assert check_rules(shipped)[1] == [], check_rules(shipped)[1]
shutil.copytree(shipped, broken)
with open(broken / "patterns.jsonl", "a", encoding="utf-8") as handle:
    handle.write(json.dumps({"label": "EVENT", "pattern": [{"LOWR": "revue"}, {"OP": "++"}], "id": "revue"}) + "\\n")
print(json.dumps([str(error) for error in check_rules(broken)[1]]))
sys.argv = ["defnews", "rules", "check", str(shipped)]
try:
    main()
except SystemExit as stop:
    assert not stop.code, stop.code
print("spacy imported:", any(name == "spacy" or name.startswith(("spacy.", "thinc")) for name in sys.modules))
"""


def test_rules_check_does_not_import_spacy(tmp_path):
    """`rules check` validates token patterns without importing spaCy: the shipped rules pass and a
    broken pattern is still one `file:line` message per problem, in spaCy's own terms."""
    broken = tmp_path / "broken-rules"
    done = subprocess.run([sys.executable, "-c", NO_SPACY_CHECK, str(ROOT / "rules"), str(broken)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[-1] == "spacy imported: False"
    line = len((broken / "patterns.jsonl").read_text(encoding="utf-8").splitlines())
    assert json.loads(lines[0]) == [
        f"{broken}/patterns.jsonl:{line}: token 1: unknown token attribute 'LOWR'",
        f"{broken}/patterns.jsonl:{line}: token 2 (OP -> str-enum[TokenPatternOperatorSimple]): Input should be "
        "'+', '*', '?' or '!'",
        f"{broken}/patterns.jsonl:{line}: token 2 (OP -> constrained-str): String should match pattern "
        "'^(\\{\\d+\\}|\\{\\d+,\\d*\\}|\\{\\d*,\\d+\\})$'",
    ]


@pytest.mark.parametrize("pattern", [
    [{"LOWER": "revue"}, {"IS_TITLE": True, "OP": "+"}],
    [{"TEXT": {"REGEX": "^[A-Z]"}}, {"LENGTH": {">=": 3}}, {"OP": "{1,3}", "IS_DIGIT": True}],
    [{"LEMMA": {"IN": ["signer", "parapher"]}}, {"_": {"role": "chef"}}, {"ENT_IOB": "B"}],
    [{"lower": {"FUZZY": "frégate"}}, {"MORPH": {"IS_SUPERSET": ["Number=Plur"]}}],
    [{"LOWR": "revue"}], [], "revue", [{"IS_TITLE": "oui"}], [{"OP": "++"}], [{"LOWER": None}],
    [{"LOWER": {"IN": ["chef", 2]}}], [{"LENGTH": {"EQ": "trois"}}], [{"ENT_IOB": "Z"}], ["revue"],
    [{"TEXT": {"REGEX": {"IN": ["a"]}}}], [{"TEXT": {"NOT_IN": "abc"}}],
])
def test_token_schema_agrees_with_spacy(pattern):
    """The copy of spaCy's token-pattern schema that `rules check` uses accepts and refuses as spaCy's."""
    from spacy.schemas import validate_token_pattern as spacy_validate

    from pipeline.rulebook.token_schema import validate_token_pattern

    assert validate_token_pattern(pattern) == spacy_validate(pattern)
