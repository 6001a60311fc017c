"""Stage 1: find the article files of a folder and read them as text.

A bad file never stops a run: it becomes an Article with `error` set, which the export writes to
`documents.csv` with `status=error` and a reason in plain words. Real folders are messy (a PDF
dropped beside the articles, an empty file, a cp1252 file from an old Windows editor, a symlink
loop), so every file of the folder is listed and each gets exactly one row: an analyst can then
see what was not read, rather than wonder.

A saved web page (`.html`, `.htm`) is read with trafilatura: the article's title and main text,
menus, footers and cookie banners left out; its publication date comes from the page's metadata
(htmldate) and serves when the text gives none. Offsets then count the extracted text, which the
run writes beside the tables (`texts/<doc_id>.txt`).

Text is read the way Python's `open()` reads it: a UTF-8 BOM is dropped and CRLF or CR line ends
become LF, so offsets count what `open(path, encoding=...).read()` returns, and a CRLF copy of an
article gives exactly the rows of the LF one (the model treats a `\\r\\n` token differently).
"""

from __future__ import annotations

import codecs
import os
import re
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}  # saved web pages: read through trafilatura
MIN_SENTENCE_WORDS = 5  # a web page none of whose extracted lines is that long holds no article
MAX_BYTES = 50_000_000  # larger files are refused rather than exhausting memory
SNIFF_BYTES = 16
# Files nobody means as input: editor backups, OS litter. Hidden files (".name") are skipped too.
JUNK_NAMES = {"thumbs.db", "desktop.ini"}
SIGNATURES = {
    b"%PDF-": "PDF document",
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"PK\x03\x04": "ZIP archive or Word/OpenDocument file",
    b"\xd0\xcf\x11\xe0": "old Microsoft Office document",
    b"{\\rtf": "RTF document",
}
BOMS = [  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
]
UTF16_32_BOMS = tuple(bom for bom, encoding in BOMS if encoding != "utf-8-sig")
# Every byte but 0x80-0x9F, where cp1252 has € ’ œ … and latin-1 only control codes
NOT_CP1252_ONLY = bytes(range(0x80)) + bytes(range(0xA0, 0x100))
SAMPLE_CHARS = 200_000  # enough to judge an encoding; a 20 MB file is not scanned letter by letter
LETTER_RE = re.compile(r"[^\W\d_]")
CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # control codes other than \t \n \v \f \r
MAX_FOREIGN_LETTERS = 0.3  # French has a few accented letters; mis-decoded Cyrillic has nothing else
FEW_LETTERS = 3  # a word like `Été` is all accents: too short to judge by share
MAX_CONTROL_CHARS = 0.01
TITLE_MAX = 300  # characters: a file with no line break would make its whole text the title
# A multi-byte UTF-8 sequence (é is C3 A9): a file holding some beside bytes UTF-8 refuses is mixed
UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
BAD_CHAR = "\ufffd"  # what a byte no encoding of the file could read becomes


def _legacy_bytes(error: UnicodeDecodeError) -> tuple[str, int]:
    """Codec error handler: bytes UTF-8 refuses, read as cp1252 (U+FFFD for the five it lacks)."""
    return error.object[error.start : error.end].decode("cp1252", errors="replace"), error.end


codecs.register_error("defnews-cp1252", _legacy_bytes)


@dataclass
class Article:
    """One input file, decoded, or the reason it could not be."""

    doc_id: str
    source_path: str
    text: str = ""
    encoding: str = ""
    error: str = ""
    published: str = ""  # ISO day from a web page's metadata: used when the text gives no date
    html: bool = False  # the text was extracted from a web page (written to texts/ beside the tables)
    bad_chars: int = 0  # characters that could not be read cleanly (U+FFFD in the text)

    @property
    def title(self) -> str:
        """The first non-empty line: news pages put the headline there (lazy: texts can be 20 MB).

        Cut to TITLE_MAX characters, at a word, with `…`: a file with no line break is all one line."""
        title = self.text.lstrip()[: TITLE_MAX * 4].partition("\n")[0].strip()
        if len(title) <= TITLE_MAX:
            return title
        return title[: TITLE_MAX - 1].rsplit(" ", 1)[0].rstrip() + "…"


def readable_name(name: str) -> str:
    """A file name as text that can be written to CSV: NFC, and legacy-encoded bytes decoded.

    A name written as cp1252 on a UTF-8 system reaches Python with surrogate escapes, which
    cannot be encoded when the CSV is written; macOS names arrive decomposed (NFD).
    """
    raw = os.fsencode(name)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    return unicodedata.normalize("NFC", text)


