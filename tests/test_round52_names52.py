"""Names, round 52: a title of a royal house before a person's name (`le prince X ben Y`, `la princesse X`) is no
part of the name and no role, and a given name romanised from Korean keeps the syllable after its hyphen
(`Suk-yeol`). Texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def people(analyse, body: str) -> dict[str, str]:
    """name -> role of each official."""
    return {o["name"]: o["role"] for o in analyse(page(body))._.officials}


# -- a princely title opens the name, the office comes apart ----------------------------------------------

def test_a_prince_with_his_office_in_apposition(analyse):
    assert people(analyse, "Les entretiens se sont tenus en présence de Son Altesse le prince Khalid ben "
                           "Salmane, ministre de la Défense.") == {"Khalid ben Salmane": "ministre de la Défense"}


def test_a_prince_named_by_his_title_alone_is_found(analyse):
    found = people(analyse, "Le prince Turki ben Faisal a assisté mercredi à la conférence de Riyad.")
    assert list(found) == ["Turki ben Faisal"]


def test_a_princess_title_is_not_part_of_her_name(analyse):
    assert "Anne" in people(analyse, "La princesse Anne a passé en revue mardi le régiment des Royal Signals.")


def test_the_crown_prince_stays_a_role(analyse):
    assert people(analyse, "Le prince héritier Mohammed ben Salmane a reçu jeudi à Riyad le président "
                           "français.")["Mohammed ben Salmane"] == "prince héritier"


def test_a_prince_in_a_place_name_names_no_one(analyse):
    found = people(analyse, "Le ministre Bill Blair a visité jeudi la base de l'Île-du-Prince-Édouard.")
    assert list(found) == ["Bill Blair"]


# -- a Korean given name keeps its lower-case syllable ------------------------------------------------

def test_a_korean_president_after_his_title(analyse):
    assert "Yoon Suk-yeol" in people(analyse, "Le président sud-coréen Yoon Suk-yeol a reçu mardi à Séoul le "
                                              "Premier ministre japonais.")


def test_a_korean_minister_after_his_title(analyse):
    assert "Shin Won-sik" in people(analyse, "Le ministre de la Défense Shin Won-sik s'est entretenu jeudi avec "
                                             "son homologue américain.")


def test_a_former_korean_president_after_his_title(analyse):
    assert "Moon Jae-in" in people(analyse, "L'ancien président Moon Jae-in a défendu mercredi son bilan.")


def test_a_verb_with_its_clitic_after_a_name_is_no_syllable(analyse):
    found = people(analyse, "Le général Dupont a-t-il convaincu ? Le ministre Martin-Lavigne l'assure.")
    assert set(found) == {"Dupont", "Martin-Lavigne"}
