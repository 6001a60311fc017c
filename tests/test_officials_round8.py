"""Round 8 of officials, on sentences of our own: a role named alone refers to a person of its gender,
a past role (`ancien`) gives way to what the person leads now, a possessive role in a clause opened by
`où` belongs to the body `où` stands for, a title cut by a comma keeps its organisation; counter-examples:
`la ministre` is no man's role, a predecessor's role is not the subject's, a past tense leads nothing now."""

from __future__ import annotations

import pytest

HEADER = "Actualités de la défense\n\n"


def person(analyse, text: str, key: str) -> dict:
    doc = analyse(HEADER + text)
    return next(o for o in doc._.officials if o["key"].endswith(key))


def mentions(analyse, text: str, key: str) -> int:
    return len(person(analyse, text, key)["mentions"])


def test_feminine_role_refers_to_a_woman(analyse):
    text = ("La ministre des Armées, Claire Dubois, a reçu le général Paul Morel, ministre de la Défense "
            "du Niger. La ministre a ensuite visité la base de Brest.")
    assert mentions(analyse, text, "dubois") == 2
    assert mentions(analyse, text, "morel") == 1


def test_masculine_role_refers_to_a_man(analyse):
    text = ("Le ministre de la Défense, Paul Girard, a accueilli la ministre Claire Dubois à Paris. "
            "Le ministre a ensuite présenté les nouveaux drones.")
    assert mentions(analyse, text, "girard") == 2
    assert mentions(analyse, text, "dubois") == 1


def test_past_role_gives_way_to_the_body_led_now(analyse):
    text = ("Ancien chef d'état-major de l'armée de Terre, le général Louis Garnier dirige depuis mars le "
            "Commandement allié Transformation de l'OTAN, à Norfolk.")
    p = person(analyse, text, "garnier")
    assert p["organisation"] == "Commandement allié Transformation"
    assert p["role"] == ""


@pytest.mark.parametrize("text", [
    "Le général Louis Garnier dirigeait alors le Commandement allié Transformation de l'OTAN.",
    "Chef d'état-major de l'armée de Terre, le général Louis Garnier dirige depuis mars une réforme.",
])
def test_no_current_body_from_a_past_tense_or_no_body(analyse, text):
    p = person(analyse, text, "garnier")
    assert p["organisation"] != "Commandement allié Transformation"


def test_predecessor_role_is_not_the_subject(analyse):
    text = ("Le général Louis Garnier a succédé au général Paul Morel, ancien chef d'état-major de l'armée "
            "de Terre, à la tête de la brigade.")
    assert person(analyse, text, "garnier")["role"] != "chef d'état-major"


def test_possessive_role_in_a_where_clause(analyse):
    text = ("La ministre Claire Dubois s'est rendue au Centre d'excellence de l'OTAN pour la cyberdéfense "
            "(CCDCOE), où elle a été reçue par son directeur, Marc Lebrun.")
    assert person(analyse, text, "lebrun")["organisation"].startswith("Centre d'excellence")


def test_possessive_role_without_a_where_clause(analyse):
    text = ("La ministre Claire Dubois a visité le Centre d'excellence de l'OTAN pour la cyberdéfense avec "
            "son directeur de cabinet, Marc Lebrun.")
    assert not person(analyse, text, "lebrun")["organisation"].startswith("Centre d'excellence")


def test_title_cut_by_a_comma_keeps_its_organisation(analyse):
    text = ("La réunion s'est tenue en présence du commissaire chargé de l'Agriculture, de l'Eau et de "
            "l'Environnement de la Commission de l'UEMOA, Ibrahim Sanou.")
    assert "Commission" in person(analyse, text, "sanou")["organisation"]
