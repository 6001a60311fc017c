"""Stage 1: find the article files of a folder and read them as text.

A bad file never stops a run: it becomes an Article with `error` set, which the export writes to
`documents.csv` with `status=error`. Encodings are detected (French files are often cp1252) and
recorded, so a reader can tell why an accent looks wrong.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

SUFFIXES = {".txt"}
MAX_BYTES = 50_000_000  # larger files are refused rather than exhausting memory


@dataclass
class Article:
    """One input file, decoded, or the reason it could not be."""

    doc_id: str
    source_path: str
    text: str = ""
    encoding: str = ""
    error: str = ""

    @property
    def title(self) -> str:
        """The first non-empty line: news pages put the headline there."""
        for line in self.text.splitlines():
            if line.strip():
                return line.strip()
        return ""


def list_files(folder: Path) -> list[Path]:
    """Every `.txt` below `folder`, recursively, in a stable order; symlink loops are skipped."""
    found: list[Path] = []
    seen_dirs: set[tuple[int, int]] = set()
    for root, dirs, files in os.walk(folder, followlinks=True):
        try:
            stat = os.stat(root)
        except OSError:
            dirs[:] = []
            continue
        if (stat.st_dev, stat.st_ino) in seen_dirs:
            dirs[:] = []
            continue
        seen_dirs.add((stat.st_dev, stat.st_ino))
        dirs.sort()
        found.extend(Path(root) / name for name in files if Path(name).suffix.lower() in SUFFIXES)
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix())


def decode(raw: bytes) -> tuple[str, str]:
    """Decode bytes as UTF-8 when they are, else with the detected encoding."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8"), "utf-8-sig"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(raw).best()
    if best is None:
        raise ValueError("not a text file (no text encoding fits its bytes)")
    return str(best), best.encoding


def read_article(path: Path, folder: Path | None = None) -> Article:
    """Read one file into an Article; problems land in `error`, never raise."""
    article = Article(doc_id=path.stem, source_path=str(path))
    try:
        if path.stat().st_size > MAX_BYTES:
            article.error = f"file too large ({path.stat().st_size:,} bytes; limit {MAX_BYTES:,})"
            return article
        raw = path.read_bytes()
    except OSError as error:
        article.error = f"cannot read the file: {error.strerror or error}"
        return article
    if b"\x00" in raw[:4096]:
        article.error = "binary file, not text"
        return article
    try:
        text, encoding = decode(raw)
    except ValueError as error:
        article.error = str(error)
        return article
    if not text.strip():
        article.error = "empty file"
        return article
    article.text, article.encoding = text, encoding
    return article


def read_folder(folder: Path) -> Iterator[Article]:
    """The articles of a folder (or of one file), in a stable order."""
    folder = Path(folder)
    if folder.is_file():
        yield read_article(folder)
        return
    for path in list_files(folder):
        yield read_article(path, folder)
