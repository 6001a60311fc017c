"""Saved web pages in: a page gives the rows of its plain text, menus, banners and buttons left out.

The pages below are written for this test: a ministry page with its menus, breadcrumb, related links
and footer, and a news page with a cookie banner, share buttons and a newsletter box. Each has a
plain-text twin holding what a reader would copy from it.
"""

# ruff: noqa: E501 - pages and texts as saved: one long line per paragraph

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from pipeline.run.ingest import read_article
from pipeline.run.job import extract

MINISTRY_TEXT = """Visite à Paris du chef d’état-major général des armées du Sénégal

Le chef d’état-major des armées, le général d’armée Thierry Burkhard, a reçu le jeudi 14 septembre 2023 à Balard le général de corps d’armée Mbaye Cissé, chef d’état-major général des armées sénégalaises.

Les deux officiers ont fait le point sur la coopération militaire entre la France et le Sénégal, en particulier la formation des cadres et la surveillance maritime dans le golfe de Guinée.

À l’issue de cet entretien, le général Cissé s’est rendu à l’École de guerre, où il a échangé avec des stagiaires venus de toute l’Afrique de l’Ouest.
"""

NEWS_TEXT = """Les ministres de la Défense français et italien se sont entretenus à Rome

Publié le 6 février 2024

Le ministre des Armées, Sébastien Lecornu, s’est entretenu lundi à Rome avec son homologue italien Guido Crosetto. Les deux ministres ont évoqué le système de défense sol-air SAMP/T et le soutien à l’Ukraine.

« Nous avançons ensemble sur chaque dossier », a déclaré M. Crosetto à l’issue de la rencontre.
"""

MINISTRY_PAGE = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Visite à Paris du chef d’état-major général des armées du Sénégal | Ministère des Armées</title>
<meta property="og:title" content="Visite à Paris du chef d’état-major général des armées du Sénégal">
<meta property="article:published_time" content="2023-09-15T10:30:00+02:00">
</head>
<body>
<header class="site-header">
  <a class="logo" href="/">Ministère des Armées</a>
  <nav class="main-menu"><ul>
    <li><a href="/actualites">Actualités</a></li><li><a href="/ministere">Le ministère</a></li>
    <li><a href="/armees">Les armées</a></li><li><a href="/recrutement">Recrutement</a></li>
    <li><a href="/presse">Espace presse</a></li></ul></nav>
  <nav class="breadcrumb"><a href="/">Accueil</a> › <a href="/actualites">Actualités</a> › International</nav>
