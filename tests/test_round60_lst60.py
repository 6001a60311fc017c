"""Roles, round 60: in a list of people, a title written with its own article that stands between two names
(`le ministre de la Défense, le général X, la ministre des Affaires étrangères, de la Coopération et des
Nigériens de l'extérieur, Y, et ...`) is the title of the name after it, even when its portfolio goes on over
commas; the name before it keeps its own. A title after a name and no name after it (`X, le ministre de ...,
a déclaré`), or one without its article (`X, ministre de ..., et Y`), stays the first name's. Texts of our own."""

from __future__ import annotations

from conftest import page


def roles(analyse, body: str) -> dict[str, str]:
    doc = analyse(page(body))
    return {o["name"].split()[-1]: o["role"] for o in doc._.officials}


# -- a title with its article between two names is the next name's ---------------------------------------

def test_a_portfolio_over_commas_in_a_list_of_ministers(analyse):
    got = roles(analyse, "Étaient présents le ministre de la Défense nationale, le général Salifou Mody, le "
                         "ministre des Affaires étrangères, de la Coopération et des Nigériens de l'extérieur, "
                         "Bakary Yaou Sangaré, et le chef d'état-major des armées, le général Moussa Barmou.")
    assert got["Mody"].startswith("ministre de la Défense")
    assert got["Sangaré"].startswith("ministre des Affaires étrangères")
    assert got["Barmou"].startswith("chef d'état-major")


def test_a_woman_minister_after_a_general(analyse):
    got = roles(analyse, "Le chef de l'État a reçu le ministre des Armées, le général Kodjo Apedoh, la ministre "
                         "des Affaires étrangères, de l'Intégration régionale et des Togolais de l'extérieur, "
                         "Afi Mensah, et le chef d'état-major général, le général Dadja Mawulé.")
    assert got["Apedoh"] == "ministre des Armées"
    assert got["Mensah"].startswith("ministre des Affaires étrangères")


def test_a_civility_before_the_next_name(analyse):
    got = roles(analyse, "Ont pris part aux échanges le ministre de la Défense, le général Mahamadou Sana, "
                         "le ministre de l'Économie, des Finances et de la Prospective, M. Aboubakar Nacanabo, "
                         "et l'ambassadeur du Burkina Faso à Bamako.")
    assert got["Sana"] == "ministre de la Défense"
    assert got["Nacanabo"].startswith("ministre")


def test_a_delegate_minister_in_charge_of_a_portfolio(analyse):
    got = roles(analyse, "Autour de la table figuraient le ministre des Forces armées, le général Birame Diop, "
                         "la ministre déléguée, chargée de la Coopération, Fatou Ndiaye, et plusieurs officiers.")
    assert got["Diop"] == "ministre des Forces armées"
    assert got["Ndiaye"].startswith("ministre délégu")


def test_a_rank_before_the_next_name(analyse):
    got = roles(analyse, "La délégation malienne comprenait le ministre de la Défense, le colonel-major "
                         "Ismaël Wagué, le ministre de l'Administration territoriale, de la Décentralisation, le "
                         "général Abdoulaye Maïga, et des conseillers techniques.")
    assert got["Wagué"] == "ministre de la Défense"
    assert got["Maïga"].startswith("ministre de l'Administration territoriale")


# -- counter-examples: a title after a name, with nobody named after it -----------------------------------

def test_a_title_with_its_article_after_the_name_and_a_verb(analyse):
    got = roles(analyse, "Robert Koffi, le ministre des Affaires étrangères, de l'Intégration régionale et des "
                         "Togolais de l'extérieur, a reçu mardi l'ambassadeur de France.")
    assert got["Koffi"].startswith("ministre des Affaires étrangères")


def test_a_title_without_article_between_two_names(analyse):
    got = roles(analyse, "Bakary Sangaré, ministre des Affaires étrangères, de la Coopération et des Nigériens "
                         "de l'extérieur, et le général Salifou Mody ont signé l'accord.")
    assert got["Sangaré"].startswith("ministre des Affaires étrangères")


def test_a_chief_of_staff_title_after_the_name(analyse):
    got = roles(analyse, "Le général Oumar Diarra, le chef d'état-major général des armées, a présidé la "
                         "cérémonie à Kati.")
    assert got["Diarra"] == "chef d'état-major général des armées"


def test_a_title_and_an_age_after_the_subject_s_name_stay_his(analyse):
    got = roles(analyse, "Le général Oumar Diarra, le chef d'état-major général des armées, 58 ans, a présidé la "
                         "cérémonie à Kati.")
    assert got["Diarra"] == "chef d'état-major général des armées"

