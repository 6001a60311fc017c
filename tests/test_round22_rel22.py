"""Round 22, relations: `son homologue <demonym>` standing for a person named earlier in the sentence whose
country the article does not give; a date between a relative's verb and the role it gives."""

from __future__ import annotations

from tests.conftest import page


def _relations(doc) -> set[tuple[str, str, str]]:
    return {(r["subject_id"], r["relation"], r["object_id"]) for r in doc._.relations}


def _counterparts(doc) -> set[frozenset]:
    return {frozenset((r["subject_id"], r["object_id"])) for r in doc._.relations if r["relation"] == "COUNTERPART_OF"}


def test_counterpart_of_demonym_is_the_countryless_person_of_the_sentence(analyse):
    doc = analyse(page("Le président sénégalais Macky Sall a entamé mardi une visite à Abidjan.\n\n"
                       "Accueilli par Alassane Ouattara, il a inauguré le lendemain avec son homologue ivoirien "
                       "un nouveau pont sur la lagune."))
    assert frozenset(("ouattara", "sall")) in _counterparts(doc)


def test_counterpart_of_demonym_feminine_minister(analyse):
    doc = analyse(page("Le ministre italien de la Défense, Guido Crosetto, était mardi à Madrid.\n\n"
                       "Après un entretien avec Margarita Robles, il a visité avec son homologue espagnole une base "
                       "aérienne."))
    assert frozenset(("robles", "crosetto")) in _counterparts(doc)


def test_no_counterpart_from_a_person_of_another_office(analyse):
    doc = analyse(page("Le président sénégalais Macky Sall a entamé mardi une visite à Abidjan.\n\n"
                       "Accueilli par le maire Jean Kouassi, il a inauguré le lendemain avec son homologue ivoirien "
                       "un nouveau pont sur la lagune."))
    assert not _counterparts(doc)


def test_relative_role_over_a_date(analyse):
    doc = analyse(page("Le général Oumar Diarra, qui s'est proclamé samedi président du Comité militaire de "
                       "transition (CMT), a pris la parole à la radio."))
    assert ("diarra", "MEMBER_OF", "Comité militaire de transition") in _relations(doc)


def test_relative_role_of_the_past_over_a_date(analyse):
    doc = analyse(page("Le général Oumar Diarra, qui était en 2019 président du Comité militaire de "
                       "transition (CMT), a pris la parole à la radio."))
    assert ("diarra", "MEMBER_OF", "Comité militaire de transition") not in _relations(doc)
