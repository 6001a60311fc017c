"""Score an output folder against gold files, item by item, so a tuner sees what a change fixed and broke.

`../shared/eval/score.py` gives the headline measures; a tuner needs more: which officials were
missed, which relations are spurious, which rank is wrong, per table and attribute. This module
judges every item with exactly the scorer's semantics (people keyed by surname, organisations as
groups of accepted spellings, a role may carry a complement, optional items cost nothing either
way, meetings matched greedily by shared participants) and keeps each verdict:

- `tp`: found and right; `fn`: expected, not found; `fp`: found, not expected;
- `wrong`: an attribute given with a value the gold does not accept (counts as both fp and fn);
- `optional`: found, and right but not required (ignored by every measure).

From the verdicts come precision, recall and F1 per (table, attribute), and the scorer's fifteen
headline measures, which `tests/test_evaluate.py` checks equal `score.py`'s on the seeds. The
scorer itself is not imported: it lives outside this project and may be absent.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from fnmatch import fnmatch
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.table import Table

PERSON_PAIR = {"MET", "HOSTED", "COUNTERPART_OF"}
SYMMETRIC = {"MET", "COUNTERPART_OF"}
SCORED_RELATIONS = PERSON_PAIR | {"MEMBER_OF", "PART_OF"}
COMPLEMENT = re.compile(r"^ (?:de|du|des|d'|pour|aupres|en charge)\b")
LEADING = re.compile(r"^(?:(?:de |d')?(?:l'|la |le |les )|du |des |d')+")
BAD = {"fn", "fp", "wrong"}
TABLES = ("documents", "entities", "officials", "meetings", "relations", "quotes")
OFFICIAL_FIELDS = (("rank", False), ("role", True), ("organisation", True), ("country", False))
# headline measure -> (table, attributes, kind): the scorer's fifteen, in its order
HEADLINE: dict[str, tuple[str, tuple[str, ...], str]] = {
    "officials_f1": ("officials", ("",), "f1"),
    "rank_acc": ("officials", ("rank",), "acc"),
    "role_acc": ("officials", ("role",), "acc"),
    "organisation_acc": ("officials", ("organisation",), "acc"),
    "country_acc": ("officials", ("country",), "acc"),
    "org_entities_f1": ("entities", ("ORG",), "f1"),
    "dates_f1": ("entities", ("DATE",), "f1"),
    "meetings_f1": ("meetings", ("",), "f1"),
    "meeting_dates_acc": ("meetings", ("date_start", "date_end"), "acc"),
    "meeting_location_acc": ("meetings", ("location",), "acc"),
    "meeting_host_acc": ("meetings", ("host",), "acc"),
    "meeting_participants_f1": ("meetings", ("participants",), "f1"),
    "relations_f1": ("relations", ("",), "f1"),
    "quote_speaker_acc": ("quotes", ("speaker",), "acc"),
    "published_acc": ("documents", ("published",), "acc"),
}


# -- the scorer's normalisations ----------------------------------------------------------------


def norm(text: str | None) -> str:
    """Lower case, no accents, straight apostrophes, single spaces, no leading article."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'").replace("\u02bc", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"\s+", " ", text).strip(" .,;:()\"«»")
    return LEADING.sub("", text).strip()


def person_key(name: str | None) -> str:
    tokens = norm(name).split()
    return tokens[-1].strip(".,;:") if tokens else ""


def split_list(cell: str | None) -> list[str]:
    return [part.strip() for part in (cell or "").split("|") if part.strip()]


def matches(pred: str | None, accepted: list[str] | None, prefix: bool = True) -> bool:
    """pred equals an accepted spelling, or (prefix) is one followed by a complement (`... de l'EMI`)."""
    p = norm(pred)
    if not accepted:
        return not p
    for alias in accepted:
        a = norm(alias)
        if p == a or (prefix and a and COMPLEMENT.match(p[len(a):]) and p.startswith(a)):
            return True
    return False


def iso(value: str | None) -> str:
    value = (value or "").strip()
    return re.sub(r"T[\d:.]+(?:Z|[+-]\d\d:?\d\d)?$", "", value) if value else ""