def _ignored(name: str) -> bool:
    return name.startswith(".") or name.endswith("~") or name.lower() in JUNK_NAMES


def list_files(folder: Path, exclude: Path | None = None) -> list[Path]:
    """Every input file below `folder`, recursively, in a stable order.

    Not only `.txt`: a PDF dropped among the articles is listed so that it gets an error row
    instead of vanishing. Hidden files, OS litter, symlink loops and the `exclude` folder (the
    output, when it lies inside the input) are skipped.
    """
    found: list[Path] = []
    seen_dirs: set[tuple[int, int]] = set()
    skip = _identity(exclude) if exclude is not None else None
    for root, dirs, files in os.walk(folder, followlinks=True):
        identity = _identity(Path(root))
        if identity is None or identity in seen_dirs or identity == skip:
            dirs[:] = []
            continue
        seen_dirs.add(identity)
        dirs[:] = sorted(d for d in dirs if not _ignored(d))
        found.extend(Path(root) / name for name in files if not _ignored(name))
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix())


def _identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of a folder, which tells a symlinked folder seen before; None if unreadable."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def is_article(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES or is_web_page(path)


def is_web_page(path: Path) -> bool:
    return path.suffix.lower() in HTML_SUFFIXES


def doc_ids(paths: list[Path], folder: Path) -> dict[Path, str]:
    """Each file's doc_id: its name without extension, made unique within the run.

    Two files with one stem (`a/art.txt` and `b/art.txt`, or `art.txt` and `art.pdf`) would
    otherwise merge their people. Articles (`.txt`, `.html`, `.htm`) claim stems first, shallowest
    first; a later clash is named by its path relative to the folder, extension included.
    """
    ids: dict[Path, str] = {}
    used: set[str] = set()
    for path in sorted(paths, key=lambda p: (not is_article(p), len(p.relative_to(folder).parts),
                                             p.relative_to(folder).as_posix())):
        doc_id = readable_name(path.stem)
        if doc_id in used:
            doc_id = readable_name(path.relative_to(folder).as_posix())
        used.add(doc_id)
        ids[path] = doc_id
    return ids


def sniff(raw: bytes) -> str:
    """What kind of binary file these first bytes start, or ''."""
    for signature, kind in SIGNATURES.items():
        if raw.startswith(signature):
            return kind
    return ""


def decode(raw: bytes) -> tuple[str, str]:
    """The text of `raw` and the name of its encoding.

    Order: a BOM, then strict UTF-8, then UTF-8 mixed with cp1252 (a file pasted together from two
    sources: `Réunion` in UTF-8 beside `général` in cp1252; each run of bytes UTF-8 refuses is read as
    cp1252, so neither half becomes mojibake such as `RÃ©union`; named `utf-8+cp1252`), then the
    legacy Western encodings French files use
    (cp1252, latin-1) when the result reads like French, then charset-normalizer for the rest.
    The detector alone is wrong on short French texts: measured, it takes `Le général a été reçu
    à Paris.` in cp1252 for cp1250 (`reçu ŕ`) and a lone `é` for EBCDIC (cp037).
    """
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding), encoding
            except UnicodeDecodeError:
                raise ValueError(f"bad encoding: starts with a {encoding} mark but is not {encoding}") from None
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if UTF8_SEQUENCE.search(raw):  # half UTF-8, half an old Windows editor's: each part as written
        return raw.decode("utf-8", errors="defnews-cp1252"), "utf-8+cp1252"
    western = _western(raw)
    if western is not None:
        return western
    best = from_bytes(raw).best()
    if best is None:
        raise ValueError("not a text file (no text encoding fits its bytes)")
    return str(best), best.encoding


def _western(raw: bytes) -> tuple[str, str] | None:
    """cp1252 or latin-1 text when the bytes read as French in it, else None.

    The two agree on every byte except 0x80-0x9F, where cp1252 has € ’ “ ” œ … and latin-1 only
    control codes: a file using any of them is cp1252, one using none is named latin-1 (it
    decodes to the same text in both).
    """
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        return None
    sample = text[:SAMPLE_CHARS]
    if _control_share(sample) > 0:
        return None
    letters = LETTER_RE.findall(sample)
    foreign = sum(not c.isascii() for c in letters)
    if not letters or foreign > max(FEW_LETTERS, MAX_FOREIGN_LETTERS * len(letters)):
        return None
    uses_cp1252 = bool(raw.translate(None, NOT_CP1252_ONLY))
    return text, "cp1252" if uses_cp1252 else "latin-1"


