"""Meeting rows and participants (issue #10, round 22): an earlier meeting told in a pluperfect relative
clause of place, a pair word after a companion's sentence, a meeting recalled with `leur` in a
circumstance of time. Each behaviour is tested on our own sentences with a counter-example.
"""
from __future__ import annotations

from tests.conftest import dated_page


def _meetings(doc) -> list[dict]:
    return list(doc._.meetings or [])


def _with(doc, *keys: str) -> list[dict]:
    return [m for m in _meetings(doc) if all(k in m["people"] for k in keys)]


EARLIER = ("Arrivé mardi soir à Lisbonne en provenance de Madrid, où il avait rencontré le président "
           "Pedro Alvarez au palais royal, le ministre Karl Brenner a été accueilli à l'aéroport par le Premier "
           "ministre portugais, Rui Matos.")


def test_pluperfect_relative_clause_of_place_is_an_earlier_meeting_of_its_own(analyse):
    doc = analyse(dated_page("14 mars 2024", EARLIER))
    madrid = [m for m in _with(doc, "alvarez") if "matos" not in m["people"]]
    lisbon = [m for m in _with(doc, "matos") if "alvarez" not in m["people"]]
    assert madrid and lisbon, [(m["people"], m["location"]) for m in _meetings(doc)]
    assert "brenner" in madrid[0]["people"] and madrid[0]["location"] == "Madrid"
    assert lisbon[0]["host"] == "matos" and lisbon[0]["date"] == "2024-03-12"


def test_relative_clause_naming_nobody_stays_one_meeting(analyse):
    doc = analyse(dated_page("14 mars 2024", "Arrivé mardi soir à Lisbonne, où il avait déjà séjourné, le ministre "
                                             "Karl Brenner a été accueilli à l'aéroport par le Premier ministre "
                                             "portugais, Rui Matos."))
    assert len(_meetings(doc)) == 1, [(m["people"], m["location"]) for m in _meetings(doc)]


def test_pair_word_after_a_companion_is_the_pair_of_the_last_meeting(analyse):
    doc = analyse(dated_page("14 mars 2024", "Le président Karl Brenner a été reçu mardi à Lisbonne par le Premier "
                                             "ministre portugais, Rui Matos. Il était accompagné de son épouse, "
                                             "Anna Lind. Mercredi matin, les deux dirigeants se sont entretenus "
                                             "au palais de Belém."))
    talks = [m for m in _meetings(doc) if m["date"] == "2024-03-13"]
    assert talks, [(m["people"], m["date"]) for m in _meetings(doc)]
    assert {"brenner", "matos"} <= set(talks[0]["people"]) and "lind" not in talks[0]["people"]


def test_pair_word_after_an_official_keeps_the_sentence_before(analyse):
    doc = analyse(dated_page("14 mars 2024", "Le président Karl Brenner a été reçu mardi à Lisbonne par le Premier "
                                             "ministre portugais, Rui Matos. Le ministre de la Défense, Luis Costa, "
                                             "a rencontré mercredi son homologue espagnol, Pedro Alvarez. Jeudi, "
                                             "les deux ministres se sont entretenus à Porto."))
    porto = [m for m in _meetings(doc) if m["location"] == "Porto"]
    assert porto and "brenner" not in porto[0]["people"], [(m["people"], m["location"]) for m in _meetings(doc)]


RECALLED = ("Le président Karl Brenner a rencontré mercredi à Lisbonne le Premier ministre Rui Matos. Cette rencontre "
            "intervient un an après leur entretien de Madrid, le 4 mai 2023, en marge d'un sommet européen.")


def test_meeting_recalled_with_their_in_a_circumstance_of_time_is_its_own(analyse):
    doc = analyse(dated_page("14 mars 2024", RECALLED))
    old = [m for m in _meetings(doc) if m["date"] == "2023-05-04"]
    assert old, [(m["people"], m["date"]) for m in _meetings(doc)]
    assert set(old[0]["people"]) == {"brenner", "matos"}
    assert any(m["date"] == "2024-03-13" for m in _meetings(doc))


def test_meeting_noun_without_a_possessive_is_no_recalled_meeting(analyse):
    doc = analyse(dated_page("14 mars 2024", "Le président Karl Brenner a rencontré mercredi à Lisbonne le Premier "
                                             "ministre Rui Matos. Cette rencontre intervient un an après la crise "
                                             "de Madrid, le 4 mai 2023."))
    assert not [m for m in _meetings(doc) if m["date"] == "2023-05-04"]