def read_table(folder: Path, name: str) -> tuple[list[dict], str | None]:
    """One CSV table, `,` or `;`, with or without BOM; a missing file is a problem, not an error."""
    path = folder / name
    if not path.exists():
        return [], f"{name} is missing"
    raw = path.read_text(encoding="utf-8-sig")
    try:
        dialect = csv.Sniffer().sniff(raw.splitlines()[0] if raw else ",", delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return list(csv.DictReader(io.StringIO(raw, newline=""), dialect=dialect)), None


class OrgGroups:
    """The organisations of one gold document: groups of acceptable spellings."""

    def __init__(self, groups: list[list[str]]) -> None:
        self.groups = groups

    def find(self, name: str | None) -> str:
        for index, group in enumerate(self.groups):
            if matches(name, group):
                return f"org#{index}"
        return "?" + norm(name)

    def show(self, key: str) -> str:
        """`org#2` -> the group's first spelling; `?name` -> name."""
        if key.startswith("org#"):
            return self.groups[int(key[4:])][0]
        return key.lstrip("?")


def relation_item(subject, relation, obj, orgs: OrgGroups) -> tuple[str, str, str]:
    if relation in PERSON_PAIR:
        a, b = person_key(subject), person_key(obj)
    elif relation == "MEMBER_OF":
        a, b = person_key(subject), orgs.find(obj)
    else:
        a, b = orgs.find(subject), orgs.find(obj)
    if relation in SYMMETRIC:
        a, b = sorted((a, b))
    return (relation, a, b)


# -- verdicts and measures ----------------------------------------------------------------------


@dataclass
class Verdict:
    """One judged item."""

    doc_id: str
    table: str
    attribute: str  # "" for the row itself
    verdict: str  # tp | fp | fn | wrong | optional
    item: str  # what was judged, readable
    predicted: str = ""
    expected: str = ""

    def key(self) -> tuple[str, str, str, str]:
        """The item judged, whatever the verdict: what two runs are compared on."""
        return (self.doc_id, self.table, self.attribute, self.item)


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    wrong: int = 0

    def add(self, verdict: str) -> None:
        if verdict in ("tp", "fp", "fn", "wrong"):
            setattr(self, verdict, getattr(self, verdict) + 1)

    def prf(self) -> tuple[float, float, float]:
        """The scorer's conventions: nothing predicted and nothing missed is precision 1."""
        tp, fp, fn = self.tp, self.fp + self.wrong, self.fn + self.wrong
        p = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
        r = tp / (tp + fn) if tp + fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def accuracy(self) -> float:
        n = self.tp + self.fp + self.fn + self.wrong
        return self.tp / n if n else 1.0


@dataclass
class Evaluation:
    """Every verdict of a run, the problems met reading it, and the measures they give."""

    verdicts: list[Verdict] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    documents: int = 0
    gold_without_output: list[str] = field(default_factory=list)  # gold files (names) with no output document
    output_without_gold: list[str] = field(default_factory=list)  # output doc_ids no gold file judges
    judged: set[str] = field(default_factory=set)  # doc_ids of the gold files judged (after --only / --leave-out)

    @property
    def shares_no_document(self) -> bool:
        """Gold and output have no document in common: every measure would be a meaningless 0."""
        return self.documents > 0 and len(self.gold_without_output) == self.documents

    def counts(self) -> dict[tuple[str, str], Counts]:
        table: dict[tuple[str, str], Counts] = defaultdict(Counts)
        for v in self.verdicts:
            table[(v.table, v.attribute)].add(v.verdict)
        return dict(sorted(table.items(), key=lambda kv: (TABLES.index(kv[0][0]), kv[0][1])))

    def measures(self) -> dict[str, float]:
        """The scorer's headline measures and `overall`, their mean."""
        counts = self.counts()
        measures = {}
        for name, (table, attributes, kind) in HEADLINE.items():
            total = Counts()
            for attribute in attributes:
                c = counts.get((table, attribute), Counts())
                total.tp, total.fp, total.fn, total.wrong = (total.tp + c.tp, total.fp + c.fp, total.fn + c.fn,
                                                             total.wrong + c.wrong)
            measures[name] = total.prf()[2] if kind == "f1" else total.accuracy()
        measures["overall"] = sum(measures.values()) / len(measures)
        return measures

    def changes(self, baseline: list[Verdict]) -> tuple[list[Verdict], list[Verdict]]:
        """Against an earlier run's verdicts: the items fixed since (as they were) and broken since (as now).
        Only the documents this run judges are compared: a baseline of every document, read beside `--only`
        or `--leave-out`, never shows the items of the documents left out (a held-out set stays unseen)."""
        before = {v.key(): v for v in baseline if v.doc_id in self.judged}
        after = {v.key(): v for v in self.verdicts}
        fixed = [v for k, v in before.items() if v.verdict in BAD and (k not in after or after[k].verdict not in BAD)]
        broken = [v for k, v in after.items() if v.verdict in BAD and (k not in before or before[k].verdict not in BAD)]
        return fixed, broken

    def misses(self) -> list[Verdict]:
        return [v for v in self.verdicts if v.verdict in ("fn", "wrong")]

    def spurious(self) -> list[Verdict]:
        return [v for v in self.verdicts if v.verdict in ("fp", "wrong")]

    def write_csv(self, path: Path) -> None:
        """One line per judged item, for a spreadsheet or a diff between two runs."""
        columns = list(Verdict.__dataclass_fields__)
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
            writer.writeheader()
            writer.writerows(asdict(v) for v in self.verdicts)


def read_verdicts(path: Path) -> list[Verdict]:
    """The verdicts an earlier `evaluate --csv` wrote."""
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [Verdict(**{k: row.get(k) or "" for k in Verdict.__dataclass_fields__}) for row in rows]


def selected(doc: str, only: Iterable[str] = (), leave_out: Iterable[str] = ()) -> bool:
    """A document the evaluation judges: its name matches one of the `only` patterns (all match when there
    is none) and none of the `leave_out` patterns (`ww*`: the documents of a set)."""
    only = list(only)
    return (not only or any(fnmatch(doc, p) for p in only)) and not any(fnmatch(doc, p) for p in leave_out)


def evaluate(out: Path, gold_dir: Path, only: Iterable[str] = (), leave_out: Iterable[str] = ()) -> Evaluation:
    """Judge every item of the output folder `out` against the gold JSON files of `gold_dir`; with `only` or
    `leave_out` (file-name patterns), against the gold of the documents they select, as the shared scorer
    counts a gold folder holding only those (a study set and a held-out set judged apart)."""
    result = Evaluation()
    tables = {}
    for name in TABLES:
        rows, problem = read_table(Path(out), f"{name}.csv")
        if problem:
            result.problems.append(problem)
        by_doc = defaultdict(list)
        for row in rows:
            by_doc[(row.get("doc_id") or "").strip()].append(row)
        tables[name] = by_doc
    files = [p for p in sorted(Path(gold_dir).glob("*.json")) if selected(p.stem, only, leave_out)]
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in files]
    result.documents = len(golds)
    output_docs = set(tables["documents"])
    gold_docs = {gold["doc_id"] for gold in golds}
    result.judged = gold_docs
    result.gold_without_output = [p.name for p, gold in zip(files, golds, strict=True)
                                  if gold["doc_id"] not in output_docs]
    result.output_without_gold = sorted(doc for doc in output_docs - gold_docs
                                        if doc and selected(doc, only, leave_out))
    for gold in golds:
        doc = gold["doc_id"]
        judge = _DocJudge(doc, gold, {name: tables[name].get(doc, []) for name in TABLES})
        result.verdicts.extend(judge.run())
    return result


