"""Meeting dates and places, round 59: the next (or previous) edition of a gathering, told in passing at the
end of the story (`le prochain sommet se tiendra à X en octobre`), keeps its town and month to itself; the
meeting the story tells, and what is told after it, keep theirs. Texts of our own, with counter-examples."""

from __future__ import annotations

from conftest import page


def rows(analyse, body: str, published: str = "14 mars 2024") -> list[tuple[str, str, str]]:
    return [(m["kind"], m["date"], m["location"]) for m in analyse(page(body, published))._.meetings]


def held(analyse, body: str, published: str = "14 mars 2024") -> list[tuple[str, str, str]]:
    return [(m["kind"], m["date"], m["location"]) for m in analyse(page(body, published))._.meetings
            if m["status"] == "held"]


# -- the next edition announced at the end keeps its place and month ------------------------------------------

def test_next_summit_announced_leaves_the_side_talks_to_the_summit_held(analyse):
    found = held(analyse, "Les dirigeants de l'Alliance se sont réunis mardi 12 mars à Vilnius pour le sommet "
                          "de l'OTAN. Le prochain sommet de l'Alliance se tiendra à Washington en juillet, a "
                          "annoncé le secrétaire général Jens Stoltenberg. En marge des travaux, le président "
                          "Emmanuel Macron s'est entretenu avec le président Volodymyr Zelensky.")
    assert all(place != "Washington" and not date.startswith("2024-07") for _, date, place in found)


def test_next_council_announced_lends_nothing_to_the_hearing_told_after(analyse):
    found = held(analyse, "Les ministres de la Défense de l'Union européenne se sont réunis lundi 11 mars à "
                          "Bruxelles. La prochaine réunion du Conseil aura lieu à Luxembourg en juin. Le ministre "
                          "des Armées Sébastien Lecornu a ensuite reçu son homologue estonien Hanno Pevkur.")
    assert all(place != "Luxembourg" and not date.startswith("2024-06") for _, date, place in found)


def test_next_session_month_does_not_date_the_talks_that_follow(analyse):
    found = held(analyse, "Le ministre des Armées Sébastien Lecornu a accueilli mardi 12 mars à Paris son "
                          "homologue allemand Boris Pistorius pour un conseil franco-allemand de défense. La "
                          "prochaine session se tiendra à Berlin en septembre. Les deux ministres ont également "
                          "eu un entretien sur le char du futur.")
    assert all(place != "Berlin" and not date.startswith("2024-09") for _, date, place in found)


def test_next_ministerial_meeting_lends_nothing_to_the_press_conference(analyse):
    found = held(analyse, "Les ministres de la Défense de l'OTAN se sont retrouvés jeudi 14 mars au siège de "
                          "l'Alliance à Bruxelles. La prochaine réunion ministérielle se tiendra à Stockholm au "
                          "mois d'octobre. Lors d'une conférence de presse, le secrétaire général Jens "
                          "Stoltenberg a salué l'unité des alliés.")
    assert all(place != "Stockholm" and not date.startswith("2024-10") for _, date, place in found)


def test_the_summit_held_keeps_its_own_day_and_town(analyse):
    found = held(analyse, "Les chefs d'État et de gouvernement se sont réunis mardi 12 mars à Grenade pour le "
                          "sommet de la Communauté politique européenne. Le prochain sommet se tiendra à Londres "
                          "en juillet. En marge du sommet, le chancelier Olaf Scholz a rencontré le Premier "
                          "ministre Rishi Sunak.")
    assert found and all(place != "Londres" for _, _, place in found)


# -- counter-examples: a planned meeting keeps its own date; a follow-up sentence completes the meeting ---------

def test_a_planned_meeting_alone_keeps_its_own_month_and_town(analyse):
    found = rows(analyse, "Le prochain sommet de l'OTAN se tiendra à Washington en juillet, a annoncé le "
                          "secrétaire général Jens Stoltenberg.")
    assert [(d, p) for _, d, p in found] == [("2024-07", "Washington")]


def test_a_follow_up_sentence_still_completes_the_meeting_it_refers_to(analyse):
    found = rows(analyse, "Le ministre des Armées Sébastien Lecornu s'est entretenu avec son homologue "
                          "britannique Grant Shapps. La rencontre s'est tenue le 12 mars à Londres.")
    assert [(d, p) for _, d, p in found] == [("2024-03-12", "Londres")]
