"""Meetings found and grouped, round 58: talks with one partner then another (`avec A, puis avec B`) told
after a landmark meeting noun (`En marge de la réunion`, `À l'issue du sommet`, `Après la cérémonie`) are one
talk per partner, as they are without the landmark. Texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def meetings(analyse, body: str) -> list[set[str]]:
    doc = analyse(page(body))
    return [set(m["people"]) for m in doc._.meetings]


def apart(found: list[set[str]], subject: str, first: str, second: str) -> bool:
    """The subject meets each partner in a talk of its own, never both partners in one."""
    return ({subject, first} in found or any({subject, first} <= p and second not in p for p in found)) and (
        {subject, second} in found or any({subject, second} <= p and first not in p for p in found)) and not any(
        {first, second} <= people for people in found)


# -- a landmark meeting noun before the talks: still one talk per partner --------------------------------------

def test_on_the_sidelines_of_a_meeting_a_light_verb_talk_with_one_then_another(analyse):
    found = meetings(analyse, "En marge de la réunion des ministres de la Défense de l'OTAN, le ministre "
                              "néerlandais Ruben Brekelmans a eu un entretien avec son homologue estonien, Hanno "
                              "Pevkur, puis avec le secrétaire général de l'Alliance, Mark Rutte.")
    assert apart(found, "brekelmans", "pevkur", "rutte")


def test_on_the_sidelines_of_a_summit_talks_noun_with_one_then_another(analyse):
    found = meetings(analyse, "En marge du sommet de l'Union africaine, le président sénégalais Bassirou Diomaye "
                              "Faye a eu des entretiens avec le président ghanéen John Mahama, puis avec le "
                              "président kényan William Ruto.")
    assert apart(found, "faye", "mahama", "ruto")


def test_after_a_ceremony_a_meeting_with_one_then_another(analyse):
    found = meetings(analyse, "À l'issue de la cérémonie d'ouverture, la ministre allemande Annalena Baerbock a "
                              "eu une rencontre avec le ministre polonais Radosław Sikorski, puis avec le chef de "
                              "la diplomatie française, Jean-Noël Barrot.")
    assert apart(found, "baerbock", "sikorski", "barrot")


def test_during_a_forum_talks_noun_with_one_then_another(analyse):
    found = meetings(analyse, "Lors du forum de Dakar, le ministre des Armées Sébastien Lecornu a eu un entretien "
                              "bilatéral avec son homologue mauritanien, Hanena Ould Sidi, puis avec le ministre "
                              "ivoirien Téné Birahima Ouattara.")
    assert apart(found, "lecornu", "sidi", "ouattara")


def test_after_the_plenary_session_a_light_verb_talk_with_one_then_another(analyse):
    found = meetings(analyse, "Après la séance plénière, le chancelier Olaf Scholz a eu un bref échange avec le "
                              "Premier ministre hongrois Viktor Orbán, puis avec la présidente de la Commission, "
                              "Ursula von der Leyen.")
    assert apart(found, "scholz", "orban", "leyen")


def test_a_partner_word_inside_the_second_partners_phrase_is_no_partner_of_its_own(analyse):
    found = meetings(analyse, "En marge de la réunion, la ministre italienne Elisabetta Trenta a eu un entretien "
                              "avec son homologue grecque, Fotini Arampatzi, puis avec le général Claudio Graziano, "
                              "invité à la séance de travail sur la coopération avec l'OTAN.")
    assert apart(found, "trenta", "arampatzi", "graziano")


# -- counter-examples: partners together stay one talk; the landmark's people are not split ---------------------

def test_on_the_sidelines_of_a_meeting_a_talk_with_two_together_stays_one(analyse):
    found = meetings(analyse, "En marge de la réunion des ministres de la Défense de l'OTAN, le ministre "
                              "néerlandais Ruben Brekelmans a eu un entretien avec son homologue estonien, Hanno "
                              "Pevkur, et le secrétaire général de l'Alliance, Mark Rutte.")
    assert any({"brekelmans", "pevkur", "rutte"} <= people for people in found)


def test_after_a_ceremony_a_talk_with_two_partners_joined_by_et_stays_one(analyse):
    found = meetings(analyse, "À l'issue de la cérémonie, le général Thierry Burkhard a eu un entretien avec le "
                              "général Salifou Mody et avec le général Oumar Diarra.")
    assert any({"burkhard", "mody", "diarra"} <= people for people in found)


def test_a_partner_word_of_another_clause_makes_no_second_talk(analyse):
    found = meetings(analyse, "En marge de la réunion, le ministre Sébastien Lecornu a eu un entretien avec son "
                              "homologue indien Rajnath Singh, qui venait de signer un accord avec le ministre "
                              "australien Richard Marles.")
    assert not any({"lecornu", "marles"} <= people for people in found)
