"""Names and titles as Asian, Arab and African outlets write them, round 59: a name whose last syllable is
also a French number word (`Kim Jong Un`), a place whose name the tokenizer cut at its inner apostrophe
(`place Tian'anmen`, `Sana'a`), the title `commandant général de X`. Texts of our own, each behaviour with a
counter-example."""

from __future__ import annotations

import pytest

from conftest import page


def officials(analyse, body: str) -> dict[str, dict]:
    return {o["name"]: o for o in analyse(page(body))._.officials}


def places(analyse, body: str) -> list[str]:
    return [m["location"] for m in analyse(page(body))._.meetings]


# -- `Un` closing a name is a syllable of the name, not the number `un` ------------------------------------------

@pytest.mark.parametrize("body", [
    "Le président chinois Xi Jinping a reçu jeudi à Pékin Kim Jong Un, président des affaires de l'État de la "
    "RPDC.",
    "Le dirigeant nord-coréen Kim Jong Un a reçu mercredi à Pyongyang le ministre russe de la Défense Andreï "
    "Belooussov.",
    "Vladimir Poutine et Kim Jong Un ont signé mercredi à Pyongyang un traité de partenariat stratégique.",
    "Selon l'agence officielle KCNA, Kim Jong Un a inspecté lundi une usine de munitions du Nord.",
    "Le président sud-coréen Moon Jae-in a rencontré vendredi Kim Jong Un dans la zone démilitarisée.",
])
def test_a_name_closed_by_un_is_a_person(analyse, body):
    assert "Kim Jong Un" in officials(analyse, body)


def test_un_as_an_article_stays_an_article(analyse):
    found = officials(analyse, "Le ministre des Armées Sébastien Lecornu a signé mardi un accord avec son "
                               "homologue. Un communiqué a suivi.")
    assert set(found) == {"Sébastien Lecornu"}


# -- a place name cut at its inner apostrophe is one name -----------------------------------------------------

@pytest.mark.parametrize("body, place", [
    ("Le président Xi Jinping a accueilli mercredi sur la place Tian'anmen les dirigeants étrangers invités au "
     "défilé.", "place Tian'anmen"),
    ("L'envoyé spécial des Nations unies a rencontré lundi à Sana'a les responsables houthis.", "Sana'a"),
    ("Le ministre omanais des Affaires étrangères s'est entretenu mardi à Sana'a avec le chef du Conseil "
     "politique suprême.", "Sana'a"),
    ("Le président chinois a reçu jeudi à Xi'an son homologue kazakh Kassym-Jomart Tokaïev.", "Xi'an"),
    ("Le président Xi Jinping a accueilli vendredi sur la place Tian'anmen le président russe Vladimir Poutine, "
     "venu assister au défilé.", "place Tian'anmen"),
])
def test_a_place_cut_at_its_inner_apostrophe_is_whole(analyse, body, place):
    assert places(analyse, body) == [place]


def test_an_elided_article_opening_a_name_is_no_glue(analyse):
    assert places(analyse, "Le ministre des Armées s'est rendu mardi à N'Djamena, où il a rencontré le "
                           "président Mahamat Idriss Déby.") == ["N'Djamena"]


# -- `commandant général de X`: the title of the head of a force, not the rank `commandant` then `général` ------

@pytest.mark.parametrize("body, name, organisation", [
    ("La délégation russe a été reçue mardi à Benghazi par le maréchal Khalifa Haftar, commandant général de "
     "l'Armée nationale libyenne.", "Khalifa Haftar", "Armée nationale libyenne"),
    ("Le général Mohamed Hamdan Daglo, commandant général des Forces de soutien rapide, a rencontré lundi à "
     "Kampala le président Yoweri Museveni.", "Mohamed Hamdan Daglo", "Forces de soutien rapide"),
    ("Le général Abdourahamane Tiani, commandant général de la Garde présidentielle, a reçu jeudi à Niamey "
     "l'ambassadeur de France.", "Abdourahamane Tiani", "garde présidentielle"),
    ("Le ministre a rencontré vendredi le général Hossein Salami, commandant général du Corps des gardiens de la "
     "révolution islamique.", "Hossein Salami", "Corps des gardiens de la révolution islamique"),
    ("Commandant général de l'Armée nationale libyenne, le maréchal Khalifa Haftar a reçu lundi à Benghazi le "
     "vice-ministre russe de la Défense.", "Khalifa Haftar", "Armée nationale libyenne"),
])
def test_commandant_general_of_a_force_is_a_role(analyse, body, name, organisation):
    found = officials(analyse, body)[name]
    assert found["role"] == "commandant général"
    assert found["organisation"] == organisation