</header>
<main>
<article>
<h1>Visite à Paris du chef d’état-major général des armées du Sénégal</h1>
<p>Le chef d’état-major des armées, le général d’armée Thierry Burkhard, a reçu le jeudi 14 septembre 2023 à Balard le général de corps d’armée Mbaye Cissé, chef d’état-major général des armées sénégalaises.</p>
<p>Les deux officiers ont fait le point sur la coopération militaire entre la France et le Sénégal, en particulier la formation des cadres et la surveillance maritime dans le golfe de Guinée.</p>
<p>À l’issue de cet entretien, le général Cissé s’est rendu à l’École de guerre, où il a échangé avec des stagiaires venus de toute l’Afrique de l’Ouest.</p>
</article>
<aside class="related"><h2>À lire aussi</h2><ul><li><a href="/a">Le chef d’état-major des armées en visite au Niger</a></li><li><a href="/b">Exercice interarmées au Gabon</a></li></ul></aside>
</main>
<footer class="site-footer"><ul><li><a href="/mentions">Mentions légales</a></li><li><a href="/contact">Contact</a></li><li><a href="/plan">Plan du site</a></li></ul><p>© Ministère des Armées 2023</p></footer>
</body>
</html>
"""

# The page's metadata says 8 February (when it was put online); the text says 6: the text wins.
NEWS_PAGE = """<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>Les ministres de la Défense français et italien se sont entretenus à Rome - Le Quotidien</title>
<meta property="article:published_time" content="2024-02-08T09:00:00+01:00">
</head>
<body>
<div id="cookie-banner" class="cookie-consent">Nous utilisons des cookies pour améliorer votre expérience et mesurer l’audience. <button>Tout accepter</button> <button>Tout refuser</button> <a href="/cookies">Paramétrer les cookies</a></div>
<div class="topbar"><a href="/">Le Quotidien</a> <a href="/abonnement">S’abonner</a> <a href="/connexion">Se connecter</a></div>
<nav><a href="/monde">Monde</a> <a href="/politique">Politique</a> <a href="/defense">Défense</a> <a href="/economie">Économie</a></nav>
<div class="content">
<article class="post">
<h1 class="entry-title">Les ministres de la Défense français et italien se sont entretenus à Rome</h1>
<p>Publié le 6 février 2024</p>
<div class="share-buttons"><a href="https://facebook.example/share">Partager sur Facebook</a> <a href="https://x.example/share">Partager sur X</a> <a href="mailto:?subject=article">Envoyer par e-mail</a></div>
<p>Le ministre des Armées, Sébastien Lecornu, s’est entretenu lundi à Rome avec son homologue italien Guido Crosetto. Les deux ministres ont évoqué le système de défense sol-air SAMP/T et le soutien à l’Ukraine.</p>
<p>« Nous avançons ensemble sur chaque dossier », a déclaré M. Crosetto à l’issue de la rencontre.</p>
</article>
<div class="newsletter">Recevez chaque matin l’essentiel de l’actualité. <input type="email"> <button>Je m’inscris</button></div>
</div>
<footer><p>© Le Quotidien — Tous droits réservés</p><a href="/cgu">CGU</a> <a href="/confidentialite">Politique de confidentialité</a></footer>
</body></html>
"""

# No date in the text at all: `mardi` can only be placed by the page's own date (Thursday 14 March 2024).
UNDATED_PAGE = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Coopération navale : l’amiral Vaujour reçoit le chef de la marine indienne</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Coopération navale", "datePublished": "2024-03-14T08:00:00+01:00"}</script></head>
<body><nav><a href="/">Accueil</a> <a href="/marine">Marine nationale</a> <a href="/contact">Contact</a></nav>
<article><h1>Coopération navale : l’amiral Vaujour reçoit le chef de la marine indienne</h1>
<p>Le chef d’état-major de la Marine, l’amiral Nicolas Vaujour, a reçu mardi à Paris l’amiral Radhakrishnan Hari Kumar, chef d’état-major de la marine indienne.</p>
<p>Les deux amiraux ont préparé le prochain exercice franco-indien dans l’océan Indien.</p></article>
<footer>© Marine nationale</footer></body></html>
"""

BOILERPLATE = ["Actualités", "Espace presse", "Mentions légales", "À lire aussi", "cookies", "Tout accepter",
               "Partager", "Envoyer par e-mail", "Je m’inscris", "Tous droits réservés", "Accueil"]
PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)


def read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def without(rows: list[dict], *columns: str) -> list[dict]:
    return [{k: v for k, v in row.items() if k not in columns} for row in rows]


@pytest.fixture(scope="module")
def runs(pipeline, tmp_path_factory):
    """The pages, their plain-text twins, each folder extracted."""
    root = tmp_path_factory.mktemp("html")
    pages, texts = root / "pages", root / "texts"
    (pages / "marine").mkdir(parents=True)
    texts.mkdir()
    (pages / "ministere.html").write_text(MINISTRY_PAGE, encoding="utf-8")
    (pages / "rome.htm").write_bytes(NEWS_PAGE.replace('charset="utf-8"', 'charset="windows-1252"').encode("cp1252"))
    (pages / "marine" / "escale.html").write_text(UNDATED_PAGE, encoding="utf-8")
    (pages / "vide.html").write_bytes(b"")
    (pages / "menu.html").write_text('<html><body><nav><a href="/">Accueil</a> <a href="/presse">Presse</a></nav>'
                                     "<footer>© Ministère</footer></body></html>", encoding="utf-8")
    (pages / "image.html").write_bytes(PNG)
    (texts / "ministere.txt").write_text(MINISTRY_TEXT, encoding="utf-8")
    (texts / "rome.txt").write_text(NEWS_TEXT, encoding="utf-8")
    for folder in (pages, texts):
        extract(folder, root / f"out-{folder.name}", pipeline)
    return {"pages": pages, "html": root / "out-pages", "txt": root / "out-texts"}


