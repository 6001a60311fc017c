"""Organisations as entities, round 37 (ent37): texts of our own, each behaviour with a counter-example that must
not change."""

from __future__ import annotations

from conftest import page


def orgs(analyse, text: str) -> dict[str, str]:
    """Text -> normalized name of every ORG the tables would hold (entities and mentions inside roles)."""
    doc = analyse(page(text))
    found = [*doc.ents, *doc.spans.get("role_org_mentions", []), *doc.spans.get("inner_org_mentions", [])]
    return {e.text: e._.normalized for e in found if e.label_ == "ORG"}


# -- the body a verb of leading takes as its object (`qui préside le comité des chefs d'état-major`) -----------

def test_the_committee_an_officer_chairs_is_a_body(analyse):
    found = orgs(analyse, "Le général ghanéen Kofi Mensah, qui préside le comité des chefs d'état-major de "
                          "l'organisation, a reçu mardi ses homologues à Tamale.")
    assert any(name.startswith("comité des chefs d'état-major") for name in found)


def test_the_committee_presented_is_no_body(analyse):
    found = orgs(analyse, "Le général ghanéen Kofi Mensah a présenté mardi le comité des chefs d'état-major aux "
                          "journalistes réunis à Tamale.")
    assert not any(name.startswith("comité des chefs") for name in found)


def test_the_brigade_an_officer_commanded_is_a_body(analyse):
    found = orgs(analyse, "Le navire porte le nom du capitaine Yves Le Goff, qui commandait la brigade de "
                          "chasseurs côtiers pendant la guerre.")
    assert "brigade de chasseurs côtiers" in found


def test_a_brigade_with_an_indefinite_article_names_a_kind_of_unit(analyse):
    found = orgs(analyse, "Officier de carrière, le général Yves Le Goff a notamment commandé une brigade de "
                          "chasseurs côtiers avant de rejoindre Paris.")
    assert "brigade de chasseurs côtiers" not in found


# -- the Alliance's enhanced forward presence, in French or in English ------------------------------------------

def test_the_forward_presence_written_in_french_is_a_body(analyse):
    found = orgs(analyse, "Un détachement belge de cent soldats participe depuis mars à la présence avancée "
                          "renforcée de l'OTAN en Estonie.")
    assert found.get("présence avancée renforcée") == "présence avancée renforcée"
    assert found.get("OTAN") == "OTAN"  # the Alliance named after it stays its own entity


def test_the_forward_presence_written_in_english_is_the_same_body(analyse):
    found = orgs(analyse, "Le ministre a rendu visite aux soldats engagés dans la mission enhanced Forward "
                          "Presence (eFP) en Estonie.")
    assert set(found.values()) == {"enhanced Forward Presence"}  # one body, under the name the text writes
    assert "Forward Presence" not in found


def test_a_reinforced_presence_of_a_country_is_no_body(analyse):
    found = orgs(analyse, "La France a maintenu une présence militaire renforcée en Estonie depuis mars, selon "
                          "le ministre.")
    assert "présence avancée renforcée" not in found.values()


# -- the outlet's masthead, the page's first short line, is no body of the story ---------------------------------

BODY = "Le ministre de la Défense a reçu mardi son homologue belge à Paris pour parler des blindés."


def test_an_outlets_name_over_the_page_is_no_body(analyse):
    for masthead, name in (("L'Union Républicaine", "Union Républicaine"), ("Le Monde Arabe", "Monde Arabe")):
        doc = analyse(f"{masthead}\n{page(BODY)}")
        assert name not in {e.text for e in doc.ents if e.label_ == "ORG"}


def test_a_body_of_the_lists_over_its_own_page_stays(analyse):
    doc = analyse(f"Ministère des Armées\n{page(BODY)}")
    assert any(e.label_ == "ORG" and e.start_char == 0 for e in doc.ents)
