"""Counterparts, round 58: `son homologue [démonyme]` holds the office of the one whose counterpart he is
(a foreign minister's counterpart is a foreign minister, a head of state's a head of state). The one person
of that country the text tells, when he holds an office of another family (`office_family` in roles.yml:
head of state, foreign affairs, defence), is not that counterpart. Texts of our own, with counter-examples."""

from __future__ import annotations

from conftest import page


def meetings(analyse, body: str) -> list[tuple[str, list[str]]]:
    return [(m["host"], sorted(m["people"])) for m in analyse(page(body))._.meetings]


# -- the one person of that country holds another office: he is not the counterpart -------------------------

def test_a_foreign_ministers_counterpart_is_not_the_head_of_state(analyse):
    found = meetings(analyse, "Le président de la Transition malien, le général Assimi Goïta, a reçu lundi à "
                              "Bamako le ministre togolais des Affaires étrangères, Robert Dussey. Mercredi, le "
                              "ministre togolais a été reçu par son homologue malien.")
    assert [people for _host, people in found] == [["dussey", "goita"], ["dussey"]]


def test_a_chief_of_staffs_counterpart_is_not_the_prime_minister(analyse):
    found = meetings(analyse, "Le Premier ministre polonais Donald Tusk a reçu jeudi à Varsovie le chef "
                              "d'état-major des armées, le général Fabien Mandon. Vendredi, le général Mandon a "
                              "été accueilli par son homologue polonais.")
    assert [people for _host, people in found] == [["mandon", "tusk"], ["mandon"]]


def test_a_defence_ministers_counterpart_is_not_the_president(analyse):
    found = meetings(analyse, "Le président ivoirien Alassane Ouattara a reçu lundi à Abidjan le ministre des "
                              "Armées, Sébastien Lecornu. Mardi, Sébastien Lecornu a été reçu au ministère de la "
                              "Défense par son homologue ivoirien.")
    assert [people for _host, people in found] == [["lecornu", "ouattara"], ["lecornu"]]


def test_a_foreign_ministers_counterpart_is_not_the_president_in_the_passive(analyse):
    found = meetings(analyse, "Le président ivoirien Alassane Ouattara a reçu vendredi à Abidjan la ministre "
                              "allemande des Affaires étrangères, Annalena Baerbock. Jeudi, la ministre allemande "
                              "avait été reçue par son homologue ivoirien au ministère.")
    assert [people for _host, people in found] == [["baerbock", "ouattara"], ["baerbock"]]


def test_a_head_of_states_counterpart_is_not_the_foreign_minister(analyse):
    found = meetings(analyse, "Le ministre ghanéen des Affaires étrangères, Samuel Okudzeto Ablakwa, est arrivé "
                              "lundi à Paris. Le président Emmanuel Macron a reçu mardi à l'Élysée son homologue "
                              "ghanéen.")
    assert not any("ablakwa" in people and "macron" in people for _host, people in found)


# -- counter-examples: the same family is the counterpart, however the title is written ----------------------

def test_the_chief_of_diplomacy_is_the_foreign_ministers_counterpart(analyse):
    found = meetings(analyse, "Le chef de la diplomatie sénégalaise, Yassine Fall, est arrivé lundi à Paris. Le "
                              "ministre de l'Europe et des Affaires étrangères, Jean-Noël Barrot, a reçu mardi son "
                              "homologue sénégalais au Quai d'Orsay.")
    assert ["barrot", "fall"] in [people for _host, people in found]


def test_a_president_is_the_counterpart_of_the_president_of_the_republic(analyse):
    found = meetings(analyse, "Le président ghanéen John Mahama est arrivé lundi à Paris. Le président de la "
                              "République, Emmanuel Macron, a reçu mardi à l'Élysée son homologue ghanéen.")
    assert ["macron", "mahama"] in [people for _host, people in found]


def test_an_office_outside_the_families_keeps_the_one_person(analyse):
    found = meetings(analyse, "Le ministre d'État ivoirien Téné Birahima Ouattara est arrivé lundi à Paris. Le "
                              "ministre des Armées, Sébastien Lecornu, a reçu mardi son homologue ivoirien.")
    assert ["lecornu", "ouattara"] in [people for _host, people in found]
