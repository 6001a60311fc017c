"""Officials' organisation, round 58 (second pass): a title whose complement is a definite article and a
common noun standing for a body (`le PDG du groupe`, `le directeur général de l'agence`, `la vice-présidente
de la commission`) belongs to the one body of that kind the story names before it; two of that kind, or a body
of another kind, name none. Texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def organisations(analyse, body: str) -> dict[str, str]:
    return {p["name"]: p["organisation"] for p in analyse(page(body))._.officials}


# -- a noun of a firm: the one company named before ------------------------------------------------------

def test_the_ceo_of_the_group_is_of_the_one_company_visited(analyse):
    found = organisations(analyse, "Le ministre des Armées a visité jeudi le site de Thales à Cholet, où il a été "
                                   "accueilli par le PDG du groupe, Patrice Caine.")
    assert found["Patrice Caine"] == "Thales"


def test_the_head_of_the_missile_maker_is_of_the_one_company_named(analyse):
    found = organisations(analyse, "MBDA a présenté mardi au salon Eurosatory un nouveau missile antichar. "
                                   "Le directeur général du missilier, Éric Béranger, a promis une montée en "
                                   "cadence.")
    assert found["Éric Béranger"] == "MBDA"


def test_the_chairman_of_the_shipbuilder_in_a_later_sentence(analyse):
    found = organisations(analyse, "Naval Group a mis à l'eau jeudi à Cherbourg le quatrième sous-marin de la "
                                   "classe Suffren. La cérémonie s'est déroulée en présence du président-directeur "
                                   "général de l'industriel, Pierre Éric Pommellet.")
    assert found["Pierre Éric Pommellet"] == "Naval Group"


def test_the_ceo_of_the_group_with_two_companies_named_is_of_none(analyse):
    found = organisations(analyse, "Thales et Safran ont signé jeudi un accord de coopération à Paris. Le PDG du "
                                  "groupe, Patrice Caine, a salué une étape importante.")
    assert found["Patrice Caine"] == ""


def test_a_body_of_another_kind_is_no_company(analyse):
    found = organisations(analyse, "Le ministre a été reçu jeudi au siège de l'OTAN à Bruxelles. Le PDG du "
                                   "groupe, Patrice Caine, était également présent.")
    assert found["Patrice Caine"] == ""


# -- a noun of a kind of body: the one body of that kind named before -------------------------------------

def test_the_director_general_of_the_agency_is_of_the_one_agency_named(analyse):
    found = organisations(analyse, "Le ministre s'est rendu jeudi à Vienne, au siège de l'Agence internationale "
                                   "de l'énergie atomique, où il a été reçu par le directeur général de l'agence, "
                                   "Rafael Grossi.")
    assert found["Rafael Grossi"] == "Agence internationale de l'énergie atomique"


def test_the_director_of_the_organisation_is_of_the_one_international_organisation(analyse):
    found = organisations(analyse, "Le ministre a ensuite gagné Genève pour une visite au Comité international de "
                                   "la Croix-Rouge. Il y a été accueilli par le directeur général de "
                                   "l'organisation, Pierre Krähenbühl.")
    assert found["Pierre Krähenbühl"] == "Comité international de la Croix-Rouge"


def test_a_noun_with_an_adjective_after_it_names_another_body(analyse):
    found = organisations(analyse, "Thales a livré jeudi un radar à l'armée de l'Air et de l'Espace. Le patron de "
                                   "la société paramilitaire, Evgueni Prigojine, était absent.")
    assert found.get("Evgueni Prigojine", "") == ""
