"""Meetings only in prospect, round 49: texts of our own, each behaviour with a counter-example.

A meeting noun qualified as possible (`une éventuelle rencontre entre Z et W`) or the object of a verb of
preparing it (`pour préparer le sommet entre Z et W`) is another event than the one the sentence tells:
its people did not meet the others. Alone in its sentence, a possible meeting is at most planned."""

from __future__ import annotations

from conftest import page


def meetings(analyse, body: str) -> list[dict]:
    return list(analyse(page(body))._.meetings)


def met(analyse, body: str) -> set[frozenset]:
    doc = analyse(page(body))
    return {frozenset((r["subject_id"], r["object_id"])) for r in doc._.relations if r["relation"] == "MET"}


def people(found: list[dict]) -> set[str]:
    return {p for m in found for p in m["people"]}


# -- a possible meeting named as the aim of the one told: its people stay out ---------------------------------

def test_the_people_of_a_possible_meeting_do_not_join_the_talks_told(analyse):
    found = meetings(analyse, "Le ministre norvégien des Affaires étrangères Lars Hovland a rencontré lundi à "
                              "Genève son homologue chilien, Pablo Ortega, pour préparer une éventuelle rencontre "
                              "entre les présidents Ingrid Solberg et Tomás Ibarra.")
    assert people(found) == {"hovland", "ortega"}


def test_the_people_of_a_summit_being_prepared_do_not_join_the_talks_told(analyse):
    found = meetings(analyse, "Le conseiller diplomatique Hugo Verhelst s'est entretenu mardi à Vienne avec le "
                              "vice-ministre Anton Krall, afin de préparer le sommet entre les présidents Ingrid "
                              "Solberg et Tomás Ibarra.")
    assert people(found) == {"verhelst", "krall"}


def test_the_people_of_the_summit_where_talks_took_place_stay(analyse):
    found = meetings(analyse, "Le ministre norvégien des Affaires étrangères Lars Hovland a rencontré lundi son "
                              "homologue chilien, Pablo Ortega, et le président Tomás Ibarra lors du sommet de "
                              "Genève.")
    assert {"hovland", "ortega", "ibarra"} <= people(found)


# -- alone in its sentence: a possible meeting links no one; a meeting told as held does --------------------

def test_a_possible_meeting_alone_links_no_one(analyse):
    pairs = met(analyse, "Selon la presse, une éventuelle rencontre entre les présidents Ingrid Solberg et Tomás "
                         "Ibarra à Genève est évoquée par les deux capitales depuis lundi.")
    assert frozenset(("solberg", "ibarra")) not in pairs


def test_a_meeting_told_as_held_links_its_people(analyse):
    pairs = met(analyse, "La rencontre entre les présidents Ingrid Solberg et Tomás Ibarra a eu lieu lundi à "
                         "Genève.")
    assert frozenset(("solberg", "ibarra")) in pairs


def test_people_preparing_a_summit_alone_in_their_sentence_are_its_meeting(analyse):
    found = meetings(analyse, "Les ministres Karel Dvořák et Martin Hudec ont préparé mardi à Prague le sommet "
                              "de l'Otan.")
    assert {"dvorak", "hudec"} <= people(found)
