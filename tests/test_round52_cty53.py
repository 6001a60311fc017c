"""Countries, round 52: the country of an official from where the story stands. A national office of no
stated country held by one who receives is of the place he receives in (a fronted place, else a dispatch's
dateline); a visitor arriving at the dateline's town keeps his own title's country. Texts of our own, each
with a counter-example."""

from __future__ import annotations

from conftest import page


def country(doc, surname: str) -> str:
    return next(p["country"] for p in doc._.officials if surname in p["name"])


# -- a head of state written with his full title who receives at a fronted place ------------------------------

def test_a_president_of_the_republic_receiving_at_a_fronted_capital(analyse):
    doc = analyse(page("À Beyrouth, le président de la République, Joseph Aoun, a reçu mardi le commandant "
                       "de la Finul."))
    assert country(doc, "Aoun") == "Liban"


def test_a_president_of_the_republic_receiving_at_a_fronted_african_capital(analyse):
    doc = analyse(page("À Nouakchott, le président de la République, Mohamed Ould Ghazouani, a reçu jeudi "
                       "une délégation de la Cedeao."))
    assert country(doc, "Ghazouani") == "Mauritanie"


# -- a dispatch's dateline: a national office of no country held by one who receives there ---------------------

def test_a_defence_minister_alone_with_his_name_receiving_under_a_dateline(analyse):
    doc = analyse("Actualités\n\nNiamey, 12 mars (AFP) - Le ministre de la Défense, Salifou Mody, a reçu "
                  "mardi l'ambassadeur d'Italie.\n")
    assert country(doc, "Mody") == "Niger"


def test_a_chief_of_general_staff_receiving_under_a_dateline(analyse):
    doc = analyse("Actualités\n\nBamako, 3 avril (AFP) - Le chef d'état-major général des armées, le général "
                  "Oumar Diarra, a reçu jeudi une délégation de la Minusma.\n")
    assert country(doc, "Diarra") == "Mali"


def test_a_prime_minister_the_parser_reads_as_an_adjective_receiving_under_a_dateline(analyse):
    doc = analyse("Actualités\n\nBamako, 12 mars (AFP) - Le Premier ministre Choguel Maïga a reçu mardi une "
                  "délégation.\n")
    assert country(doc, "Maïga") == "Mali"


def test_a_release_filed_at_home_about_a_trip_abroad_places_no_one_at_the_dateline(analyse):
    """Counter-example: the story has gone to Austria before the minister receives there."""
    doc = analyse("Actualités\n\nBerne, 17 avril - Le chef de l'Armée a effectué une visite officielle en "
                  "Autriche. Dans l'après-midi, la ministre de la Défense, Klaudia Tanner, a reçu le chef de "
                  "l'Armée.\n")
    assert country(doc, "Tanner") != "Suisse"


def test_a_minister_who_does_not_receive_takes_no_dateline_country(analyse):
    """Counter-example: a dispatch filed abroad names ministers of every side; only the host is placed."""
    doc = analyse("Actualités\n\nKiev, 3 mars (AFP) - Le ministre de la Défense, Theo Francken, a annoncé mardi "
                  "une aide nouvelle.\n")
    assert country(doc, "Francken") != "Ukraine"


# -- a visitor is not of the country he visits ------------------------------------------------------------------

def test_a_president_arriving_at_the_dateline_town_keeps_his_own_country(analyse):
    doc = analyse("Actualités\n\nBamako, 12 mars (AFP) - Le président de la République, Emmanuel Macron, est "
                  "arrivé mardi à Bamako pour une visite de deux jours.\n")
    assert country(doc, "Macron") == "France"


def test_a_minister_of_the_armed_forces_arriving_at_the_dateline_town_keeps_his_own_country(analyse):
    doc = analyse("Actualités\n\nNiamey, 12 mars (AFP) - Le ministre des Armées, Sébastien Lecornu, est arrivé "
                  "mardi à Niamey.\n")
    assert country(doc, "Lecornu") == "France"


def test_a_president_presiding_at_home_under_a_dateline_is_of_the_dateline(analyse):
    """Counter-example: the head of state at home, received by his own army, is no guest."""
    doc = analyse("Actualités\n\nAlger, 5 juillet (APS) - Le président de la République, Abdelmadjid Tebboune, "
                  "a été accueilli par le général Saïd Chanegriha avant de présider le défilé.\n")
    assert country(doc, "Tebboune") == "Algérie"