class _DocJudge:
    """The verdicts of one gold document, section by section as the scorer reads it."""

    def __init__(self, doc: str, gold: dict, rows: dict[str, list[dict]]) -> None:
        self.doc, self.gold, self.rows = doc, gold, rows
        self.orgs = OrgGroups(gold.get("organisations", []))
        self.verdicts: list[Verdict] = []

    def run(self) -> list[Verdict]:
        self._published()
        self._officials()
        self._organisations()
        self._dates()
        self._relations()
        self._meetings()
        self._quotes()
        return self.verdicts

    def _add(self, table: str, attribute: str, verdict: str, item: str, predicted: object = "",
             expected: object = "") -> None:
        self.verdicts.append(Verdict(self.doc, table, attribute, verdict, item, _text(predicted), _text(expected)))

    def _sets(self, table: str, attribute: str, pred: set, gold: set, optional: Iterable = (), show=str,
              written: dict | None = None) -> None:
        """The scorer's Tally.add: tp pred&gold, fp pred-gold-optional, fn gold-pred.

        `show` gives an item's stable name (the same whether found or missed, so two runs can be
        compared item by item); `written` what the output wrote for it.
        """
        optional, written = set(optional), written or {}
        for item in sorted(pred & gold):
            self._add(table, attribute, "tp", show(item), written.get(item, ""))
        for item in sorted(pred - gold):
            self._add(table, attribute, "optional" if item in optional else "fp", show(item), written.get(item, ""))
        for item in sorted(gold - pred):
            self._add(table, attribute, "fn", show(item))

    def _value(self, table: str, attribute: str, ok: bool, item: str, predicted: str, expected: object) -> None:
        """An attribute: right, wrong (a value the gold refuses), missing, or given where none is expected."""
        if ok:
            verdict = "tp"
        elif not norm(predicted):
            verdict = "fn"
        elif isinstance(expected, list) and not any(norm(a) for a in expected) or not expected:
            verdict = "fp"
        else:
            verdict = "wrong"
        self._add(table, attribute, verdict, item, predicted, expected)

    def _published(self) -> None:
        expected = self.gold.get("published")
        if expected:
            row = (self.rows["documents"] or [{}])[0]
            self._value("documents", "published", iso(row.get("published")) == expected, self.doc,
                        iso(row.get("published")), expected)

    def _officials(self) -> None:
        pred = {}
        for row in self.rows["officials"]:
            pred.setdefault(person_key(row.get("name")), row)
        gold = {o.get("key") or person_key(o["name"]): o for o in self.gold.get("officials", [])}
        names = {key: row.get("name", "") for key, row in pred.items()}
        self._sets("officials", "", set(pred) - {""}, set(gold), self.gold.get("optional_officials", []),
                   written=names)
        for key, person in gold.items():
            row = pred.get(key)
            for name, prefix in OFFICIAL_FIELDS:
                accepted = person.get(name)
                value = (row or {}).get(name) or ""
                if not norm(value) and (not accepted or "" in accepted):
                    continue  # counted only where the gold requires a value, or a value was given
                ok = row is not None and matches(value, accepted, prefix)
                self._value("officials", name, ok, key, value, accepted or [])

    def _organisations(self) -> None:
        texts: dict[str, str] = {}
        for row in self.rows["entities"]:
            if row.get("label") == "ORG":
                texts.setdefault(self.orgs.find(row.get("normalized") or row.get("text")),
                                 row.get("normalized") or row.get("text") or "")
        pred = {key for key in texts if key != "?"}
        optional = {self.orgs.find(n) for n in self.gold.get("optional_organisations", [])}
        optional |= {key for key in pred if key.startswith("?") and len(key) < 3}
        gold = {f"org#{i}" for i in range(len(self.orgs.groups))}
        self._sets("entities", "ORG", pred, gold, optional, show=self.orgs.show, written=texts)

    def _dates(self) -> None:
        pred = {iso(r.get("normalized")) for r in self.rows["entities"]
                if r.get("label") == "DATE" and iso(r.get("normalized"))}
        self._sets("entities", "DATE", pred, set(self.gold.get("dates", [])), self.gold.get("optional_dates", []))

    def _relations(self) -> None:
        pred = {relation_item(r.get("subject"), r.get("relation"), r.get("object"), self.orgs)
                for r in self.rows["relations"] if r.get("relation") in SCORED_RELATIONS}
        gold = {relation_item(*t, self.orgs) for t in self.gold.get("relations", [])}
        optional = {relation_item(*t, self.orgs) for t in self.gold.get("optional_relations", [])}
        self._sets("relations", "", pred, gold, optional,
                   show=lambda t: f"{self.orgs.show(t[1])} {t[0]} {self.orgs.show(t[2])}")

    def _meetings(self) -> None:
        """Each gold meeting takes the unused predicted one sharing most participants (and its date)."""
        pred = self.rows["meetings"]
        people = {o.get("key") or person_key(o["name"]) for o in self.gold.get("officials", [])}
        used: set[int] = set()
        required = [(m, True) for m in self.gold.get("meetings", [])]
        optional = [(m, False) for m in self.gold.get("optional_meetings", [])]
        for meeting, is_required in required + optional:
            best = self._best_meeting(meeting, pred, used)
            if best is not None:
                used.add(best)
            if is_required:
                self._meeting(meeting, pred[best] if best is not None else {}, people)
        for index, row in enumerate(pred):
            if index not in used:
                self._add("meetings", "", "fp", _meeting_label(row), row.get("participants", ""))

    @staticmethod
    def _best_meeting(meeting: dict, pred: list[dict], used: set[int]) -> int | None:
        gold_parts = set(meeting.get("participants", []))
        best, best_score = None, 0
        for index, row in enumerate(pred):
            if index in used:
                continue
            parts = {person_key(p) for p in split_list(row.get("participants"))}
            score = len(parts & gold_parts) + (iso(row.get("date_start")) == meeting.get("date_start"))
            if score > best_score:
                best, best_score = index, score
        return best

    def _meeting(self, meeting: dict, row: dict, people: set[str]) -> None:
        label = f"{meeting.get('kind')} {meeting.get('date_start') or ''}".strip()
        self._add("meetings", "", "tp" if row else "fn", label, _meeting_label(row) if row else "",
                  " | ".join(meeting.get("participants", [])))
        lenient = meeting.get("lenient_dates")
        start, end, gold_end = iso(row.get("date_start")), iso(row.get("date_end")), meeting.get("date_end")
        start_ok = bool(row) and (start == meeting.get("date_start") or bool(lenient and not row.get("date_start")))
        if not gold_end:
            end_ok = bool(row) and end in ("", meeting.get("date_start"))
        else:
            end_ok = bool(row) and (end == gold_end or bool(lenient and not row.get("date_end")))
        self._value("meetings", "date_start", start_ok, label, start, meeting.get("date_start") or "")
        self._value("meetings", "date_end", end_ok, label, end, gold_end or "")
        if meeting.get("location"):
            self._value("meetings", "location", bool(row) and matches(row.get("location"), meeting["location"]),
                        label, row.get("location") or "", meeting["location"])
        if meeting.get("host"):
            self._value("meetings", "host", bool(row) and person_key(row.get("host")) == meeting["host"], label,
                        row.get("host") or "", meeting["host"])
        parts = {person_key(p) for p in split_list(row.get("participants"))}
        # a predicted participant counts against only where it is a person of this document
        self._sets("meetings", "participants", parts & people, set(meeting.get("participants", [])),
                   show=lambda key: f"{key} ({label})")

    def _quotes(self) -> None:
        pred = self.rows["quotes"]
        matched: set[int] = set()
        for quote in self.gold.get("quotes", []):
            head = norm(quote["starts"])[:25]
            found = [i for i, r in enumerate(pred) if head and head in norm(r.get("quote"))]
            matched.update(found)
            item = quote["starts"][:40]
            self._add("quotes", "", "tp" if found else "fn", item)
            speakers = [pred[i].get("speaker") or "" for i in found]
            ok = any(person_key(s) == quote["speaker"] for s in speakers)
            self._value("quotes", "speaker", ok, item, " | ".join(s for s in speakers if s), quote["speaker"])
        for index, row in enumerate(pred):  # not one of the scorer's measures: shown to the tuner only
            if index not in matched:
                self._add("quotes", "", "fp", (row.get("quote") or "")[:40], row.get("speaker", ""))


