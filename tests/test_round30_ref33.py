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
