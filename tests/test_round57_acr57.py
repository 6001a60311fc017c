"""ACRONYM_OF, round 57: an acronym the text defines in brackets after a name the grammar reads (a body of no
list: `l'Armée nationale populaire (ANP)`) is that body's acronym, as one of the lists' is; a bracket after a
person, a place or a rank is no acronym of a body. Texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def acronyms(analyse, body: str) -> list[tuple[str, str]]:
    doc = analyse(page(body))
    return sorted((r["subject"], r["object"]) for r in doc._.relations if r["relation"] == "ACRONYM_OF")


# -- an acronym defined after a name of no list is that name's acronym ------------------------------------

def test_an_army_of_no_list_defined_in_brackets(analyse):
    assert ("ANP", "Armée nationale populaire") in acronyms(
        analyse, "Le chef d'état-major de l'Armée nationale populaire (ANP), le général Saïd Chanegriha, a reçu "
                 "jeudi à Alger son homologue tunisien. L'ANP a présenté ses écoles.")


def test_a_ministry_of_a_country_defined_in_brackets(analyse):
    assert ("DGSN", "Direction générale de la sûreté nationale") in acronyms(
        analyse, "Le ministre de l'Intérieur a visité mardi le siège de la Direction générale de la sûreté "
                 "nationale (DGSN) à Rabat. La DGSN compte de nouveaux laboratoires.")


def test_a_party_defined_in_brackets(analyse):
    assert ("PCV", "Parti communiste vietnamien") in acronyms(
        analyse, "Le secrétaire général du Parti communiste vietnamien (PCV), To Lam, a reçu lundi à Hanoï le "
                 "ministre chinois de la Défense.")


def test_armed_forces_named_by_their_adjective_defined_in_brackets(analyse):
    assert ("FAA", "Forces armées angolaises") in acronyms(
        analyse, "Le chef d'état-major général des Forces armées angolaises (FAA), le général António Egídio de "
                 "Sousa Santos, a accueilli mercredi à Luanda une délégation namibienne. Les FAA ont organisé un "
                 "exercice conjoint.")


def test_an_acronym_used_once_after_its_definition_still_gives_one_row(analyse):
    found = acronyms(analyse, "Le Service de coopération technique internationale de police (SCTIP) a formé "
                              "des cadres béninois. Le directeur du SCTIP a reçu lundi le général Paul Dupont.")
    assert found.count(("SCTIP", "Service de coopération technique internationale de police")) == 1


# -- counter-examples: a bracket after a person, a place or a rank names no body --------------------------

def test_a_party_label_after_a_person_is_no_acronym_of_a_body(analyse):
    found = acronyms(analyse, "Le député Jean-Philippe Tanguy (RN) a interrogé mardi le ministre des Armées "
                              "Sébastien Lecornu sur le budget.")
    assert not any(subject == "RN" for subject, _ in found)


def test_a_country_code_after_a_town_is_no_acronym_of_a_body(analyse):
    found = acronyms(analyse, "Le général Christian Tshiwewe a reçu jeudi à Kinshasa (RDC) le chef "
                              "d'état-major burundais.")
    assert not any(subject == "RDC" for subject, _ in found)


def test_a_rank_in_brackets_after_a_person_is_no_acronym(analyse):
    found = acronyms(analyse, "Le général Jean Dupont (2S), ancien commandant de la Force d'action terrestre, "
                              "a rencontré lundi des élus.")
    assert not any(subject == "2S" for subject, _ in found)


# -- an acronym spelling a longer name than the body just before its brackets is not that body's -----------

def test_an_acronym_of_a_committee_of_an_alliance_is_the_committees(analyse):
    found = acronyms(analyse, "L'amiral Giuseppe Cavo Dragone, président du Comité militaire de l'OTAN (CMO), "
                              "a été reçu mardi à Evere par le général Frederik Vansina.")
    assert ("CMO", "Comité militaire") in found
    assert ("CMO", "OTAN") not in found


def test_an_acronym_of_a_directorate_is_not_its_armys(analyse):
    found = acronyms(analyse, "Le général Jean Dupont, directeur des ressources humaines de l'armée de Terre "
                              "(DRHAT), a rencontré lundi à Dakar le chef d'état-major sénégalais.")
    assert not any(subject == "DRHAT" for subject, _ in found)


def test_an_acronym_spelling_only_the_body_before_its_brackets_stays_that_bodys(analyse):
    found = acronyms(analyse, "Le chef d'état-major général des Forces rwandaises de défense (RDF), le général "
                              "Mubarakh Muganga, a été reçu lundi à Kinshasa. Les RDF ont salué la rencontre.")
    assert ("RDF", "Forces rwandaises de défense") in found
