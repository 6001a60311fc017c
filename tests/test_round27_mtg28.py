"""Meetings the tool did not find, round 28: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def meetings(analyse, body: str) -> list[set[str]]:
    doc = analyse(page(body))
    return [set(m["people"]) for m in doc._.meetings]


# -- `s'entretenir avec A, puis avec B`: one talk per partner, in turn ------------------------------------

def test_talks_with_one_partner_then_another_are_two_meetings(analyse):
    found = meetings(analyse, "Mercredi, à Vilnius, la ministre néerlandaise de la Défense Kajsa Ollongren s'est "
                              "entretenue avec le président lituanien Gitanas Nausėda, puis avec la Première "
                              "ministre Ingrida Šimonytė.")
    assert {"ollongren", "nauseda"} in found and {"ollongren", "simonyte"} in found
    assert not any({"nauseda", "simonyte"} <= people for people in found)


def test_talks_with_two_partners_together_stay_one_meeting(analyse):
    found = meetings(analyse, "Mercredi, à Vilnius, la ministre néerlandaise de la Défense Kajsa Ollongren s'est "
                              "entretenue avec le président lituanien Gitanas Nausėda et la Première ministre "
                              "Ingrida Šimonytė.")
    assert any({"ollongren", "nauseda", "simonyte"} <= people for people in found)


# -- `un entretien avec A à X et une rencontre avec B à Y`: two meetings, each its partner and place -----

def test_two_meeting_nouns_each_with_its_partner_are_two_meetings(analyse):
    doc = analyse(page("Le 3 mars, le Premier ministre grec Kyriákos Mitsotákis a eu un entretien avec "
                       "Pedro Sánchez à Madrid et une rencontre avec Giorgia Meloni à Rome."))
    found = {frozenset(m["people"]): m["location"] for m in doc._.meetings}
    assert found.get(frozenset({"mitsotakis", "sanchez"})) == "Madrid"
    assert found.get(frozenset({"mitsotakis", "meloni"})) == "Rome"


def test_two_meeting_nouns_sharing_one_partner_stay_one_meeting(analyse):
    found = meetings(analyse, "Le 3 mars, le Premier ministre grec Kyriákos Mitsotákis a eu un déjeuner et un "
                              "entretien avec Pedro Sánchez à Madrid.")
    assert found == [{"mitsotakis", "sanchez"}]


# -- `une seconde rencontre`: another talk between the people just told of, with a status of its own ------

TALK = ("Samedi 8 juin, à Lisbonne, le président Marcelo Rebelo de Sousa et le roi Felipe VI se sont entretenus "
        "pendant une heure. ")


def test_a_second_talk_is_a_meeting_of_its_own_between_the_same_people(analyse):
    doc = analyse(page(TALK + "Une seconde rencontre, envisagée pour le soir, a finalement été annulée."))
    found = [(set(m["people"]), m["status"]) for m in doc._.meetings]
    assert any(status == "held" and "felipe vi" in people for people, status in found)
    assert any(status == "cancelled" and "felipe vi" in people for people, status in found)


def test_a_new_meeting_of_a_named_body_takes_not_the_people_of_the_talk(analyse):
    doc = analyse(page(TALK + "Une nouvelle réunion du comité de suivi a finalement été annulée."))
    assert sum("felipe vi" in m["people"] for m in doc._.meetings) == 1


# -- `reçu par A, avant une audience avec B`: the noun of the circumstance is a meeting with its partner ---

def test_a_meeting_noun_before_which_with_its_own_partner_is_a_meeting_of_its_own(analyse):
    found = meetings(analyse, "Vendredi, à Madrid, le ministre ukrainien Dmytro Kouleba a été reçu par le roi "
                              "Felipe VI, avant un entretien au Parlement avec la présidente Francina Armengol.")
    assert {"kouleba", "felipe vi"} in found and {"kouleba", "armengol"} in found


def test_a_meeting_noun_with_the_partner_already_met_adds_nothing(analyse):
    found = meetings(analyse, "Vendredi, à Madrid, le ministre ukrainien Dmytro Kouleba a été reçu par le roi "
                              "Felipe VI, avant un entretien au Parlement avec le roi Felipe VI.")
    assert found == [{"kouleba", "felipe vi"}]
