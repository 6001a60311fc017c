"""Round 10: meeting places. A gathering named after its city (`la Conférence de Lisbonne`, `le sommet
de l'OTAN de La Haye`) that someone goes to or takes part in was held there, and a place clitic of the
next sentence points back to it; a room followed at once by its place (`à son cabinet au Plateau`: the
place, round 47);
the place a meeting noun takes as its own complement comes before an arrival's."""

from __future__ import annotations


def _locations(analyse, text):
    return [m["location"] for m in analyse(text)._.meetings]


HEAD = "Défense : les rendez-vous de la semaine\n\n12 mars 2024\n\n"


def test_conference_named_after_its_city(analyse):
    text = HEAD + ("Le ministre Paul Marchand ne participera pas à la Conférence de Lisbonne sur la sécurité, "
                   "qui s'ouvre vendredi. Lisbonne accueille chaque année les ministres.")
    assert "Lisbonne" in _locations(analyse, text)


def test_summit_of_a_body_named_after_its_city(analyse):
    text = HEAD + ("La ministre Anne Roy est ensuite attendue au sommet de l'OTAN de La Haye, les 24 et 25 juin, "
                   "avec le général Luc Fabre.")
    assert _locations(analyse, text) == ["La Haye"]


def test_summit_told_in_passing_under_a_participle_places_nothing(analyse):
    # counter-example: `les décisions prises au sommet de X` is another event, not this meeting's place
    text = HEAD + ("Le ministre Paul Marchand a reçu mardi le général Luc Fabre pour évoquer les décisions "
                   "prises au sommet de Lisbonne.")
    assert all("Lisbonne" not in place for place in _locations(analyse, text))


def test_clitic_points_back_to_the_city_of_a_gathering(analyse):
    text = HEAD + ("La Conférence de Lisbonne a souvent servi de tribune au ministre Paul Marchand. En mars 2020, "
                   "il y avait rencontré son homologue, le général Luc Fabre.")
    assert "Lisbonne" in _locations(analyse, text)


def test_clitic_after_a_body_named_gathering_gets_no_city(analyse):
    # counter-example: a gathering named after a body (`de l'Union africaine`) names no city
    text = HEAD + ("Le sommet de l'Union africaine a souvent servi de tribune au ministre Paul Marchand. En mars "
                   "2020, il y avait rencontré son homologue, le général Luc Fabre.")
    assert all("Union" not in place for place in _locations(analyse, text))


def test_room_with_its_place(analyse):
    text = HEAD + ("Le ministre d'Etat Karim Sall a reçu en audience, samedi 16 mars 2024, à son cabinet au "
                   "Plateau, le ministre français des Armées, Hugo Lenoir.")
    assert _locations(analyse, text) == ["Plateau"]  # round 47: the room's town or district, as the gold writes it


def test_room_followed_by_a_country_stays_the_room(analyse):
    # counter-example: a country after the room adds nothing the reader needs
    text = HEAD + ("Le ministre d'Etat Karim Sall a reçu en audience, samedi 16 mars 2024, à son cabinet au "
                   "Maroc, le ministre français des Armées, Hugo Lenoir.")
    assert _locations(analyse, text) == ["cabinet"]


def test_meeting_noun_own_place_before_the_arrival(analyse):
    text = HEAD + ("A son arrivée mardi matin à l'aéroport international de Tessalit, le ministre Hugo Lenoir "
                   "a été accueilli par le président Ali Diallo, avant un entretien en tête-à-tête au palais "
                   "présidentiel.")
    assert _locations(analyse, text)[0] == "palais présidentiel"


def test_arrival_place_kept_when_the_noun_has_none(analyse):
    # counter-example: a meeting noun with no place of its own takes the place of its clause
    text = HEAD + ("A son arrivée mardi matin à l'aéroport international de Tessalit, le ministre Hugo Lenoir "
                   "a été accueilli par le président Ali Diallo pour un entretien en tête-à-tête.")
    assert _locations(analyse, text)[0] == "Tessalit"  # the airport's place, written as its town
