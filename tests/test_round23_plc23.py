"""Round 23, meeting places: an infinitive's place belongs to the relative it completes, a building is
not carried to a meeting of other people, a visit landed at a townless airport takes the header's
place, a verbless sentence naming one town marks a stage of a trip."""

from __future__ import annotations

from pipeline.components.meeting_groups import _building_of_others
from tests.conftest import page


def _places(doc) -> list[str]:
    return [m["location"] for m in doc._.meetings]


def test_place_of_infinitive_in_relative_is_not_the_meeting(analyse):
    doc = analyse(page("Le ministre de la Défense a reçu son homologue belge lundi, à la place du défilé "
                       "qui devait se tenir le même jour à Lyon et qui a été annulé."))
    assert "Lyon" not in _places(doc)


def test_place_of_the_verb_itself_stays(analyse):
    doc = analyse(page("Le ministre de la Défense a reçu son homologue belge lundi à Lyon."))
    assert "Lyon" in _places(doc)


def _meeting(place: str, people: list[str]) -> dict:
    return {"location": place, "people": people}


def test_building_not_carried_to_meeting_of_other_people():
    assert _building_of_others(_meeting("siège du ministère", ["a", "b"]), ["c", "d"])


def test_building_carried_to_meeting_of_same_people_and_town_always():
    assert not _building_of_others(_meeting("siège du ministère", ["a", "b"]), ["b", "c"])
    assert not _building_of_others(_meeting("Dakar", ["a", "b"]), ["c", "d"])


def test_visit_landed_at_townless_airport_takes_header_place(analyse):
    doc = analyse(page("Dès son arrivée mardi à l'aéroport international Léopold-Sédar-Senghor, où il a été "
                       "accueilli par le président sénégalais Macky Sall, le président ivoirien Alassane "
                       "Ouattara a déposé une gerbe.", headline="Visite du président ivoirien à Dakar"))
    places = _places(doc)
    assert "Dakar" in places
    assert not any(p.lower().startswith("aéroport") for p in places)


def test_visit_at_airport_without_header_place_stays(analyse):
    doc = analyse(page("Dès son arrivée mardi à l'aéroport international Léopold-Sédar-Senghor, où il a été "
                       "accueilli par le président sénégalais Macky Sall, le président ivoirien Alassane "
                       "Ouattara a déposé une gerbe."))
    assert any(p.lower().startswith("aéroport") for p in _places(doc))


def test_verbless_stage_sentence_gives_the_town(analyse):
    doc = analyse(page("Le président tchadien a entamé lundi une tournée régionale.\n\n"
                       "Deuxième étape : Niamey, où le chef de l'Etat est arrivé mardi soir. Reçu par le président "
                       "nigérien Mohamed Bazoum, il a évoqué la sécurité régionale."))
    assert "Niamey" in _places(doc)


def test_dateline_town_is_no_stage(analyse):
    doc = analyse(page("(Niamey) Le président tchadien. Reçu par le président nigérien Mohamed Bazoum, "
                       "le ministre a évoqué la sécurité au Sahel."))
    assert "Niamey" not in _places(doc)
