"""The CLI on a messy folder: every file gets a row, good ones are processed, exit codes tell what happened.

Also: interrupted runs leave the previous output as it was, two runs give byte-identical files, and
formula cells are neutralised, checked in a real spreadsheet (LibreOffice) where it is installed.
"""

from __future__ import annotations

import csv
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.run.export import curly_quotes

from conftest import ROOT

pytestmark = pytest.mark.slow  # whole processes: CLI, engines, property runs

RAW = ROOT / "data" / "raw"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
FORMULA = '=HYPERLINK("http://x","clic")'
PHONE = "+33 1 23 45 67 89"
LATIN = ("Été : le général Burkhard reçoit à Balard\n\n"
         "Le général Thierry Burkhard a accueilli à Balard le général Carsten Breuer, inspecteur général de la "
         "Bundeswehr. Les deux chefs militaires ont évoqué la coopération franco-allemande.\n")
INJECTION = f"""{FORMULA}

  • 12 Jul. 2023 -

Le général Thierry Burkhard a reçu à Balard son homologue allemand, le général Carsten Breuer.
{PHONE}
@SUM(1+1)
Le général Breuer a déclaré : « Nous disons "oui" à la coopération,
et "non" à la division ; =1+1 n'est pas un argument. »
"""
# the line cut after a comma inside the sentence is joined (`normalise`: a hand wrap), as the model reads it
QUOTE = 'Nous disons "oui" à la coopération, et "non" à la division ; \'=1+1 n\'est pas un argument.'
MIXED = "Réunion à l'état-major des armées\n\n"
EXPECTED = {  # doc_id -> (status, error or encoding)
    "art ok": ("ok", "utf-8"),
    "élysée é": ("ok", "cp1252"),
    "latin": ("ok", "latin-1"),
    "bom": ("ok", "utf-8-sig"),
    "crlf": ("ok", "utf-8"),
    "injection": ("ok", "utf-8"),
    "phone": ("ok", "utf-8"),
    "ligne\nbrisée": ("ok", "utf-8"),
    "rapport\r=1+1": ("ok", "utf-8"),  # a CR in a name: a reader splitting rows at CR must not see `=1+1`
    "'  =2+2": ("ok", "utf-8"),  # file `  =2+2.txt`: blanks, then a formula, neutralised
    "mixte": ("ok", "utf-8+cp1252"),  # half UTF-8, half cp1252
    "vide": ("error", "empty file"),
    "blancs": ("error", "empty file (only blank space)"),
    "faux": ("error", "binary file (PNG image), not text"),
    "image": ("error", "PNG image, not a .txt file: save it as plain text (.txt) to include it"),
    "rapport": ("error", "PDF document, not a .txt file: save it as plain text (.txt) to include it"),
    "cassé": ("error", "cannot read the file: no such file or directory"),
    "boucle": ("error", "cannot read the file: too many levels of symbolic links"),
}


def cli(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "cli.py"), *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=600, **kwargs)


def extract(folder: Path, out: Path, *options: str) -> subprocess.CompletedProcess:
    return cli("extract", str(folder), "--out", str(out), "--cache", str(out.parent / "cache"), *options)


def read_csv(path: Path, delimiter: str = ",") -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=delimiter))


