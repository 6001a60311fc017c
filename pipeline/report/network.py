"""Who met whom: people as nodes, MET and HOSTED as edges weighted by the number of meetings.

The graph is a networkx graph, written as GraphML for Gephi or yEd, and drawn as an SVG whose
layout is computed here (networkx's spring layout), so the page needs no script to show it.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from html import escape
from pathlib import Path

import networkx as nx

from pipeline.report.tables import Output, split

PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
           "#9c755f", "#2f4b7c"]
OTHER, UNKNOWN = "#8c8c8c", "#d0d0d0"
WIDTH = 1000
LABELLED = 60  # names written beside the most present people; the others on hover


def build_graph(output: Output) -> nx.Graph:
    """One node per row of people.csv; one edge per pair of people a MET or HOSTED row links.

    `weight` is the number of meetings (meetings.csv rows) that name both, in each document where a
    relation links them (at least one per such document: a relation may come from a meeting whose
    participants are written as a group).
    """
    graph = nx.Graph()
    people = output["people"]
    for row in people.itertuples():
        countries = split(row.countries)
        graph.add_node(row.person_id, label=row.name, country=countries[0] if countries else "",
                       countries=row.countries, ranks=row.ranks, roles=row.roles, organisations=row.organisations,
                       n_documents=int(row.n_documents or 0), doc_ids=row.doc_ids)
    ids = {(r.doc_id, r.name): r.person_id for r in output["officials"].itertuples()}
    meetings: dict[str, list[set[str]]] = defaultdict(list)
    for row in output["meetings"].itertuples():
        meetings[row.doc_id].append({ids.get((row.doc_id, name), "") for name in split(row.participants)})
    pairs: dict[tuple[str, str, str], set[str]] = defaultdict(set)  # (doc, a, b) -> relation kinds
    hosts: dict[tuple[str, str], set[str]] = defaultdict(set)
    relations = output["relations"]
    if not relations.empty:
        relations = relations[relations["relation"].isin(["MET", "HOSTED"])]
    for row in relations.itertuples():
        a, b = sorted((row.subject_id, row.object_id))
        if a == b or a not in graph or b not in graph:
            continue
        pairs[(row.doc_id, a, b)].add(row.relation)
        if row.relation == "HOSTED":
            hosts[(a, b)].add(row.subject_id)
    for (doc_id, a, b), kinds in sorted(pairs.items()):
        n = max(1, sum(a in people_ and b in people_ for people_ in meetings[doc_id]))
        if graph.has_edge(a, b):
            edge = graph.edges[a, b]
            edge["weight"] += n
            edge["kinds"] |= kinds
            edge["docs"].append(doc_id)
        else:
            graph.add_edge(a, b, weight=n, kinds=set(kinds), docs=[doc_id])
    for a, b, edge in graph.edges(data=True):
        edge["relation"] = " | ".join(sorted(edge.pop("kinds")))
        edge["host"] = " | ".join(sorted(hosts.get((a, b), ())))
        edge["doc_ids"] = " | ".join(edge.pop("docs"))
        edge["n_documents"] = len(edge["doc_ids"].split(" | "))
    return graph


def write_graphml(graph: nx.Graph, path: Path) -> Path:
    nx.write_graphml(graph, path, encoding="utf-8")
    return path


def colours(graph: nx.Graph) -> dict[str, str]:
    """The most frequent countries get a colour each; the rest one colour, unknown another."""
    counts = Counter(country for _, country in graph.nodes(data="country") if country)
    chosen = {country: PALETTE[i] for i, (country, _) in enumerate(counts.most_common(len(PALETTE)))}
    if len(counts) > len(PALETTE):
        chosen["autres pays"] = OTHER
    chosen["pays inconnu"] = UNKNOWN
    return chosen


def colour_of(country: str, palette: dict[str, str]) -> str:
    return palette.get(country, OTHER) if country else UNKNOWN


def radius(n_documents: int) -> float:
    return 3 + 2.5 * math.sqrt(max(n_documents, 1) - 1) + 1.5


def method(n: int) -> str:
    """networkx's own choice: Fruchterman-Reingold's forces under 500 people, its energy minimisation
    (scipy, one optimisation instead of 100 passes over every pair) from 500; both deterministic with a seed."""
    return "force" if n < 500 else "energy"


def layout(graph: nx.Graph) -> tuple[dict[str, tuple[float, float]], float]:
    """Positions in SVG units and the drawing's height.

    Each group of linked people (connected component) gets its own force layout, in a square whose
    side grows with its size, and the squares are packed in rows, largest first (one layout of the
    whole graph would push the small groups to the edges and crush the large one in the middle);
    people with no link follow in a grid.
    """
    margin, gap = 30.0, 24.0
    groups = sorted((sorted(c) for c in nx.connected_components(graph) if len(c) > 1), key=lambda c: (-len(c), c))
    alone = sorted((n for n in graph if not graph.degree(n)),
                   key=lambda n: (-graph.nodes[n]["n_documents"], graph.nodes[n]["label"]))
    positions: dict[str, tuple[float, float]] = {}
    x, y, row_height = margin, margin, 0.0
    for group in groups:
        side = min(WIDTH - 2 * margin, 55 * math.sqrt(len(group)) + 10)
        if x + side > WIDTH - margin:
            x, y, row_height = margin, y + row_height + gap, 0.0
        raw = nx.spring_layout(graph.subgraph(group), seed=7, iterations=100, method=method(len(group)))
        xs = [p[0] for p in raw.values()]
        ys = [p[1] for p in raw.values()]
        spanx, spany = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
        for node, (px, py) in raw.items():
            positions[node] = (x + (px - min(xs)) / spanx * side, y + (py - min(ys)) / spany * side)
        x += side + gap
        row_height = max(row_height, side)
    y += row_height + (gap if groups else 0)
    step = 22
    per_row = int((WIDTH - 2 * margin) // step) + 1
    for i, node in enumerate(alone):
        positions[node] = (margin + (i % per_row) * step, y + (i // per_row) * step)
    if alone:
        y += ((len(alone) - 1) // per_row) * step
    return positions, y + margin


def svg(graph: nx.Graph, index: dict[str, int]) -> tuple[str, str]:
    """The network as inline SVG, and its legend: `circle.node[data-p]` per person (index into the page's people),
    `line.edge` per pair, thicker with more meetings, dashed for a hosting."""
    positions, height = layout(graph)
    palette = colours(graph)
    parts = [f'<svg id="net" viewBox="0 0 {WIDTH} {height:.0f}" xmlns="http://www.w3.org/2000/svg" '
             f'role="img" aria-label="Réseau des rencontres">']
    parts.append('<g class="edges">')
    for a, b, edge in graph.edges(data=True):
        (x1, y1), (x2, y2) = positions[a], positions[b]
        kind = "hosted" if "HOSTED" in edge["relation"] else "met"
        title = (f"{graph.nodes[a]['label']} — {graph.nodes[b]['label']} : {edge['relation']}, "
                 f"{edge['weight']} rencontre(s) ; {edge['doc_ids']}")
        parts.append(f'<line class="edge {kind}" data-a="{index[a]}" data-b="{index[b]}" x1="{x1:.1f}" '
                     f'y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke-width="{min(1 + edge["weight"], 8)}">'
                     f'<title>{escape(title)}</title></line>')
    parts.append('</g><g class="nodes">')
    labelled = set(sorted(graph, key=lambda n: (-graph.nodes[n]["n_documents"], -graph.degree(n)))[:LABELLED])
    labels = []
    for node, data in graph.nodes(data=True):
        x, y = positions[node]
        r = radius(data["n_documents"])
        title = f"{data['label']} ({data['country'] or 'pays inconnu'}) : {data['n_documents']} document(s)"
        parts.append(f'<circle class="node" data-p="{index[node]}" cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" '
                     f'fill="{colour_of(data["country"], palette)}"><title>{escape(title)}</title></circle>')
        if node in labelled and graph.degree(node):
            labels.append(f'<text x="{x + r + 2:.1f}" y="{y + 3:.1f}">{escape(data["label"])}</text>')
    parts.append('</g><g class="labels">' + "".join(labels) + "</g></svg>")
    legend = "".join(f'<span><i style="background:{colour}"></i>{escape(country)}</span>'
                     for country, colour in palette.items())
    return "".join(parts), f'<div class="legend">{legend}</div>'
