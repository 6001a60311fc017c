"""Organisations, round 59: a body of the lists is named as the text writes it. Where the text never writes
the lists' canonical name, every mention takes the fullest of the listed names it does write (an expansion
before an acronym); where it writes the canonical name, or none of the names, the canonical name stays.
Texts of our own, each class with counter-examples."""

from __future__ import annotations

from conftest import page


def org_names(analyse, body: str) -> set[str]:
    return {e._.normalized for e in analyse(page(body)).ents if e.label_ == "ORG"}


def organisation_of(analyse, body: str, surname: str) -> str:
    doc = analyse(page(body))
    return next(p["organisation"] for p in doc._.officials if p["key"] == surname)


# -- an acronym or a short name the text writes alone is the body's name -------------------------------------

def test_an_armed_group_named_by_its_arabic_acronym_keeps_it(analyse):
    names = org_names(analyse, "Les frappes de la coalition ont visé mardi des positions de Daech dans l'est de "
                               "la Syrie, a indiqué l'état-major.")
    assert "Daech" in names and "État islamique" not in names


def test_a_regional_community_named_by_its_acronym_alone(analyse):
    names = org_names(analyse, "Les chefs d'État de la SADC se sont réunis jeudi à Harare pour examiner la "
                               "situation sécuritaire dans l'est de la République démocratique du Congo.")
    assert "SADC" in names and "Communauté de développement de l'Afrique australe" not in names


def test_a_nato_force_named_by_its_acronym_alone(analyse):
    names = org_names(analyse, "Le contingent autrichien de la KFOR a été renforcé cette semaine, a annoncé "
                               "le ministère autrichien de la Défense.")
    assert "KFOR" in names and "Force pour le Kosovo" not in names


def test_a_rebel_movement_named_by_its_plural(analyse):
    names = org_names(analyse, "Les Houthis ont revendiqué lundi une nouvelle attaque contre un navire "
                               "marchand en mer Rouge.")
    assert "Houthis" in names and "mouvement houthi" not in names


# -- the expansion the text writes wins the acronym, and every mention keeps that one name ------------------

def test_a_command_written_in_full_and_by_its_acronym_takes_the_written_expansion(analyse):
    doc = analyse(page("Le commandement américain pour l'Afrique (AFRICOM) a annoncé mercredi un exercice "
                       "conjoint au Maroc. L'AFRICOM y engagera près de 7 000 militaires."))
    names = {e._.normalized for e in doc.ents if e.label_ == "ORG" and e.text.endswith(("AFRICOM", "Afrique"))}
    assert names == {"commandement américain pour l'Afrique"}


def test_an_officials_organisation_follows_the_name_the_text_writes(analyse):
    assert organisation_of(analyse, "Le général Michael Kurilla, commandant du Centcom, a rencontré mardi à "
                                    "Beyrouth le chef de l'armée libanaise.", "kurilla") in ("CENTCOM", "Centcom")


# -- counter-examples: the canonical name stays --------------------------------------------------------------

def test_the_canonical_name_written_with_its_acronym_stays(analyse):
    names = org_names(analyse, "La Communauté de développement de l'Afrique australe (SADC) a prolongé "
                               "sa mission au Mozambique. La SADC y déploie 2 000 soldats.")
    assert names >= {"Communauté de développement de l'Afrique australe"} and "SADC" not in names


def test_a_ministry_named_without_its_country_stays_the_generic_body(analyse):
    names = org_names(analyse, "Le ministère de la Défense a confirmé jeudi la livraison de douze "
                               "hélicoptères à l'armée de l'Air.")
    assert "ministère de la Défense" in names


def test_two_bodies_of_one_kind_keep_their_own_names(analyse):
    names = org_names(analyse, "Le Centcom et l'AFRICOM ont coordonné leurs moyens de surveillance au-dessus "
                               "de la mer Rouge et de la Corne de l'Afrique.")
    assert {"CENTCOM", "AFRICOM"} <= names
