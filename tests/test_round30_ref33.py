"""Titles that refer to a person named elsewhere, round 30 (ref33): texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def officials(analyse, body: str) -> dict[str, tuple[str, str]]:
    doc = analyse(page(body))
    return {o["key"]: (o["role"], o["country"]) for o in doc._.officials}


# -- a person told of in another's relative clause is aside: the title said next is the other's ---------------

def test_a_title_with_a_demonym_skips_the_person_of_a_relative_clause(analyse):
    found = officials(analyse, "Les alliés se sont retrouvés mardi à Lisbonne. Andrej Kovač, qui venait de "
                               "s'entretenir avec Pedro Almeida à Rome, a été vivement critiqué par ses partenaires. "
                               "Plusieurs délégués ont rappelé que le Premier ministre slovaque ne parlait "
                               "pas au nom de tous.")
    assert found["kovac"] == ("Premier ministre", "Slovaquie")
    assert found["almeida"][0] == ""


def test_the_object_of_a_main_clause_named_last_still_takes_the_title(analyse):
    found = officials(analyse, "Les alliés se sont retrouvés mardi à Lisbonne. Andrej Kovač a longuement rencontré "
                               "Pedro Almeida à Rome. Plusieurs délégués ont rappelé que le Premier ministre "
                               "portugais ne parlait pas au nom de tous.")
    assert found["almeida"] == ("Premier ministre", "Portugal")
    assert found["kovac"][0] == ""


# -- `son épouse X`: a woman, whom a masculine title said next does not refer to -------------------------------

def test_a_masculine_title_skips_the_name_of_a_wife(analyse):
    found = officials(analyse, "Karel Dvořák a été accueilli lundi à Vienne par le chancelier Stefan Huber et son "
                               "épouse Maria Gruber. Le soir, un dîner était offert en l'honneur du président tchèque.")
    assert found["dvorak"] == ("président", "Tchéquie")
    assert found["gruber"][0] == ""


def test_a_masculine_title_still_takes_the_name_after_a_masculine_noun(analyse):
    found = officials(analyse, "Karel Dvořák a été accueilli lundi à Vienne par le chancelier Stefan Huber et son "
                               "fils Petr Novák. Le soir, un dîner était offert en l'honneur du président tchèque.")
    assert found["novak"] == ("président", "Tchéquie")


# -- the one holder of a title, of no known country, yields to the subject the story is about -----------------

def test_a_title_with_a_demonym_goes_to_the_subject_spoken_of_more_than_its_holder(analyse):
    found = officials(analyse, "Karel Dvořák est arrivé dimanche en Autriche. Karel Dvořák et son épouse ont été "
                               "accueillis lundi à Vienne par le président Stefan Huber et son épouse Maria Gruber. "
                               "Le soir, un dîner était offert en l'honneur du président tchèque.")
    assert found["dvorak"] == ("président", "Tchéquie")
    assert found["huber"][1] != "Tchéquie"


def test_the_holder_spoken_of_more_keeps_the_title_with_a_demonym(analyse):
    found = officials(analyse, "Le président Stefan Huber a ouvert lundi la conférence de Vienne. Karel Dvořák, venu "
                               "de Prague, a ensuite été reçu par Stefan Huber. Le soir, un dîner était offert par le "
                               "président autrichien.")
    assert found["huber"] == ("président", "Autriche")
    assert found["dvorak"][0] == ""


# -- `le ministre secrétaire général`: one title of two refers to the one holding both ---------------------------

SECRETARY = ("La délégation est conduite par le général Ibrahima Sow, ministre secrétaire général de la Présidence. "
             "À ses côtés figure le ministre de l'Intérieur, Alpha Bah. ")


def referred(analyse, body: str, said: str) -> str:
    """The key of the person a title said once in the body refers to."""
    doc = analyse(page(body))
    at = doc.text.index(said)
    return next((o["key"] for o in doc._.officials if any(s == at for s, _ in o["mentions"])), "")


def test_a_title_of_two_refers_to_the_holder_of_both(analyse):
    body = SECRETARY + "Samedi, le ministre secrétaire général de la Présidence a reçu l'ambassadeur du Japon."
    assert referred(analyse, body, "ministre secrétaire général de la Présidence a") == "sow"


def test_the_first_title_alone_still_refers_to_the_minister_named_last(analyse):
    body = SECRETARY + "Samedi, le ministre a reçu l'ambassadeur du Japon."
    assert referred(analyse, body, "ministre a reçu") == "bah"