def _control_share(text: str) -> float:
    """Share of control characters other than line breaks and tabs: text has none."""
    if not text:
        return 0.0
    return len(CONTROL_RE.findall(text)) / len(text)


def normalise_newlines(text: str) -> str:
    """CRLF and CR become LF, as Python's `open()` reads text (its universal newlines)."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def read_article(path: Path, folder: Path | None = None, doc_id: str | None = None) -> Article:
    """Read one file into an Article, whatever its extension; problems land in `error`, never raise."""
    article = Article(doc_id=doc_id or readable_name(path.stem), source_path=readable_name(str(path)))
    try:
        raw = _read_regular(path)
    except (OSError, ValueError) as error:
        article.error = _reason(error)
        return article
    kind = sniff(raw)
    if kind or (b"\x00" in raw and not raw.startswith(UTF16_32_BOMS)):  # UTF-16 text is half NUL bytes
        article.error = f"binary file ({kind}), not text" if kind else "binary file, not text"
        return article
    try:
        text, encoding = decode(raw)
    except ValueError as error:
        article.error = str(error)
        return article
    if is_web_page(path):
        return _read_web_page(article, text, encoding)
    if _control_share(text) > MAX_CONTROL_CHARS:
        article.error = f"binary file, not text (read as {encoding}, it is full of control characters)"
    elif not text.strip():
        article.error = "empty file" if not text else "empty file (only blank space)"
    else:
        article.text, article.encoding = normalise_newlines(text), encoding
        article.bad_chars = text.count(BAD_CHAR)
    return article


def _read_web_page(article: Article, page: str, encoding: str) -> Article:
    """The title, main text and metadata date of a saved web page; boilerplate left out.

    The text is the title then the article's paragraphs, a blank line between each, as a saved `.txt`
    news page reads, so a page and its plain text give the same rows. `encoding` says `html (utf-8)`.
    """
    import logging

    import htmldate
    import trafilatura

    for name in ("trafilatura", "htmldate", "courlan"):  # their warnings would break the progress bar
        logging.getLogger(name).setLevel(logging.CRITICAL)
    article.html, article.encoding = True, f"html ({encoding})"
    if not page.strip():
        article.error = "empty web page"
        return article
    tree = trafilatura.load_html(page)
    if tree is None:
        article.error = "not a readable web page (the HTML could not be parsed)"
        return article
    # the page's metadata only (no guess from the text), read before the extraction prunes the tree
    published = htmldate.find_date(tree, extensive_search=False, original_date=True) or ""
    result = trafilatura.bare_extraction(tree, include_comments=False, with_metadata=True, favor_precision=True)
    lines = [line.strip() for line in (result.text or "").splitlines()] if result is not None else []
    paragraphs = [line for line in lines if line]
    if not any(len(line.split()) >= MIN_SENTENCE_WORDS for line in paragraphs):  # a menu, a button
        article.error = "web page without article text (only menus, links or scripts)"
        return article
    title = re.sub(r"\s*\n\s*", " ", result.title or "").strip()
    if title and paragraphs[0] != title:
        paragraphs.insert(0, title)
    article.text = "\n\n".join(paragraphs) + "\n"
    article.published = published
    return article


def _read_regular(path: Path) -> bytes:
    """The bytes of a regular file of acceptable size; a pipe or device would block or never end."""
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise ValueError("not a regular file (a folder, pipe or device)")
    if info.st_size > MAX_BYTES:
        raise ValueError(f"file too large ({info.st_size:,} bytes; the limit is {MAX_BYTES:,})")
    return path.read_bytes()


def _reason(error: Exception) -> str:
    """An OSError in plain words, without the path the row already shows."""
    if isinstance(error, OSError):
        return f"cannot read the file: {(error.strerror or str(error)).lower()}"
    return str(error)


def not_an_article(path: Path, doc_id: str) -> Article:
    """The error row of a file in the folder that is not a `.txt` article (a PDF, an image...)."""
    article = Article(doc_id=doc_id, source_path=readable_name(str(path)))
    try:
        kind = ""
        if stat.S_ISREG(path.stat().st_mode):  # checked before open(): opening a pipe blocks
            with path.open("rb") as handle:
                kind = sniff(handle.read(SNIFF_BYTES))
    except OSError as error:
        article.error = _reason(error)
        return article
    what = f"{kind}, not a .txt file" if kind else f"not a .txt file ({path.suffix or 'no extension'})"
    article.error = f"{what}: save it as plain text (.txt) to include it"
    return article
