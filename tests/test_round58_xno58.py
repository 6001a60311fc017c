"""Organisations, round 58: a body whose name is headed by `Organisation`, written with its capital inside the
sentence and followed by its demonym or its `de`/`pour`-phrase (`l'Organisation indienne de recherche spatiale`).
Texts of our own, each with a counter-example: the lower-case noun is the act of organising, no body."""

from __future__ import annotations

HEADER = "Actualités de la défense\n\n"


def orgs(doc) -> list[str]:
    return [e.text for e in doc.ents if e.label_ == "ORG"]


def test_an_organisation_named_by_its_demonym_and_its_field(analyse):
    doc = analyse(HEADER + "Le lanceur a été mis au point par l'Organisation indienne de recherche spatiale, "
                           "a indiqué mardi le ministère.")
    assert "Organisation indienne de recherche spatiale" in orgs(doc)


def test_an_organisation_named_before_its_acronym(analyse):
    doc = analyse(HEADER + "Le contrat a été notifié jeudi par l'Organisation arabe pour l'industrialisation "
                           "(AOI), qui assemblera les blindés au Caire.")
    assert "Organisation arabe pour l'industrialisation" in orgs(doc)


def test_an_organisation_of_states_on_a_river(analyse):
    doc = analyse(HEADER + "Le chef d'état-major a reçu lundi à Dakar les représentants de l'Organisation pour "
                           "la mise en valeur du fleuve Gambie.")
    assert any(o.startswith("Organisation pour la mise en valeur du fleuve Gambie") for o in orgs(doc))


def test_an_organisation_of_industries_with_its_country(analyse):
    doc = analyse(HEADER + "Les drones seront produits sous licence par l'Organisation des industries de défense "
                           "du Soudan, selon le ministre.")
    assert any(o.startswith("Organisation des industries de défense") for o in orgs(doc))


def test_an_organisation_of_research_with_two_fields(analyse):
    doc = analyse(HEADER + "Le missile a été conçu par l'Organisation nationale de recherche et développement "
                           "pour la défense, a précisé le ministre.")
    assert "Organisation nationale de recherche et développement pour la défense" in orgs(doc)


def test_the_act_of_organising_is_no_body(analyse):
    """Counter-examples: the lower-case noun, or the head opening the sentence, names no body."""
    doc = analyse(HEADER + "Le ministre a salué l'organisation de la conférence des chefs de la défense par la "
                           "Marine. Organisation des secours : le préfet a réuni jeudi les services de l'État.")
    assert not [o for o in orgs(doc) if o.lower().startswith("organisation")]


def test_the_organisation_alone_names_none_of_its_own(analyse):
    """Counter-example: `l'Organisation` alone points back to a body named before."""
    doc = analyse(HEADER + "Le secrétaire général de l'OTAN a reçu vendredi le ministre. L'Organisation a "
                           "rappelé mardi son soutien à Kiev.")
    assert not [o for o in orgs(doc) if o.startswith("Organisation")]


def test_lower_case_organisations_with_an_adjective_name_none(analyse):
    """Counter-example: `les organisations patronales`, `l'organisation conjointe de l'exercice` describe."""
    doc = analyse(HEADER + "Le ministre a reçu jeudi les organisations patronales. L'organisation conjointe de "
                           "l'exercice « Tigre » revient à l'armée de Terre.")
    assert not [o for o in orgs(doc) if o.lower().startswith("organisation")]
