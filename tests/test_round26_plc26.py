"""Round 26 of meeting places, on texts of our own, each with a counter-example: a building's name of
several capitalised words the model leaves unread is read to its last capitalised word (not cut after
its first), and stops before a person's name that follows it."""

from __future__ import annotations


def places(doc) -> list[str]:
    return [m["location"] for m in doc._.meetings]


def test_a_building_name_of_two_unread_words_is_read_whole(analyse):
    doc = analyse("Le Veilleur\n\nUne audience\n\nLe ministre tchèque de la Défense, Pavel Novak, a été reçu "
                  "lundi par le président Jan Dvorak au palais de Ker Vilo, pendant une heure.\n")
    assert any(p.startswith("palais de Ker Vilo") for p in places(doc)), places(doc)


def test_a_building_name_stops_before_the_person_named_after_it(analyse):
    doc = analyse("Le Veilleur\n\nUne audience\n\nLe président Jan Dvorak a reçu lundi au palais de Ker "
                  "Vilo le ministre tchèque de la Défense, Pavel Novak.\n")
    assert not any("Novak" in p for p in places(doc)), places(doc)


# --- a town on a light verb whose object is the meeting noun ---------------------------------------

def test_a_town_on_the_verb_whose_object_is_the_meeting_noun_is_its_place(analyse):
    doc = analyse("Le Veilleur\n\nDes entretiens\n\nLe ministre tchèque de la Défense, Pavel Novak, a eu ce "
                  "mardi à Rabat des entretiens avec son homologue marocain, Karim Alaoui.\n")
    assert "Rabat" in places(doc), places(doc)


def test_a_town_of_another_clause_is_not_the_place_of_the_meeting_noun(analyse):
    doc = analyse("Le Veilleur\n\nDes entretiens\n\nLe ministre tchèque de la Défense, Pavel Novak, qui a "
                  "longtemps vécu à Rabat, a eu ce mardi des entretiens téléphoniques avec son homologue "
                  "marocain, Karim Alaoui.\n")
    assert "Rabat" not in places(doc), places(doc)


# --- a building is its host's house: another host's meeting the same day is in the town ----------

TRIP = ("Le Veilleur\n\nUne visite\n\nLe ministre tchèque de la Défense, Pavel Novak, est arrivé lundi 3 mars "
        "2025 au Portugal. Il a été reçu par le président portugais, Rui Sampaio, au palais de Belém. ")


def test_another_hosts_meeting_of_the_day_is_not_in_the_first_hosts_building(analyse):
    doc = analyse(TRIP + "Il s'est ensuite entretenu avec le Premier ministre portugais, Luís Montenegro.\n")
    assert places(doc) == ["palais de Belém", "Lisbonne"], places(doc)


def test_the_buildings_host_among_the_people_keeps_the_building(analyse):
    doc = analyse(TRIP + "Il a ensuite dîné avec le président portugais et le Premier ministre portugais, "
                  "Luís Montenegro.\n")
    assert "Lisbonne" not in places(doc), places(doc)
