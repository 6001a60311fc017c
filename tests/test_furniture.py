"""Page furniture: menus, breadcrumbs, bylines, credits, share buttons, related titles, tags, cookie
banners, footers and press contacts yield no entity, no official and no meeting; the article does."""

from __future__ import annotations

import pytest

from pipeline.components.furniture import FurnitureMarker
from pipeline.rulebook import default_rules, load_rules


@pytest.fixture(scope="module")
def marker():
    return FurnitureMarker(load_rules(default_rules()))


def kinds(marker, text):
    return [(text[s:e], kind) for s, e, kind in marker.ranges(text)]


FURNITURE = {
    "menu": "Accueil | Politique | Défense | Monde | Sports",
    "breadcrumb": "Accueil > Actualités > Le ministre reçoit son homologue",
    "wide-gap-menu": "Politique   Défense   Économie   Culture",
    "byline": "Par J.-P. Martin",
    "credit": "© Armée de Terre / Sirpa",
    "photo-credit": "Crédit photo : Marine nationale",
    "share": "Partager : Facebook | X | Imprimer",
    "tweet": "Tweet",
    "tags": "Mots-clés : Sahel, coopération",
    "cookies": "Ce site utilise des cookies pour mesurer l'audience. [Accepter]",
    "footer": "Journal du Sud 2024 – Tous droits réservés",
    "newsletter": "Abonnez-vous à notre lettre quotidienne",
    "agency-signoff": "JD/PL (APS)",
    "behind-a-symbol": "🔍 Rechercher",
    "masthead": "Quotidien national d'information",
}


@pytest.mark.parametrize("line", FURNITURE.values(), ids=FURNITURE.keys())
def test_furniture_lines(marker, line):
    text = f"Titre de l'article\n\n{line}\n\nLe ministre a reçu son homologue."
    assert [t for t, _ in kinds(marker, text)] == [line]


ARTICLE = {
    "par-ailleurs": "Par ailleurs, le général Jean Morel a reçu le chef d'état-major à Paris.",
    "quote-with-chevrons": "« Nous avançons », a dit le ministre. « Le reste suivra », a-t-il ajouté.",
    "publication-date": "Publié le lundi 3 mars 2025 à 10h15",
    "dateline": "PARIS, 4 mars (AFP) - Le ministre a reçu son homologue.",
    "headline-with-acronyms": "UE/OTAN : les deux organisations renforcent leur coopération en mer Baltique",
    "long-byline-like-sentence": "Par décret du président de la République, le général Jean Morel est nommé "
                                 "chef d'état-major de l'armée de Terre à compter du 1er septembre prochain.",
}


@pytest.mark.parametrize("line", ARTICLE.values(), ids=ARTICLE.keys())
def test_article_lines_are_not_furniture(marker, line):
    assert kinds(marker, f"Titre\n\n{line}\n") == []


def test_related_block_runs_to_the_blank_line(marker):
    text = ("Le ministre a reçu son homologue.\n\nLire aussi :\n- Le général reçoit le chef d'état-major\n"
            "- La marine reçoit un patrouilleur\n\nLe ministre a ensuite visité la base.")
    assert [kind for _, kind in kinds(marker, text)] == ["related", "block", "block"]


def test_press_contacts_block(marker):
    text = "Fin du communiqué.\n\nPersonnes-ressources\nRelations avec les médias\nMinistère de la Défense\n"
    assert [t for t, _ in kinds(marker, text)] == ["Personnes-ressources", "Relations avec les médias",
                                                   "Ministère de la Défense"]


def test_furniture_yields_no_entity_official_or_meeting(analyse):
    text = ("Accueil | Actualités | Défense | International\n"
            "Par Jean Dupuis | 3 mars 2025\n\n"
            "Le général Jean Morel reçoit son homologue belge\n\n"
            "Le chef d'état-major de l'armée de Terre, le général Jean Morel, a reçu lundi à Paris son homologue "
            "belge, le général Pierre Lambert.\n\n"
            "Lire aussi : Le ministre des Armées reçoit le général Paul Girard à Toulon\n\n"
            "© Ministère des Armées / DICoD\n")
    doc = analyse(text)
    names = {p["name"] for p in doc._.officials}
    assert {"Jean Morel", "Pierre Lambert"} <= names
    assert not names & {"Jean Dupuis", "Paul Girard"}
    assert not [e for e in doc.ents if e.text in {"Actualités", "DICoD", "Toulon"}]
    assert all("girard" not in m.get("participants", "") for m in doc._.meetings)
    assert [s.label_ for s in doc.spans["furniture"]] == ["menu", "byline", "related", "credit"]