def _meeting_label(row: dict) -> str:
    return f"{row.get('kind', '')} {row.get('date_start', '')}".strip()


def _text(value: object) -> str:
    if isinstance(value, list):
        return " | ".join(str(v) for v in value)
    return "" if value is None else str(value)


# -- on the terminal ------------------------------------------------------------------------------


def render_coverage(result: Evaluation, console: Console, show: int = 20) -> None:
    """Which gold files have no output document, and which output documents no gold file."""
    if result.shares_no_document:
        console.print("[red]The gold folder and the output folder have no document in common: nothing can be "
                      "scored (was the right folder extracted?).[/red]", highlight=False, soft_wrap=True)
    for title, names in (("gold file{s} with no document in the output (all {its} items count as missed)",
                          result.gold_without_output),
                         ("output document{s} with no gold file (not scored)", result.output_without_gold)):
        if not names or (names is result.output_without_gold and not result.shares_no_document):
            continue  # scoring part of an output folder is usual; only say so when nothing matches
        title = title.format(s="s" if len(names) > 1 else "", its="their" if len(names) > 1 else "its")
        console.print(f"[yellow]{len(names)} {title}:[/yellow] " + escape(", ".join(names[: show or None]))
                      + (f" … and {len(names) - show} more" if show and len(names) > show else ""),
                      highlight=False, soft_wrap=True)


