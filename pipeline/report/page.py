"""`report.html`: one self-contained page (style and script inlined, no network access) in French.

Documents are stored in the page as pre-rendered HTML inside a JSON block and shown one at a time,
so a report of 1,000 documents opens as fast as one of 50 documents' tables (docs/report.md).
Links: `#d12` shows document 12 alone (the corpus sections hidden until a link leads back to them),
`#d12-Q1` its quote Q1 (highlighted in the text), `#p3` selects person 3 in the network.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from html import escape
from importlib.resources import files
from pathlib import Path

import pandas as pd

from pipeline.report.document import anchor_span, entity_span, render_text
from pipeline.report.network import build_graph, svg, write_graphml
from pipeline.report.tables import Output, read_output, split

LABELS = {"PERSON": "personne", "RANK": "grade", "ROLE": "fonction", "ORG": "organisation", "LOC": "lieu",
          "DATE": "date", "DURATION": "durée", "EVENT": "événement", "MISC": "divers"}


def build_report(out: Path, html_path: Path | None = None, graphml_path: Path | None = None) -> dict[str, Path]:
    """Write `report.html` and `network.graphml` into the output folder `out` (or where given)."""
    out = Path(out)
    output = read_output(out)
    graph = build_graph(output)
    graphml_path = write_graphml(graph, graphml_path or out / "network.graphml")
    html_path = Path(html_path or out / "report.html")
    html_path.write_text(Page(output, graph).render(), encoding="utf-8")
    return {"report": html_path, "network": graphml_path}


def _a(href: str, text: str) -> str:
    return f'<a href="#{escape(href)}">{escape(text)}</a>'


def _table(table_id: str, headers: list[str], rows: list[list[str]], caption: str = "") -> str:
    """A sortable, filterable table; cells are HTML already escaped."""
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    tools = (f'<div class="tools"><input class="filter" type="search" data-for="{table_id}" '
             f'placeholder="Filtrer…" aria-label="Filtrer"> <span class="count" data-for="{table_id}">'
             f"{len(rows)} ligne(s)</span>{caption}</div>")
    return (f'{tools}<div class="scroll"><table class="grid" id="{table_id}"><thead><tr>{head}</tr></thead>'
            f"<tbody>{body}</tbody></table></div>")


def _plain_table(headers: list[str], rows: list[list[str]]) -> str:
    if not rows:
        return '<p class="none">aucune</p>'
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f'<table class="grid small"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


class Page:
    def __init__(self, output: Output, graph) -> None:
        self.output = output
        self.graph = graph
        docs = output["documents"]
        self.doc_index = {doc_id: i for i, doc_id in enumerate(docs["doc_id"])} if not docs.empty else {}
        self.titles = dict(zip(docs["doc_id"], docs["title"], strict=True)) if not docs.empty else {}
        people = output["people"]
        self.person_index = {pid: i for i, pid in enumerate(people["person_id"])} if not people.empty else {}
        self.by_doc = {name: _group(output[name]) for name in ("entities", "officials", "meetings", "relations",
                                                                  "quotes")}
        self.meeting_anchor: dict[tuple[str, str], str] = {}

    # -- links ---------------------------------------------------------------------------------------

    def doc_link(self, doc_id: str, part: str = "", text: str | None = None) -> str:
        i = self.doc_index.get(doc_id)
        if i is None:
            return escape(text or doc_id)
        return _a(f"d{i}-{part}" if part else f"d{i}", text or doc_id)

    def person_link(self, person_id: str, name: str) -> str:
        i = self.person_index.get(person_id)
        return escape(name) if i is None else f'<a href="#p{i}">{escape(name)}</a>'

    def doc_links(self, cell: str) -> str:
        return ", ".join(self.doc_link(d) for d in split(cell))

    # -- one document ----------------------------------------------------------------------------------

    def document(self, row) -> str:
        i = self.doc_index[row.doc_id]
        head = (f'<header><h3>{escape(row.title or row.doc_id)}</h3><p class="meta">{escape(row.doc_id)} · '
                f'{escape(row.source_path)}' + (f" · publié le {escape(row.published)}" if row.published else "")
                + "</p></header>")
        if row.status != "ok":
            return head + f'<p class="error">Document non lu : {escape(row.error)}</p>'
        text = self.output.texts.get(row.doc_id)
        entities = self.by_doc["entities"].get(row.doc_id, [])
        officials = self.by_doc["officials"].get(row.doc_id, [])
        meetings = self.by_doc["meetings"].get(row.doc_id, [])
        relations = self.by_doc["relations"].get(row.doc_id, [])
        quotes = self.by_doc["quotes"].get(row.doc_id, [])
        spans, where = [], {}
        for e in entities:
            spans.append(entity_span(e["entity_id"], e["label"], _int(e["start_char"]), _int(e["end_char"]),
                                     e["normalized"], e["source"]))
        ends = {_int(e["start_char"]): _int(e["end_char"]) for e in entities if e["label"] == "PERSON"}
        for n, o in enumerate(officials, 1):
            start = _int(o["first_char"])
            where[f"P{n}"] = (start, ends.get(start, start + len(o["name"])))
        for m in meetings:
            if text is not None:
                found = _locate(text, m["evidence"])
                if found:
                    where[m["meeting_id"]] = found
        for r in relations:
            where[r["relation_id"]] = (_int(r["start_char"]), _int(r["end_char"]))
        for q in quotes:
            where[q["quote_id"]] = (_int(q["start_char"]), _int(q["end_char"]))
        spans += [anchor_span(f"d{i}-{key}", start, end) for key, (start, end) in where.items() if start >= 0]

        def go(key: str) -> str:
            return _a(f"d{i}-{key}", key) if key in where and text is not None else escape(key)

        if text is None:
            body = f'<p class="error">{escape(self.output.missing_texts.get(row.doc_id, "texte absent"))}</p>'
        else:
            counts = Counter(e["label"] for e in entities)
            legend = "".join(f'<span class="ent l-{label}">{escape(LABELS.get(label, label))} ({n})</span>'
                             for label, n in sorted(counts.items()))
            body = (f'<div class="legend ents">{legend}</div>'
                    f'<div class="text" data-doc="{i}">{render_text(text, spans)}</div>')
        tables = [
            ("Personnes", ["", "nom", "grade", "fonction", "organisation", "pays", "mentions"],
             [[go(f"P{n}"), self.person_link(o["person_id"], o["name"]), escape(o["rank"]), escape(o["role"]),
               escape(o["organisation"]), escape(o["country"]), escape(o["n_mentions"])]
              for n, o in enumerate(officials, 1)]),
            ("Rencontres", ["", "type", "début", "fin", "lieu", "hôte", "participants"],
             [[go(m["meeting_id"]), escape(m["kind"]), escape(m["date_start"]), escape(m["date_end"]),
               escape(m["location"]), escape(m["host"]), escape(m["participants"])] for m in meetings]),
            ("Relations", ["", "sujet", "relation", "objet", "règle"],
             [[go(r["relation_id"]), escape(r["subject"]), escape(r["relation"]), escape(r["object"]),
               escape(r.get("rule", ""))] for r in relations]),
            ("Citations", ["", "locuteur", "citation"],
             [[go(q["quote_id"]), escape(q["speaker"]), escape(q["quote"])] for q in quotes]),
        ]
        rows = "".join(f"<h4>{title} ({len(r)})</h4>{_plain_table(h, r)}" for title, h, r in tables)
        return head + body + rows

    # -- one person (the panel beside the network) ------------------------------------------------------------

    def people_panels(self) -> list[str]:
        out = self.output
        ids = {(r.doc_id, r.name): r.person_id for r in out["officials"].itertuples()}
        rows: dict[str, list[str]] = defaultdict(list)
        for r in out["officials"].itertuples():
            what = ", ".join(v for v in (r.rank, r.role, r.organisation, r.country) if v)
            rows[r.person_id].append(f"<li>{self.doc_link(r.doc_id, '', self.titles.get(r.doc_id) or r.doc_id)}"
                                     f" — {escape(what or 'sans fonction relevée')}</li>")
        meets: dict[str, list[str]] = defaultdict(list)
        for m in out["meetings"].itertuples():
            for name in split(m.participants):
                pid = ids.get((m.doc_id, name))
                if pid:
                    meets[pid].append(f"<li>{escape(m.date_start or 'sans date')} · {escape(m.kind)} · "
                                      f"{escape(m.location)} — {self.doc_link(m.doc_id, m.meeting_id)}</li>")
        rels: dict[str, list[str]] = defaultdict(list)
        for r in out["relations"].itertuples():
            line = (f"<li>{escape(r.subject)} <b>{escape(r.relation)}</b> {escape(r.object)} — "
                    f"{self.doc_link(r.doc_id, r.relation_id)}</li>")
            rels[r.subject_id].append(line)
            if r.object_id and r.object_id != r.subject_id:
                rels[r.object_id].append(line)
        quotes: dict[str, list[str]] = defaultdict(list)
        for q in out["quotes"].itertuples():
            quotes[q.speaker_id].append(f"<li>« {escape(q.quote[:160])} » — {self.doc_link(q.doc_id, q.quote_id)}"
                                        "</li>")
        panels = []
        for p in out["people"].itertuples():
            facts = "; ".join(f"{k} : {escape(v)}" for k, v in (("pays", p.countries), ("grades", p.ranks),
                                                                 ("fonctions", p.roles),
                                                                 ("organisations", p.organisations)) if v)
            parts = [f"<h3>{escape(p.name)}</h3><p>{facts or 'aucun détail relevé'}</p>"]
            for title, items in (("Documents", rows[p.person_id]), ("Rencontres", meets[p.person_id]),
                                 ("Relations", rels[p.person_id]), ("Citations", quotes[p.person_id])):
                if items:
                    parts.append(f"<h4>{title} ({len(items)})</h4><ul>{''.join(items)}</ul>")
            panels.append("".join(parts))
        return panels

    # -- the corpus --------------------------------------------------------------------------------------

    def timeline(self) -> str:
        """Meetings per month (per year when they span more than 20 years), as SVG bars."""
        meetings = self.output["meetings"]
        dates = [d for d in meetings["date_start"]] if not meetings.empty else []
        months = sorted(d[:7] for d in dates if len(d) >= 7)
        undated = sum(1 for d in dates if not d)
        year_only = sum(1 for d in dates if len(d) == 4)
        if not months:
            return '<p class="none">Aucune rencontre datée au mois près.</p>'
        first, last = months[0], months[-1]
        span = (int(last[:4]) - int(first[:4])) * 12 + int(last[5:7]) - int(first[5:7]) + 1
        if span > 240:
            keys = [str(y) for y in range(int(first[:4]), int(last[:4]) + 1)]
            counts = Counter(m[:4] for m in months)
        else:
            keys, (y, mo) = [], (int(first[:4]), int(first[5:7]))
            for _ in range(span):
                keys.append(f"{y:04d}-{mo:02d}")
                y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
            counts = Counter(months)
        width, height, left, bottom = 1000, 220, 40, 40
        bar = (width - left - 10) / len(keys)
        top = max(counts.values())
        parts = [f'<svg id="timeline" viewBox="0 0 {width} {height}" role="img" '
                 'aria-label="Rencontres par mois">']
        for n in range(0, top + 1, max(1, top // 4)):
            y = height - bottom - n / top * (height - bottom - 20)
            parts.append(f'<line class="grid" x1="{left}" x2="{width - 10}" y1="{y:.1f}" y2="{y:.1f}"/>'
                         f'<text class="axis" x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{n}</text>')
        every = max(1, len(keys) // 12)
        for i, key in enumerate(keys):
            x = left + i * bar
            n = counts.get(key, 0)
            h = n / top * (height - bottom - 20)
            if n:
                parts.append(f'<rect class="bar" data-m="{key}" x="{x + 1:.1f}" y="{height - bottom - h:.1f}" '
                             f'width="{max(bar - 2, 1):.1f}" height="{h:.1f}"><title>{key} : {n} rencontre(s)'
                             "</title></rect>")
            if i % every == 0:
                parts.append(f'<text class="axis" x="{x + bar / 2:.1f}" y="{height - bottom + 16}" '
                             f'text-anchor="middle">{key}</text>')
        parts.append("</svg>")
        note = (f'<p class="note">{len(months)} rencontre(s) datée(s) au mois près ; {year_only} à l’année '
                f"seulement ; {undated} sans date. Un clic sur une barre filtre le tableau.</p>")
        return "".join(parts) + note

    def render(self) -> str:
        out = self.output
        docs, people, orgs, meetings = out["documents"], out["people"], out["organisations"], out["meetings"]
        doc_html = [{"id": r.doc_id, "html": self.document(r)} for r in docs.itertuples()]
        network, legend = svg(self.graph, self.person_index)
        n_ok = int((docs["status"] == "ok").sum()) if not docs.empty else 0
        summary = [("documents", len(docs)), ("lus", n_ok), ("en erreur", len(docs) - n_ok),
                   ("entités", len(out["entities"])), ("personnes", len(people)),
                   ("organisations", len(orgs)), ("rencontres", len(meetings)),
                   ("relations", len(out["relations"])), ("citations", len(out["quotes"]))]
        counts = {name: Counter(g for g in out[name]["doc_id"]) if not out[name].empty else Counter()
                  for name in ("entities", "officials", "meetings", "relations", "quotes")}
        sections = {
            "reseau": ("Réseau des rencontres",
                       f'<p class="note">Une personne par nœud (taille : nombre de documents ; couleur : pays), '
                       f"un lien par paire liée par MET ou HOSTED (épaisseur : nombre de rencontres ; tirets : "
                       f"accueil). Cliquer sur une personne liste ses lignes. {self.graph.number_of_nodes()} "
                       f"personnes, {self.graph.number_of_edges()} liens ; le même réseau est dans "
                       f"<code>network.graphml</code> (Gephi, yEd).</p>{legend}"
                       f'<div class="net"><div class="netbox">{network}</div>'
                       f'<aside id="person"><p class="none">Choisir une personne.</p></aside></div>'),
            "chronologie": ("Chronologie des rencontres", self.timeline() + _table(
                "t-meetings", ["début", "fin", "type", "lieu", "hôte", "participants", "document"],
                [[escape(m.date_start), escape(m.date_end), escape(m.kind), escape(m.location), escape(m.host),
                  escape(m.participants), self.doc_link(m.doc_id, m.meeting_id, f"{m.doc_id} {m.meeting_id}")]
                 for m in meetings.itertuples()])),
            "personnes": ("Personnes", _table(
                "t-people", ["nom", "pays", "grades", "fonctions", "organisations", "documents", "liste"],
                [[self.person_link(p.person_id, p.name), escape(p.countries), escape(p.ranks), escape(p.roles),
                  escape(p.organisations), escape(p.n_documents), self.doc_links(p.doc_ids)]
                 for p in people.itertuples()])),
            "organisations": ("Organisations", _table(
                "t-orgs", ["nom", "sigle", "parent", "documents", "liste"],
                [[escape(o.name), escape(o.acronym), escape(o.parent), escape(o.n_documents),
                  self.doc_links(o.doc_ids)] for o in orgs.itertuples()])),
            "documents": ("Documents", _table(
                "t-docs", ["document", "titre", "publié", "état", "entités", "personnes", "rencontres",
                           "relations", "citations"],
                [[self.doc_link(d.doc_id), escape(d.title), escape(d.published),
                  escape(d.status if d.status == "ok" else f"erreur : {d.error}")]
                 + [str(counts[name][d.doc_id]) for name in ("entities", "officials", "meetings", "relations",
                                                             "quotes")]
                 for d in docs.itertuples()])),
        }
        nav = "".join(f'<a href="#{key}">{escape(title)}</a>' for key, (title, _) in sections.items())
        body = "".join(f'<section id="{key}"><h2>{escape(title)}</h2>{content}</section>'
                       for key, (title, content) in sections.items())
        facts = " · ".join(f"<b>{n}</b> {escape(what)}" for what, n in summary)
        name = out.folder.resolve().name
        return (f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">'
                f'<meta name="viewport" content="width=device-width, initial-scale=1">'
                f"<title>Rapport d’extraction — {escape(name)}</title><style>{_asset('report.css')}</style></head>"
                f'<body><header class="top"><h1>Rapport d’extraction — {escape(name)}</h1><p>{facts}</p>'
                f'<nav>{nav}</nav></header><main><article id="doc-view" hidden></article>{body}</main>'
                f'<script type="application/json" id="docs-data">{_json(doc_html)}</script>'
                f'<script type="application/json" id="people-data">{_json(self.people_panels())}</script>'
                f"<script>{_asset('report.js')}</script></body></html>")


def _asset(name: str) -> str:
    return files("pipeline.report").joinpath(name).read_text(encoding="utf-8")


def _json(value) -> str:
    """JSON safe inside a <script> element: no `</` can close it."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("</", "<\\/").replace("<!--", "\\u003c!--")


def _group(table: pd.DataFrame) -> dict[str, list[dict]]:
    if table.empty:
        return {}
    groups: dict[str, list[dict]] = defaultdict(list)
    for row in table.to_dict("records"):  # once for the table: per group, pandas' to_dict costs ms each
        groups[row["doc_id"]].append(row)
    return dict(groups)


def _int(value: str) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return -1


def _locate(text: str, evidence: str) -> tuple[int, int] | None:
    """Where a meeting's evidence (sentences joined by ` […] `) lies in the text."""
    pieces = [p for p in evidence.split(" […] ") if p]
    if not pieces:
        return None
    start = text.find(pieces[0])
    if start < 0:
        return None
    end_piece = text.find(pieces[-1], start)
    return start, (end_piece + len(pieces[-1])) if end_piece >= 0 else start + len(pieces[0])
