"""Country of officials, round 30: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def countries(analyse, text: str) -> dict[str, str]:
    doc = analyse(text)
    return {o["key"]: o["country"] for o in doc._.officials}


# -- the suite of a qualified official (`le chef de la diplomatie turque était accompagné de X`) -----------

def test_the_companions_of_a_qualified_official_take_his_country(analyse):
    found = countries(analyse, page(
        "Le chef de la diplomatie égyptienne était accompagné du ministre de la Production militaire, "
        "Mohamed Salah el-Din, et du ministre de l'Industrie, Kamel el-Wazir, lors de sa tournée à Luanda."))
    assert any(c == "Égypte" for k, c in found.items() if "din" in k)
    assert any(c == "Égypte" for k, c in found.items() if "wazir" in k)


def test_an_apposed_participle_of_company_gives_the_country_too(analyse):
    found = countries(analyse, page(
        "Le ministre chilien de la Défense, accompagné du général Ricardo Martínez, a visité mardi le port "
        "de Callao."))
    assert any(c == "Chili" for k, c in found.items() if "martinez" in k)


def test_one_who_accompanies_a_qualified_official_is_not_given_his_country(analyse):
    found = countries(analyse, page(
        "Le général Ricardo Martínez accompagnait le ministre chilien de la Défense lors de sa visite mardi "
        "au port de Callao."))
    assert all(c != "Chili" for k, c in found.items() if "martinez" in k)


# -- a menu that lists several countries is a regional outlet's, not one country's --------------------------

REGIONAL = ("Gazette du Fleuve\nL'actualité de l'Afrique de l'Ouest\nAccueil | Guinée | Sénégal | Gambie | Sport\n\n"
            "Le ministre de la Défense, Moussa Diakhaté, a inspecté jeudi la base navale de Kamsar.\n")


def test_a_menu_row_of_countries_gives_no_country_to_a_bare_title(analyse):
    found = countries(analyse, REGIONAL)
    assert found.get("moussa-diakhate", found.get("diakhate")) != "Guinée"


def test_a_menu_opening_on_one_country_still_gives_its_country(analyse):
    found = countries(analyse, REGIONAL.replace("Guinée | Sénégal | Gambie", "Guinée | Politique | Économie"))
    assert "Guinée" in found.values()


# -- a demonym after `en` names a language, not the outlet's country ------------------------------------------

OUTLET = ("RTX Info | La radio internationale {}\nMonde | Économie | Culture\n\n"
          "La ministre des Affaires étrangères, Ingrid Solberg, a reçu jeudi son homologue letton à Oslo.\n")


def test_a_language_on_the_outlet_line_is_no_country(analyse):
    found = countries(analyse, OUTLET.format("en français"))
    assert all(c != "France" for c in found.values())


def test_a_demonym_on_the_outlet_line_still_is_its_country(analyse):
    found = countries(analyse, OUTLET.format("française"))
    assert any(c == "France" for k, c in found.items() if "solberg" in k)


# -- `congolais` in a story that names the Republic of the Congo more than the DRC ---------------------------

def test_congolais_in_a_brazzaville_story_is_of_the_republic_of_the_congo(analyse):
    found = countries(analyse, page(
        "Le ministre congolais de la Défense, Alain Mbemba, a reçu lundi à Brazzaville une délégation "
        "angolaise. Les deux pays ont signé un accord de coopération au siège de la Marine à Pointe-Noire."))
    assert any(c == "Congo" for k, c in found.items() if "mbemba" in k)


def test_congolais_in_a_kinshasa_story_stays_of_the_drc(analyse):
    found = countries(analyse, page(
        "Le ministre congolais de la Défense, Alain Mbemba, a reçu lundi à Kinshasa une délégation "
        "angolaise. Les deux pays ont signé un accord de coopération à Kinshasa, face à Brazzaville."))
    assert any(c == "République démocratique du Congo" for k, c in found.items() if "mbemba" in k)


# -- the leader met in a clause of place (`à Ottawa, où il rencontrera le premier ministre X`) ---------------

def test_a_leader_met_in_a_clause_of_place_is_of_that_place(analyse):
    found = countries(analyse, page(
        "La ministre Ingrid Solberg a quitté Oslo jeudi. Elle est attendue vendredi à Ottawa, où elle doit "
        "s'entretenir avec le premier ministre Mark Carney au sujet de l'Arctique."))
    assert any(c == "Canada" for k, c in found.items() if "carney" in k)


def test_a_place_named_after_the_relative_says_nothing_of_the_leader(analyse):
    found = countries(analyse, page(
        "La ministre Ingrid Solberg a quitté Oslo jeudi. Elle est attendue vendredi à Ottawa, où elle doit "
        "évoquer avec la presse la visite à Varsovie du premier ministre Mark Carney."))
    assert all(c != "Canada" for k, c in found.items() if "carney" in k)
