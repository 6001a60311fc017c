"""Text as outlets give it: agency datelines in their forms, sentence bounds at bracketed acronyms and
title abbreviations, update notes inside a sentence.

Own sentences; expected spans inline (<ent norm='ISO'>...</ent>), each behaviour with a counter-example.
"""

from __future__ import annotations

import pytest

from conftest import parse_inline

HEADER = "Titre de l'article sur la défense nationale\n\n  • 4 Mar. 2025 -\n\n"
BODY = ("Le ministre de la Défense du Niger, Salifou Kandé, a reçu le chef d'état-major des armées "
        "françaises, le général Robert Vidal.")


def officials(doc) -> list[tuple[str, str, str]]:
    return sorted((o["name"], o.get("role", ""), o.get("country", "")) for o in doc._.officials or [])


@pytest.mark.parametrize(("dateline", "place"), [
    ("BRUXELLES, 4 mars (Belga) = ", "Bruxelles"),
    ("PARIS, 4 mars 2025 (AFP) - ", "Paris"),
    ("ABIDJAN, 13 avr 2025 (AIP) - ", "Abidjan"),
    ("Tunis, 29 août (TAP) - ", "Tunis"),
    ("Niamey, le 5 mars 2025 (ANP) – ", "Niamey"),
    ("Ottawa (Ontario), le 16 octobre 2024 – ", "Ottawa"),
    ("Genève, 04.03.2025 - ", "Genève"),
    ("Pékin, 4 mars (Xinhua) -- ", "Pékin"),
])
def test_a_dateline_gives_the_place_and_spoils_no_official(analyse, dateline, place):
    plain = analyse(HEADER + BODY)
    doc = analyse(HEADER + dateline + BODY)
    assert officials(doc) == officials(plain)
    assert [m["location"] for m in doc._.meetings] == [place]


def test_a_place_in_a_sentence_is_no_dateline(analyse):
    doc = analyse(HEADER + BODY)
    assert [m["location"] for m in doc._.meetings] == [""]


def sentences(doc) -> list[str]:
    return [s.text.strip() for s in doc.sents if s.start_char >= len(HEADER)]


def test_no_sentence_end_after_a_bracketed_acronym_before_a_name(analyse):
    doc = analyse(HEADER + "La cheffe du Bureau fédéral des achats (BFA) Laura Keller a signé le contrat.")
    assert len(sentences(doc)) == 1


def test_a_full_stop_after_a_bracketed_acronym_ends_the_sentence(analyse):
    doc = analyse(HEADER + "Le ministre a salué le Bureau fédéral des achats (BFA). Laura Keller a signé le contrat.")
    assert len(sentences(doc)) == 2


def test_title_abbreviations_end_no_sentence(analyse):
    doc = analyse(HEADER + "Le ministre a été reçu par le Gal. Alain Koné et le Col. Marc Petit à Bamako.")
    assert len(sentences(doc)) == 1


def test_a_full_stop_after_a_short_place_ends_the_sentence(analyse):
    doc = analyse(HEADER + "Le ministre est arrivé à Gao. Le général Alain Koné l'attendait.")
    assert len(sentences(doc)) == 2


def dates(doc) -> set[tuple[str, str]]:
    """The body's DATE entities (a note put after the text by the cleaning is no body)."""
    end = doc.text.find("\n\nMis à jour") % (len(doc.text) + 1)
    return {(e.text, e._.normalized) for e in doc.ents if e.label_ == "DATE" and len(HEADER) <= e.start_char < end}


@pytest.mark.parametrize("note", ["[Mise à jour le 6 mars 2025 à 10h] ", "(Mis à jour le 6 mars 2025) ", "MAJ 16h48 "])
def test_an_update_note_inside_a_sentence_is_no_part_of_it(analyse, note):
    annotated = ("Le ministre de la Défense, Paul Renaud, a reçu " + note + "le <ent norm='2025-03-03'>3 mars</ent> "
                 "à Paris son homologue belge, Anne Lemaire.")
    text, expected = parse_inline(HEADER + annotated)
    doc = analyse(text)
    assert dates(doc) == {(e.text, e.attrs["norm"]) for e in expected}
    assert doc._.updated == ("2025-03-06" if "6 mars" in note else "")
    assert [m["location"] for m in doc._.meetings] == ["Paris"]


def test_a_date_in_the_sentence_is_no_update(analyse):
    text, expected = parse_inline(HEADER + "Le ministre a reçu le <ent norm='2025-03-03'>3 mars</ent> à Paris "
                                           "son homologue belge, Anne Lemaire.")
    doc = analyse(text)
    assert dates(doc) == {(e.text, e.attrs["norm"]) for e in expected}
    assert doc._.updated == ""


def test_furniture_yields_no_official_but_a_title_in_the_body_is_read(analyse):
    furniture = ("Par Jean Morel, envoyé spécial à Kyiv\n\n" + BODY + "\n\n© Ministère des Armées\nPhoto : AFP\n"
                 "Crédit photo : Marine nationale / Jean Martin\nLire aussi : Le général Issa Ndiaye reçu à Dakar\n"
                 "Partager sur Facebook\nTags : Défense, OTAN, Pierre Valat\n")
    doc = analyse(HEADER + furniture)
    assert [name for name, _, _ in officials(doc)] == ["Robert Vidal", "Salifou Kandé"]
    body = analyse(HEADER + "Le ministre a commenté l'article « Le général Issa Ndiaye reçu à Dakar » paru hier.")
    assert "Issa Ndiaye" in [name for name, _, _ in officials(body)]
