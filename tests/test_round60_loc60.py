"""Meeting places, round 60: a building named with its capitalised adjective (`le Grand Palais du Peuple`),
and the place of the next leg of a trip told in an `avant de` clause (`..., avant de se rendre en
Jordanie`), which is not the meeting's. Texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def places(analyse, body: str) -> list[str]:
    return [m["location"] for m in analyse(page(body))._.meetings]


# -- a capitalised adjective opening a building's name belongs to it ----------------------------------------

def test_the_great_hall_of_the_people_keeps_its_adjective(analyse):
    assert places(analyse, "Le président chinois Xi Jinping s'est entretenu mercredi au Grand Palais du Peuple "
                           "à Pékin avec le président vietnamien To Lam.") == ["Grand Palais du Peuple"]


def test_a_capitalised_adjective_before_a_palace_in_a_reception(analyse):
    assert places(analyse, "Le président Xi Jinping a reçu vendredi le Premier ministre pakistanais Shehbaz "
                           "Sharif au Grand Palais du Peuple à Pékin.") == ["Grand Palais du Peuple"]


def test_a_lower_case_adjective_describes_the_place_and_stays_out(analyse):
    found = places(analyse, "Le président Faustin-Archange Touadéra a reçu lundi son homologue tchadien "
                            "Mahamat Idriss Déby au nouveau Palais de la Renaissance.")
    assert found and all(not p.startswith("nouveau") for p in found)


# -- `avant de se rendre à X`: the next leg of the trip, not the meeting's place -----------------------------

def test_the_country_of_the_next_leg_is_not_the_meeting_place(analyse):
    assert places(analyse, "Le ministre Jean-Noël Barrot a rencontré jeudi le président libanais Joseph Aoun, "
                           "avant de se rendre en Jordanie.") == [""]


def test_the_next_leg_after_talks_planned_is_not_their_place(analyse):
    assert places(analyse, "La ministre Kaja Kallas doit retrouver mardi le président Nayib Bukele pour un "
                           "second entretien, avant de se rendre au Guatemala.") == [""]


def test_the_town_of_the_next_leg_is_not_the_meeting_place(analyse):
    assert places(analyse, "Le président kényan William Ruto a reçu lundi le président ougandais Yoweri "
                           "Museveni, avant de se rendre à Kigali.") == [""]


def test_the_meeting_place_stays_when_the_next_leg_is_told_after_it(analyse):
    assert places(analyse, "Le président William Ruto a reçu lundi le président Yoweri Museveni à Nairobi, "
                           "avant de s'envoler pour Addis-Abeba.") == ["Nairobi"]


def test_a_meeting_told_inside_the_before_clause_keeps_its_place(analyse):
    found = places(analyse, "Le ministre Sébastien Lecornu a quitté Paris lundi, avant de se rendre à Kiev, où "
                            "il a rencontré son homologue Rustem Oumerov.")
    assert "Kiev" in found and "Paris" not in found


def test_a_visit_with_its_own_place_before_the_next_leg(analyse):
    assert places(analyse, "Le général Thierry Burkhard a été reçu mardi à Dakar par le général Mbaye Cissé, "
                           "avant de rejoindre Abidjan.") == ["Dakar"]


def test_joining_someone_before_is_a_meeting_not_a_next_leg(analyse):
    found = places(analyse, "Le président Emmanuel Macron a visité jeudi le fort d'Amber, avant de rejoindre le "
                            "Premier ministre Narendra Modi à Jaipur.")
    assert "Jaipur" in found
