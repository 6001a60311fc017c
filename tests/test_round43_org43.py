"""The organisation of an official, round 43: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def officials(analyse, body: str) -> dict[str, tuple[str, str]]:
    doc = analyse(page(body))
    return {o["name"]: (o["role"], o["organisation"]) for o in doc._.officials}


# -- `le secrétaire général de l'Otan Mark Rutte`: a name written right after the body a title names ----------

def test_a_name_right_after_the_listed_body_of_a_title_is_its_holder(analyse):
    found = officials(analyse, "Le président a reçu jeudi au palais le secrétaire général de l'Otan Mark Rutte, "
                               "venu parler de l'aide à l'Ukraine.")
    assert found.get("Mark Rutte") == ("secrétaire général", "OTAN")


def test_the_holder_after_the_body_of_a_title_with_a_verb_after_him(analyse):
    found = officials(analyse, "Mardi, le commissaire de la CEDEAO Abdel-Fatau Musah est arrivé à Niamey pour une "
                               "mission de bons offices.")
    assert found.get("Abdel-Fatau Musah") == ("commissaire", "CEDEAO")  # the body as the text writes it


def test_capitalised_words_after_a_body_named_with_no_title_are_no_person(analyse):
    found = officials(analyse, "Le sommet de l'OTAN Vendredi Noir a commencé dans la matinée à La Haye.")
    assert "Vendredi Noir" not in found


def people(analyse, body: str) -> dict[str, tuple[str, str, str]]:
    doc = analyse(page(body))
    return {o["name"]: (o["rank"], o["role"], o["organisation"]) for o in doc._.officials}


# -- `le Commandement X, en présence de son commandant, l'amiral Y`: a possessive title leads the body of its kind

def test_a_possessive_commander_belongs_to_the_command_named_before_him(analyse):
    found = people(analyse, "La ministre a ouvert l'exercice avec le Commandement de l'espace, en présence de son "
                            "commandant, le général Philippe Adam.")
    assert found.get("Philippe Adam") == ("général", "commandant", "Commandement de l'espace")


def test_a_possessive_director_belongs_to_the_direction_named_before_him(analyse):
    found = people(analyse, "Le ministre a salué mardi le travail de la Direction du renseignement militaire et de "
                            "son directeur, le général Jacques Martin.")
    assert found.get("Jacques Martin", ("", "", ""))[1:] == (
        "directeur", "Direction du renseignement militaire")


def test_a_possessive_title_of_another_kind_takes_no_body(analyse):
    found = people(analyse, "La ministre a ouvert l'exercice avec le Commandement de l'espace, en présence de son "
                            "conseiller, Pierre Dupuis.")
    assert found.get("Pierre Dupuis", ("", "", ""))[2] == ""


def test_a_commandant_before_a_name_stays_a_rank(analyse):
    found = people(analyse, "Le commandant Pierre Dupuis a accueilli la ministre sur la base de Cazaux.")
    assert found.get("Pierre Dupuis", ("", "", ""))[0] == "commandant"


# -- a joint force named by its French words and an English acronym in brackets (`(CJTF-HOA)`) ------------

def test_a_force_whose_name_ends_on_a_participle_before_its_acronym_is_the_commanders(analyse):
    found = people(analyse, "Le ministre a reçu à Djibouti le général Paul Martin, commandant de la Force "
                            "aérienne expéditionnaire combinée (CAEF-EA).")
    assert found.get("Paul Martin", ("", "", ""))[2] == "Force aérienne expéditionnaire combinée"


def test_a_force_with_its_theatre_after_a_dash_before_the_acronym(analyse):
    found = people(analyse, "La délégation réunissait l'ambassadeur des Etats-Unis, M. John Smith, et le commandant "
                            "de la Force navale interalliée – Golfe de Guinée (CJTF-GG), le contre-amiral Paul Martin.")
    assert found.get("Paul Martin", ("", "", ""))[2] == "Force navale interalliée – Golfe de Guinée"


def test_a_force_with_a_participle_and_no_acronym_names_no_body(analyse):
    found = people(analyse, "Le ministre a reçu à Djibouti le général Paul Martin, commandant de la force aérienne "
                            "déployée au Sahel depuis mars.")
    assert found.get("Paul Martin", ("", "", ""))[2] == ""


# -- `l'état-major général, sous la conduite du général X`: the body a leadership phrase is set after ------------

def test_the_body_before_sous_la_conduite_de_is_led_by_the_person(analyse):
    found = people(analyse, "Les réformes avancent. L'état-major général, sous la conduite du général de corps "
                            "d'armée Paul Moukoko, prépare la nouvelle carte des zones de défense.")
    assert found.get("Paul Moukoko", ("", "", ""))[2] == "état-major général"


def test_the_body_placed_under_the_command_of_the_person(analyse):
    found = people(analyse, "La Direction du renseignement militaire, placée sous le commandement du général "
                            "Jacques Martin, a présenté mardi son bilan annuel.")
    assert found.get("Jacques Martin", ("", "", ""))[2] == "Direction du renseignement militaire"


def test_people_under_the_command_of_a_person_are_no_body(analyse):
    found = people(analyse, "Les soldats, sous le commandement du colonel Pierre Durand, ont quitté la base "
                            "avant l'aube.")
    assert found.get("Pierre Durand", ("", "", ""))[2] == ""


# -- `chef d'état-major de la Défense du Royaume d'Espagne (JEMAD)`: the acronym of the title, over its country ----

def test_an_acronym_after_a_role_and_its_country_is_the_titles(analyse):
    doc = analyse(page("Le ministre a reçu l'amiral Pedro Garcia, chef d'état-major de la Défense du Royaume "
                       "d'Espagne (JEMAD), venu pour une visite de travail de deux jours."))
    assert not [e for e in doc.ents if e.label_ == "ORG" and e.text == "JEMAD"]
    assert [o["organisation"] for o in doc._.officials if o["name"] == "Pedro Garcia"] == [""]


def test_an_acronym_after_a_body_of_the_role_stays_the_bodys(analyse):
    found = people(analyse, "Le ministre a reçu le général Jean Dupont, chef d'état-major des Forces armées "
                            "sénégalaises (FAS), venu pour une visite de travail.")
    assert found.get("Jean Dupont", ("", "", ""))[2] == "Forces armées sénégalaises"