def messy_folder(folder: Path) -> Path:
    """A folder as analysts' folders are: odd names, old encodings, dropped files, broken links."""
    folder.mkdir()
    article = (RAW / "art06_burkhard_breuer_balard.txt").read_text(encoding="utf-8")
    (folder / "art ok.txt").write_text(article, encoding="utf-8")
    (folder / "élysée é.txt").write_bytes(article.encode("cp1252"))
    (folder / "latin.txt").write_bytes(LATIN.encode("latin-1"))
    (folder / "bom.txt").write_bytes(article.encode("utf-8-sig"))
    (folder / "crlf.txt").write_bytes(article.replace("\n", "\r\n").encode())
    (folder / "injection.txt").write_text(INJECTION, encoding="utf-8")
    (folder / "phone.txt").write_text(f"{PHONE}\n\nLe ministre a rencontré M. Pistorius à Berlin.\n", encoding="utf-8")
    (folder / "ligne\nbrisée.txt").write_text(LATIN, encoding="utf-8")
    (folder / "rapport\r=1+1.txt").write_text(article, encoding="utf-8")
    (folder / "  =2+2.txt").write_text(article, encoding="utf-8")
    (folder / "mixte.txt").write_bytes(MIXED.encode() + LATIN.encode("cp1252"))
    (folder / "vide.txt").write_bytes(b"")
    (folder / "blancs.txt").write_bytes(b"  \r\n\t\n ")
    (folder / "faux.txt").write_bytes(PNG)
    (folder / "image.png").write_bytes(PNG)
    (folder / "rapport.pdf").write_bytes(PDF)
    (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (folder / "cassé.txt").symlink_to(folder / "absent.txt")
    (folder / "boucle.txt").symlink_to(folder / "boucle.txt")
    (folder / "sous").mkdir()
    (folder / "sous" / "retour").symlink_to(folder, target_is_directory=True)
    return folder


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """The messy folder extracted twice (the second time from the parse cache), and once with --excel."""
    root = tmp_path_factory.mktemp("messy")
    folder = messy_folder(root / "in")
    first, second, excel = (extract(folder, root / name, *options) for name, options in
                            (("out1", ()), ("out2", ()), ("excel", ("--excel",))))
    return {"folder": folder, "root": root, "first": first, "second": second, "excel": excel}


# -- bad input -------------------------------------------------------------------------------------


def test_some_documents_failed_gives_status_1_without_traceback(runs):
    for name in ("first", "second", "excel"):
        assert runs[name].returncode == 1, runs[name].stderr
        assert "Traceback" not in runs[name].stderr


def test_every_file_has_a_row_with_status_and_reason(runs):
    rows = {row["doc_id"]: row for row in read_csv(runs["root"] / "out1" / "documents.csv")}
    assert set(rows) == set(EXPECTED)
    for doc_id, (status, detail) in EXPECTED.items():
        row = rows[doc_id]
        assert row["status"] == status, doc_id
        if status == "ok":
            assert (row["encoding"], row["error"]) == (detail, ""), doc_id
            assert int(row["n_tokens"]) > 0
        else:
            assert row["error"] == detail, doc_id


def test_good_files_are_processed_whatever_their_encoding_or_line_ends(runs):
    out = runs["root"] / "out1"
    rows = read_csv(out / "documents.csv")
    titles = {row["doc_id"]: row["title"] for row in rows}
    assert titles["latin"] == titles["ligne\nbrisée"] == "Été : le général Burkhard reçoit à Balard"
    assert titles["élysée é"] == titles["art ok"]
    entities = read_csv(out / "entities.csv")

    def found(doc_id):
        return [{k: v for k, v in row.items() if k != "doc_id"} for row in entities if row["doc_id"] == doc_id]

    assert found("art ok")
    assert found("art ok") == found("élysée é") == found("bom") == found("crlf")
    officials = {row["name"] for row in read_csv(out / "officials.csv") if row["doc_id"] == "latin"}
    assert {"Thierry Burkhard", "Carsten Breuer"} <= officials
    mixed = {row["doc_id"]: row for row in rows}["mixte"]
    assert mixed["title"] == MIXED.strip() and mixed["n_bad_chars"] == "0"  # no `RÃ©union`
    assert {row["doc_id"]: row["n_bad_chars"] for row in rows if row["status"] == "error"} == \
           {doc_id: "" for doc_id, (status, _) in EXPECTED.items() if status == "error"}
    ranks = {row["name"]: row["rank"] for row in read_csv(out / "officials.csv") if row["doc_id"] == "mixte"}
    assert ranks.get("Thierry Burkhard") == "général"  # the cp1252 half read as French, its ranks kept


def test_two_runs_write_byte_identical_files(runs):
    first, second = runs["root"] / "out1", runs["root"] / "out2"
    names = sorted(p.name for p in first.iterdir())
    assert names == sorted(p.name for p in second.iterdir())
    assert "documents.csv" in names and not any(name.startswith(".partial") for name in names)
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


# -- spreadsheet safety ----------------------------------------------------------------------------


def test_formula_cells_are_neutralised(runs):
    out = runs["root"] / "out1"
    titles = {row["doc_id"]: row["title"] for row in read_csv(out / "documents.csv")}
    assert titles["injection"] == "'" + curly_quotes(FORMULA)  # a title's quotes are typographic
    assert titles["phone"] == "'" + PHONE
    quotes = [row["quote"] for row in read_csv(out / "quotes.csv") if row["doc_id"] == "injection"]
    assert QUOTE in quotes
    for path in out.glob("*.csv"):
        for row in read_csv(path):
            for value in row.values():
                assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), (path.name, value)
                assert not re.search(r"[,;]\s*[=+\-@]", value), (path.name, value)


