"""Country of officials, round 49: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def countries(analyse, body: str) -> dict[str, str]:
    doc = analyse(page(body))
    return {p["name"]: p["country"] for p in doc._.officials}


# -- `X du Mali`, `X de la Guinée-Bissau`: a country with `de` right after a name says the person's country,
# whether the name has a title (`le président X du Tchad`, read already), a rank only, or nothing before it ---

def test_a_ranked_name_followed_by_de_and_a_country_is_of_that_country(analyse):
    found = countries(analyse, "Le ministre ivoirien de la Défense a reçu jeudi à Abidjan ses homologues de la "
                               "région, dont le colonel Amadou Sangaré du Mali et le général Issa Kountché du Niger.")
    assert found["Amadou Sangaré"] == "Mali"
    assert found["Issa Kountché"] == "Niger"


def test_untitled_names_listed_each_with_de_and_his_country(analyse):
    found = countries(analyse, "Plusieurs dirigeants africains ont assisté samedi à l'ouverture du sommet : "
                               "Paulo Mabunda de l'Angola, Koffi Atsu du Togo et Moussa Keïta de la Guinée-Bissau.")
    assert found["Paulo Mabunda"] == "Angola"
    assert found["Koffi Atsu"] == "Togo"
    assert found["Moussa Keïta"] == "Guinée-Bissau"


def test_a_name_followed_by_de_and_a_body_gets_no_country_from_it(analyse):
    found = countries(analyse, "Plusieurs responsables ont assisté samedi à la cérémonie d'ouverture du sommet : "
                               "Paulo Mabunda de la Banque mondiale et Koffi Atsu du Togo.")
    assert found["Paulo Mabunda"] == ""
    assert found["Koffi Atsu"] == "Togo"


def test_a_name_followed_by_de_and_a_country_inside_a_longer_phrase_gets_no_country(analyse):
    found = countries(analyse, "Le rapport de Koffi Atsu de la Guinée voisine sur les frontières a été remis "
                               "au ministre ivoirien de la Défense.")
    assert found.get("Koffi Atsu", "") != "Guinée"
