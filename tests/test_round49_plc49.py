"""Meeting places, round 49: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def places(analyse, body: str) -> list[str]:
    doc = analyse(page(body))
    return [m["location"] for m in doc._.meetings]


# -- an article right after a venue opens the verb's object (`a reçu au palais présidentiel le ministre`) ---

def test_the_object_after_a_venue_is_no_part_of_the_venue(analyse):
    found = places(analyse, "Le président Abdel Fattah al-Sissi a reçu mardi au palais présidentiel le ministre grec "
                            "de la Défense, Nikos Dendias.")
    assert found == ["palais présidentiel"]


def test_a_group_after_a_venue_is_no_part_of_the_venue(analyse):
    found = places(analyse, "Le chancelier Friedrich Merz réunit ce mercredi à la chancellerie une dizaine de "
                            "dirigeants européens pour une réunion sur l'Ukraine.")
    assert found == ["chancellerie"]


def test_a_venue_keeps_its_complements_opened_by_a_preposition(analyse):
    found = places(analyse, "Les ministres de la Défense se sont réunis jeudi à la salle des fêtes de la mairie "
                            "de Lille.")
    assert found == ["salle des fêtes de la mairie de Lille"]


# -- a venue after the guest's name, with only its own preposition and article between ----------------------

def test_a_venue_after_the_guests_name_and_a_comma_is_the_place(analyse):
    found = places(analyse, "Le président Emmanuel Macron s'est ensuite entretenu avec le chancelier Olaf Scholz, "
                            "dans la résidence officielle de la Chancellerie.")
    assert found == ["résidence officielle de la Chancellerie"]


def test_a_venue_in_the_title_of_a_person_named_after_it_is_no_place(analyse):
    found = places(analyse, "Le ministre Sébastien Lecornu a rencontré jeudi à Metz le général Pierre Schill, "
                            "commandant de la caserne de Verdun.")
    assert found == ["Metz"]


# -- a place word complementing a place word names the same place (`la résidence du château de X`) ----------

def test_a_place_word_of_a_place_word_names_the_place(analyse):
    found = places(analyse, "Le président Emmanuel Macron s'est entretenu jeudi avec le chancelier Olaf Scholz, "
                            "dans la résidence officielle du château de Meseberg.")
    assert found == ["château de Meseberg"]


def test_a_place_word_of_another_noun_is_still_no_place(analyse):
    found = places(analyse, "Le ministre Sébastien Lecornu a présenté jeudi la rénovation des casernes de la "
                            "garnison de Verdun lors d'une réunion à Metz avec le général Pierre Schill.")
    assert found == ["Metz"]
