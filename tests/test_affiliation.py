"""The organisation of an official that no role's complement names (pipeline/components/affiliation.py),
and the MEMBER_OF it gives. Each behaviour has a counter-example where the same words give nothing."""

from __future__ import annotations

import pytest

HEADER = "Actualités de la défense\n\n"


def person(doc, key: str) -> dict:
    found = [p for p in doc._.officials if p["key"] == key]
    assert len(found) == 1, [p["key"] for p in doc._.officials]
    return found[0]


def members(doc) -> set[tuple[str, str]]:
    return {(r["subject_id"], r["object_id"]) for r in doc._.relations if r["relation"] == "MEMBER_OF"}


CASES = {
    # a role after a possessive: the organisation the sentence before is about
    "possessive-role-subject-of-previous-sentence": (
        "La commission des finances du Sénat a entendu mardi le délégué général pour l'armement. Son président, "
        "M. Claude Raynal, a ouvert la séance.",
        "raynal", "commission des finances du Sénat"),
    # ... or the organisation subject of its own sentence
    "possessive-role-subject-of-the-sentence": (
        "L'état-major des armées a indiqué que les délégations avaient répondu à l'appel de son chef, le général "
        "Pierre Schill.",
        "schill", "état-major des armées"),
    # an office of an international organisation: the one named nearest
    "office-role-nearest-international-body": (
        "Les ministres des Affaires étrangères de l'OSCE se sont retrouvés à Vienne, sous la présidence du "
        "secrétaire général, M. Helga Schmid.",
        "schmid", "OSCE"),
    # no role: `, du` + an organisation right after the name
    "of-complement-after-the-name": (
        "Le ministre a salué la mémoire du caporal-chef Marc Dupuis, du 2e régiment étranger de parachutistes, "
        "mort au Mali.",
        "dupuis", "2e régiment étranger de parachutistes"),
    "at-the-head-of": (
        "La délégation a rencontré le colonel Assimi Goïta, à la tête du Comité national pour le salut du peuple "
        "(CNSP), à Bamako.",
        "goita", "Comité national pour le salut du peuple"),
    # a relative clause with a leading verb, an ordinal kept with the acronym
    "relative-clause-commands": (
        "Le ministre a été accueilli par le général Arnaud Dubois, qui commande la 11e brigade parachutiste, à "
        "Toulouse.",
        "dubois", "11e brigade parachutiste"),
}

COUNTER = {
    # a possessive role whose sentence is about a person, not an organisation
    "possessive-role-person-subject": (
        "Le président Emmanuel Macron a réuni le conseil de défense. Son conseiller, M. Bernard Emié, était présent.",
        "emie"),
    # a relative clause whose verb leads nothing
    "relative-clause-other-verb": (
        "Le ministre a été accueilli par le général Arnaud Dubois, qui connaît bien la 11e brigade parachutiste, "
        "à Toulouse.",
        "dubois"),
    # `, de` + a place is no organisation
    "of-complement-a-place": (
        "Le ministre a salué le caporal-chef Marc Dupuis, de Toulon, blessé au Mali.",
        "dupuis"),
}


@pytest.mark.parametrize(("text", "key", "organisation"), list(CASES.values()), ids=list(CASES))
def test_organisation_read_from_the_sentence(analyse, text, key, organisation):
    doc = analyse(HEADER + text)
    assert person(doc, key)["organisation"] == organisation
    assert (key, organisation) in members(doc)


@pytest.mark.parametrize(("text", "key"), list(COUNTER.values()), ids=list(COUNTER))
def test_no_organisation_where_the_sentence_gives_none(analyse, text, key):
    doc = analyse(HEADER + text)
    assert person(doc, key)["organisation"] == ""
    assert not any(subject == key for subject, _ in members(doc))


def test_staff_named_after_the_role_gives_the_national_forces(analyse):
    doc = analyse(HEADER + "Le chef d'état-major général des Forces armées togolaises, le général Dadja Maganawé, "
                  "a participé à la réunion.")
    assert person(doc, "maganawe")["organisation"] == "Forces armées togolaises"


def test_a_foreign_body_spelt_like_a_listed_one_is_kept_as_written(analyse):
    doc = analyse(HEADER + "Le général Stéphane Mille a été reçu par son homologue sénégalais, le général Birame "
                  "Diop, chef d'état-major de l'Armée de l'Air.")
    diop = person(doc, "diop")
    assert diop["organisation"] == "Armée de l'Air" and diop["country"] == "Sénégal"


def test_a_listed_body_of_his_own_country_keeps_its_name(analyse):
    doc = analyse(HEADER + "Le général Stéphane Mille, chef d'état-major de l'armée de l'Air et de l'Espace, a "
                  "visité la base de Mont-de-Marsan.")
    assert person(doc, "mille")["organisation"] == "armée de l'Air et de l'Espace"
