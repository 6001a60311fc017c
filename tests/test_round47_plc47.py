"""Meeting places, round 47: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def places(analyse, body: str) -> list[str]:
    doc = analyse(page(body))
    return [m["location"] for m in doc._.meetings]


# -- a room then `à` and its town (`dans son bureau à Niamey`): the town is the place a reader looks for ------

def test_a_room_and_its_town_give_the_town(analyse):
    found = places(analyse, "Le ministre nigérien de la Défense, Salifou Mody, a reçu lundi dans son bureau à Niamey "
                            "le général ghanéen Thomas Oppong-Peprah.")
    assert found == ["Niamey"]


def test_a_room_of_an_audience_and_its_town_give_the_town(analyse):
    found = places(analyse, "Le chef d'état-major des armées, le général Oumar Diarra, a accordé jeudi une audience, "
                            "à son cabinet à Bamako, à l'ambassadeur de Russie, Igor Gromyko.")
    assert found == ["Bamako"]


def test_the_town_hung_inside_the_room_phrase_is_still_the_town(analyse):
    found = places(analyse, "C'est dans la salle d'honneur de l'état-major général des armées à Abidjan que le "
                            "général Lassina Doumbia a reçu mardi le général Pascal Ianni.")
    assert found == ["Abidjan"]


def test_a_room_and_a_country_keep_the_room(analyse):
    found = places(analyse, "Le ministre nigérien de la Défense, Salifou Mody, a reçu lundi dans son bureau au Niger "
                            "le général ghanéen Thomas Oppong-Peprah.")
    assert found and found[0] != "Niger" and "bureau" in found[0]


def test_a_room_told_alone_stays_the_room(analyse):
    found = places(analyse, "Le ministre nigérien de la Défense, Salifou Mody, a reçu lundi le général ghanéen "
                            "Thomas Oppong-Peprah dans la salle des conseils.")
    assert found == ["salle des conseils"]


# -- a room of a named seat (`dans son bureau au ministère de la Défense`): the seat, or its town after a comma -

def test_a_room_of_a_seat_then_its_town_give_the_town(analyse):
    found = places(analyse, "Dans la soirée, le général Rodolphe Haykal a reçu l'émissaire américain dans son bureau "
                            "au ministère de la Défense, à Yarzé.")
    assert found == ["Yarzé"]


def test_a_room_of_a_seat_gives_the_seat(analyse):
    found = places(analyse, "Dans la soirée, le général Rodolphe Haykal a reçu l'émissaire américain dans son bureau "
                            "au ministère de la Défense.")
    assert found == ["ministère de la Défense"]


# -- a site named by its kind and its bracketed acronym (`sur la base aérienne projetée (BAP)`) is the place ---

def test_a_site_named_by_its_kind_and_acronym_is_the_place(analyse):
    found = places(analyse, "Le lendemain, sur la base opérationnelle avancée (BOA), le ministre Paul Durand a été "
                            "accueilli par le commandant de la force, le colonel Olivier Bonnet.")
    assert found == ["base opérationnelle avancée"]


def test_a_site_named_by_its_kind_alone_is_no_place(analyse):
    found = places(analyse, "Le lendemain, sur la base opérationnelle avancée, le ministre Paul Durand a été "
                            "accueilli par le commandant de la force, le colonel Olivier Bonnet.")
    assert found == [""]