def test_a_page_gives_the_officials_and_meetings_of_its_plain_text(runs):
    for table in ("officials", "meetings", "quotes", "relations"):
        from_pages = [row for row in read_csv(runs["html"] / f"{table}.csv") if row["doc_id"] in ("ministere", "rome")]
        assert from_pages == read_csv(runs["txt"] / f"{table}.csv"), table
    officials = {row["name"] for row in read_csv(runs["html"] / "officials.csv")}
    assert {"Thierry Burkhard", "Mbaye Cissé", "Sébastien Lecornu", "Guido Crosetto"} <= officials
    meetings = {row["doc_id"]: row for row in read_csv(runs["html"] / "meetings.csv")}
    assert meetings["ministere"]["date_start"] == "2023-09-14"
    assert meetings["rome"]["date_start"] == "2024-02-05"  # `lundi`, the Monday before the text's own date


def test_the_text_is_the_article_without_menus_banners_or_buttons(runs):
    for name, twin in (("ministere", MINISTRY_TEXT), ("rome", NEWS_TEXT)):
        text = (runs["html"] / "texts" / f"{name}.txt").read_text(encoding="utf-8")
        assert text == twin
        assert not [words for words in BOILERPLATE if words in text]
    assert not (runs["txt"] / "texts").exists()  # plain text needs no copy


def test_every_offset_points_into_the_text_written_beside_the_tables(runs):
    texts = {}
    entities = read_csv(runs["html"] / "entities.csv")
    assert {row["doc_id"] for row in entities} == {"ministere", "rome", "escale"}
    for row in entities:
        if row["doc_id"] not in texts:
            texts[row["doc_id"]] = (runs["html"] / "texts" / f"{row['doc_id']}.txt").read_text(encoding="utf-8")
        assert texts[row["doc_id"]][int(row["start_char"]) : int(row["end_char"])] == row["text"]


def test_documents_say_the_text_came_from_a_web_page_and_give_its_date(runs):
    documents = {row["doc_id"]: row for row in read_csv(runs["html"] / "documents.csv")}
    assert documents["rome"]["encoding"] == "html (cp1252)"
    assert documents["ministere"]["encoding"] == "html (utf-8)"
    assert documents["ministere"]["title"] == "Visite à Paris du chef d’état-major général des armées du Sénégal"
    assert documents["ministere"]["published"] == "2023-09-15"  # from the page: the text has no publication line
    assert documents["rome"]["published"] == "2024-02-06"  # the text's `Publié le 6 février`, not the page's 8
    assert documents["escale"]["published"] == "2024-03-14"
    plain = {row["doc_id"]: row for row in read_csv(runs["txt"] / "documents.csv")}
    assert plain["ministere"]["published"] == "" and plain["ministere"]["encoding"] == "utf-8"


def test_the_pages_own_date_places_a_weekday_when_the_text_has_no_date(runs):
    [meeting] = [row for row in read_csv(runs["html"] / "meetings.csv")
                 if row["doc_id"] == "escale" and "reçu mardi" in row["evidence"]]
    assert meeting["date_start"] == "2024-03-12"  # the Tuesday before Thursday 14 March
    assert "Radhakrishnan Hari Kumar" in meeting["participants"]


def test_a_broken_or_empty_page_is_an_error_row_and_the_run_goes_on(runs):
    documents = {row["doc_id"]: row for row in read_csv(runs["html"] / "documents.csv")}
    assert {doc_id: (row["status"], row["error"]) for doc_id, row in documents.items() if row["status"] != "ok"} == {
        "vide": ("error", "empty web page"),
        "menu": ("error", "web page without article text (only menus, links or scripts)"),
        "image": ("error", "binary file (PNG image), not text"),
    }
    assert {doc_id for doc_id, row in documents.items() if row["status"] == "ok"} == {"ministere", "rome", "escale"}


def test_a_page_in_a_sub_folder_keeps_its_name_as_doc_id(runs):
    article = read_article(runs["pages"] / "marine" / "escale.html", runs["pages"], "escale")
    assert article.html and article.error == ""
    assert article.title.startswith("Coopération navale")
