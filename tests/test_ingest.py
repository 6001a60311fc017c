"""Reading messy folders: encodings, line ends, empty and binary files, unreadable files, loops, odd names.

Each bad file must become an Article with a plain-words `error`, never an exception, and each good
file must decode to exactly the text it holds.
"""

from __future__ import annotations

import os
import shutil

import pytest

from pipeline.run import ingest
from pipeline.run.engines import read_folder
from pipeline.run.ingest import decode, doc_ids, list_files, read_article

from conftest import ROOT

FRENCH = ("Le chef d’état-major des armées a reçu à Balard son homologue allemand, le général Breuer ; "
          "« c’est un été décisif », a-t-il déclaré, évoquant la coopération franco-allemande.\n")
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"  # no NUL byte in its head


def write(folder, name, data: bytes):
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


# -- encodings -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("data", "encoding"), [
    (FRENCH.encode("utf-8"), "utf-8"),
    (b"\xef\xbb\xbf" + FRENCH.encode("utf-8"), "utf-8-sig"),
    (FRENCH.encode("cp1252"), "cp1252"),  # ’ « » are bytes 0x92 0xAB 0xBB: 0x92 exists only in cp1252
    (FRENCH.replace("’", "'").encode("latin-1"), "latin-1"),
    (FRENCH.encode("utf-16"), "utf-16"),  # Windows Notepad's "Unicode"
], ids=["utf-8", "utf-8-bom", "cp1252", "latin-1", "utf-16"])
def test_each_encoding_decodes_to_the_same_text_and_is_named(tmp_path, data, encoding):
    article = read_article(write(tmp_path, "article.txt", data))
    assert article.error == ""
    assert article.encoding == encoding
    expected = FRENCH if encoding != "latin-1" else FRENCH.replace("’", "'")
    assert article.text == expected


@pytest.mark.parametrize("text", ["é", "Été", "Le général a été reçu à Paris.", "Noël à Besançon, 5 €."])
def test_short_legacy_texts_decode_as_french(text):
    """charset-normalizer alone reads these as cp1250 (`reçu ŕ`) or EBCDIC (`é` -> `Z`)."""
    for codec in ("cp1252", "latin-1"):
        try:
            raw = text.encode(codec)
        except UnicodeEncodeError:  # € is not in latin-1
            continue
        decoded, _encoding = decode(raw)
        assert decoded == text
    assert decode("é".encode("latin-1"))[0] == "é"  # byte 0xE9


def test_a_cp1251_russian_text_is_left_to_the_detector():
    text = "Польша и Франция провели переговоры в Варшаве о поставках вооружений."
    assert decode(text.encode("cp1251")) == (text, "cp1251")


def test_crlf_and_cr_line_ends_read_as_lf(tmp_path):
    lf = read_article(write(tmp_path, "lf.txt", FRENCH.encode() * 3))
    crlf = read_article(write(tmp_path, "crlf.txt", FRENCH.replace("\n", "\r\n").encode() * 3))
    cr = read_article(write(tmp_path, "cr.txt", FRENCH.replace("\n", "\r").encode("cp1252") * 3))
    assert crlf.text == lf.text == cr.text


def test_a_crlf_article_gives_the_rows_of_its_lf_copy(analyse):
    from pipeline.run.export import doc_rows

    source = (ROOT / "data" / "raw" / "art06_burkhard_breuer_balard.txt").read_bytes()
    folder_rows = []
    for data in (source, source.replace(b"\n", b"\r\n")):
        text, _encoding = decode(data)
        folder_rows.append(doc_rows(analyse(ingest.normalise_newlines(text))))
    assert folder_rows[0] == folder_rows[1]
    assert folder_rows[0]["officials"]


# -- bad files -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("vide.txt", b"", "empty file"),
    ("blancs.txt", b" \n\t\r\n  \n", "empty file (only blank space)"),
    ("image.txt", PNG, "binary file (PNG image), not text"),
    ("rapport.txt", PDF, "binary file (PDF document), not text"),
    ("zeros.txt", b"texte\x00\x00\x00suite", "binary file, not text"),
    ("controles.txt", bytes(range(1, 9)) * 20 + b"abc", "binary file, not text"),
])
def test_bad_files_get_a_plain_reason(tmp_path, name, data, reason):
    article = read_article(write(tmp_path, name, data))
    assert article.error.startswith(reason)
    assert article.text == ""


def test_a_file_over_the_size_limit_is_refused_without_reading_it(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "MAX_BYTES", 100)
    article = read_article(write(tmp_path, "long.txt", FRENCH.encode() * 10))
    assert article.error.startswith("file too large")


def test_broken_symlink_and_symlink_to_itself_are_unreadable(tmp_path):
    (tmp_path / "cassé.txt").symlink_to(tmp_path / "absent.txt")
    (tmp_path / "boucle.txt").symlink_to(tmp_path / "boucle.txt")
    errors = {a.doc_id: a.error for a in read_folder(tmp_path)}
    assert errors == {"boucle": "cannot read the file: too many levels of symbolic links",
                      "cassé": "cannot read the file: no such file or directory"}


