"""Stage 5: the only place that knows about tables and CSV.

`doc_rows` turns what the stages hung on one Doc into rows; `Tables` gathers the rows of a run,
gives every person one id across documents, adds the corpus tables (`people.csv`,
`organisations.csv`) and writes every file through pandas, atomically: files are written to a
temporary folder and moved into place at the end, so an interrupted run leaves the previous output
as it was.

Cells a spreadsheet would run as a formula (starting with = + - @, tab or CR) are neutralised with a
leading apostrophe, as OWASP's CSV-injection guidance says.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import unicodedata
from collections import defaultdict
from pathlib import Path

import pandas as pd
from spacy.tokens import Doc

from pipeline.ingest import Article

COLUMNS: dict[str, list[str]] = {
    "documents": ["doc_id", "source_path", "title", "published", "updated", "n_chars", "n_tokens", "status",
                  "error", "encoding"],
    "entities": ["doc_id", "entity_id", "label", "text", "start_char", "end_char", "sentence_id", "normalized",
                 "source"],
    "officials": ["doc_id", "person_id", "name", "rank", "role", "organisation", "country", "n_mentions",
                  "first_char", "rank_rule", "role_rule", "organisation_rule"],
    "meetings": ["doc_id", "meeting_id", "kind", "date_start", "date_end", "location", "host", "participants",
                 "evidence", "rule"],
    "relations": ["doc_id", "relation_id", "subject", "relation", "object", "subject_id", "object_id", "sentence",
                  "start_char", "end_char", "rule"],
    "quotes": ["doc_id", "quote_id", "speaker", "speaker_id", "quote", "start_char", "end_char"],
    "people": ["person_id", "name", "ranks", "roles", "organisations", "countries", "n_documents", "doc_ids"],
    "organisations": ["name", "acronym", "parent", "n_documents", "doc_ids"],
}
PERSON_SUBJECT = {"MET", "HOSTED", "COUNTERPART_OF", "MEMBER_OF"}
PERSON_OBJECT = {"MET", "HOSTED", "COUNTERPART_OF"}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
SEP = " | "


def slug(text: str) -> str:
    """`Hans-Werner Wiermann` -> `hans-werner-wiermann`: a readable, stable id."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def neutralise(value: object) -> object:
    """A string cell that a spreadsheet would evaluate gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def document_row(article: Article, doc: Doc | None = None) -> dict:
    row = {"doc_id": article.doc_id, "source_path": article.source_path, "title": article.title,
           "published": "", "updated": "", "n_chars": len(article.text), "n_tokens": "",
           "status": "error" if article.error else "ok", "error": article.error, "encoding": article.encoding}
    if doc is not None:
        row.update(published=doc._.published, updated=doc._.updated, n_tokens=len(doc))
    return row


def doc_rows(doc: Doc) -> dict[str, list[dict]]:
    """The rows of one analysed document, with person keys still to be turned into ids."""
    doc_id = doc._.doc_id
    sentence_of = {}
    for index, sent in enumerate(doc.sents):
        sentence_of[sent.start] = index
    sent_index = [0] * len(doc)
    current = 0
    for token in doc:
        current = sentence_of.get(token.i, current)
        sent_index[token.i] = current
    officials = doc._.officials or []
    names = {p["key"]: p["name"] for p in officials}
    rows: dict[str, list[dict]] = defaultdict(list)
    for index, ent in enumerate(doc.ents, 1):
        rows["entities"].append({"doc_id": doc_id, "entity_id": f"E{index}", "label": ent.label_, "text": ent.text,
                                 "start_char": ent.start_char, "end_char": ent.end_char,
                                 "sentence_id": sent_index[ent.start], "normalized": ent._.normalized,
                                 "source": ent._.source})
    for p in officials:
        rows["officials"].append({"doc_id": doc_id, "person_key": p["key"], "name": p["name"], "rank": p["rank"],
                                  "role": p["role"], "organisation": p["organisation"], "country": p["country"],
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
    return rows


class Tables:
    """The rows of a whole run, and the corpus-level tables built from them."""

    def __init__(self, organisations: dict[str, dict]) -> None:
        self.rows: dict[str, list[dict]] = defaultdict(list)
        self.organisations = organisations  # rule id -> entry, for the organisations table

    def add_rows(self, rows: dict[str, list[dict]]) -> None:
        """The rows of one document, as `runner.results` yields them."""
        for table, table_rows in rows.items():
            self.rows[table].extend(table_rows)

    def counts(self) -> dict[str, int]:
        docs = self.rows["documents"]
        return {"documents ok": sum(r["status"] == "ok" for r in docs),
                "documents failed": sum(r["status"] == "error" for r in docs),
                **{name: len(self.rows[name]) for name in ("officials", "meetings", "relations", "quotes")}}

    # -- people across documents -------------------------------------------------------------

    def _person_ids(self) -> dict[tuple[str, str], str]:
        """(doc_id, person key) -> person id. A surname alone joins the one full name that ends with it."""
        full: dict[str, set[str]] = defaultdict(set)
        for row in self.rows["officials"]:
            full[row["person_key"]].add(row["name"])
        ids = {}
        for row in self.rows["officials"]:
            names = full[row["person_key"]]
            longest = [n for n in names if len(n.split()) > 1]
            name = row["name"]
            if len(name.split()) == 1 and len(set(longest)) == 1:
                name = longest[0]
            ids[(row["doc_id"], row["person_key"])] = slug(name)
        return ids

    def finish(self) -> dict[str, pd.DataFrame]:
        ids = self._person_ids()
        for row in self.rows["officials"]:
            row["person_id"] = ids[(row["doc_id"], row["person_key"])]
        for row in self.rows["relations"]:
            if row["relation"] in PERSON_SUBJECT:
                row["subject_id"] = ids.get((row["doc_id"], row["subject_id"]), row["subject_id"])
            if row["relation"] in PERSON_OBJECT:
                row["object_id"] = ids.get((row["doc_id"], row["object_id"]), row["object_id"])
        for row in self.rows["quotes"]:
            row["speaker_id"] = ids.get((row["doc_id"], row["speaker_id"]), "")
        frames = {name: self._frame(name, self.rows[name]) for name in COLUMNS if name not in ("people",
                                                                                               "organisations")}
        frames["people"] = self._people(frames["officials"])
        frames["organisations"] = self._organisation_table(frames["entities"])
        return frames

    @staticmethod
    def _frame(name: str, rows: list[dict]) -> pd.DataFrame:
        """One table, in document order whatever order the documents were processed in."""
        frame = pd.DataFrame(rows, columns=COLUMNS[name])
        return frame.sort_values(["doc_id"], kind="stable") if "doc_id" in frame and len(frame) else frame

    @staticmethod
    def _people(officials: pd.DataFrame) -> pd.DataFrame:
        rows = []
        for person_id, group in officials.groupby("person_id", sort=True):
            def joined(column: str, group=group) -> str:
                return SEP.join(sorted({v for v in group[column] if v}))
            rows.append({"person_id": person_id, "name": max(group["name"], key=len), "ranks": joined("rank"),
                         "roles": joined("role"), "organisations": joined("organisation"),
                         "countries": joined("country"), "n_documents": group["doc_id"].nunique(),
                         "doc_ids": SEP.join(sorted(set(group["doc_id"])))})
        return pd.DataFrame(rows, columns=COLUMNS["people"])

    def _organisation_table(self, entities: pd.DataFrame) -> pd.DataFrame:
        orgs = entities[entities["label"] == "ORG"] if len(entities) else entities
        by_name = {entry["name"]: entry for entry in self.organisations.values()}
        rows = []
        for name, group in orgs.groupby("normalized", sort=True):
            entry = by_name.get(name, {})
            parent = self.organisations.get(entry.get("parent") or "", {}).get("name", "")
            rows.append({"name": name, "acronym": SEP.join(entry.get("acronyms") or []), "parent": parent,
                         "n_documents": group["doc_id"].nunique(), "doc_ids": SEP.join(sorted(set(group["doc_id"])))})
        return pd.DataFrame(rows, columns=COLUMNS["organisations"])


def write_tables(frames: dict[str, pd.DataFrame], out: Path, excel: bool = False) -> list[Path]:
    """Write every table as CSV into `out`, replacing the previous files only once all are written."""
    out.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".partial-", dir=out))
    try:
        written = []
        for name, frame in frames.items():
            path = staging / f"{name}.csv"
            safe = frame.apply(lambda column: column.map(neutralise)) if len(frame) else frame
            safe.to_csv(path, index=False, encoding="utf-8-sig" if excel else "utf-8", sep=";" if excel else ",",
                        lineterminator="\n")
            written.append(path)
        final = []
        for path in written:
            target = out / path.name
            path.replace(target)
            final.append(target)
        return final
    finally:
        shutil.rmtree(staging, ignore_errors=True)
