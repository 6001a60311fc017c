"""`--format xlsx`: tables.xlsx read back by openpyxl and by LibreOffice, as an analyst opens it.

One sheet per table with the CSV's header and rows, header frozen, filters on, accents kept, ISO
days as real dates (a month or a range stays text), and no formula anywhere, even where an
article's own text is one (`=HYPERLINK(...)`): the cell shows it, a spreadsheet never runs it.
"""

from __future__ import annotations

import csv
import datetime
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.run.export import COLUMNS, curly_quotes

from conftest import ROOT

pytestmark = pytest.mark.slow
openpyxl = pytest.importorskip("openpyxl")

RAW = ROOT / "data" / "raw"
LINK = '=HYPERLINK("http://exemple.test/piege";"Cliquez ici")'
# Our own article: its title is a formula, a quotation holds another, a month stands alone.
TRAP = f"""{LINK}

Été : le général Thierry Burkhard a reçu le 3 juillet 2023 à Balard l’amiral Michel Hofman, chef de la Défense belge.

Les deux officiers avaient déjà travaillé ensemble en juin 2023 sur le flanc est de l’Alliance.

« =1+1 ne fait pas une stratégie », a déclaré l’amiral Hofman.
"""
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def extract(folder: Path, out: Path, *options: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "cli.py"), "extract", str(folder), "--out", str(out),
                           "--cache", str(out.parent / "cache"), "--format", "xlsx", *options],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)


def read_csv(path: Path, delimiter: str = ",") -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=delimiter))


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    root = tmp_path_factory.mktemp("workbook")
    folder = root / "in"
    folder.mkdir()
    for name in ("art06_burkhard_breuer_balard", "art04_lecornu_pistorius_mgcs"):
        shutil.copy(RAW / f"{name}.txt", folder)
    (folder / "piege.txt").write_text(TRAP, encoding="utf-8")
    (folder / "vide.txt").write_bytes(b"")
    results = {name: extract(folder, root / name, *options) for name, options in
               (("plain", ()), ("excel", ("--excel",)))}
    return {"root": root, "results": results}


def workbook(path: Path):
    return openpyxl.load_workbook(path)


def values(sheet) -> list[list]:
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def every_cell(book):
    return [cell for sheet in book for row in sheet.iter_rows() for cell in row]


def test_the_run_writes_tables_xlsx_beside_the_csv_files(runs):
    for name, result in runs["results"].items():
        assert result.returncode == 1, result.stderr  # vide.txt failed: the run went on
        out = runs["root"] / name
        assert (out / "tables.xlsx").is_file()
        assert sorted(p.name for p in out.glob("*.csv")) == sorted(f"{table}.csv" for table in COLUMNS)


@pytest.mark.parametrize(("variant", "delimiter"), [("plain", ","), ("excel", ";")])
def test_one_sheet_per_table_with_the_csv_header_and_rows(runs, variant, delimiter):
    out = runs["root"] / variant
    book = workbook(out / "tables.xlsx")
    assert book.sheetnames == list(COLUMNS)
    for name, columns in COLUMNS.items():
        sheet = book[name]
        rows = values(sheet)
        csv_rows = read_csv(out / f"{name}.csv", delimiter)
        assert rows[0] == columns == csv_rows[0]
        assert len(rows) == len(csv_rows) > 1, name
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(len(columns))}{len(rows)}"
        assert all(cell.font.bold for cell in sheet[1])
        for row, csv_row in zip(rows[1:], csv_rows[1:], strict=True):  # the same rows, typed
            shown = ["" if v is None else v.date().isoformat() if isinstance(v, datetime.datetime) else str(v)
                     for v in row]
            assert shown == [v[1:] if v.startswith("'=") else v for v in csv_row]


def test_no_cell_is_a_formula_and_formula_text_reads_as_written(runs):
    book = workbook(runs["root"] / "plain" / "tables.xlsx")
    assert not [cell.value for cell in every_cell(book) if cell.data_type == "f"]
    titles = {row[0]: row[2] for row in values(book["documents"])[1:]}
    # the text as the article has it (its straight quotes typographic, as documents.csv writes a title),
    # no apostrophe in front
    assert titles["piege"] == curly_quotes(LINK)
    quotes = [row[4] for row in values(book["quotes"])[1:]]
    assert any(quote.startswith("=1+1") for quote in quotes), quotes


def test_accents_dates_numbers_and_widths(runs):
    book = workbook(runs["root"] / "plain" / "tables.xlsx")
    documents = {row[0]: row for row in values(book["documents"])[1:]}
    assert documents["art06_burkhard_breuer_balard"][2] == ("Le général Burkhard reçoit à Balard le nouvel "
                                                            "inspecteur général de la Bundeswehr")
    assert isinstance(documents["art06_burkhard_breuer_balard"][5], int)  # n_chars
    assert documents["vide"][7:9] == ["error", "empty file"]
    meetings = [row for row in values(book["meetings"])[1:] if row[0] == "piege"]
    assert datetime.datetime(2023, 7, 3) in [row[3] for row in meetings]
    dates = {row[3]: row[7] for row in values(book["entities"])[1:] if row[2] == "DATE" and row[0] == "piege"}
    assert dates["3 juillet 2023"] == datetime.datetime(2023, 7, 3)  # a day: a date cell
    assert dates["juin 2023"] == "2023-06"  # a month: text, as written
    sheet = book["meetings"]
    evidence = COLUMNS["meetings"].index("evidence") + 1
    letter = openpyxl.utils.get_column_letter(evidence)
    assert 30 < sheet.column_dimensions[letter].width <= 62
    assert sheet.cell(row=2, column=evidence).alignment.wrap_text  # long text wraps
    assert sheet.column_dimensions["B"].width < 20  # meeting_id: narrow


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed (.ci/run installs it)")
def test_libreoffice_opens_it_and_runs_no_formula(runs, tmp_path):
    """LibreOffice loads the workbook and saves it again: a formula cell would come back as a formula."""
    source = runs["root"] / "plain" / "tables.xlsx"
    again = resave(source, tmp_path)
    book, original = workbook(again), workbook(source)
    assert book.sheetnames == list(COLUMNS)
    assert not [cell.value for cell in every_cell(book) if cell.data_type == "f"]
    for name in COLUMNS:
        assert values(book[name]) == values(original[name]), name  # accents, dates, the formula text
    titles = {row[0]: row[2] for row in values(book["documents"])[1:]}
    assert titles["piege"] == curly_quotes(LINK)
    assert book["entities"].auto_filter.ref == original["entities"].auto_filter.ref
    # (frozen panes are view settings: LibreOffice without a window writes none, for any workbook)


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed (.ci/run installs it)")
def test_the_libreoffice_check_would_see_a_formula(tmp_path):
    """The check above has teeth: a cell openpyxl writes by default from `=...` comes back a formula."""
    book = openpyxl.Workbook()
    book.active.append(["texte", LINK])
    book.save(tmp_path / "naive.xlsx")
    again = workbook(resave(tmp_path / "naive.xlsx", tmp_path / "again"))
    assert [cell.data_type for cell in every_cell(again)] == ["s", "f"]


def resave(path: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    result = subprocess.run([SOFFICE, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
                             "--convert-to", "xlsx", "--outdir", str(folder / "out"), str(path)],
                            capture_output=True, text=True, timeout=300)
    target = folder / "out" / path.name
    assert target.exists(), result.stdout + result.stderr
    return target
