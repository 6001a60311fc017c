"""Meeting places, round 52: the place of the gathering a meeting is held on the sidelines of, given by a
participle after it (`en marge du sommet du G7 tenu à X`), and the seat of a prefect named by its common noun
(`à la préfecture maritime`). Texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def places(analyse, body: str) -> list[str]:
    return [m["location"] for m in analyse(page(body))._.meetings]


# -- `en marge du sommet ... tenu à X`: the gathering's place is the side meeting's -------------------------

def test_a_participle_hung_on_the_body_of_the_summit_places_the_side_meeting(analyse):
    assert places(analyse, "Le président Emmanuel Macron a rencontré le Premier ministre Fumio Kishida en marge "
                           "du sommet du G7 tenu en mai à Hiroshima.") == ["Hiroshima"]


def test_a_participle_hung_on_a_named_community_places_the_side_meeting(analyse):
    assert places(analyse, "Le ministre Sébastien Lecornu a rencontré son homologue italien Guido Crosetto en "
                           "marge du sommet de la Communauté politique européenne réuni jeudi à "
                           "Grenade.") == ["Grenade"]


def test_a_participle_hung_on_the_summit_itself_outside_the_gazetteer(analyse):
    assert places(analyse, "Le président Emmanuel Macron a rencontré le président Joe Biden en marge du sommet "
                           "tenu en juin à Naples.") == ["Naples"]


def test_a_participle_the_parser_hangs_higher_still_agrees_with_the_summit(analyse):
    assert places(analyse, "Cette visite, a-t-on appris, s'inscrit dans le prolongement de la rencontre entre le "
                           "président Cyril Ramaphosa et le président Xi Jinping, en marge du deuxième sommet "
                           "Chine-Afrique tenu fin juillet à Sotchi.") == ["Sotchi"]


def test_an_organised_forum_places_the_talks_on_its_sidelines(analyse):
    assert places(analyse, "Le président Abdelmadjid Tebboune s'est entretenu avec le président Vladimir Poutine "
                           "en marge du forum économique organisé en juin à Saint-Pétersbourg.") == [
        "Saint-Pétersbourg"]


def test_a_place_of_the_meeting_itself_wins_over_the_gathering_of_the_day_before(analyse):
    assert places(analyse, "Le ministre a reçu jeudi à Varsovie son homologue lituanien Laurynas Kasčiūnas, en "
                           "marge du sommet tenu la veille à Naples.") == ["Varsovie"]


def test_what_the_gathering_is_about_is_no_place(analyse):
    assert places(analyse, "Le ministre Sébastien Lecornu a rencontré son homologue malien en marge d'une "
                           "conférence consacrée au Sahel.") == [""]


def test_where_the_alliance_was_founded_is_no_place_of_the_side_meeting(analyse):
    assert places(analyse, "Le ministre a rencontré son homologue espagnole Margarita Robles en marge du sommet "
                           "de l'Alliance, fondée à Washington en 1949.") == [""]


# -- `à la préfecture maritime`: a prefect's seat, a place with or without a name after it ---------------------

def test_a_ceremony_held_at_the_maritime_prefecture_named_in_the_next_sentence(analyse):
    assert places(analyse, "Le vice-amiral Christophe Lucas a pris ses fonctions lundi en présence de l'amiral "
                           "Nicolas Vaujour. La cérémonie s'est déroulée ce lundi matin, à la préfecture "
                           "maritime, sur fond de rade.") == ["préfecture maritime"]


def test_a_meeting_of_mayors_at_the_prefecture(analyse):
    assert places(analyse, "Le ministre de l'Intérieur Gérald Darmanin a réuni mardi à la préfecture les maires "
                           "du département.") == ["préfecture"]


def test_a_meeting_at_the_sub_prefecture(analyse):
    assert places(analyse, "La ministre Sonia Backes a rencontré vendredi les élus à la sous-préfecture, en "
                           "présence du général Nicolas Matthéos.") == ["sous-préfecture"]


def test_a_prefecture_with_its_town_keeps_the_town(analyse):
    assert places(analyse, "Le vice-amiral Christophe Lucas a reçu jeudi à la préfecture maritime de Cherbourg "
                           "le contre-amiral britannique James Parkin.") == ["préfecture maritime de Cherbourg"]


def test_the_prefecture_as_the_subject_that_announces_is_no_place(analyse):
    assert places(analyse, "La préfecture a annoncé jeudi que le ministre recevra vendredi le général Thierry "
                           "Burkhard.") == [""]
