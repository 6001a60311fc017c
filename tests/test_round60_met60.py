"""MET pairs, round 60: one person who meets several others one after the other. `X s'est entretenu avec A,
B et C` and `X a rencontré A et B` (one subject, several partners listed as the verb's complement) tell X's
talks with each: A, B and C met X, the text does not say they met one another. Several subjects of the verb
(`A, B et C se sont entretenus avec X`) sat together, and a gathering verb (`X a réuni A et B`) brings its
object together: all of them met. Texts of our own, each with a counter-example."""

from __future__ import annotations

import unicodedata

from conftest import page


def met(analyse, body: str) -> set[frozenset[str]]:
    doc = analyse(page(body))
    return {frozenset((r["subject_id"], r["object_id"])) for r in doc._.relations if r["relation"] == "MET"}


def key(name: str) -> str:
    """A person's key as the stage writes it: the surname in lower case, without accents."""
    return "".join(c for c in unicodedata.normalize("NFD", name.lower()) if not unicodedata.combining(c))


def pair(a: str, b: str) -> frozenset[str]:
    return frozenset((key(a), key(b)))


# -- one subject, several partners: each partner met the subject ------------------------------------------

def test_talks_with_a_listed_government(analyse):
    found = met(analyse, "Le secrétaire général de l'OTAN, Mark Rutte, s'est entretenu mardi à Madrid avec le "
                         "président du gouvernement Pedro Sánchez, la ministre de la Défense Margarita Robles "
                         "ainsi qu'avec le chef d'état-major de la Défense, l'amiral Teodoro López Calderón.")
    assert {pair("Rutte", "Sánchez"), pair("Rutte", "Robles"), pair("Rutte", "Calderón")} <= found
    assert pair("Sánchez", "Robles") not in found
    assert pair("Robles", "Calderón") not in found


def test_met_two_leaders_in_turn(analyse):
    found = met(analyse, "En visite à Tokyo, le secrétaire américain à la Défense Lloyd Austin a rencontré jeudi "
                         "le Premier ministre Fumio Kishida et le ministre de la Défense Minoru Kihara.")
    assert {pair("Austin", "Kishida"), pair("Austin", "Kihara")} <= found
    assert pair("Kishida", "Kihara") not in found


def test_talks_with_three_ministers_named_with_commas(analyse):
    found = met(analyse, "Le chef d'état-major des armées, le général Thierry Burkhard, s'est entretenu lundi à "
                         "Varsovie avec le ministre de la Défense Władysław Kosiniak-Kamysz, le ministre des "
                         "Affaires étrangères Radosław Sikorski et le général Wiesław Kukuła.")
    assert pair("Burkhard", "Sikorski") in found
    assert pair("Sikorski", "Kukuła") not in found


def test_a_pronoun_subject_met_each_partner(analyse):
    found = met(analyse, "Le ministre des Armées Sébastien Lecornu est arrivé lundi à Canberra. Il s'est entretenu "
                         "mardi avec le Premier ministre Anthony Albanese et avec le ministre de la Défense "
                         "Richard Marles.")
    assert pair("Albanese", "Marles") not in found


def test_received_in_turn_two_ministers(analyse):
    found = met(analyse, "À Rabat, le ministre délégué Abdellatif Loudiyi a rencontré mercredi le ministre "
                         "espagnol de la Défense, Margarita Robles, et le ministre italien de la Défense, "
                         "Guido Crosetto.")
    assert pair("Loudiyi", "Crosetto") in found
    assert pair("Robles", "Crosetto") not in found


# -- counter-examples: the people sat together ------------------------------------------------------------

def test_several_subjects_talking_with_one_all_met(analyse):
    found = met(analyse, "En marge du sommet, Emmanuel Macron, Keir Starmer et Friedrich Merz se sont entretenus "
                         "avec Volodymyr Zelensky.")
    assert {pair("Macron", "Starmer"), pair("Starmer", "Merz"), pair("Macron", "Zelensky")} <= found


def test_a_gathering_verb_brings_its_object_together(analyse):
    found = met(analyse, "Le président Emmanuel Macron a réuni lundi à l'Élysée le chancelier Olaf Scholz et le "
                         "Premier ministre polonais Donald Tusk.")
    assert pair("Scholz", "Tusk") in found


def test_a_meeting_between_two_with_a_third_all_met(analyse):
    found = met(analyse, "Le ministre des Armées Sébastien Lecornu a rencontré vendredi à Berlin son homologue "
                         "allemand Boris Pistorius.")
    assert pair("Lecornu", "Pistorius") in found


def test_two_subjects_met_one_another(analyse):
    found = met(analyse, "Le général Pierre Schill et le général Carsten Breuer se sont rencontrés mardi à Paris.")
    assert pair("Schill", "Breuer") in found
