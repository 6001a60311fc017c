"""Monarchs and house titles, round 58: a regnal number then `de` and a country closes a king's name and
gives his country; `cheikh` written in lower case between a title and a name is a house title, not part of
the name, and lets the title reach the name. Texts of our own, each class with its counter-examples."""

from __future__ import annotations

from conftest import page


def people(analyse, body: str) -> dict[str, tuple[str, str]]:
    doc = analyse(page(body))
    return {o["name"]: (o["role"], o["country"]) for o in doc._.officials}


# -- a regnal number, then `de`/`du` and a country: the name ends at the number, the country is his ----------

def test_a_king_his_number_and_his_country_after_du(analyse):
    found = people(analyse, "Le roi Mohammed VI du Maroc a reçu jeudi à Rabat le président du gouvernement "
                            "espagnol Pedro Sánchez.")
    assert found.get("Mohammed VI") == ("roi", "Maroc")
    assert not any(n.endswith(" du") for n in found)


def test_a_king_his_number_and_his_country_after_d_apostrophe(analyse):
    found = people(analyse, "À Madrid, le roi Felipe VI d'Espagne a reçu mardi le président portugais "
                            "Marcelo Rebelo de Sousa.")
    assert found.get("Felipe VI") == ("roi", "Espagne")


def test_a_king_his_number_and_his_country_in_a_list(analyse):
    found = people(analyse, "Le sommet a réuni à Pretoria le président sud-africain Cyril Ramaphosa et le roi "
                            "Letsie III du Lesotho, venu avec son ministre de la Défense.")
    assert found.get("Letsie III") == ("roi", "Lesotho")


def test_a_king_and_his_number_alone_keep_the_number_as_the_end_of_his_name(analyse):
    found = people(analyse, "Le roi Mohammed VI a reçu jeudi à Rabat le président français Emmanuel Macron.")
    assert "Mohammed VI" in found
    assert found["Mohammed VI"][0] == "roi"


# -- `cheikh` in lower case between a title and a name: a house title, out of the name ------------------------

def test_the_emir_of_a_country_then_cheikh_and_his_name(analyse):
    found = people(analyse, "L'émir du Qatar, cheikh Tamim ben Hamad Al Thani, a accueilli lundi à Doha le "
                            "président rwandais Paul Kagame.")
    assert found.get("Tamim ben Hamad Al Thani") == ("émir", "Qatar")


def test_a_minister_with_his_demonym_then_cheikh_and_his_name(analyse):
    found = people(analyse, "Le ministre qatari de la Défense, cheikh Saoud ben Abdelrahmane Al Thani, a reçu "
                            "mardi à Doha le général Thierry Burkhard.")
    assert found.get("Saoud ben Abdelrahmane Al Thani") == ("ministre de la Défense", "Qatar")


def test_a_counterpart_then_cheikh_and_his_name(analyse):
    found = people(analyse, "Le secrétaire américain à la Défense, Lloyd Austin, a reçu jeudi son homologue "
                            "koweïtien, cheikh Abdallah Ali Al-Sabah.")
    assert found.get("Abdallah Ali Al-Sabah", ("", ""))[1] == "Koweït"


def test_a_crown_prince_then_cheikh_and_his_name(analyse):
    found = people(analyse, "Le prince héritier du Koweït, cheikh Sabah Khaled Al-Hamad Al-Sabah, a reçu mardi "
                            "le ministre des Armées Sébastien Lecornu.")
    assert found.get("Sabah Khaled Al-Hamad Al-Sabah") == ("prince héritier", "Koweït")


def test_cheikh_capitalised_as_a_given_name_stays_in_the_name(analyse):
    found = people(analyse, "Le ministre sénégalais des Affaires étrangères, Cheikh Tidiane Gadio, a rencontré "
                            "mardi à Bamako son homologue malien.")
    assert "Cheikh Tidiane Gadio" in found
    assert found["Cheikh Tidiane Gadio"][1] == "Sénégal"


def test_the_king_of_a_trade_names_no_monarch(analyse):
    found = people(analyse, "Surnommé le roi du pétrole, l'homme d'affaires a rencontré mardi le ministre "
                            "nigérian de la Défense Mohammed Badaru Abubakar.")
    assert all(role != "roi" for role, _ in found.values())
