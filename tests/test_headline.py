"""The headline (documents.csv `title`) read from a page's structure: above the header date, the byline,
the dateline or the first paragraph, below the masthead and the menus; the first line when nothing better
is found. Texts written for these tests, with counter-examples."""

from __future__ import annotations

import pytest

from pipeline.components.dates import DateFinder
from pipeline.components.furniture import FurnitureMarker, clean_headline
from pipeline.rulebook import default_rules, load_rules


@pytest.fixture(scope="module")
def headline():
    book = load_rules(default_rules())
    marker, dates = FurnitureMarker(book), DateFinder(book)

    def find(text: str) -> str | None:
        found = [(f.start, f.end) for f in dates.find(text) if f.label == "DATE"]
        span = marker.headlines.find(text, marker.ranges(text), found)
        return clean_headline(text[span[0]:span[1]]) if span else None

    return find


MENU_MASTHEAD = """Le Veilleur du Sahel
Accueil | Politique | Défense | Économie | Sport
Accueil > Défense > Coopération
Le chef d'état-major nigérien reçoit une délégation tchadienne à Niamey
Publié le mardi 4 mars 2025 à 11h20
Niamey, 4 mars – Le général Amadou Issa a reçu mardi le chef d'état-major tchadien et sa délégation.
"""

COOKIES_FIRST = """Nous utilisons des cookies pour mesurer l'audience de ce site. Tout accepter | Refuser
Le Courrier de l'Est
Politique   Défense   Monde   Culture
DÉFENSE
Exercice Baltic Shield : trois marines alliées manœuvrent au large de Riga
Par Jeanne Morel
12 juin 2024
Partager : Facebook | X | Imprimer
Trois frégates ont appareillé lundi de Riga pour un exercice de deux semaines en mer Baltique.
"""

WIRE = """Agence Ouest-Africaine de Presse
Mercredi 9 octobre 2024 - 08:15 UTC
LOMÉ : LES MINISTRES DE LA DÉFENSE DU GOLFE DE GUINÉE SE RÉUNISSENT POUR LA SÉCURITÉ MARITIME
LOMÉ, 9 oct (AOAP) - Les ministres de la Défense de cinq pays riverains du golfe de Guinée se sont retrouvés mercredi.
Ils ont examiné la montée de la piraterie au large des côtes togolaises et béninoises.
"""

FIRST_LINE = """La frégate Provence escorte un convoi humanitaire en mer Rouge
  • 18 Mar. 2024 -
  • Mis à jour le: 19 Mar. 2024 10:00
La frégate multi-missions Provence a escorté dimanche trois navires affrétés par des organisations humanitaires.
"""

STANDFIRST_AND_BYLINE = """Le Républicain du Rhône
Accueil > Région > Défense
Lyon : le gouverneur militaire passe en revue les réservistes de la région
Une centaine de réservistes ont défilé samedi place Bellecour. La cérémonie clôturait leur stage annuel
Par la rédaction, Lyon
Publié le 15/09/2024 à 18h40
Le général Marc Vernier, gouverneur militaire de Lyon, a présidé samedi la cérémonie.
"""

SOURCE_LINE = """Accueil > Monde > Europe
Tallinn accueille les ministres de la Défense des pays nordiques et baltes
Radio Baltique à Tallinn, en Estonie
3 avril 2024
Les ministres de la Défense de huit pays se sont réunis mercredi à Tallinn pour parler de défense aérienne.
"""


@pytest.mark.parametrize("text, expected", [
    (MENU_MASTHEAD, "Le chef d'état-major nigérien reçoit une délégation tchadienne à Niamey"),
    (COOKIES_FIRST, "Exercice Baltic Shield : trois marines alliées manœuvrent au large de Riga"),
    (WIRE, "LOMÉ : LES MINISTRES DE LA DÉFENSE DU GOLFE DE GUINÉE SE RÉUNISSENT POUR LA SÉCURITÉ MARITIME"),
    (FIRST_LINE, "La frégate Provence escorte un convoi humanitaire en mer Rouge"),
    ("Le général Morel prend la tête du commandement des forces terrestres\nLe général Paul Morel a pris "
     "jeudi à Lille le commandement des forces terrestres.\n", "Le général Morel prend la tête du commandement "
                                                                "des forces terrestres"),
    (STANDFIRST_AND_BYLINE, "Lyon : le gouverneur militaire passe en revue les réservistes de la région"),
    (SOURCE_LINE, "Tallinn accueille les ministres de la Défense des pays nordiques et baltes"),
], ids=["menu-masthead-date", "cookie-banner-first", "wire-dateline", "first-line-with-date",
        "first-line-then-prose", "standfirst-and-byline-skipped", "source-line-skipped"])
def test_the_headline_is_read_from_the_page(headline, text, expected):
    assert headline(text) == expected


@pytest.mark.parametrize("text", [
    # a lead sentence ending with a full stop is no headline
    "Accueil | Politique | Défense | Monde\nLe ministre des Armées a reçu lundi son homologue estonien à Paris.\n"
    "Les deux ministres ont parlé de la présence alliée en Estonie.\n",
    # a breadcrumb ending on the title is furniture, not the headline
    "Accueil > Actualités > Le ministre reçoit son homologue estonien\nPublié le 3 mars 2025\n"
    "Le ministre a reçu lundi son homologue estonien à Paris.\n",
    # a masthead alone above the date: the outlet's name, not a headline
    "Agence Balte d'Information et de Presse\n3 mars 2025\nLe ministre a reçu lundi son homologue estonien.\n",
    # two lines of several words and nothing of a page above them: the first line is the title
    "Réunion des chefs d'état-major à Paris\nLe général Morel reçoit ses homologues européens\n"
    "Le général Paul Morel a reçu jeudi à Paris ses homologues de six pays européens.\n",
    # a menu between the only line of several words and the date
    "Le Journal des Armées de la Région\nAccueil | Défense | Monde | Sport\n3 mars 2025\n"
    "Le ministre a reçu lundi son homologue estonien.\n",
], ids=["lead-sentence", "breadcrumb", "masthead-above-date", "no-page-above-a-subtitle", "masthead-above-menu"])
def test_no_headline_is_made_up(headline, text):
    assert headline(text) is None


def test_the_title_is_the_headline_as_written_and_falls_back_to_the_first_line(analyse):
    doc = analyse(WIRE)  # the model reads the capital line re-cased; the title keeps it as the file has it
    assert doc._.title == WIRE.splitlines()[2]
    lead = "Le ministre des Armées a reçu lundi son homologue estonien à Paris.\nIls ont parlé de l'Estonie.\n"
    assert analyse(lead)._.title == "Le ministre des Armées a reçu lundi son homologue estonien à Paris."


def test_documents_csv_writes_the_headline_but_keeps_a_web_page_title(analyse):
    from pipeline.run.export import document_row
    from pipeline.run.ingest import Article

    doc = analyse(MENU_MASTHEAD)
    text = Article(doc_id="t", source_path="t.txt", text=MENU_MASTHEAD)
    assert document_row(text, doc)["title"] == "Le chef d'état-major nigérien reçoit une délégation tchadienne à Niamey"
    assert document_row(text)["title"] == "Le Veilleur du Sahel"  # no Doc (a failed analysis): the first line
    page = Article(doc_id="p", source_path="p.html", text=MENU_MASTHEAD, html=True)
    assert document_row(page, doc)["title"] == "Le Veilleur du Sahel"  # trafilatura's title, first in the text
