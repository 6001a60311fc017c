"""Stage 5: the only place that knows about tables and CSV.

`doc_rows` turns what the stages hung on one Doc into rows; `TableWriter` writes the rows of a run
as they come (memory stays flat on any corpus), gives every person one id across documents at the
end, adds the corpus tables (`people.csv`, `organisations.csv`), and replaces the output files only
then: files are written to a staging folder and swapped into place at the end, all tables at once
(`TableWriter._swap`), so an interrupted or failed run leaves every previous table as it was.

Cells a spreadsheet would run as a formula (starting with = + - @, tab or CR, after any leading
blanks too) are neutralised with a leading apostrophe, as OWASP's CSV-injection guidance says. A
cell holding a line break or a carriage return is always quoted (Python's csv module quotes only the
characters of its line terminator, `\n`, so a bare CR in a file name would split the row). A cell
longer than a spreadsheet cell holds (32,767 characters) is cut with a visible marker; its full
value goes to `long-cells.jsonl` beside the tables (one JSON line: table, row key, column, value).
"""

from __future__ import annotations

import csv
import io
import json
import os
import pickle
import re
import shutil
import tempfile
import unicodedata
import zlib
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from spacy.tokens import Doc

from pipeline.components.spans import DocIndex, doc_text
from pipeline.run.ingest import Article
from pipeline.run.normalise import USER_DATA_KEY, original_offsets

WORKBOOK_NAME = "tables.xlsx"  # `workbook.FILE_NAME`, named here so a run without a workbook never imports openpyxl
COLUMNS: dict[str, list[str]] = {
    "documents": ["doc_id", "source_path", "title", "published", "updated", "n_chars", "n_tokens", "status",
                  "error", "encoding", "n_bad_chars"],
    "entities": ["doc_id", "entity_id", "label", "text", "start_char", "end_char", "sentence_id", "normalized",
                 "source"],
    "officials": ["doc_id", "person_id", "name", "rank", "role", "organisation", "country", "n_mentions",
                  "first_char", "rank_rule", "role_rule", "organisation_rule"],
    "meetings": ["doc_id", "meeting_id", "kind", "date_start", "date_end", "location", "host", "participants",
                 "evidence", "rule", "status"],
    "relations": ["doc_id", "relation_id", "subject", "relation", "object", "subject_id", "object_id", "sentence",
                  "start_char", "end_char", "rule"],
    "quotes": ["doc_id", "quote_id", "speaker", "speaker_id", "quote", "start_char", "end_char"],
    "people": ["person_id", "name", "ranks", "roles", "organisations", "countries", "n_documents", "doc_ids"],
    "organisations": ["name", "acronym", "parent", "n_documents", "doc_ids"],
}
DIRECT = ("documents", "entities", "meetings")  # written as they come
PENDING = ("officials", "relations", "quotes")  # wait for the person ids, which need the whole run
PERSON_SUBJECT = {"MET", "HOSTED", "COUNTERPART_OF", "MEMBER_OF"}
PERSON_OBJECT = {"MET", "HOSTED", "COUNTERPART_OF"}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
FORMULA_AFTER_SEPARATOR = re.compile(r"([,;]\s*)(?=[=+\-@])")
SEP = " | "
MAX_CELL = 32_767  # the most characters a spreadsheet cell holds (Excel and LibreOffice alike)
LONG_CELLS = "long-cells.jsonl"  # the full value of every cell cut to MAX_CELL
CUT_MARKER = " […cut: {n:,} characters in all, full value in " + LONG_CELLS + "]"
ROW_KEYS: dict[str, tuple[str, ...]] = {  # what names a row in long-cells.jsonl
    "documents": ("doc_id",), "entities": ("doc_id", "entity_id"), "officials": ("doc_id", "person_id"),
    "meetings": ("doc_id", "meeting_id"), "relations": ("doc_id", "relation_id"), "quotes": ("doc_id", "quote_id"),
    "people": ("person_id",), "organisations": ("name",),
}
PARTIAL = ".partial-"  # staging folders: `.partial-<pid>-<random>`


