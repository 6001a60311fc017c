"""Organisations, round 61: a minister's portfolio written with its capital is no body, also after `chargé de`
(one word alone: `chargée des Outre-mer`) and after the nouns that hold a portfolio as a role does (grammar.yml
`portfolio_holders`: `sa collègue de la Coopération`, `le portefeuille de l'Intérieur`), and over a portfolio of
the list the model read as a place (`de la Francophonie`); a staff named after the
force it commands (relations.yml `staff_heads`: `l'état-major de l'armée de Terre`) states no PART_OF of that force
(one another country qualifies keeps its country's), while a committee or a division of a body still does. Texts
of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def orgs(analyse, body: str) -> list[str]:
    return [e.text for e in analyse(page(body)).ents if e.label_ == "ORG"]


def parts(analyse, body: str) -> list[tuple[str, str]]:
    return [(r["subject"], r["object"]) for r in analyse(page(body))._.relations or []
            if r["relation"] == "PART_OF"]


# -- a portfolio is no organisation --------------------------------------------------------------------------

def test_one_word_portfolio_after_charge_is_no_body(analyse):
    # `Outre-mer`: a portfolio the minister is `chargée de` -> no ORG, no MEMBER_OF
    found = orgs(analyse, "Le ministre des Armées et la ministre déléguée chargée des Outre-mer, Claire Lemoine, "
                          "sont arrivés jeudi à Papeete.")
    assert "Outre-mer" not in found


def test_portfolio_of_a_colleague_is_no_body(analyse):
    # `sa collègue de la Coopération au développement` -> no ORG
    found = orgs(analyse, "La ministre ne se rendra pas au Mali, où elle devait rejoindre sa collègue de la "
                          "Coopération au développement, Anne Vermeulen, pour une visite de trois jours.")
    assert "Coopération au développement" not in found


def test_portfolios_listed_after_portefeuille_are_no_bodies(analyse):
    # `le portefeuille de l'Intérieur, des Collectivités locales` -> neither is an ORG
    found = orgs(analyse, "M. Karim Belkacem conserve le portefeuille de l'Intérieur, des Collectivités locales et "
                          "de l'Aménagement du territoire.")
    assert "Intérieur" not in found and "Collectivités locales" not in found


def test_portfolio_listed_after_one_the_model_read_as_a_place_is_no_body(analyse):
    # `de la Francophonie` (a place to the model) goes on the list of portfolios -> no ORG
    found = orgs(analyse, "La France était représentée par la secrétaire d'Etat chargée du Développement, de la "
                          "Francophonie et des Partenariats internationaux, Claire Dumont.")
    assert "Partenariats internationaux" not in found


def test_a_body_after_a_place_with_no_role_before_stays(analyse):
    # counter-example: no role, no portfolio noun before the list -> the federation stays an ORG
    found = orgs(analyse, "Des élus de la Moselle et de la Fédération nationale des anciens combattants ont "
                          "assisté à la cérémonie.")
    assert "Fédération nationale des anciens combattants" in found


def test_a_body_after_a_colleague_noun_in_capitals_stays(analyse):
    # counter-example: an acronym is a name, not a portfolio (`_portfolio_words`) -> OTAN stays an ORG
    found = orgs(analyse, "Le général Paul Martin a retrouvé à Mons ses collègues de l'OTAN pour une réunion.")
    assert "OTAN" in found


def test_a_body_directed_is_no_portfolio(analyse):
    # counter-example: a director's complement is a body, even after `chargé de` is absent -> kept
    found = orgs(analyse, "Le directeur général de la Police grand-ducale, Marc Weber, a reçu la délégation.")
    assert any("Police grand-ducale" in o for o in found)


# -- a staff is the command of its force, not a part the text states ---------------------------------------

def test_staff_of_the_army_is_no_part_of_it(analyse):
    # `l'état-major de l'armée de Terre` -> no PART_OF armée de Terre
    found = parts(analyse, "Le colonel Hugo Ferrand rejoindra cet été l'état-major de l'armée de Terre à Paris.")
    assert not any(s.lower().startswith("état-major") for s, _ in found)


def test_staff_of_the_navy_is_no_part_of_it(analyse):
    # `l'état-major de la Marine nationale` -> no PART_OF Marine nationale
    found = parts(analyse, "Une délégation de l'état-major de la Marine nationale a été reçue jeudi à Dakar.")
    assert not any(s.lower().startswith("état-major") for s, _ in found)


def test_staff_of_a_force_another_country_qualifies_keeps_its_country(analyse):
    # counter-example: `de l'armée de l'Air ivoirienne` -> the staff is placed with that country's force (round 58)
    found = parts(analyse, "Le général Yves Mercier a été reçu mardi à l'état-major de l'armée de l'Air ivoirienne "
                           "à Abidjan.")
    assert ("état-major de l'armée de l'Air ivoirienne", "armée de l'Air ivoirienne") in found


def test_committee_of_a_body_is_still_part_of_it(analyse):
    # counter-example: `le comité directeur de l'Agence européenne de défense` -> PART_OF the agency
    found = parts(analyse, "Le comité directeur de l'Agence européenne de défense s'est réuni lundi à Bruxelles.")
    assert ("comité directeur de l'Agence européenne de défense", "Agence européenne de défense") in found
