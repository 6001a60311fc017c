"""The rule book: every file of `rules/` read, checked and held as plain data.

`loader` reads and checks the YAML files against their schemas, `patterns` the spaCy JSONL patterns,
`terms` the terms across files (conflicts, dead terms). `check_rules` runs them all; `load_rules`
stops at the first problem. A problem is a `RuleError`, printed as `file:line: message`.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.rulebook.loader import SCHEMAS, RuleBook, RuleError, check_file, check_references, read_yaml
from pipeline.rulebook.patterns import read_patterns
from pipeline.rulebook.terms import check_terms

__all__ = ["default_rules", "SCHEMAS", "RuleBook", "RuleError", "check_rules", "load_rules", "read_yaml"]


def default_rules() -> Path:
    """The rule files shipped with the package: `pipeline/rules`, in a checkout a link to the top-level
    `rules/` (a wheel built from the checkout carries the files themselves)."""
    return (Path(__file__).resolve().parent.parent / "rules").resolve()


def check_rules(folder: Path) -> tuple[RuleBook, list[RuleError]]:
    """Read every rule file of `folder`; return the book and all problems found."""
    folder = Path(folder)
    book = RuleBook(folder)
    if not folder.is_dir():
        return book, [RuleError(folder, 0, "rules folder does not exist")]
    errors: list[RuleError] = []
    for name in SCHEMAS:
        path = folder / f"{name}.yml"
        if not path.exists():
            errors.append(RuleError(path, 0, "rule file is missing"))
            continue
        try:
            data = read_yaml(path)
        except RuleError as error:
            errors.append(error)
            continue
        try:
            problems = check_file(name, path, data)
        except Exception as error:  # noqa: BLE001 - a value no check foresaw: still file:line, never a traceback
            problems = [RuleError(path, 1, f"cannot check this file: {type(error).__name__}: {error}")]
        errors.extend(problems)
        if not problems:
            book.files[name] = data
    try:
        if not errors:
            errors.extend(check_references(book))
        errors.extend(_check_terms_and_patterns(book))
    except Exception as error:  # noqa: BLE001
        errors.append(RuleError(folder, 1, f"cannot check the rules: {type(error).__name__}: {error}"))
    return book, errors


def _check_terms_and_patterns(book: RuleBook) -> list[RuleError]:
    """Conflicting or dead terms (`rulecheck.py`); the optional `patterns.jsonl` (`patterns.py`), loaded."""
    patterns, errors = read_patterns(book.folder)
    book.files["patterns"] = {"patterns": patterns}
    return check_terms(book) + errors


def load_rules(folder: Path) -> RuleBook:
    """The checked rule book; raises the first RuleError when any file is wrong."""
    book, errors = check_rules(folder)
    if errors:
        raise errors[0]
    return book