def test_permission_denied_is_reported(tmp_path, monkeypatch):
    path = write(tmp_path, "secret.txt", FRENCH.encode())

    def refuse(_self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(type(path), "read_bytes", refuse)
    assert read_article(path).error == "cannot read the file: permission denied"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file whatever its mode")
def test_a_real_unreadable_file_is_reported(tmp_path):
    path = write(tmp_path, "secret.txt", FRENCH.encode())
    path.chmod(0)
    try:
        assert read_article(path).error == "cannot read the file: permission denied"
    finally:
        path.chmod(0o644)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_not_opened(tmp_path):
    """Opening a pipe for reading blocks until someone writes: the run would hang."""
    os.mkfifo(tmp_path / "tube.txt")
    os.mkfifo(tmp_path / "tube.pdf")
    errors = {a.source_path.rsplit("/", 1)[1]: a.error for a in read_folder(tmp_path)}
    assert errors["tube.txt"] == "not a regular file (a folder, pipe or device)"
    assert errors["tube.pdf"].startswith("not a .txt file")


# -- folders ---------------------------------------------------------------------------------------


def test_non_txt_files_are_listed_with_a_reason_and_hidden_ones_skipped(tmp_path):
    write(tmp_path, "art.txt", FRENCH.encode())
    write(tmp_path, "rapport.pdf", PDF)
    write(tmp_path, "photo.png", PNG)
    write(tmp_path, "notes.md", b"# notes\n")
    write(tmp_path, ".DS_Store", b"\x00\x01")
    write(tmp_path, "art.txt~", b"sauvegarde")
    write(tmp_path, ".partial-x/documents.csv", b"a,b\n")
    rows = {a.doc_id: a.error for a in read_folder(tmp_path)}
    assert rows == {
        "art": "",
        "rapport": "PDF document, not a .txt file: save it as plain text (.txt) to include it",
        "photo": "PNG image, not a .txt file: save it as plain text (.txt) to include it",
        "notes": "not a .txt file (.md): save it as plain text (.txt) to include it",
    }


def test_symlinked_folder_loops_are_walked_once(tmp_path):
    write(tmp_path, "a/art.txt", FRENCH.encode())
    (tmp_path / "a" / "retour").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "boucle").symlink_to(tmp_path / "boucle", target_is_directory=True)
    assert [p.relative_to(tmp_path).as_posix() for p in list_files(tmp_path)] == ["a/art.txt", "boucle"]


def test_the_output_folder_inside_the_input_is_not_read(tmp_path):
    write(tmp_path, "art.txt", FRENCH.encode())
    write(tmp_path, "out/documents.csv", b"doc_id\n")
    assert [p.name for p in list_files(tmp_path, exclude=tmp_path / "out")] == ["art.txt"]


def test_names_with_spaces_accents_and_legacy_bytes(tmp_path):
    write(tmp_path, "l'été à Brest.txt", FRENCH.encode())
    write(tmp_path, "cafe\u0301 noir.txt", FRENCH.encode())  # decomposed é, as macOS writes names
    (tmp_path / os.fsdecode(b"d\xe9fense.txt")).write_bytes(FRENCH.encode())  # a cp1252 name on a UTF-8 disk
    articles = list(read_folder(tmp_path))
    assert sorted(a.doc_id for a in articles) == ["café noir", "défense", "l'été à Brest"]
    for article in articles:
        assert article.error == ""
        article.source_path.encode("utf-8")  # no surrogate left: the CSV can be written


def test_clashing_stems_get_unique_doc_ids(tmp_path):
    paths = [write(tmp_path, name, FRENCH.encode()) for name in ("a/art.txt", "b/art.txt", "art.pdf", "art.txt")]
    ids = doc_ids(paths, tmp_path)
    assert ids[tmp_path / "art.txt"] == "art"
    assert len(set(ids.values())) == 4
    assert ids[tmp_path / "art.pdf"] == "art.pdf"


def test_one_file_is_read_whatever_its_extension(tmp_path):
    [article] = read_folder(write(tmp_path, "article.text", FRENCH.encode()))
    assert article.error == "" and article.text == FRENCH


# -- a 20 MB text ---------------------------------------------------------------------------------


def real_sentences() -> str:
    return "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "raw").glob("*.txt")))


def test_a_20_mb_cp1252_text_is_read_and_cut_within_the_model_limit(tmp_path):
    """The model run on 20 MB takes about half an hour here: see bench/big_file.py for it."""
    from pipeline.run.model import split_text

    corpus = real_sentences().replace("ė", "e").replace("ğ", "g").replace("ș", "s").replace("ă", "a")
    text = (corpus + "\n\n") * (20_000_000 // len(corpus) + 1)
    path = write(tmp_path, "énorme fichier.txt", text.encode("cp1252", errors="replace"))
    assert path.stat().st_size >= 20_000_000
    article = read_article(path)
    assert (article.error, article.encoding) == ("", "cp1252")
    assert article.text.startswith("Sommet de Vilnius : feu vert turc")
    pieces = split_text(article.text, 1_000_000)
    assert "".join(pieces) == article.text
    assert all(len(piece) <= 1_000_000 for piece in pieces)
    assert all(piece.rstrip(" \t").endswith("\n\n") for piece in pieces[:-1])  # cut at paragraphs, never in a word


def test_shared_seeds_read_as_utf8():
    seeds = ROOT.parent / "shared" / "corpus" / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared is absent")
    for article in read_folder(seeds):
        assert article.error == "" and article.encoding.startswith("utf-8")


def test_copying_a_folder_keeps_its_listing(tmp_path):
    """A stable order whatever the file system returns: the CSV rows follow it."""
    for name in ("b.txt", "a.txt", "c/d.txt"):
        write(tmp_path / "one", name, FRENCH.encode())
    shutil.copytree(tmp_path / "one", tmp_path / "two")
    listing = [[p.relative_to(root).as_posix() for p in list_files(root)] for root in (tmp_path / "one",
                                                                                          tmp_path / "two")]
    assert listing[0] == listing[1] == ["a.txt", "b.txt", "c/d.txt"]