def render(result: Evaluation, console: Console, show: int = 20) -> None:
    """The measures per table and attribute, the headline measures, then what was missed and spurious."""
    for problem in result.problems:
        console.print(f"[yellow]problem: {escape(problem)}[/yellow]", highlight=False)
    console.print(_counts_table(result))
    console.print(_headline_table(result))
    for title, items, style in (("Missed (expected, not found or wrong)", result.misses(), "red"),
                                ("Spurious (found, not expected, or wrong)", result.spurious(), "yellow")):
        console.print(f"[bold]{title}: {len(items)}[/bold]")
        for v in items[: show or None]:
            console.print(f"  [{style}]{_verdict_line(v)}[/{style}]", highlight=False, soft_wrap=True)
        if show and len(items) > show:
            console.print(f"  … and {len(items) - show} more (--show 0 lists all, --csv writes them)", style="dim")


def render_changes(fixed: list[Verdict], broken: list[Verdict], console: Console, show: int = 20) -> None:
    """What a change fixed and what it broke, item by item."""
    for title, items, style in (("Fixed since the baseline", fixed, "green"), ("Broken since the baseline", broken,
                                                                               "red")):
        console.print(f"[bold]{title}: {len(items)}[/bold]")
        for v in items[: show or None]:
            console.print(f"  [{style}]{_verdict_line(v)}[/{style}]", highlight=False, soft_wrap=True)
        if show and len(items) > show:
            console.print(f"  … and {len(items) - show} more", style="dim")


