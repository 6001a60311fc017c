"""Property-based: whatever text comes in, the pipeline answers; whatever a rule file holds, one-line errors.

The model and the rule check are slow, so examples are few (40 and 30) and there is no deadline.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pipeline.rulebook import SCHEMAS, RuleError, check_rules, load_rules
from pipeline.run.export import doc_rows
from pipeline.run.normalise import USER_DATA_KEY

from conftest import ROOT

pytestmark = pytest.mark.slow  # whole processes: CLI, engines, property runs

SLOW = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Text that looks like an article's worst case: accents, quotes, line breaks, formulas, controls.
NEWSY = st.lists(st.sampled_from(list("abcdeéèàçô ÉÀ\n\r\t.,;:!?«»\"'’-–=+@()0123456789")
                                 + ["M. ", "le ", "général ", "Burkhard", "OTAN", "24 novembre 2021"]),
                 max_size=80).map("".join)


@SLOW
@given(st.one_of(st.text(max_size=400), NEWSY))
@example("")
@example("\x00\ufeff\u2028\u200b")
@example("=HYPERLINK(\"http://x\",\"clic\")\n+33 1 23 45 67 89\n« \n »")
def test_any_text_is_analysed(analyse, text):
    doc = analyse(text)
    normalised = doc.user_data[USER_DATA_KEY]  # the model reads the text normalised; rows give offsets in `text`
    assert normalised.original == text and doc.text == normalised.text
    for ent in doc.ents:
        assert 0 <= ent.start_char < ent.end_char <= len(doc.text)
        assert doc.text[ent.start_char:ent.end_char] == ent.text
    for quote in doc._.quotes or []:
        assert 0 <= quote["start_char"] <= quote["end_char"] <= len(doc.text)
    for table in doc_rows(doc).values():  # every row can be written as UTF-8 CSV
        for row in table:
            ",".join(str(value) for value in row.values()).encode("utf-8")
            for column in ("start_char", "end_char", "first_char"):
                assert 0 <= row.get(column, 0) <= len(text)


GARBAGE = st.one_of(
    st.binary(max_size=300),
    st.text(max_size=300),
    st.text(alphabet=st.sampled_from(list("-:[]{}&*!|>'\"#%@`,? \n\tabc0123")), max_size=200),
)


@settings(max_examples=30, deadline=None)  # each check reads every rule file: ~1 s
@given(name=st.sampled_from(sorted(SCHEMAS)), garbage=GARBAGE)
@example(name="ranks", garbage="[" * 3000)
@example(name="roles", garbage=b"\xff\xfe\x00garbage")
@example(name="dates", garbage="relative:\n  - {id: x, terms: [a], unit: day, offset: z}\n")
def test_garbage_in_a_rule_file_gives_one_line_errors(name, garbage):
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary) / "rules"
        shutil.copytree(ROOT / "rules", folder)
        path = folder / f"{name}.yml"
        if isinstance(garbage, bytes):
            path.write_bytes(garbage)
        else:
            path.write_text(garbage, encoding="utf-8")
        _book, errors = check_rules(folder)
        for error in errors:
            assert "\n" not in str(error) and "\r" not in str(error)
            assert re.match(rf"{re.escape(str(folder))}/\w+\.yml:\d+: \S", str(error)), str(error)
        if not isinstance(_parsed(garbage), dict):
            assert errors, "a rule file that is not a mapping must be refused"


def test_load_rules_raises_the_first_error_as_one_line(tmp_path):
    folder = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", folder)
    (folder / "ranks.yml").write_text("ranks:\n  - id: x\n    rank: [\n", encoding="utf-8")
    with pytest.raises(RuleError) as raised:
        load_rules(folder)
    assert re.fullmatch(rf"{re.escape(str(folder / 'ranks.yml'))}:\d+: YAML syntax error: [^\n]+", str(raised.value))


def _parsed(garbage: str | bytes) -> object:
    """What YAML makes of the garbage, or None when it is not even YAML."""
    try:
        return yaml.safe_load(garbage)
    except (yaml.YAMLError, RecursionError, UnicodeDecodeError, ValueError):
        return None
