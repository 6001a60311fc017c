"""The organisation of an official and ORG entities read from the structure of French (round 20,
`components/entities.py` company nouns, `components/affiliation.py` inverted relative of leading and a
bare armed service as a role's complement): texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import HEADLINE, page


def article(body: str, published: str = "14 mars 2024", headline: str = HEADLINE) -> str:
    return page(body, published, headline)


def orgs(doc) -> set[str]:
    return {e.text for e in doc.ents if e.label_ == "ORG"}


def official(doc, surname: str) -> dict:
    return next(p for p in doc._.officials if p["name"].endswith(surname))


# -- a name after a noun of a firm names a body ----------------------------------------------------------

def test_a_name_after_a_firm_noun_and_a_demonym_is_a_body(analyse):
    doc = analyse(article("Le ministre a reçu mardi le directeur général de la société suédoise Vektra, "
                          "M. Lars Ekdahl, venu présenter ses radars."))
    assert "Vektra" in orgs(doc)
    assert official(doc, "Ekdahl")["organisation"] == "Vektra"


def test_a_name_after_a_firm_noun_alone_is_a_body(analyse):
    doc = analyse(article("Ces blindés, construits par l'entreprise Halvorn, seront livrés en juin à l'armée."))
    assert "Halvorn" in orgs(doc)


def test_a_capitalised_word_after_no_firm_noun_is_no_body(analyse):
    doc = analyse(article("Ces blindés, construits près de Halvorn, seront livrés en juin à l'armée."))
    assert "Halvorn" not in orgs(doc)


# -- `l'état-major, que dirige le général X` -----------------------------------------------------------

def test_an_inverted_relative_of_leading_gives_the_body(analyse):
    doc = analyse(article("La réunion s'est tenue au siège de la direction du renseignement militaire, "
                          "que dirige le général Paul Verdier, en présence de plusieurs officiers."))
    assert "renseignement militaire" in official(doc, "Verdier")["organisation"]


def test_an_inverted_relative_of_another_verb_gives_nothing(analyse):
    doc = analyse(article("La réunion s'est tenue au siège de la direction du renseignement militaire, "
                          "que visitait le général Paul Verdier, en présence de plusieurs officiers."))
    assert "renseignement" not in official(doc, "Verdier")["organisation"]


# -- `chef d'état-major de la marine`: a bare armed service --------------------------------------------

def test_a_bare_service_after_a_role_is_the_holders(analyse):
    doc = analyse(article("Le vice-amiral Paul Verdier, chef d'état-major de la marine, a présenté mardi "
                          "son plan aux députés."))
    assert official(doc, "Verdier")["organisation"].lower() == "marine"


def test_the_plural_service_of_a_title_is_no_organisation(analyse):
    doc = analyse(article("Le général Paul Verdier, major général des armées, a présenté mardi son plan "
                          "aux députés."))
    assert official(doc, "Verdier")["organisation"].lower() != "armées"
