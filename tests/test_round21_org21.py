"""ORG entities read from the grammar of institutional names (round 21, org21: `components/lexicon.py`
numbered sites, `task force`, a name after the head's adjectives, a rank and a person in a `de`-phrase;
`components/entities.py` a name spelled by the acronym in brackets after it): texts of our own, each
behaviour with a counter-example."""

from __future__ import annotations

from conftest import HEADLINE, page


def article(body: str, published: str = "14 mars 2024", headline: str = HEADLINE) -> str:
    return page(body, published, headline)


def orgs(doc) -> set[str]:
    return {e.text for e in doc.ents if e.label_ == "ORG"}


def places(doc) -> list[str]:
    return [m["location"] for m in doc._.meetings]


# -- a base named by its number is the unit, even after a preposition of place ---------------------------

def test_a_numbered_base_after_sur_is_a_body(analyse):
    doc = analyse(article("La ministre des Armées s'est rendue jeudi sur la base aérienne 942 de Montverdun, "
                          "où elle a rencontré les aviateurs."))
    assert any(o.startswith("base aérienne 942") for o in orgs(doc))


def test_a_numbered_base_after_sur_is_still_the_meeting_place(analyse):
    doc = analyse(article("Le ministre des Armées, Paul Martin, a accueilli jeudi son homologue belge, Luc Peeters, "
                          "sur la base aérienne 942 de Montverdun."))
    assert any(p.startswith("base aérienne 942") for p in places(doc))


def test_a_base_named_by_its_town_after_sur_stays_a_place(analyse):
    doc = analyse(article("La ministre des Armées s'est rendue jeudi sur la base aérienne de Montverdun, "
                          "où elle a rencontré les aviateurs."))
    assert not any(o.startswith("base aérienne") for o in orgs(doc))


# -- `task force`, and a name after the head's adjectives ------------------------------------------------

def test_a_task_force_named_in_apposition_is_a_body(analyse):
    doc = analyse(article("Les commandos de la task force Jaguar ont quitté le pays en juin."))
    assert "task force Jaguar" in orgs(doc)


def test_a_bare_task_force_is_no_body(analyse):
    doc = analyse(article("Une task force a été créée pour suivre le dossier en juin."))
    assert not any("task force" in o for o in orgs(doc))


def test_a_name_after_a_regional_adjective_belongs_to_the_force(analyse):
    doc = analyse(article("Les soldats de la task force européenne Jaguar ont quitté le pays en juin."))
    assert "task force européenne Jaguar" in orgs(doc)


def test_a_name_after_a_national_demonym_is_not_read_with_the_force(analyse):
    doc = analyse(article("Les soldats de la force française Jaguar ont quitté le pays en juin."))
    assert "force française Jaguar" not in orgs(doc)


# -- `l'état-major du général X`: a person's staff, no body's name ----------------------------------------

def test_the_staff_of_a_general_named_is_no_body(analyse):
    doc = analyse(article("Selon l'état-major du général Paul Lambert, les derniers soldats sont partis en juin."))
    assert not any(o.startswith("état-major du général") for o in orgs(doc))


def test_a_staff_named_by_its_service_stays_a_body(analyse):
    doc = analyse(article("Selon l'état-major de la gendarmerie nationale, les derniers soldats sont partis en juin."))
    assert any(o.startswith("état-major de la gendarmerie") for o in orgs(doc))


# -- an acronym in brackets spells the name before it ----------------------------------------------------

def test_an_acronym_spells_a_name_with_its_coordinated_words(analyse):
    doc = analyse(article("Le chef de la junte dirige le Comité pour la Relance et la Sauvegarde des Ecoles (CRSE) "
                          "depuis le mois de mars."))
    assert "Comité pour la Relance et la Sauvegarde des Ecoles" in orgs(doc)


def test_an_acronym_passes_over_a_lower_case_common_noun(analyse):
    doc = analyse(article("Le ministre a parlé de l'Autorité pour la gestion du bassin du Niger (AGBN) avec ses "
                          "homologues en mars."))
    assert "Autorité pour la gestion du bassin du Niger" in orgs(doc)


def test_a_name_the_acronym_does_not_spell_is_not_extended(analyse):
    doc = analyse(article("Le ministre a parlé de la Relance et de la Sauvegarde des Ecoles (XYZ) avec ses "
                          "homologues en mars."))
    assert not any(o.startswith("Relance et") for o in orgs(doc))


def test_a_name_in_quotes_before_an_acronym_is_not_read_as_a_body(analyse):
    doc = analyse(article("Le contrat passe par le programme « Rapid Aerial Delivery » (RAD) signé en mars."))
    assert "Rapid Aerial Delivery" not in orgs(doc)


# -- an acronym in brackets after a person's full name: his party or group --------------------------------

def test_an_acronym_after_a_full_name_is_a_body(analyse):
    doc = analyse(article("Le ministre de la Défense, Jan Verbeke (K-VP), a rencontré mardi ses homologues."))
    assert "K-VP" in orgs(doc)


def test_a_word_in_brackets_after_a_name_is_no_body(analyse):
    doc = analyse(article("Le ministre de la Défense, Jan Verbeke (sortant), a rencontré mardi ses homologues."))
    assert not any("sortant" in o for o in orgs(doc))
