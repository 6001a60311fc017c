"""Titles in stories of two leaders, round 51: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def roles(analyse, body: str, **kw) -> dict[str, str]:
    doc = analyse(page(body, **kw))
    return {o["name"]: o["role"] for o in doc._.officials}


# -- `du T1 et de la T2, X`: `de` said again before a title opens another person's description ------------

def test_a_title_after_de_said_again_is_another_persons(analyse):
    found = roles(analyse, "Le général Paul Mercier a visité la base, accompagné du chef d'état-major "
                           "tchadien et de la ministre des Armées, Claire Dubois.")
    assert found.get("Claire Dubois", "").startswith("ministre")


def test_a_second_title_with_au_said_again_is_another_persons(analyse):
    found = roles(analyse, "Le président a écrit au Premier ministre belge et à la ministre de la Défense, "
                           "Ludivine Martens, pour les remercier.")
    assert found.get("Ludivine Martens", "").startswith("ministre")


def test_a_portfolio_after_de_said_again_goes_on_with_the_title(analyse):
    found = roles(analyse, "Le texte a été présenté par le ministre de l'Économie et de la Souveraineté "
                           "industrielle, Jean Lafont, devant les députés.")
    assert found.get("Jean Lafont", "").startswith("ministre")


def test_a_portfolio_after_des_goes_on_with_the_title(analyse):
    found = roles(analyse, "La cérémonie était présidée par la ministre des Armées et des Anciens combattants, "
                           "Sophie Renard, en présence des familles.")
    assert found.get("Sophie Renard", "").startswith("ministre")


# -- `X et Y ... le T1 et le T2`: titles joined by `et` refer back to the names in their order ---------------

def test_joined_titles_refer_back_to_joined_names_in_order(analyse):
    found = roles(analyse, "Samuel Okoro et Tomas Lindqvist se sont retrouvés jeudi à Abuja pour parler de "
                           "sécurité maritime. Le président nigérian et le Premier ministre suédois ont signé "
                           "un accord de coopération navale.")
    assert found.get("Samuel Okoro") == "président" and found.get("Tomas Lindqvist") == "Premier ministre"


def test_joined_titles_refer_back_in_the_other_order(analyse):
    found = roles(analyse, "Tomas Lindqvist et Samuel Okoro se sont retrouvés jeudi à Abuja pour parler de "
                           "sécurité maritime. Le Premier ministre suédois et le président nigérian ont signé "
                           "un accord de coopération navale.")
    assert found.get("Samuel Okoro") == "président" and found.get("Tomas Lindqvist") == "Premier ministre"


def test_a_title_alone_still_refers_back_to_the_one_named_before(analyse):
    found = roles(analyse, "Andrea Kovač a atterri jeudi à Zagreb pour parler de sécurité maritime. Le Premier "
                           "ministre croate a ensuite signé un accord de coopération navale.")
    assert found.get("Andrea Kovač") == "Premier ministre"
