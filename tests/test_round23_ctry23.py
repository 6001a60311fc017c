"""Officials' countries (round 23, `people.py` `open`/`finish`/`_own_country`, `appositions.py`): a head of
state's bare title in a text that writes the same title for France, the outlet's country in its masthead,
an apposition that is the subject of the main clause, `son homologue de [country]`. Texts of our own, each
behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def country(doc, key: str) -> str:
    return next(p["country"] for p in doc._.officials if p["key"] == key)


# --- a bare national title against the same title qualified for France ----------------------------------

ABROAD = ("Le Président de la République, M. Karim Benali, a reçu le Président de la République française, "
          "M. Paul Durand, au palais présidentiel d'Alger. La coopération entre l'Algérie et la France a dominé "
          "les entretiens. Les deux chefs d'État ont ensuite visité Oran, deuxième ville de l'Algérie.")


def test_a_bare_head_of_state_title_against_the_french_one_is_the_story_country(analyse):
    doc = analyse(page(ABROAD))
    assert country(doc, "benali") == "Algérie"
    assert country(doc, "durand") == "France"


def test_a_bare_head_of_state_title_in_a_french_story_stays_french(analyse):
    doc = analyse(page("Le président de la République, Paul Durand, a reçu à l'Élysée le président algérien "
                       "Karim Benali. La coopération entre l'Algérie et la France a dominé les entretiens, avant "
                       "une visite prévue à Oran et à Alger."))
    assert country(doc, "durand") == "France"
    assert country(doc, "benali") == "Algérie"


def test_a_french_counterpart_alone_does_not_make_a_french_text_foreign(analyse):
    doc = analyse(page("Le ministre des Armées, Paul Girard, a visité Madrid. Le ministre de la Défense espagnol, "
                       "Javier Ruiz, avait été reçu en janvier à Paris par son homologue français. L'Espagne et "
                       "Madrid ont salué la visite."))
    assert country(doc, "girard") == "France"


# --- the outlet's country named in its masthead --------------------------------------------------------------

def outlet_page(outlet: str) -> str:
    return (f"{outlet}\nAccueil | Politique | Economie | Sport\n\nSécurité : le Conseil des ministres se penche "
            "sur les frontières\n\nPublié le 12 mars 2024\n\nLe Président de la République, Moussa Issoufou, a "
            "présidé hier le Conseil des ministres consacré à la sécurité.\n")


def test_a_country_named_in_the_masthead_is_the_story_country(analyse):
    assert country(analyse(outlet_page("Le Courrier du Niger")), "issoufou") == "Niger"


def test_a_masthead_without_a_country_leaves_the_default(analyse):
    assert country(analyse(outlet_page("Le Courrier du Soir")), "issoufou") == "France"


# --- an apposition that is the subject of the main clause ------------------------------------------------------

def test_a_noun_phrase_before_a_clitic_and_its_verb_is_no_apposition(analyse):
    doc = analyse(page("Dès son arrivée à l'aéroport, où il a été accueilli par le ministre Jean Dupuis, le chef de "
                       "l'État sénégalais s'est rendu au monument aux morts."))
    assert country(doc, "dupuis") != "Sénégal"


def test_an_apposition_closed_by_a_comma_describes_the_name(analyse):
    doc = analyse(page("Nous avons rencontré Amadou Sy, le chef d'état-major sénégalais, qui s'est rendu au "
                       "monument aux morts."))
    assert country(doc, "sy") == "Sénégal"


# --- `son homologue de [country]` -------------------------------------------------------------------------

def test_a_counterpart_of_a_named_country_is_of_that_country(analyse):
    doc = analyse(page("Le ministre de la Défense, Jean Martin, et son homologue de la République démocratique du "
                       "Congo, Pierre Ngoma, ont signé un accord de coopération."))
    assert country(doc, "ngoma") == "République démocratique du Congo"


def test_a_counterpart_with_no_country_gets_none(analyse):
    doc = analyse(page("Le ministre de la Défense, Jean Martin, et son homologue, Pierre Ngoma, ont signé un "
                       "accord de coopération."))
    assert country(doc, "ngoma") == ""


# --- a title with a demonym for the one holder of a title it stands for --------------------------------------

def test_a_head_of_state_with_a_demonym_names_the_transition_president(analyse):
    doc = analyse(page("Les ministres ont été reçus au palais par le président de la Transition, le colonel Ibrahim "
                       "Keita. Selon la présidence, le chef de l'État guinéen a salué leur travail."))
    assert country(doc, "keita") == "Guinée"


def test_a_head_of_state_with_a_demonym_is_not_an_other_kind_of_president(analyse):
    doc = analyse(page("Les ministres ont été reçus par le président du comité d'organisation, Ibrahim Keita. "
                       "Selon la presse, le chef de l'État guinéen a salué leur travail."))
    assert country(doc, "keita") == ""
