"""`rules/patterns.jsonl`: extra spaCy SpanRuler patterns, read and checked line by line.

Some things the YAML term lists cannot say: `opération` followed by any capitalised name is an
operation, whatever the name. spaCy already has a format for that, the SpanRuler's JSONL, one
pattern a line:

    {"label": "EVENT", "pattern": [{"LOWER": "opération"}, {"IS_TITLE": true}], "id": "operation-nommee"}

The file is optional. Each line is checked before anything runs: valid JSON, only the keys
`label`, `pattern`, `id`; a label the tables know; an id as in the YAML files, unique; a pattern
that spaCy's own schema accepts (an unknown token attribute such as `{"LOWR": ...}` is caught
there; `token_schema` holds a copy of it, so that checking never imports spaCy) and that can
match something (`{"LOWER": "Opération"}` never does: the lower-case form of a word has no
capital). Every regular expression (`{"TEXT": {"REGEX": ...}}`) must compile, and must
not hold a quantifier inside a quantified group (`^(a+)+$`) nor a backreference (`(a)\\1`): those
can take exponential time on one word (`regex_problem`). Problems are
`rules/patterns.jsonl:LINE: message`. The patterns join the lexicon ruler with ids
`patterns:<id>`, which is what the `source` column shows.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

try:  # Python 3.11+: the parser behind `re`, public as sre_parse before
    from re import _constants as sre_constants
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]
from typing import Any

from pipeline.rulebook.loader import ID_RE, LINE, RuleError
from pipeline.rulebook.token_schema import validate_token_pattern

FILE = "patterns.jsonl"
LABELS = ("PERSON", "RANK", "ROLE", "ORG", "LOC", "DATE", "EVENT", "MISC")
KEYS = {"label", "pattern", "id"}
LOWER_ATTRS = {"LOWER", "NORM"}  # attributes whose values are always in lower case
TEXT_ATTRS = {"ORTH", "TEXT", "LOWER", "NORM"}  # attributes of one token: never a space inside
OPTIONAL_OPS = {"?", "*", "!"}
PYDANTIC_PATH = re.compile(r"^\[pattern -> (?P<token>\d+)(?: -> (?P<path>.+?))?\] (?P<message>.*)$")


def read_patterns(folder: Path) -> tuple[list[dict], list[RuleError]]:
    """The checked patterns of `folder/patterns.jsonl` (none when the file is absent), and its problems."""
    path = Path(folder) / FILE
    if not path.exists():
        return [], []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        return [], [RuleError(path, 1, f"cannot read the file: {error}")]
    patterns: list[dict] = []
    errors: list[RuleError] = []
    first_line: dict[str, int] = {}
    seen_patterns: dict[str, int] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        entry, problems = check_line(line)
        ident = str(entry.get("id", "")) if entry else ""
        if ident in first_line:
            problems.append(f"duplicate id {ident!r} (first at line {first_line[ident]})")
        key = json.dumps([entry.get("label"), entry.get("pattern")], sort_keys=True) if entry else ""
        if key in seen_patterns:
            problems.append(f"same label and pattern as line {seen_patterns[key]}")
        errors.extend(RuleError(path, number, problem) for problem in problems)
        if ident:
            first_line.setdefault(ident, number)
        if key:
            seen_patterns.setdefault(key, number)
        if entry and not problems:
            patterns.append({**entry, LINE: number})
    return patterns, errors


def check_line(line: str) -> tuple[dict, list[str]]:
    """One JSONL line parsed, and what is wrong with it (empty when it is fine)."""
    try:
        entry = json.loads(line)
    except json.JSONDecodeError as error:
        return {}, [f"invalid JSON: {error.msg} (column {error.colno})"]
    if not isinstance(entry, dict):
        return {}, ['expected an object: {"label": ..., "pattern": ..., "id": ...}']
    problems = [f"unknown key {key!r} (expected label, pattern, id)" for key in sorted(set(entry) - KEYS)]
    problems += [f"missing key {key!r}" for key in sorted(KEYS - set(entry))]
    if "label" in entry and entry["label"] not in LABELS:
        problems.append(f"unknown label {entry['label']!r} (expected one of: {', '.join(LABELS)})")
    if "id" in entry and not (isinstance(entry["id"], str) and ID_RE.match(entry["id"])):
        problems.append(f"bad id {entry['id']!r}: use lower case letters, digits, . _ -")
    if "pattern" in entry:
        problems += check_pattern(entry["pattern"])
    return entry, problems


def check_pattern(pattern: Any) -> list[str]:
    """A phrase (string) or a token pattern, as spaCy validates it, and whether it can ever match."""
    if isinstance(pattern, str):
        return [] if any(c.isalnum() for c in pattern) else [f"phrase {pattern!r} has no letter or digit"]
    problems = [_readable(message) for message in validate_token_pattern(pattern)]
    if problems:
        return problems
    for index, token in enumerate(pattern, 1):
        problems += [f"token {index}: REGEX {regex!r}: {problem}" for regex in _regexes(token)
                     if (problem := regex_problem(regex))]
    if problems:
        return problems
    for index, token in enumerate(pattern, 1):
        problems += _never_matches(index, token)
    if all(str(token.get("OP", "")) in OPTIONAL_OPS for token in pattern):
        problems.append("every token is optional or negated: the pattern matches no words of its own")
    return problems


def _regexes(value: Any) -> list[Any]:
    """Every REGEX value of a token pattern, at any depth (`{"LOWER": {"REGEX": ...}}` too)."""
    found, stack = [], [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            for key, inner in item.items():
                if str(key).upper() == "REGEX":
                    found.append(inner)
                else:
                    stack.append(inner)
        elif isinstance(item, list):
            stack.extend(item)
    return found


def regex_problem(regex: Any) -> str:
    """What makes a rule's regular expression unsafe or wrong ('' when it is fine).

    Python's `re` backtracks: a quantified group that itself holds a quantifier (`(a+)+`, `(\\w*)*`)
    can try every way of splitting a word, twice as many per letter, and a backreference has no
    linear-time algorithm at all. Both are refused; a bounded repeat of a single character (`a{2,3}`)
    inside a group is fine. (What still slips through is bounded by `--doc-timeout`.)
    """
    if not isinstance(regex, str):
        return "must be text"
    try:
        parsed = sre_parse.parse(regex)
    except (re.error, OverflowError, RecursionError) as error:
        return f"not a valid regular expression: {error}"
    return _unsafe(parsed, inside_repeat=False)


REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, getattr(sre_constants, "POSSESSIVE_REPEAT", None)}
BIG = 10  # a repeat allowing more than this many times counts as a quantifier


def _unsafe(parsed, inside_repeat: bool) -> str:
    for op, value in parsed:
        if op in (sre_constants.GROUPREF, sre_constants.GROUPREF_EXISTS):
            return "a backreference can take exponential time: not allowed in a rule"
        if op in REPEATS:
            low, high, body = value
            repeats = high is sre_constants.MAXREPEAT or high > BIG
            if inside_repeat and repeats:
                return "a quantifier inside a quantified group (like `(a+)+`) can take exponential time"
            problem = _unsafe(body, inside_repeat or repeats)
        elif op == sre_constants.SUBPATTERN:
            problem = _unsafe(value[-1], inside_repeat)
        elif op == sre_constants.BRANCH:
            problem = next((p for branch in value[1] if (p := _unsafe(branch, inside_repeat))), "")
        elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            problem = _unsafe(value[1], inside_repeat)
        else:
            problem = ""
        if problem:
            return problem
    return ""


def _readable(message: str) -> str:
    """spaCy's pydantic message (`[pattern -> 1 -> LOWR] Extra inputs...`) in the analyst's words."""
    match = PYDANTIC_PATH.match(message)
    if not match:
        return f"pattern: {message.removeprefix('[pattern] ')}"
    token = int(match["token"]) + 1
    path = match["path"] or ""
    if "Extra inputs are not permitted" in match["message"]:
        attribute = path.split(" -> ")[-1]
        return f"token {token}: unknown token attribute {attribute!r}"
    where = f" ({path})" if path else ""
    return f"token {token}{where}: {match['message']}"


def _never_matches(index: int, token: dict) -> list[str]:
    """Values no token can have: a capital in a lower-case attribute, a space inside one token."""
    problems = []
    for attribute, value in token.items():
        name = str(attribute).upper()
        values = value.get("IN", []) if isinstance(value, dict) else [value]
        for text in (v for v in values if isinstance(v, str)):
            if name in LOWER_ATTRS and text != text.lower():
                problems.append(f"token {index}: {name} value {text!r} has a capital, so it can never match "
                                f"(write {text.lower()!r})")
            elif name in TEXT_ATTRS and (not text or any(c.isspace() for c in text)):
                problems.append(f"token {index}: {name} value {text!r} can never match one token "
                                "(empty, or holds a space: write one token per word)")
    return problems
