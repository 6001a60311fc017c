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


# -- `X était accompagné de son ministre Y`: one of a person's suite, with no country of his own, is of that
# person's country ----------------------------------------------------------------------------------------

def test_the_minister_accompanying_a_president_is_of_his_country(analyse):
    found = countries(analyse, "Paul Mba, président du Gabon, était accompagné de son ministre de la Défense, "
                               "Serge Ndong, lors de sa visite à Paris.")
    assert found["Serge Ndong"] == "Gabon"


def test_the_suite_takes_the_country_said_of_the_person_in_another_sentence(analyse):
    found = countries(analyse, "Le président gabonais Paul Mba est arrivé lundi à Rome pour une visite de deux "
                               "jours. Paul Mba était accompagné de sa ministre des Affaires étrangères, Marie Nzé, "
                               "et de hauts responsables.")
    assert found["Marie Nzé"] == "Gabon"


def test_the_agent_of_a_participle_of_receiving_is_not_of_the_suite(analyse):
    found = countries(analyse, "Paul Mba, président du Gabon, a été reçu lundi à Paris par le ministre de la "
                               "Défense, Serge Ndong.")
    assert found["Serge Ndong"] != "Gabon"
