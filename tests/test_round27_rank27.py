"""Ranks and organisation entities, round 27: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def ranks(analyse, body: str) -> dict[str, str]:
    doc = analyse(page(body))
    return {o["name"]: o["rank"] for o in doc._.officials}


# -- a rank given by a promotion is the one the officer holds from then on ----------------------------------

def test_a_rank_given_au_grade_de_replaces_the_one_written_before_the_name(analyse):
    found = ranks(analyse, "Le colonel Étienne Marchal a été élevé au grade de général de brigade lors du "
                           "dernier conseil des ministres.")
    assert found.get("Étienne Marchal") == "général de brigade"


def test_a_promotion_still_planned_leaves_the_rank_held(analyse):
    found = ranks(analyse, "Le colonel Étienne Marchal devrait être élevé au grade de général de brigade lors du "
                           "prochain conseil des ministres.")
    assert found.get("Étienne Marchal") == "colonel"


def test_a_promotion_denied_leaves_the_rank_held(analyse):
    found = ranks(analyse, "Le colonel Étienne Marchal n'a pas été promu au grade de général de brigade, "
                           "contrairement à ses camarades.")
    assert found.get("Étienne Marchal") == "colonel"


def test_a_rank_as_the_bare_attribute_of_the_promotion_verb(analyse):
    found = ranks(analyse, "Le commandant Hugo Ferrand a été promu lieutenant-colonel par le général Yves Bonnet, "
                           "chef du commandement des forces terrestres.")
    assert found.get("Hugo Ferrand") == "lieutenant-colonel"
    assert found.get("Yves Bonnet") == "général"  # the one who promotes keeps his own rank


def test_a_rank_named_in_a_sentence_about_the_grade_gives_no_one_a_promotion(analyse):
    found = ranks(analyse, "Le colonel Étienne Marchal a rappelé que le grade de général d'armée reste le plus "
                           "élevé de la hiérarchie militaire.")
    assert found.get("Étienne Marchal") == "colonel"


# -- a plural subject names its officers in a list -----------------------------------------------------------

def test_promoted_officers_listed_after_a_colon(analyse):
    found = ranks(analyse, "Trois colonels ont été promus au grade de général de brigade : Marc Vidal, Luc Perrin "
                           "et Jean Fabre.")
    assert [found.get(n) for n in ("Marc Vidal", "Luc Perrin", "Jean Fabre")] == ["général de brigade"] * 3


def test_officers_listed_after_a_colon_for_a_promotion_to_come_keep_no_rank(analyse):
    found = ranks(analyse, "Trois colonels seront promus au grade de général de brigade : Marc Vidal, Luc Perrin "
                           "et Jean Fabre.")
    assert not any(found.get(n) for n in ("Marc Vidal", "Luc Perrin", "Jean Fabre"))


def test_promoted_officers_named_in_the_next_sentence_that_opens_a_list(analyse):
    found = ranks(analyse, "Deux autres colonels, membres de la junte, ont été élevés au grade de général de "
                           "division. Il s'agit du ministre de la Sécurité, Oumar Sangaré, et du chef d'état-major "
                           "de l'armée de l'Air, Boubacar Tall.")
    assert found.get("Oumar Sangaré") == "général de division"
    assert found.get("Boubacar Tall") == "général de division"


def test_people_of_a_next_sentence_that_lists_no_one_are_not_the_promoted(analyse):
    found = ranks(analyse, "Deux autres colonels, membres de la junte, ont été élevés au grade de général de "
                           "division. Le ministre de la Sécurité, Oumar Sangaré, a salué leur engagement.")
    assert not found.get("Oumar Sangaré")


# -- a portfolio of a minister's list is no organisation -------------------------------------------------------

def orgs(analyse, body: str) -> list[str]:
    return [e.text for e in analyse(page(body)).ents if e.label_ == "ORG"]


def test_a_portfolio_at_the_end_of_a_ministers_list_is_no_organisation(analyse):
    found = orgs(analyse, "Il a reçu jeudi le ministre des Affaires étrangères, de l'Intégration africaine et de "
                          "la Coopération, Moussa Traoré, pour un entretien sur la sécurité régionale.")
    assert not any(o.startswith("Coopération") for o in found)


def test_a_two_word_portfolio_of_the_list_is_no_organisation(analyse):
    found = orgs(analyse, "Elle a accueilli la ministre des Affaires étrangères, des Burkinabè de l'extérieur et "
                          "de la Coopération régionale, Awa Diallo, à son arrivée à l'aéroport.")
    assert "Coopération régionale" not in found


def test_a_body_named_right_after_a_commissioner_stays_an_organisation(analyse):
    found = orgs(analyse, "Le commissaire de la Cédéao chargé des affaires politiques, Paul Mensah, a présidé "
                          "la séance d'ouverture à Lomé.")
    assert "Cédéao" in found


# -- a name of the lists after a capitalised adjective is part of another name ----------------------------------

def test_a_listed_name_after_a_capitalised_adjective_is_not_the_listed_body(analyse):
    found = orgs(analyse, "Le traité a été ratifié par la Grande Assemblée nationale à Ankara au terme d'un long "
                          "débat.")
    assert "Assemblée nationale" not in found


def test_the_listed_body_after_a_lower_case_adjective_stays(analyse):
    found = orgs(analyse, "Le traité a été ratifié par la nouvelle Assemblée nationale au terme d'un long débat.")
    assert "Assemblée nationale" in found


# -- a name set before an apposition headed by a machine noun is a machine -------------------------------------

def test_a_name_before_an_apposition_naming_an_aircraft_is_no_organisation(analyse):
    found = orgs(analyse, "Le ministre a longuement parlé du Kestrel, l'avion de combat que l'armée de l'Air "
                          "convoite depuis des années.")
    assert "Kestrel" not in found


def test_a_body_before_an_apposition_naming_no_machine_stays(analyse):
    found = orgs(analyse, "Le ministre a longuement parlé avec Thales, le groupe d'électronique qui fournit les "
                          "radars de la flotte.")
    assert "Thales" in found
