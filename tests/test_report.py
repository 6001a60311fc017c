"""The analyst's report: texts with every entity marked, the who-met-whom network, GraphML.

The browser test extracts a few sample articles with `--report`, opens report.html in headless
Chromium (Debian's `chromium`; .ci/run installs it) and reads the DOM the page's script left.
"""

from __future__ import annotations

import csv
import math
import re
import shutil
import subprocess
import sys
from html import unescape
from html.parser import HTMLParser

import pytest

from pipeline.report.document import anchor_span, entity_span, render_text

from conftest import ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTICLES = ["art01_otan_sommet_vilnius", "art02_comite_militaire_bruxelles", "bl01_bauer_suisse",
            "art10_parly_visite_inde"]


class Marks(HTMLParser):
    """The text inside each entity's marks (all pieces, in order) and how many pieces show a label."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str | None] = []
        self.text: dict[str, str] = {}
        self.labels: dict[str, int] = {}
        self.plain = ""

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        key = attrs.get("data-e") if tag == "mark" else None
        if key is not None:
            self.text.setdefault(key, "")
            self.labels[key] = self.labels.get(key, 0) + ("data-l" in attrs)
        self.stack.append(key)

    def handle_endtag(self, tag):
        self.stack.pop()

    def handle_data(self, data):
        self.plain += data
        for key in {k for k in self.stack if k}:
            self.text[key] += data


def marks_of(html: str) -> Marks:
    parser = Marks()
    parser.feed(html)
    return parser


def test_crossing_and_nested_entities_each_marked_whole():
    text = "Le chef d’état-major de la marine italienne a reçu hier son homologue."
    role = (text.index("chef"), text.index(" italienne"))
    org = (text.index("état-major"), text.index(" a reçu"))
    country = (text.index("italienne"), text.index(" a reçu"))
    spans = [entity_span("E1", "ROLE", *role, "chef d’état-major", "rule:roles:cem"),
             entity_span("E2", "ORG", *org, "Marina Militare", "rule:organisations:it.mm"),
             entity_span("E3", "MISC", *country, "Italie", "rule:countries:it"),
             anchor_span("d0-R1", 0, len(text))]
    html = render_text(text, spans)
    marks = marks_of(html)
    assert unescape(marks.plain) == text  # nothing added, nothing lost: offsets still hold
    assert marks.text == {"E1": text[slice(*role)], "E2": text[slice(*org)], "E3": text[slice(*country)]}
    assert marks.labels == {"E1": 1, "E2": 1, "E3": 1}  # the label once, after the last piece
    assert html.count('id="d0-R1"') == 1
    assert 'title="ORG · Marina Militare · rule:organisations:it.mm"' in html


def test_markup_in_the_text_is_shown_as_text():
    text = "<script>alert(1)</script> & le général Dupont"
    start = text.index("Dupont")
    html = render_text(text, [entity_span("E1", "PERSON", start, start + 6, "", "model")])
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert marks_of(html).text == {"E1": "Dupont"}


def test_spans_beyond_the_text_are_left_out():
    html = render_text("Court.", [entity_span("E1", "LOC", 3, 40, "", "model")])
    assert html == "Court."


def read_csv(path):
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def chromium(*args, profile):
    command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-dev-shm-usage", f"--user-data-dir={profile}", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=180)


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (.ci/run installs it)")
def test_report_opens_in_a_browser_with_every_person_and_entity(tmp_path):
    source = tmp_path / "articles"
    source.mkdir()
    for name in ARTICLES:
        shutil.copy(ROOT / "data" / "raw" / f"{name}.txt", source)
    out = tmp_path / "out"
    run = subprocess.run([sys.executable, str(ROOT / "cli.py"), "extract", str(source), "--out", str(out),
                          "--report"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    page = (out / "report.html").read_text(encoding="utf-8")
    assert not re.search(r'(src|href)="(https?:)?//', page)  # nothing fetched: it opens offline
    assert "<link" not in page

    documents = read_csv(out / "documents.csv")
    people = read_csv(out / "people.csv")
    index = [d["doc_id"] for d in documents].index("bl01_bauer_suisse")
    url = (out / "report.html").as_uri() + f"#d{index}"
    dom = chromium("--dump-dom", url, profile=tmp_path / "profile")
    assert dom.returncode == 0, dom.stderr
    assert re.search(r'<html[^>]* data-ready="\d+"', dom.stdout)  # the page's script ran to its end

    network = re.search(r'<svg id="net".*?</svg>', dom.stdout, re.S).group()
    assert len(people) > 5
    assert len(re.findall(r'<circle class="node"', network)) == len(people)
    assert re.search(r'<line class="edge (met|hosted)"', network)

    view = re.search(r'<article id="doc-view"[^>]*>(.*?)</article>', dom.stdout, re.S).group(1)
    text = re.search(r'<div class="text"[^>]*>(.*)</div>', view, re.S).group(1)
    marks = marks_of(text)
    entities = [e for e in read_csv(out / "entities.csv") if e["doc_id"] == "bl01_bauer_suisse"]
    assert len(entities) > 20
    assert marks.text == {e["entity_id"]: e["text"] for e in entities}  # every entity, whole, nothing else
    assert all(n == 1 for n in marks.labels.values())
    article = (source / "bl01_bauer_suisse.txt").read_text(encoding="utf-8")
    assert unescape(marks.plain) == article
    quotes = [q for q in read_csv(out / "quotes.csv") if q["doc_id"] == "bl01_bauer_suisse"]
    for quote in quotes:  # each row links to its place in the text
        assert f'href="#d{index}-{quote["quote_id"]}"' in view
        assert f'id="d{index}-{quote["quote_id"]}"' in text

    assert re.search(r'<body class="doc-mode"', dom.stdout)  # the document alone, the corpus hidden

    # the network and the timeline; then the document view, at the top of the page: headless Chromium
    # paints a blank frame for a scrolled page (a plain background image of about 6 kB)
    for name, address in (("report.png", (out / "report.html").as_uri()), ("document.png", url)):
        shot = tmp_path / name
        taken = chromium("--window-size=1400,1000", f"--screenshot={shot}", address, profile=tmp_path / "profile")
        assert taken.returncode == 0, taken.stderr
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000, name


@pytest.mark.slow
def test_graphml_opens_with_people_and_weighted_meetings(tmp_path):
    nx = pytest.importorskip("networkx")
    out = tmp_path / "out"
    shutil.copytree(ROOT / "data" / "out", out)
    run = subprocess.run([sys.executable, str(ROOT / "cli.py"), "report", str(out)], cwd=ROOT,
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    graph = nx.read_graphml(out / "network.graphml")
    people = read_csv(out / "people.csv")
    assert graph.number_of_nodes() == len(people)
    assert graph.nodes["jens-stoltenberg"]["label"] == "Jens Stoltenberg"
    # Stoltenberg gathered Erdoğan and Kristersson at Vilnius (art01): a MET edge of at least one meeting
    edge = graph.edges["jens-stoltenberg", "recep-tayyip-erdogan"]
    assert "MET" in edge["relation"] and edge["weight"] >= 1 and "art01_otan_sommet_vilnius" in edge["doc_ids"]
    # two people of the corpus who never appear together are not linked
    assert not graph.has_edge("jens-stoltenberg", "abdel-fatau-musah")


def test_report_command_refuses_a_folder_without_tables(tmp_path):
    run = subprocess.run([sys.executable, str(ROOT / "cli.py"), "report", str(tmp_path)], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 2
    assert "documents.csv" in run.stderr


def test_a_group_of_600_linked_people_is_laid_out_by_force_not_in_a_circle():
    """networkx lays out 500 linked people or more with scipy (pinned): two circles of acquaintance joined
    by one pair must come out as two clusters, not mixed round a circle (names alternate between them,
    so an order-based layout would interleave them)."""
    nx = pytest.importorskip("networkx")
    from pipeline.report.network import WIDTH, layout

    graph = nx.Graph()
    names = [f"personne-{i:03d}" for i in range(600)]
    for i, name in enumerate(names):
        graph.add_node(name, label=name, n_documents=1 + i % 3)
    circles = [names[0::2], names[1::2]]  # even and odd ranks: two groups, interleaved in sorted order
    for members in circles:
        for i, a in enumerate(members):  # each knows the next five: one connected, dense group
            for b in members[i + 1:i + 6]:
                graph.add_edge(a, b, weight=1)
    graph.add_edge(circles[0][0], circles[1][0], weight=1)
    graph.add_node("seul", label="Seul", n_documents=1)  # a person with no link goes below

    positions, height = layout(graph)
    assert set(positions) == set(graph)
    assert len({(round(x), round(y)) for x, y in positions.values()}) > 550  # spread out, not stacked
    assert all(0 <= x <= WIDTH and 0 <= y <= height for x, y in positions.values())
    assert positions["seul"][1] > max(positions[n][1] for n in names)

    def mean_distance(group_a, group_b):
        pairs = [(a, b) for a in group_a[::10] for b in group_b[::10] if a != b]
        return sum(math.dist(positions[a], positions[b]) for a, b in pairs) / len(pairs)

    within = (mean_distance(circles[0], circles[0]) + mean_distance(circles[1], circles[1])) / 2
    assert within < 0.7 * mean_distance(circles[0], circles[1])
