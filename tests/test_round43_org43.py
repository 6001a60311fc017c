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
    assert found.get("Abdel-Fatau Musah") == ("commissaire", "Communauté économique des États de l'Afrique de l'Ouest")


def test_capitalised_words_after_a_body_named_with_no_title_are_no_person(analyse):
    found = officials(analyse, "Le sommet de l'OTAN Vendredi Noir a commencé dans la matinée à La Haye.")
    assert "Vendredi Noir" not in found
