"""People and parties the model reads as places, round 52 (lex53): a name in a list of people each followed by
a bracketed party label (`X Y (AB), Z W (Cd) et ...`) is a person's, whatever label the model gave it; a
bracketed label after a person's full name (`X Y (Renaissance)`, `X Y (Les Engagés)`) is his party, an
organisation, unless it is a place (`Colombier (Neuchâtel)`, `Olaf Scholz (Allemagne)`). Texts of our own,
each class with counter-examples."""

from __future__ import annotations

from conftest import page


def ents(analyse, body: str) -> dict[str, str]:
    return {e.text: e.label_ for e in analyse(page(body)).ents}


def officials(analyse, body: str) -> dict[str, str]:
    return {o["name"]: o["organisation"] for o in analyse(page(body))._.officials}


# -- a name in a list of people with their party labels is a person's ------------------------------------------

def test_a_deputy_after_a_deputy_and_his_party_is_a_person(analyse):
    found = officials(analyse, "Pour la mission flash sur les munitions, la commission a choisi Julien Rancoule "
                               "(RN) et Caroline Colombier (RN).")
    assert found == {"Julien Rancoule": "RN", "Caroline Colombier": "RN"}


def test_a_deputy_opening_a_list_of_speakers_is_a_person(analyse):
    found = officials(analyse, "Ont également pris la parole Caroline Colombier (RN), Anne Le Hénanff (Horizons) "
                               "et Bastien Lachaud (LFI).")
    assert found == {"Caroline Colombier": "RN", "Anne Le Hénanff": "Horizons", "Bastien Lachaud": "LFI"}


def test_a_deputy_after_a_preposition_in_the_list_is_a_person(analyse):
    found = officials(analyse, "La commission a confié une mission sur la réserve à Christophe Blanchet (MoDem) "
                               "et à Caroline Colombier (RN).")
    assert found == {"Christophe Blanchet": "MoDem", "Caroline Colombier": "RN"}


# -- a bracketed party label after a person is his party, no place -------------------------------------------

def test_a_party_named_by_a_word_after_a_committee_chairman(analyse):
    found = ents(analyse, "Deux co-rapporteurs ont été nommés : Claire Cambrai (LFI) et Thomas Gassilloud "
                          "(Renaissance).")
    assert found["Renaissance"] == "ORG"
    assert officials(analyse, "Deux co-rapporteurs ont été nommés : Claire Cambrai (LFI) et Thomas Gassilloud "
                              "(Renaissance).")["Thomas Gassilloud"] == "Renaissance"


def test_a_party_the_model_read_as_a_place(analyse):
    body = "Les députées Sylvie Colombes (RN) et Marie Lannion (Horizons) ont interrogé le général."
    assert ents(analyse, body)["Horizons"] == "ORG"
    assert officials(analyse, body)["Marie Lannion"] == "Horizons"


def test_a_party_of_two_words_the_model_read_as_a_name(analyse):
    body = "Le Premier ministre Alexander De Croo (Open VLD) et la ministre Hadja Lahbib (MR) ont reçu lundi " \
           "leur homologue."
    assert ents(analyse, body)["Open VLD"] == "ORG"
    assert officials(analyse, body)["Alexander De Croo"] == "Open VLD"


def test_a_party_the_model_read_as_a_person(analyse):
    body = "Ont pris la parole Martine Cholet (RN), Pierre Dieppe (LR) et Anne Genetet (Renaissance)."
    assert ents(analyse, body)["Renaissance"] == "ORG"
    assert officials(analyse, body) == {"Martine Cholet": "RN", "Pierre Dieppe": "LR", "Anne Genetet": "Renaissance"}


# -- counter-examples: places stay places ----------------------------------------------------------------------

def test_a_town_before_a_person_stays_a_place(analyse):
    found = ents(analyse, "Les relations entre Paris et Emmanuel Macron se sont tendues, a estimé jeudi le ministre.")
    assert found["Paris"] == "LOC" and found["Emmanuel Macron"] == "PERSON"


def test_a_town_and_its_canton_in_brackets_stay_places(analyse):
    found = ents(analyse, "Le conseiller fédéral Martin Pfister s'est rendu jeudi à Colombier (Neuchâtel), où il "
                          "a rencontré les recrues.")
    assert found["Colombier"] == "LOC" and found["Neuchâtel"] == "LOC"


def test_countries_in_brackets_after_leaders_stay_places(analyse):
    body = "Olaf Scholz (Allemagne) et Emmanuel Macron (France) ont signé un accord."
    found = ents(analyse, body)
    assert found["Allemagne"] == "LOC" and found["France"] == "LOC"
    assert set(officials(analyse, body).values()) == {""}


def test_a_place_named_elsewhere_in_brackets_after_a_person_stays_a_place(analyse):
    body = "Le maire Jean Dupuis (Valenciennes) a reçu le ministre. La visite à Valenciennes a duré deux heures."
    assert ents(analyse, body)["Valenciennes"] == "LOC"


def test_a_party_of_an_article_and_a_word_after_a_minister_named_by_his_title(analyse):
    body = "ANVERS, 2 mai (Belga) = Le ministre de la Défense Theo Francken (N-VA) et le ministre des Affaires " \
           "étrangères Maxime Prévot (Les Engagés) ont inauguré jeudi un centre logistique."
    assert ents(analyse, body)["Les Engagés"] == "ORG"
    assert officials(analyse, body)["Maxime Prévot"] == "Les Engagés"