def test_excel_variant_has_a_bom_and_semicolons(runs):
    excel, plain = runs["root"] / "excel", runs["root"] / "out1"
    for name in ("documents.csv", "quotes.csv"):
        data = (excel / name).read_bytes()
        assert data.startswith(b"\xef\xbb\xbf")
        assert data.split(b"\n", 1)[0].count(b";") >= 5
        assert read_csv(excel / name, delimiter=";") == read_csv(plain / name)
    assert not (plain / "documents.csv").read_bytes().startswith(b"\xef\xbb\xbf")


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def to_xlsx(csv_path: Path, out: Path, infilter: str, profile: Path) -> Path:
    """LibreOffice's own CSV import (UTF-8, the delimiter given, `"` quotes), saved as xlsx."""
    result = subprocess.run([SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                             f"--infilter={infilter}", "--convert-to", "xlsx", "--outdir", str(out), str(csv_path)],
                            capture_output=True, text=True, timeout=300)
    target = out / (csv_path.stem + ".xlsx")
    assert target.exists(), result.stdout + result.stderr
    return target


def cells(xlsx: Path) -> list:
    openpyxl = pytest.importorskip("openpyxl")
    return [cell for row in openpyxl.load_workbook(xlsx).active.iter_rows() for cell in row]


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed (.ci/run installs it)")
@pytest.mark.parametrize(("variant", "infilter"), [("out1", "CSV:44,34,76,1"), ("excel", "CSV:59,34,76,1")])
def test_a_spreadsheet_reads_text_not_formulas(runs, tmp_path, variant, infilter):
    pytest.importorskip("openpyxl")
    source = runs["root"] / variant
    profile = tmp_path / "profile"
    values = {}
    for name in ("documents", "quotes", "entities", "officials", "people"):
        sheet = cells(to_xlsx(source / f"{name}.csv", tmp_path, infilter, profile))
        assert all(cell.data_type != "f" for cell in sheet), [c.value for c in sheet if c.data_type == "f"]
        values[name] = [cell.value for cell in sheet if isinstance(cell.value, str)]
    assert "'" + curly_quotes(FORMULA) in values["documents"]  # as text, apostrophe and inner quotes kept
    assert "'" + PHONE in values["documents"]
    assert "Été : le général Burkhard reçoit à Balard" in values["documents"]  # accents
    assert "ligne\nbrisée" in values["documents"]  # a line break inside a cell
    assert QUOTE in values["quotes"]  # « » quote with inner double quotes and a line break
    for name in ("documents", "officials"):  # the CR name in one cell, a blank-led formula as text
        assert "rapport\r=1+1" in values[name] or "rapport\n=1+1" in values[name], name
        assert "'  =2+2" in values[name], name
    assert not [v for v in values["people"] if v.lstrip().startswith(("=", "+", "@"))]


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed (.ci/run installs it)")
def test_the_spreadsheet_check_would_see_a_formula(tmp_path):
    """The check above has teeth: LibreOffice, as run there, does evaluate a bare formula."""
    pytest.importorskip("openpyxl")
    raw = tmp_path / "raw.csv"
    raw.write_text("a,b\n=1+1,x;=2+2\n", encoding="utf-8")
    sheet = cells(to_xlsx(raw, tmp_path, "CSV:59,34,76,1", tmp_path / "profile"))
    assert [cell.data_type for cell in sheet if cell.value in ("=2+2", "=1+1")] == ["f"]


