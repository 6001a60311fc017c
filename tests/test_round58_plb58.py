"""Meeting places, round 58 (plb58): the place clitic `y` points back to the nearest place named before it,
and that may be in its own sentence (`arrivé à l'aéroport de X, y a été accueilli`), before any place of the
sentences before (another moment of the story: `la route reliant X à Y`). An origin (`venu de X`) is never
that antecedent. Texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def places(analyse, body: str) -> list[str]:
    return [m["location"] for m in analyse(page(body))._.meetings]


# -- `y` points back to a place of its own sentence, before the clitic ----------------------------------

def test_arrived_at_an_airport_then_received_there(analyse):
    assert places(analyse, "Le président a inauguré mardi la route reliant Gao à Kidal. Le ministre malien, "
                           "arrivé mercredi à l'aéroport de Bamako, y a été accueilli par son homologue "
                           "Sadio Camara.")[-1] == "Bamako"


def test_arrived_in_a_capital_then_received_there(analyse):
    assert places(analyse, "Le sommet de l'Union africaine se tiendra à Addis-Abeba. Le président sénégalais, "
                           "arrivé dans la soirée à Nouakchott, y a été accueilli par le président Mohamed "
                           "Ould Ghazouani.")[-1] == "Nouakchott"


def test_came_to_a_country_then_received_there(analyse):
    assert places(analyse, "L'exercice avait commencé à Tallinn. Le chef d'état-major, venu en Lettonie "
                           "pour l'exercice, y a été reçu par le ministre Andris Spruds.")[-1] == "Lettonie"


def test_a_relative_trip_then_a_meeting_there(analyse):
    assert places(analyse, "La tournée avait débuté à Berlin. Le Premier ministre, qui s'est rendu jeudi "
                           "à Varsovie, y a rencontré son homologue Donald Tusk.")[-1] == "Varsovie"


def test_a_base_then_a_meeting_there(analyse):
    assert places(analyse, "La ministre a quitté Paris lundi. Le général Pierre Schill, arrivé mardi à la "
                           "base de Cincu, y a rencontré le général roumain Gheorghiță Vlad.")[-1] == "base de Cincu"


# -- counter-examples: an origin is no antecedent; no place before the clitic reads the sentence before ------

def test_an_origin_is_no_antecedent(analyse):
    assert places(analyse, "Le ministre s'est rendu jeudi à Banjul. Venu de Dakar, il y a été reçu par le "
                           "président Adama Barrow.")[-1] == "Banjul"


def test_no_place_before_the_clitic_reads_the_sentence_before(analyse):
    assert places(analyse, "La ministre est arrivée lundi à Riga. Elle y a rencontré le général Kaspars "
                           "Pudans.")[-1] == "Riga"
