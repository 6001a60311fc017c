"""Countries of officials, round 38: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def countries(analyse, body: str) -> dict[str, str]:
    doc = analyse(page(body))
    return {p["key"]: p["country"] for p in doc._.officials}


# -- a state sends its own official: the country subject of a verb of sending is the title's ---------------

def test_the_official_a_country_sends_is_of_that_country(analyse):
    found = countries(analyse, "Le sommet s'est ouvert lundi à Lomé. Le Portugal avait dépêché le ministre "
                               "délégué chargé de la Coopération, Rui Valente.")
    assert found.get("valente") == "Portugal"


def test_the_official_a_country_does_not_send_is_still_its_own(analyse):
    found = countries(analyse, "Le sommet s'est ouvert lundi à Lomé. L'Autriche n'a pas envoyé cette année son "
                               "ministre de la Défense, Karl Brunner, se contentant d'une délégation.")
    assert found.get("brunner") == "Autriche"


def test_the_official_a_person_sends_gets_no_country_from_the_verb(analyse):
    found = countries(analyse, "Le sommet s'est ouvert lundi à Lomé. Le secrétaire général avait dépêché le "
                               "ministre délégué chargé de la Coopération, Rui Valente.")
    assert found.get("valente") != "Portugal"


# -- a country represented by an official: the parse's subject, when an apposition stands between ---------

def test_the_agent_of_a_country_represented_over_an_apposition_is_of_that_country(analyse):
    found = countries(analyse, "Le forum s'est tenu lundi à Lomé. Le Portugal, partenaire de l'organisation, "
                               "était représenté par le secrétaire d'État chargé de la Coopération, Rui Valente.")
    assert found.get("valente") == "Portugal"


def test_the_agent_of_a_forum_represented_gets_no_country(analyse):
    found = countries(analyse, "Le forum s'est tenu lundi à Lomé. Le comité, partenaire de l'organisation, "
                               "était représenté par le secrétaire d'État chargé de la Coopération, Rui Valente.")
    assert found.get("valente") != "Portugal"


# -- a list of counterparts by demonym: a listed name may come with its rank or title ----------------------

def test_each_listed_counterpart_takes_his_demonym_over_the_rank_of_the_one_before(analyse):
    found = countries(analyse, "Le président Karl Brunner a reçu samedi ses homologues malien, le colonel Amadou "
                               "Diarra, togolais, Kofi Mensah, et gabonais, Paul Ndong.")
    assert (found.get("diarra"), found.get("mensah"), found.get("ndong")) == ("Mali", "Togo", "Gabon")


def test_a_name_after_the_list_takes_no_demonym_of_it(analyse):
    found = countries(analyse, "Le président Karl Brunner a reçu samedi ses homologues malien, le colonel Amadou "
                               "Diarra, puis le Premier ministre Kofi Mensah.")
    assert found.get("diarra") == "Mali" and found.get("mensah") != "Mali"


# -- a head of state of no stated country, in a story of one country: that country's, unless his title's
# -- own place says another (`président de la transition au Togo`) ------------------------------------------

def outlet(body: str) -> str:
    return ("Le Matin du Mali\nAccueil | Mali | Politique | Sécurité | Société\n\nSommet de l'Alliance à Bamako\n\n"
            + body)


def officials_of(analyse, text: str) -> dict[str, str]:
    return {p["key"]: p["country"] for p in analyse(text)._.officials}


def test_a_head_of_a_transition_in_a_story_of_one_country_is_of_it(analyse):
    found = officials_of(analyse, outlet("Le capitaine Kofi Mensah, président de la transition, a reçu samedi "
                                         "les ministres de la région."))
    assert found.get("mensah") == "Mali"


def test_a_head_of_state_in_a_story_of_one_country_is_of_it(analyse):
    found = officials_of(analyse, outlet("Le chef de l'État, Amadou Diarra, a reçu samedi les ministres de la "
                                         "région."))
    assert found.get("diarra") == "Mali"


def test_a_head_of_a_transition_whose_title_names_another_country_is_not_of_the_story(analyse):
    found = officials_of(analyse, outlet("Le général Amadou Diarra, président de la transition, a reçu samedi le "
                                         "capitaine Kofi Mensah, président de la transition au Togo."))
    assert found.get("diarra") == "Mali" and found.get("mensah") != "Mali"