# -- exit codes ------------------------------------------------------------------------------------


def test_all_documents_ok_gives_status_0(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(RAW / "art06_burkhard_breuer_balard.txt", folder / "un article.txt")
    (folder / "sous").mkdir()
    (folder / "sous" / "deux.txt").write_bytes(LATIN.encode("cp1252"))
    result = extract(folder, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert [row["status"] for row in read_csv(tmp_path / "out" / "documents.csv")] == ["ok", "ok"]


def test_usage_and_rule_errors_give_status_2(tmp_path):
    assert cli("extract", str(tmp_path / "absent"), "--out", str(tmp_path / "out")).returncode == 2
    (tmp_path / "fichier").write_text("x")
    assert cli("extract", str(RAW), "--out", str(tmp_path / "fichier")).returncode == 2
    assert cli("extract", str(RAW), "--bad-option").returncode == 2
    inside = tmp_path / "copie"
    shutil.copytree(RAW, inside)
    for out in (inside, inside / "sorties"):  # the output would be read as input by the next run
        result = cli("extract", str(inside), "--out", str(out))
        assert result.returncode == 2 and "choose a folder outside it" in result.stderr, result.stderr
    assert not (inside / "sorties").exists() and not list(inside.glob("*.csv"))
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    (rules / "ranks.yml").write_text("ranks: [\n", encoding="utf-8")
    result = cli("extract", str(RAW), "--out", str(tmp_path / "out"), "--rules", str(rules))
    assert result.returncode == 2
    assert re.search(rf"{re.escape(str(rules / 'ranks.yml'))}:\d+: YAML syntax error", result.stderr)
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()
    (rules / "ranks.yml").write_text((ROOT / "rules" / "ranks.yml").read_text(encoding="utf-8"), encoding="utf-8")
    (rules / "names.yml").write_text("civilities: 5\nnot_names: [[Etat]]\n", encoding="utf-8")  # crashed extract
    result = cli("extract", str(RAW), "--out", str(tmp_path / "out"), "--rules", str(rules))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"{rules / 'names.yml'}:1: 'civilities' must be a list of text" in result.stderr
    assert f"{rules / 'names.yml'}:2: 'not_names' must be a list of text" in result.stderr


# -- interrupted runs ------------------------------------------------------------------------------


@pytest.mark.parametrize(("signum", "status"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)], ids=["TERM", "INT"])
def test_an_interrupted_run_leaves_the_previous_output(tmp_path, signum, status):
    folder = tmp_path / "in"
    folder.mkdir()
    for copy in range(8):  # long enough to be caught running
        for path in sorted(RAW.glob("*.txt")):
            shutil.copy(path, folder / f"{path.stem}-{copy}.txt")
    out = tmp_path / "out"
    out.mkdir()
    previous = {"documents.csv": b"doc_id\nancien\n", "entities.csv": b"old\n", "notes de l'analyste.txt": b"mine"}
    for name, data in previous.items():
        (out / name).write_bytes(data)
    process = subprocess.Popen([sys.executable, str(ROOT / "cli.py"), "extract", str(folder), "--out", str(out),
                                "--no-cache"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 300
    while not list(out.glob(".partial-*")) and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)  # the staging folder appears once the model is loaded and the run starts
    assert process.poll() is None, "the run ended before it could be interrupted"
    process.send_signal(signum)
    stdout, stderr = process.communicate(timeout=120)
    assert process.returncode == status, stderr
    assert "Traceback" not in stderr
    total = len(list(folder.iterdir()))
    assert re.search(rf"Interrupted after \d+ of {total} documents: nothing was written", stderr), stderr
    assert {p.name: p.read_bytes() for p in out.iterdir()} == previous
