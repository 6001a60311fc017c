"""A visit told day by day, round 30: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def meetings(analyse, body: str) -> list[tuple[str, str, list[str]]]:
    doc = analyse(page(body))
    return [(m["kind"], m["date"], sorted(m["people"])) for m in doc._.meetings]


# -- an event of a visit's programme (`programme_kinds`) told during a visit of several days is its own ---

STAY = ("Le président ghanéen, Kwame Asante, est arrivé mardi 5 mars à Lomé pour une visite d'Etat {length}, "
        "à l'invitation de son homologue togolais, Kodjo Amavi. Reçu au palais présidentiel, le visiteur et "
        "son hôte se sont ensuite entretenus en tête-à-tête pendant une heure.")


def test_a_tete_a_tete_during_a_visit_of_days_is_a_meeting_of_its_own(analyse):
    found = meetings(analyse, STAY.format(length="de trois jours"))
    assert [k for k, _, _ in found] == ["visite d'État", "tête-à-tête"]
    assert found[1][1] == "2024-03-05"


def test_a_tete_a_tete_during_a_visit_of_no_told_length_stays_the_visit(analyse):
    found = meetings(analyse, STAY.format(length="officielle"))
    assert [k for k, _, _ in found] == ["visite d'État"]


def test_a_talk_not_of_the_programme_kinds_stays_the_visit(analyse):
    found = meetings(analyse, STAY.format(length="de trois jours").replace("en tête-à-tête", "longuement"))
    assert len(found) == 1


# -- `Les deux chefs d'Etat` after a sentence naming one of the pair just met: that pair -------------------

PAIR = ("Le président ghanéen Kwame Asante a été accueilli samedi 9 mars à Lomé par le président togolais "
        "Kodjo Amavi, pour une visite de deux jours. Arrivé à l'aéroport, le président Asante a été salué par "
        "{greeter}. Les deux chefs d'Etat ont eu ensuite un tête-à-tête au palais de la Marina.")


def test_a_pair_word_after_one_of_the_pair_named_stands_for_that_pair(analyse):
    found = meetings(analyse, PAIR.format(greeter="son homologue"))
    talks = [p for k, _, p in found if k == "tête-à-tête"]
    assert talks == [["amavi", "asante"]]


def test_a_pair_word_after_another_pair_named_stands_for_those_two(analyse):
    found = meetings(analyse, PAIR.format(greeter="le Premier ministre, Yawo Dossou,").replace(
        "Arrivé à l'aéroport, le président Asante", "Arrivé à l'aéroport, le président Asante, accompagné du "
        "ministre Kofi Mensah,"))
    talks = [p for k, _, p in found if k == "tête-à-tête"]
    assert talks and "amavi" not in talks[0]


# -- who receives the visitor for a programme event hosts a stay told with no host -----------------------

def test_the_one_receiving_the_visitor_for_a_tete_a_tete_hosts_the_stay(analyse):
    doc = analyse(page("Le président ghanéen Kwame Asante et le président togolais Kodjo Amavi ont ouvert "
                       "mardi 5 mars une visite de trois jours à Lomé. Le président Amavi a ensuite reçu son "
                       "hôte au palais présidentiel pour un tête-à-tête."))
    stay = next(m for m in doc._.meetings if m["kind"].startswith("visite"))
    assert stay["host"] == "amavi"