def _counts_table(result: Evaluation) -> Table:
    table = Table(title=f"Per table and attribute ({result.documents} gold documents)")
    for column in ("table", "attribute", "tp", "fp", "fn", "wrong", "P", "R", "F1"):
        table.add_column(column, justify="left" if column in ("table", "attribute") else "right")
    for (name, attribute), c in result.counts().items():
        p, r, f = c.prf()
        table.add_row(name, attribute or "(rows)", str(c.tp), str(c.fp), str(c.fn), str(c.wrong), f"{p:.3f}",
                      f"{r:.3f}", f"{f:.3f}")
    return table


def _headline_table(result: Evaluation) -> Table:
    table = Table(title="Headline measures (as ../shared/eval/score.py)")
    table.add_column("measure")
    table.add_column("value", justify="right")
    for name, value in result.measures().items():
        table.add_row(f"[bold]{name}[/bold]" if name == "overall" else name, f"{value:.3f}")
    return table


def _verdict_line(v: Verdict) -> str:
    where = f"{v.table}.{v.attribute}" if v.attribute else v.table
    detail = ""
    if v.verdict == "wrong" or v.predicted or v.expected:
        detail = f": got {v.predicted!r}" + (f", expected {v.expected!r}" if v.expected else "")
    return escape(f"{v.doc_id}: {where} {v.item}{detail}")