def slug(text: str) -> str:
    """`Hans-Werner Wiermann` -> `hans-werner-wiermann`: a readable, stable id."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


_RISKY_FIRST = frozenset(c[0] for c in FORMULA_START)  # a string starting with none of these, holding no `,` or
# `;` and not starting with blank space, is one `neutralise` gives back unchanged


def neutralise(value: object) -> object:
    """A string cell that a spreadsheet would evaluate gets a leading apostrophe (OWASP).

    So does what follows a `,` or `;` inside a cell: French Excel opens a comma file with `;` as
    separator, and LibreOffice run that way turns `a;=1+1` (quoted or not) into a live `=1+1` cell.
    """
    if not isinstance(value, str):
        return value
    if ("," in value or ";" in value) and FORMULA_AFTER_SEPARATOR.search(value):  # rare: sub only then
        value = FORMULA_AFTER_SEPARATOR.sub(r"\1'", value)
    if value.startswith(FORMULA_START) or (value[:1].isspace() and value.lstrip().startswith(FORMULA_START)):
        return "'" + value  # `  =1+1`: a spreadsheet that trims blanks on import would run it
    return value


def cut(value: str) -> str:
    """`value` cut to MAX_CELL characters, the marker saying how long it was included."""
    marker = CUT_MARKER.format(n=len(value))
    return value[: MAX_CELL - len(marker)] + marker


def document_row(article: Article, doc: Doc | None = None) -> dict:
    row = {"doc_id": article.doc_id, "source_path": article.source_path, "title": article.title,
           "published": "", "updated": "", "n_chars": len(article.text), "n_tokens": "",
           "status": "error" if article.error else "ok", "error": article.error, "encoding": article.encoding,
           "n_bad_chars": article.bad_chars if not article.error else ""}
    if doc is not None:
        row.update(published=doc._.published, updated=doc._.updated, n_tokens=len(doc))
        if not article.html:  # a web page's title is trafilatura's; a text's is the headline the furniture stage found
            row["title"] = doc._.title or article.title
    row["title"] = curly_quotes(row["title"] or "")
    return row


def curly_quotes(value: str) -> str:
    """Straight double quotes as typographic ones (`"La Marine"` -> `“La Marine”`). The CSV files double
    a `"` inside a cell, as RFC 4180 says, but a reader that does not undo doubled quotes (Python's
    `csv.Sniffer` guesses `doublequote=False` from a header line, and the shared scorer reads so) then
    cuts the cell at its next comma and shifts every column after it: the headline sits before the
    publication date in documents.csv."""
    if '"' not in value:
        return value
    return re.sub(r'(^|[\s(\[«—–,;:-])"(?=\S)', "\\1“", value).replace('"', "”")


def doc_rows(doc: Doc) -> dict[str, list[dict]]:
    """The rows of one analysed document, with person keys still to be turned into ids."""
    doc_id = doc._.doc_id
    index = DocIndex.of(doc)  # the stages' own: sentences and entities already read
    sent_starts = index.sent_starts  # a bisect per entity, not a pass over every token
    officials = doc._.officials or []
    names = {p["key"]: p["name"] for p in officials}
    rows: dict[str, list[dict]] = defaultdict(list)
    # an organisation inside a role: `chef de l'[Armée suisse]` is a mention, `chef d'[état-major des armées]`
    # only the role's words (both in doc.spans["role_orgs"], for the officials' links)
    # and the days a written range names: `du [20] au [31 mai 2024]` (doc.spans["range_day_mentions"])
    mentions = sorted([*index.ents, *doc.spans.get("role_org_mentions", []), *doc.spans.get("inner_org_mentions", []),
                       *doc.spans.get("range_day_mentions", [])], key=lambda e: (e.start, e.end))
    text = doc_text(doc)  # an entity's text is its slice of the text: `Span.text` would join its tokens
    for number, ent in enumerate(mentions, 1):
        values = ent._
        rows["entities"].append({"doc_id": doc_id, "entity_id": f"E{number}", "label": ent.label_,
                                 "text": text[ent.start_char : ent.end_char],
                                 "start_char": ent.start_char, "end_char": ent.end_char,
                                 "sentence_id": max(0, bisect_right(sent_starts, ent.start) - 1),
                                 "normalized": values.normalized, "source": values.source})
    for p in officials:
        rows["officials"].append({"doc_id": doc_id, "person_key": p["key"], "name": p["name"], "rank": p["rank"],
                                  "role": p.get("role_as_written") or p["role"], "organisation": p["organisation"],
                                  "country": p["country"],
                                  "n_mentions": len(p["mentions"]), "first_char": p["first_char"],
                                  "rank_rule": p["rules"].get("rank", ""), "role_rule": p["rules"].get("role", ""),
                                  "organisation_rule": p["rules"].get("organisation", "")})
    for m in doc._.meetings or []:
        start, _, end = m["date"].partition("/")
        people = [names.get(k, k) for k in m["people"]]
        rows["meetings"].append({"doc_id": doc_id, "meeting_id": m["meeting_id"], "kind": m["kind"],
                                 "date_start": start, "date_end": end, "location": m["location"],
                                 "host": names.get(m["host"], ""), "participants": SEP.join(people + m["groups"]),
                                 "evidence": " […] ".join(m["sentences"]), "rule": m["rule"],
                                 "status": m.get("status", ""),
                                 "person_keys": m["people"], "host_key": m["host"]})
    for index, r in enumerate(doc._.relations or [], 1):
        subject = names.get(r["subject_id"], r["subject"]) if r["relation"] in PERSON_SUBJECT else r["subject"]
        obj = names.get(r["object_id"], r["object"]) if r["relation"] in PERSON_OBJECT else r["object"]
        rows["relations"].append({"doc_id": doc_id, "relation_id": f"R{index}", "subject": subject,
                                  "relation": r["relation"], "object": obj, "subject_id": r["subject_id"],
                                  "object_id": r["object_id"], "sentence": r["sentence"],
                                  "start_char": r["start_char"], "end_char": r["end_char"], "rule": r["rule"]})
    for q in doc._.quotes or []:
        rows["quotes"].append({"doc_id": doc_id, "quote_id": q["quote_id"], "speaker": q["speaker"],
                               "speaker_id": q["speaker_key"], "quote": q["quote"], "start_char": q["start_char"],
                               "end_char": q["end_char"]})
    return original_offsets(rows, doc.user_data.get(USER_DATA_KEY))  # offsets of the file, not of the model's text


class TableWriter:
    """Writes the rows of a run as documents come, so memory stays flat whatever the corpus size.

    Documents, entities and meetings go straight to their CSV file in a staging folder. Officials,
    relations and quotes need person ids, and an id depends on the whole run (a surname alone joins
    the one full name that ends with it, in any document): their rows wait on disk, one JSON line per
    document, and `finish` writes them in one streaming pass. What stays in memory is per person and
    per organisation, never per document.

    Documents are written in the order they are given; the engines give them in doc_id order, so
    the files are the same whatever the engine, the number of jobs or the order files were listed in.
    Use as a context manager: leaving it by an exception removes the staging folder, so the previous
    output stays as it was.
    """

    def __init__(self, out: Path, organisations: dict[str, dict], excel: bool = False,
                 memo: dict[bytes, _Written] | None = None) -> None:
        self.out = Path(out)
        self.organisations = organisations  # rule id -> entry, for the organisations table
        self.excel = excel
        self.out.mkdir(parents=True, exist_ok=True)
        remove_stale(self.out)
        self.staging = Path(tempfile.mkdtemp(prefix=f"{PARTIAL}{os.getpid()}-", dir=self.out))
        self._open_files: list[IO[str]] = []
        self._long: IO[str] | None = None
        self._keep = False  # set when an undo failed: the staging folder then holds the previous tables
        try:
            self._writers = {name: self._open_table(name) for name in DIRECT}
            self._pending = self._open(self.staging / "pending.jsonl", "utf-8")
        except BaseException:  # a full disk already: nothing left behind
            self.discard()
            raise
        self._names: dict[str, set[str]] = defaultdict(set)  # person key -> every name it has in the run
        self._org_docs: dict[str, set[str]] = defaultdict(set)  # ORG normalized value -> doc_ids
        self._counts: Counter[str] = Counter()
        # `extract --watch`: packed rows -> what they wrote, by the previous run (`_memo`), by this one (`_used`)
        self._memo, self._used = memo, {}

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_exc: object) -> None:
        if kind is not None:
            self.discard()

    # -- as documents come ------------------------------------------------------------------

    def add_rows(self, rows: dict[str, list[dict]] | Packed) -> None:
        """The rows of one document, as `runner.results` yields them, or packed by the results cache:
        with a `memo` (`extract --watch`), packed rows written by the previous run are written again
        from the lines made of them then, neither unpacked nor formatted again."""
        if isinstance(rows, Packed):
            written = self._memo.get(rows.data) if self._memo is not None else None
            if written is None:
                written = self._render(rows.unpack())
            if self._memo is not None:
                self._used[rows.data] = written
        else:
            written = self._render(rows)
        self._add(written)

    def _render(self, rows: dict[str, list[dict]]) -> _Written:
        """What one document adds to the run: its CSV lines, pending line and counts, made once."""
        written = _Written()
        for name in DIRECT:
            buffer = io.StringIO()
            table = _Table(buffer, name, ";" if self.excel else ",", written.long_cell, header=False)
            table.writerows(rows.get(name, ()))
            written.lines[name] = buffer.getvalue()
        for row in rows.get("documents", ()):
            written.counts["documents ok" if row["status"] == "ok" else "documents failed"] += 1
        for row in rows.get("entities", ()):
            if row["label"] == "ORG" and isinstance(row["normalized"], str):
                written.orgs.append((row["normalized"], row["doc_id"]))
        for row in rows.get("officials", ()):
            written.names.append((row["person_key"], row["name"]))
        for name in ("officials", "meetings", "relations", "quotes"):
            written.counts[name] += len(rows.get(name, ()))
        waiting = {name: rows.get(name, []) for name in PENDING}
        if any(waiting.values()):
            written.pending = json.dumps(waiting, ensure_ascii=False) + "\n"
        return written

    def _add(self, written: _Written) -> None:
        for name in DIRECT:
            self._writers[name].handle.write(written.lines[name])
        for line in written.long_cells:
            self._long_file().write(line)
        self._counts.update(written.counts)
        for normalized, doc_id in written.orgs:
            self._org_docs[normalized].add(doc_id)
        for person_key, name in written.names:
            self._names[person_key].add(name)
        self._pending.write(written.pending)

    def counts(self) -> dict[str, int]:
        return {name: self._counts[name] for name in ("documents ok", "documents failed", "officials", "meetings",
                                                       "relations", "quotes")}

    # -- at the end ---------------------------------------------------------------------------

    def finish(self) -> list[Path]:
        """Give person ids, write the remaining tables, then move every file into `out`."""
        try:
            self._pending.close()
            people = self._write_pending()
            self._write_rows("people", self._people_rows(people))
            self._write_rows("organisations", self._organisation_rows())
            self._close()
            swapped = self._swap()
        finally:
            self.discard()
        if self._memo is not None:  # the next run reuses what this one wrote, and nothing older
            self._memo.clear()
            self._memo.update(self._used)
        return swapped

    def _swap(self) -> list[Path]:
        """Every table into `out` at once, or none: renames that can be undone.

        One rename is atomic, eight are not one: the previous files are first moved aside (into
        `previous/` of the staging folder, the same file system), then the new ones moved in. Any
        failure on the way (a file locked open elsewhere, a signal) moves back what was moved, so
        `out` holds all the previous tables or all the new ones, never a mix. A journal
        (`swap.json`) is removed once the swap is complete: a staging folder left with one by a
        killed process is undone by the next run (`remove_stale`). `long-cells.jsonl` takes part,
        so a stale one of an earlier run never stays beside tables it does not describe.
        """
        names = [f"{name}.csv" for name in COLUMNS] + [LONG_CELLS]
        new = [name for name in names if (self.staging / name).exists()]
        aside = self.staging / "previous"
        aside.mkdir()
        journal = self.staging / "swap.json"
        journal.write_text(json.dumps({"new": new}), encoding="utf-8")
        moved_aside: list[str] = []
        moved_in: list[str] = []
        try:
            for name in names:
                if os.path.lexists(self.out / name):
                    os.replace(self.out / name, aside / name)
                    moved_aside.append(name)
            for name in new:
                os.replace(self.staging / name, self.out / name)
                moved_in.append(name)
        except BaseException:
            try:
                for name in moved_in:
                    os.replace(self.out / name, self.staging / name)
                for name in moved_aside:
                    os.replace(aside / name, self.out / name)
            except OSError:
                self._keep = True  # the previous tables are still in the staging folder: never delete them
            raise
        journal.unlink()
        return [self.out / name for name in new]

    def discard(self) -> None:
        """Close and remove the staging folder (unless an undo failed and it holds the previous tables)."""
        self._close()
        if not self._keep:
            shutil.rmtree(self.staging, ignore_errors=True)

    def _write_pending(self) -> dict[str, dict]:
        """Officials, relations and quotes with their person ids; returns what people.csv needs."""
        writers = {name: self._open_table(name) for name in PENDING}
        people: dict[str, dict] = {}
        with open(self.staging / "pending.jsonl", encoding="utf-8") as pending:
            for line in pending:
                rows = json.loads(line)
                ids = {row["person_key"]: self._person_id(row) for row in rows["officials"]}
                for row in rows["officials"]:
                    row["person_id"] = ids[row["person_key"]]
                    _add_person(people, row)
                for row in rows["relations"]:
                    if row["relation"] in PERSON_SUBJECT:
                        row["subject_id"] = ids.get(row["subject_id"], row["subject_id"])
                    if row["relation"] in PERSON_OBJECT:
                        row["object_id"] = ids.get(row["object_id"], row["object_id"])
                for row in rows["quotes"]:
                    row["speaker_id"] = ids.get(row["speaker_id"], "")
                for name in PENDING:
                    writers[name].writerows(rows[name])
        return people

    def _person_id(self, row: dict) -> str:
        """A surname alone takes the one full name the run knows for it, so both get one id."""
        name = row["name"]
        longest = {n for n in self._names[row["person_key"]] if len(n.split()) > 1}
        if len(name.split()) == 1 and len(longest) == 1:
            name = next(iter(longest))
        return slug(name)

    @staticmethod
    def _people_rows(people: dict[str, dict]) -> list[dict]:
        return [{"person_id": person_id, "name": p["name"], "ranks": _joined(p["ranks"]), "roles": _joined(p["roles"]),
                 "organisations": _joined(p["organisations"]), "countries": _joined(p["countries"]),
                 "n_documents": len(p["doc_ids"]), "doc_ids": _joined(p["doc_ids"])}
                for person_id, p in sorted(people.items())]

    def _organisation_rows(self) -> list[dict]:
        by_name = {entry["name"]: entry for entry in self.organisations.values()}
        rows = []
        for name, doc_ids in sorted(self._org_docs.items()):
            entry = by_name.get(name, {})
            parent = self.organisations.get(entry.get("parent") or "", {}).get("name", "")
            rows.append({"name": name, "acronym": SEP.join(entry.get("acronyms") or []), "parent": parent,
                         "n_documents": len(doc_ids), "doc_ids": _joined(doc_ids)})
        return rows

    # -- files ----------------------------------------------------------------------------------

    def _open(self, path: Path, encoding: str) -> IO[str]:
        # errors="replace": a lone surrogate (a name no encoding could read) becomes `?`, never a crash
        handle = open(path, "w", encoding=encoding, errors="replace", newline="")  # noqa: SIM115 - closed by _close
        self._open_files.append(handle)
        return handle

    def _open_table(self, name: str) -> _Table:
        """A writer of rows on the staging file of one table, header written."""
        handle = self._open(self.staging / f"{name}.csv", "utf-8-sig" if self.excel else "utf-8")
        return _Table(handle, name, ";" if self.excel else ",", self._long_cell)

    def _write_rows(self, name: str, rows: list[dict]) -> None:
        self._open_table(name).writerows(rows)

    def _long_cell(self, table: str, row: dict, column: str, value: str) -> None:
        """Keep the full value of a cell cut to MAX_CELL in `long-cells.jsonl`."""
        self._long_file().write(long_cell_line(table, row, column, value))

    def _long_file(self) -> IO[str]:
        if self._long is None:
            self._long = self._open(self.staging / LONG_CELLS, "utf-8")
        return self._long

    def _close(self) -> None:
        for handle in self._open_files:
            handle.close()
        self._open_files.clear()


def long_cell_line(table: str, row: dict, column: str, value: str) -> str:
    """The line of `long-cells.jsonl` keeping the full value of one cell cut to MAX_CELL."""
    key = {name: row.get(name) for name in ROW_KEYS[table]}
    return json.dumps({"table": table, "key": key, "column": column, "value": value}, ensure_ascii=False) + "\n"


class Packed:
    """One document's rows as the results cache keeps them (pickled, compressed), unpacked only when a
    `TableWriter` has not written these very bytes before (`extract --watch` keeps what it wrote)."""

    __slots__ = ("data", "rows")

    def __init__(self, data: bytes, rows: dict | None = None) -> None:
        self.data, self.rows = data, rows  # `rows`: the rows themselves when at hand (a document just run)

    @classmethod
    def of(cls, rows: dict) -> Packed:
        return cls(zlib.compress(pickle.dumps(rows, protocol=pickle.HIGHEST_PROTOCOL), 1), rows)

    def unpack(self) -> dict:
        return self.rows if self.rows is not None else pickle.loads(zlib.decompress(self.data))


@dataclass
class _Written:
    """What one document adds to a run's tables: the lines of the tables written as they come and of
    `long-cells.jsonl`, its pending line (officials, relations, quotes), and what `finish` counts."""

    lines: dict[str, str] = field(default_factory=dict)
    long_cells: list[str] = field(default_factory=list)
    pending: str = ""
    orgs: list[tuple[str, str]] = field(default_factory=list)  # (ORG normalized value, doc_id)
    names: list[tuple[str, str]] = field(default_factory=list)  # (person key, name)
    counts: Counter[str] = field(default_factory=Counter)

    def long_cell(self, table: str, row: dict, column: str, value: str) -> None:
        self.long_cells.append(long_cell_line(table, row, column, value))


class _Table:
    """One CSV file: rows in contract order, formulas neutralised, long cells cut, line breaks quoted."""

    def __init__(self, handle: IO[str], name: str, delimiter: str, long_cell, header: bool = True) -> None:
        self.handle, self.name, self.columns, self.long_cell = handle, name, COLUMNS[name], long_cell
        self.writer = csv.writer(handle, delimiter=delimiter, lineterminator="\n")
        self.delimiter = delimiter
        if header:
            self.writer.writerow(self.columns)

    def writerow(self, row: dict) -> None:
        """`_cells` of the row, then its long cells cut and a CR cell quoted; the cells of nearly every row
        are short and hold no CR, which one pass over them tells (44,000 rows of 500 documents rendered at
        each re-run: the checks were a fifth of the rendering)."""
        get, cells, plain = row.get, [], True
        for column in self.columns:
            value = get(column)
            if value is None:
                cells.append("")
            elif isinstance(value, str):
                if value and (value[0] in _RISKY_FIRST or value[0].isspace() or "," in value or ";" in value):
                    value = neutralise(value)  # else it gives the value back as it is
                if plain and (len(value) > MAX_CELL or "\r" in value):
                    plain = False
                cells.append(value)
            else:
                cells.append(value)
        if plain:
            self.writer.writerow(cells)
            return
        for index, value in enumerate(cells):
            if isinstance(value, str) and len(value) > MAX_CELL:
                self.long_cell(self.name, row, self.columns[index], row.get(self.columns[index]))
                cells[index] = cut(value)
        if any(isinstance(value, str) and "\r" in value for value in cells):
            # csv quotes only the characters of its line terminator: with "\r\n" as terminator a CR
            # (or LF) cell is quoted; the line then ends with "\n" like every other.
            buffer = io.StringIO()
            csv.writer(buffer, delimiter=self.delimiter, lineterminator="\r\n").writerow(cells)
            self.handle.write(buffer.getvalue()[:-2] + "\n")
        else:
            self.writer.writerow(cells)

    def writerows(self, rows) -> None:
        for row in rows:
            self.writerow(row)


def remove_stale(out: Path) -> list[Path]:
    """Remove the staging folders that earlier runs left in `out` (killed, or a full disk).

    A folder whose process still runs (its pid is in the name) is another run's and is left alone.
    One left in the middle of a swap (its journal `swap.json` is still there) is undone first: the
    new tables it had moved in go, the previous ones it had moved aside come back.
    """
    removed = []
    for folder in sorted(Path(out).glob(f"{PARTIAL}*")):
        pid = folder.name[len(PARTIAL):].partition("-")[0]
        if not folder.is_dir() or (pid.isdigit() and _running(int(pid))):
            continue
        journal = folder / "swap.json"
        try:
            if journal.exists():
                for name in json.loads(journal.read_text(encoding="utf-8")).get("new", []):
                    if not (folder / name).exists() and (out / name).exists():
                        (out / name).unlink()
                for previous in sorted((folder / "previous").glob("*")):
                    os.replace(previous, out / previous.name)
        except (OSError, ValueError, AttributeError):
            continue  # keep it: it may hold the only copy of a previous table
        shutil.rmtree(folder, ignore_errors=True)
        removed.append(folder)
    return removed


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, another user's
        return True
    return True


def _cells(row: dict, columns: list[str]) -> list[object]:
    """One CSV line: the columns in contract order, unknown as empty, formulas neutralised."""
    values = (row.get(column) for column in columns)
    return ["" if value is None else neutralise(value) if isinstance(value, str) else value for value in values]


def _joined(values: set[str]) -> str:
    return SEP.join(sorted(v for v in values if v))


def _add_person(people: dict[str, dict], row: dict) -> None:
    """Fold one official row into its person: the longest name first met, every value seen."""
    person = people.setdefault(row["person_id"], {"name": row["name"], "ranks": set(), "roles": set(),
                                                  "organisations": set(), "countries": set(), "doc_ids": set()})
    if len(row["name"]) > len(person["name"]):
        person["name"] = row["name"]
    for field_name, column in (("ranks", "rank"), ("roles", "role"), ("organisations", "organisation"),
                               ("countries", "country")):
        person[field_name].add(row[column])
    person["doc_ids"].add(row["doc_id"])
