"""`--format xlsx`: the tables of an output folder as one workbook, `tables.xlsx`.

Fed from the CSV files the run has just written (`export.py` stays the only place that makes rows):
one sheet per table, in the order of `export.COLUMNS`, header row frozen and bold, an autofilter on
every column, widths from the longest values, long text wrapped. Typed cells where a spreadsheet
user expects them: counts and offsets are numbers, an ISO day (`2023-04-04`) in a date column is a
real date; a month, a year or a range stays text, as written.

Every other cell is written as a string (`data_type = "s"`): openpyxl would otherwise store a value
starting with `=` as a formula, and a spreadsheet would run it. The CSV files put an apostrophe in
front of such values (OWASP's advice for CSV); the workbook needs no such guard, so it shows the
value as the article wrote it.
"""

from __future__ import annotations

import csv
import os
import re
import tempfile
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from pipeline.run.export import COLUMNS, WORKBOOK_NAME

FILE_NAME = WORKBOOK_NAME
DATE_COLUMNS = {"published", "updated", "date_start", "date_end"}
NUMBER_COLUMNS = {"n_chars", "n_tokens", "start_char", "end_char", "sentence_id", "n_mentions", "first_char",
                  "n_documents"}
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
MIN_WIDTH, MAX_WIDTH = 6, 60  # characters; longer values wrap
MAX_CELL = 32_767  # the most characters a spreadsheet cell holds
NEUTRALISED_START = re.compile(r"^'(?=[=+\-@\t\r])")  # the apostrophes `export.neutralise` adds
NEUTRALISED_AFTER = re.compile(r"([,;]\s*)'(?=[=+\-@])")
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def write_workbook(out: Path, delimiter: str = ",") -> Path:
    """`out/tables.xlsx` from the CSV tables of `out` (written beside, then moved into place)."""
    out = Path(out)
    workbook = Workbook(write_only=True)
    for name, columns in COLUMNS.items():
        path = out / f"{name}.csv"
        if path.is_file():
            _add_sheet(workbook, name, columns, path, delimiter)
    handle, staging = tempfile.mkstemp(prefix=".partial-", suffix=".xlsx", dir=out)
    os.close(handle)
    try:
        workbook.save(staging)
        target = out / FILE_NAME
        Path(staging).replace(target)
        return target
    finally:
        Path(staging).unlink(missing_ok=True)


def _rows(path: Path, delimiter: str):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle, delimiter=delimiter)
        header = next(reader, [])
        for row in reader:
            yield dict(zip(header, row, strict=False))


def _add_sheet(workbook: Workbook, name: str, columns: list[str], path: Path, delimiter: str) -> None:
    sheet = workbook.create_sheet(name)
    longest = {column: len(column) for column in columns}
    n_rows = 0
    for row in _rows(path, delimiter):  # a first pass for the widths: write-only sheets take them first
        n_rows += 1
        for column in columns:
            value = row.get(column) or ""
            longest[column] = max(longest[column], max((len(line) for line in value.split("\n")), default=0))
    wrapped = {column for column in columns if longest[column] > MAX_WIDTH}
    for index, column in enumerate(columns, 1):
        width = 10.5 if column in DATE_COLUMNS else min(MAX_WIDTH, max(MIN_WIDTH, longest[column])) + 2
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{n_rows + 1}"
    header = []
    for column in columns:
        cell = _text_cell(sheet, column)
        cell.font = BOLD
        header.append(cell)
    sheet.append(header)
    for row in _rows(path, delimiter):
        dated = name != "entities" or row.get("label") == "DATE"  # entities: `normalized` is a date for DATE
        sheet.append([_cell(sheet, column, row.get(column) or "", column in wrapped, dated) for column in columns])


def _cell(sheet, column: str, value: str, wrap: bool, dated: bool) -> WriteOnlyCell | int | date | None:
    if value == "":
        return None
    if column in NUMBER_COLUMNS and value.isascii() and value.isdigit():
        return int(value)
    if (column in DATE_COLUMNS or (column == "normalized" and dated)) and ISO_DAY.fullmatch(value):
        try:
            day = date.fromisoformat(value)
        except ValueError:
            pass
        else:
            cell = WriteOnlyCell(sheet, value=day)
            cell.number_format = "yyyy-mm-dd"
            return cell
    value = restore(value)
    if not wrap and not value.startswith("="):  # openpyxl stores any other string as a string
        return _clean(value)
    cell = _text_cell(sheet, value)
    if wrap:
        cell.alignment = WRAP
    return cell


def _text_cell(sheet, value: str) -> WriteOnlyCell:
    """A string cell, never a formula, whatever the text starts with (openpyxl: `=` starts a formula)."""
    cell = WriteOnlyCell(sheet, value=_clean(value))
    cell.data_type = "s"
    return cell


def _clean(value: str) -> str:
    """Without the control characters a workbook cannot hold, and not longer than a cell can be."""
    if ILLEGAL_CHARACTERS_RE.search(value):
        value = ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
    return value[:MAX_CELL]


def restore(value: str) -> str:
    """The value before `export.neutralise` put an apostrophe in front of what a spreadsheet would run."""
    if "'" not in value:
        return value
    value = NEUTRALISED_START.sub("", value, count=1)
    return NEUTRALISED_AFTER.sub(r"\1", value) if ("," in value or ";" in value) else value
