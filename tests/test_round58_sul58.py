"""Titles, round 58: a title that is one only as written in lower case (`le sultan d'Oman`; `Sultan` is a given
name), and a title with its own complement and no name after it (`le sultan de Sokoto`, `le gouverneur de
Kano`): it names someone the text does not name, and is no one else's title. Texts of our own."""

from __future__ import annotations

from conftest import page


def officials(analyse, body: str) -> dict[str, dict]:
    return {o["name"]: o for o in analyse(page(body))._.officials}


# -- `sultan` is a title only in lower case ---------------------------------------------------------------------

def test_the_sultan_of_a_country_then_his_name(analyse):
    found = officials(analyse, "Le président Emmanuel Macron a reçu lundi à l'Élysée le sultan d'Oman, Haïtham "
                               "ben Tariq, pour un entretien consacré à la sécurité maritime.")
    assert found["Haïtham ben Tariq"]["role"] == "sultan"
    assert found["Haïtham ben Tariq"]["country"] == "Oman"


def test_the_sultan_before_his_name(analyse):
    found = officials(analyse, "Le ministre des Armées Sébastien Lecornu a été reçu mardi à Mascate par le "
                               "sultan Haïtham ben Tariq.")
    assert found["Haïtham ben Tariq"]["role"] == "sultan"


def test_the_sultan_of_brunei_after_his_name(analyse):
    found = officials(analyse, "Hassanal Bolkiah, sultan de Brunei, a reçu jeudi à Bandar Seri Begawan le "
                               "Premier ministre malaisien Anwar Ibrahim.")
    assert found["Hassanal Bolkiah"]["role"] == "sultan"


def test_sultan_capitalised_is_a_given_name(analyse):
    found = officials(analyse, "Le ministre émirien de l'Industrie, Sultan Al Jaber, a rencontré lundi à Paris "
                               "le ministre français de l'Économie Bruno Le Maire.")
    assert "Sultan Al Jaber" in found
    assert found["Sultan Al Jaber"]["role"] != "sultan"


def test_a_prince_named_after_his_father_sultan(analyse):
    found = officials(analyse, "Le prince Bandar ben Sultan, ancien ambassadeur saoudien à Washington, a "
                               "rencontré mercredi à Riyad le ministre britannique de la Défense John Healey.")
    assert all(o["role"] != "sultan" for o in found.values())


# -- a title with its own complement and no name is no one else's ---------------------------------------------

def test_an_unnamed_sultan_in_a_delegation_gives_no_one_his_title(analyse):
    found = officials(analyse, "La délégation de la CEDEAO, reçue samedi à Niamey par le général Abdourahamane "
                               "Tiani, comprenait le président de la Commission, Omar Alieu Touray, ainsi que le "
                               "sultan de Sokoto, l'une des plus hautes autorités religieuses du Nigeria.")
    assert found["Omar Alieu Touray"]["role"] != "sultan"


def test_an_unnamed_governor_after_a_named_minister(analyse):
    found = officials(analyse, "Le ministre nigérian de la Défense, Mohammed Badaru Abubakar, accompagné du "
                               "gouverneur de Kano, s'est rendu lundi à Maiduguri.")
    assert found["Mohammed Badaru Abubakar"]["role"] != "gouverneur"


def test_a_governor_with_his_name_after_keeps_it(analyse):
    found = officials(analyse, "Le ministre nigérian de la Défense a rencontré lundi le gouverneur de l'État de "
                               "Borno, Babagana Zulum, à Maiduguri.")
    assert found["Babagana Zulum"]["role"] == "gouverneur"


def test_an_unnamed_governor_listed_after_a_named_member_is_not_the_former_president(analyse):
    found = officials(analyse, "Une mission conduite par l'ancien président nigérian, le général Yakubu Gowon, "
                               "est arrivée lundi à Accra. Elle comprenait le ministre Yusuf Tuggar, ainsi que le "
                               "gouverneur de Kano, figure respectée du nord du pays.")
    assert found["Yakubu Gowon"]["role"] != "gouverneur"
    assert found["Yusuf Tuggar"]["role"] != "gouverneur"


def test_an_unnamed_sultan_after_a_former_head_of_state(analyse):
    found = officials(analyse, "Une délégation conduite par l'ancien chef de l'État nigérian, le général "
                               "Abdulsalami Abubakar, a été reçue jeudi à Bamako. Elle comprenait l'ancien ministre "
                               "Bolaji Akinyemi, ainsi que le sultan de Sokoto.")
    assert found["Abdulsalami Abubakar"]["role"] != "sultan"
