"""`extract --compare PREVIOUS_OUT`: rows added, removed and changed per table since a previous run.

A rule change shows its effect here at a glance: `+3 officials, -1 relation`, with examples.

Rows are compared on their content, not their numbering: `entity_id`, `relation_id`, `meeting_id`
and `quote_id` count rows within a document, so one entity more renumbers all that follow it, which
is no change at all. A row added and a row removed with the same key (an official's doc and person
id, an entity's offsets...) are one row changed, shown with the cells that differ.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.table import Table

NUMBERING = {"entity_id", "relation_id", "meeting_id", "quote_id"}
KEYS: dict[str, tuple[str, ...]] = {
    "documents": ("doc_id",),
    "entities": ("doc_id", "start_char", "end_char"),
    "officials": ("doc_id", "person_id"),
    "meetings": ("doc_id", "kind", "date_start"),
    "relations": ("doc_id", "relation", "subject", "object"),
    "quotes": ("doc_id", "start_char"),
    "people": ("person_id",),
    "organisations": ("name",),
}
SHOWN: dict[str, tuple[str, ...]] = {
    "documents": ("doc_id", "status", "published", "error"),
    "entities": ("doc_id", "label", "text", "normalized", "source"),
    "officials": ("doc_id", "name", "rank", "role", "organisation", "country"),
    "meetings": ("doc_id", "kind", "date_start", "date_end", "location", "participants"),
    "relations": ("doc_id", "subject", "relation", "object", "rule"),
    "quotes": ("doc_id", "speaker", "quote"),
    "people": ("person_id", "name", "ranks", "roles"),
    "organisations": ("name", "acronym", "parent", "n_documents"),
}

Row = dict[str, str]
Snapshot = dict[str, list[Row]]


@dataclass
class TableDiff:
    """What changed in one table."""

    name: str
    added: list[Row] = field(default_factory=list)
    removed: list[Row] = field(default_factory=list)
    changed: list[tuple[Row, Row]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)


FIELD_LIMIT = 2**31 - 1  # any cell: Python's csv refuses cells over 131,072 characters by default


def read_rows(path: Path, lines: dict | None = None) -> list[Row]:
    """One CSV table as the run wrote it (`,` or the `--excel` `;`, with or without BOM), whatever
    the length of its cells (an older run wrote people.csv cells of 450,000 characters).

    With `lines` (a memo kept between reads of one folder, `extract --watch`), a line read the last
    time is the Row read then, not parsed again: after a rule edit nearly every line is. Only when
    each line is one whole row (no cell holding a line break: every line has an even number of
    quotes, no carriage return); else the file is read as a whole, as without the memo."""
    if csv.field_size_limit() < FIELD_LIMIT:
        csv.field_size_limit(FIELD_LIMIT)
    raw = path.read_text(encoding="utf-8-sig")
    try:
        dialect = csv.Sniffer().sniff(raw.splitlines()[0] if raw else ",", delimiters=",;")
    except csv.Error:
        dialect = csv.excel
    if lines is not None and raw and "\r" not in raw:
        rows = _rows_by_line(path.stem, raw.split("\n"), dialect, lines)
        if rows is not None:
            return rows
    return list(csv.DictReader(io.StringIO(raw, newline=""), dialect=dialect))


def _rows_by_line(table: str, text_lines: list[str], dialect, lines: dict) -> list[Row] | None:
    """The rows of a table whose every line is one row, the lines known from the last read taken
    from `lines` (which then holds this read's); None when a line new to it is not a whole row."""
    header, *body = text_lines
    known = lines.get((table, header), {})
    body = [line for line in body if line]  # DictReader skips blank lines
    new = [line for line in dict.fromkeys(body) if line not in known]
    if any(line.count('"') % 2 for line in new):
        return None
    fields = next(csv.reader([header], dialect))
    parsed = list(csv.DictReader(new, fieldnames=fields, dialect=dialect))
    if len(parsed) != len(new):  # a row over several lines after all
        return None
    read = {line: known[line] for line in body if line in known}
    read.update(zip(new, parsed, strict=True))
    for key in [key for key in lines if key[0] == table]:
        del lines[key]
    lines[table, header] = read
    return [read[line] for line in body]


def snapshot(folder: Path, lines: dict | None = None) -> Snapshot:
    """Every table of an output folder, read into memory (before a run overwrites it). `lines`: a memo
    kept from one read of the folder to the next (`extract --watch`), see `read_rows`."""
    return {path.stem: read_rows(path, lines) for path in sorted(Path(folder).glob("*.csv"))}


def compare(before: Snapshot, after: Snapshot) -> list[TableDiff]:
    """Per table, in the order of the contract, the rows added, removed and changed."""
    names = [n for n in KEYS if n in before or n in after] + sorted((set(before) | set(after)) - set(KEYS))
    return [diff_table(name, before.get(name, []), after.get(name, [])) for name in names]


def diff_table(name: str, before: list[Row], after: list[Row]) -> TableDiff:
    """Rows as multisets of their content; an added and a removed row with one key become a change.

    The rows found unchanged, cells and numbering alike (after a rule edit, nearly all), cancel out
    first as tuples of their cells, which costs a fraction of building each row's content; only the
    others are compared on their content (a multiset difference is the same without a common part)."""
    before, after = _unequal(before, after)
    old, new = Counter(map(_content, before)), Counter(map(_content, after))
    diff = TableDiff(name)
    removed = [dict(row) for row in (old - new).elements()]
    added = [dict(row) for row in (new - old).elements()]
    keys = KEYS.get(name)
    if keys:
        waiting: dict[tuple[str, ...], list[Row]] = {}
        for row in removed:
            waiting.setdefault(_key(row, keys), []).append(row)
        for row in added:
            pair = waiting.get(_key(row, keys))
            if pair:
                diff.changed.append((pair.pop(0), row))
            else:
                diff.added.append(row)
        diff.removed = [row for rows in waiting.values() for row in rows]
    else:
        diff.added, diff.removed = added, removed
    return diff


def _unequal(before: list[Row], after: list[Row]) -> tuple[list[Row], list[Row]]:
    """The rows of each side left once every row equal cell for cell to one of the other side is
    paired off with it. Two tables of one header: rows of equal cells are equal rows."""
    if not before or not after or list(before[0]) != list(after[0]):
        return before, after
    try:
        cells = [tuple(row.values()) for row in before], [tuple(row.values()) for row in after]
        old, new = Counter(cells[0]), Counter(cells[1])
    except TypeError:  # a row of more cells than its header holds them in a list
        return before, after
    return _kept(before, cells[0], old - new), _kept(after, cells[1], new - old)


def _kept(rows: list[Row], cells: list[tuple], left: Counter) -> list[Row]:
    """The rows whose cells are in `left`, as many of each as it counts, in their order."""
    kept = []
    for row, values in zip(rows, cells, strict=True):
        if left.get(values, 0) > 0:
            left[values] -= 1
            kept.append(row)
    return kept


def _content(row: Row) -> tuple[tuple[str, str], ...]:
    return tuple((k, v or "") for k, v in row.items() if k not in NUMBERING and k is not None)


def _key(row: Row, keys: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(row.get(k, "") for k in keys)


def render(diffs: list[TableDiff], console: Console, previous: Path, examples: int = 3) -> None:
    """A summary line per table, then a few examples of each kind of change."""
    summary = Table(title=f"Compared with {previous}/")
    for column in ("table", "added", "removed", "changed"):
        summary.add_column(column, justify="left" if column == "table" else "right")
    for diff in diffs:
        summary.add_row(diff.name, f"+{len(diff.added)}", f"-{len(diff.removed)}", f"~{len(diff.changed)}")
    console.print(summary)
    for diff in (d for d in diffs if d):
        shown = SHOWN.get(diff.name) or tuple(next(iter(diff.added or diff.removed or [diff.changed[0][1]])))
        for sign, rows, style in (("+", diff.added, "green"), ("-", diff.removed, "red")):
            for row in rows[:examples]:
                console.print(f"[{style}]{sign} {diff.name}:[/{style}] {_line(row, shown)}", highlight=False,
                              markup=True, soft_wrap=True)
            _more(console, rows, examples)
        for old, new in diff.changed[:examples]:
            cells = ", ".join(f"{k}: {old.get(k, '')!r} -> {new.get(k, '')!r}" for k in new
                              if k not in NUMBERING and old.get(k, "") != new.get(k, ""))
            console.print(f"[yellow]~ {diff.name}:[/yellow] {_line(new, KEYS.get(diff.name, shown))}: {escape(cells)}",
                          highlight=False, soft_wrap=True)
        _more(console, diff.changed, examples)


def _line(row: Row, columns: tuple[str, ...]) -> str:
    return escape(" | ".join(str(row.get(c, "")) for c in columns if row.get(c, "")))


def _more(console: Console, rows: list, examples: int) -> None:
    if len(rows) > examples:
        console.print(f"  … and {len(rows) - examples} more", style="dim")
