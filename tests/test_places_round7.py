"""Where a meeting took place, round 7 (`components/meeting_mentions.py`, `components/meeting_groups.py`):
texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import dated_page as article


def places(doc) -> list[str]:
    return [m["location"] for m in doc._.meetings]


# -- a city as the `de` complement of the meeting noun ----------------------------------------------

def test_a_city_complement_of_the_meeting_noun_is_its_place(analyse):
    doc = analyse(article("9 mai 2024", "Le sommet de Budapest entre les présidents Karl Olsen et Piet Brandt "
                          "est renvoyé à une date inconnue."))
    assert places(doc) == ["Budapest"]


def test_a_body_complement_of_the_meeting_noun_is_no_place(analyse):
    doc = analyse(article("9 mai 2024", "Le sommet de l'Union africaine entre les présidents Karl Olsen et Piet "
                          "Brandt est renvoyé à une date inconnue."))
    assert places(doc) == [""]


# -- a mention of another time brings no place ----------------------------------------------------

def test_a_meeting_of_another_time_merged_in_brings_not_its_city(analyse):
    doc = analyse(article("29 août 2024", "Le 28 août 2024, le ministre Karl Olsen s'est entretenu avec le "
                          "général Piet Brandt. Lors de l'entretien, M. Olsen a rappelé le consensus de leur "
                          "rencontre de Budapest en novembre dernier."))
    assert places(doc)[0] != "Budapest"  # the talks of 28 August; November's meeting may stand on its own


def test_the_same_meeting_first_set_another_day_keeps_its_place(analyse):
    doc = analyse(article("18 août 2023", "Le 17 août 2023, les chefs d'état-major Karl Olsen et Piet Brandt se "
                          "sont réunis. Cette rencontre devait initialement se tenir le 12 août, déjà à Budapest."))
    assert places(doc)[0] == "Budapest"


# -- a call has no place ------------------------------------------------------------------------

def test_a_phone_call_has_no_place(analyse):
    doc = analyse(article("9 mai 2024", "Le 8 mai 2024, depuis Budapest, le ministre Karl Olsen s'est entretenu "
                          "par téléphone avec le général Piet Brandt."))
    assert places(doc) == [""]


def test_talks_in_person_in_a_city_have_its_place(analyse):
    doc = analyse(article("9 mai 2024", "Le 8 mai 2024, à Budapest, le ministre Karl Olsen s'est entretenu "
                          "avec le général Piet Brandt."))
    assert places(doc) == ["Budapest"]


# -- a meeting on the margin of an event: the event's place said just before -------------------------

def test_talks_on_the_margin_of_a_fair_take_the_fair_s_place(analyse):
    doc = analyse(article("18 juin 2024", "Le 17 juin 2024, le ministre Karl Olsen reçoit le général Piet Brandt à "
                          "l'hôtel de Brienne.\n\nTroisième temps, le salon naval, à Lorient. Le 18 juin, M. Brandt "
                          "s'entretient de nouveau avec M. Olsen en marge des stands."))
    assert "Lorient" in places(doc)


def test_talks_on_the_margin_with_no_place_before_keep_the_main_meeting_s(analyse):
    doc = analyse(article("18 juin 2024", "Le 17 juin 2024, le ministre Karl Olsen reçoit le général Piet Brandt à "
                          "Lorient. En marge de la visite, M. Brandt s'entretient avec le maire Jan Vos."))
    assert "Lorient" in places(doc) and "" not in places(doc)


# -- a body's seat before `où` ------------------------------------------------------------------

def test_a_seat_after_a_before_ou_is_the_talks_place(analyse):
    doc = analyse(article("24 janvier 2023", "Le 23 janvier 2023, le général Karl Olsen s'est rendu à l'Ecole "
                          "militaire, où il a eu un entretien avec le général Piet Brandt."))
    assert places(doc) == ["Ecole militaire"]


def test_a_body_named_before_ou_after_another_preposition_is_no_place(analyse):
    doc = analyse(article("24 janvier 2023", "Le 23 janvier 2023, le général Karl Olsen a salué le travail de "
                          "l'OTAN, où il a eu un entretien avec le général Piet Brandt."))
    assert places(doc) == [""]