def test_a_commandant_before_a_name_stays_a_rank(analyse):
    found = officials(analyse, "Le commandant Pierre Martin, chef du bataillon, a reçu mardi le général Paul "
                               "Durand.")
    assert found["Pierre Martin"]["rank"] == "commandant"
    assert found["Paul Durand"]["rank"] == "général"


# -- `son homologue X, le ministre d'État, ministre de Y, Z`: the demonym over a minister's titles is Z's ---------

@pytest.mark.parametrize("body, name, country", [
    ("Le ministre Jean-Noël Barrot a rencontré lundi son homologue tchadien, le ministre d'État, ministre des "
     "Affaires étrangères, Abderaman Koulamallah.", "Abderaman Koulamallah", "Tchad"),
    ("Le ministre des Armées a reçu mardi son homologue sénégalais, le ministre d'État, ministre des Forces "
     "armées, Birame Diop.", "Birame Diop", "Sénégal"),
    ("Sergueï Lavrov a eu jeudi une séance de travail avec son homologue tchadien, le ministre d'État, ministre "
     "des Affaires étrangères, de l'Intégration africaine et des Tchadiens de l'étranger, porte-parole du "
     "gouvernement, Abderaman Koulamallah.", "Abderaman Koulamallah", "Tchad"),
    ("Le ministre français de l'Économie a reçu mercredi son homologue béninois, le ministre d'État, ministre "
     "de l'Économie et des Finances, Romuald Wadagni.", "Romuald Wadagni", "Bénin"),
    ("Le secrétaire d'État américain a rencontré vendredi son homologue nigérien, le ministre d'État, ministre "
     "des Affaires étrangères, de la Coopération et des Nigériens à l'extérieur, Hassoumi Massoudou.",
     "Hassoumi Massoudou", "Niger"),
])
def test_a_counterpart_demonym_reaches_over_a_minister_s_titles(analyse, body, name, country):
    assert officials(analyse, body)[name]["country"] == country


def test_a_verb_between_the_counterpart_and_the_titles_stops_the_demonym(analyse):
    found = officials(analyse, "Le président a reçu mardi son homologue tchadien, puis a salué le ministre d'État, "
                               "ministre de la Défense, Paul Martin.")
    assert found["Paul Martin"]["country"] != "Tchad"


# -- `X, représentant le chef d'état-major`: the participle says on whose behalf X acts, it is no title of his ---

@pytest.mark.parametrize("body, name", [
    ("Le général de brigade Paul Martin, représentant le chef d'état-major des armées, a présidé mardi la "
     "cérémonie à Bamako.", "Paul Martin"),
    ("Le colonel Jean Dupont, représentant le ministre de la Défense, a accueilli jeudi la délégation nigérienne.",
     "Jean Dupont"),
    ("Le contre-amiral Pierre Durand, représentant son chef d'état-major, a signé vendredi l'accord de coopération.",
     "Pierre Durand"),
    ("Le général Ali Traoré, représentant la ministre des Armées, a reçu lundi les attachés de défense.",
     "Ali Traoré"),
    ("Le colonel-major Issa Koné, représentant le chef d'état-major général des armées, a remis samedi les "
     "diplômes aux stagiaires.", "Issa Koné"),
])
def test_a_participle_representant_is_no_role(analyse, body, name):
    assert officials(analyse, body)[name]["role"] != "représentant"


def test_a_representative_of_a_body_keeps_the_title(analyse):
    found = officials(analyse, "Paul Martin, représentant de l'Union africaine au Mali, a rencontré mardi le "
                               "ministre malien de la Défense.")
    assert found["Paul Martin"]["role"] == "représentant"
