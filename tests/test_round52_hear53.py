"""Committee hearings and the sitting that holds them, round 52: a hearing told by its verb or noun, then
the committee's sitting spoken of by a bare definite noun (`la réunion`, `la séance`) the same day, is one
meeting, hosted by the committee chair named in that sitting. Texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def meetings(analyse, body: str) -> list[tuple[str, str | None, list[str]]]:
    doc = analyse(page(body, published="6 mars 2024"))
    return [(m["kind"], m["host"], sorted(m["people"])) for m in doc._.meetings]


# -- the sitting told back by a bare definite noun is the hearing; its chair hosts ---------------------------

def test_opening_of_the_sitting_after_the_deputies_heard_two_generals(analyse):
    found = meetings(analyse, "La commission de la défense nationale et des forces armées de l'Assemblée "
                              "nationale a poursuivi mercredi son cycle d'auditions. Les députés ont entendu le "
                              "général Paul Lemoine, directeur du renseignement militaire. En ouverture de la "
                              "réunion, le président de la commission, Jean-Michel Jacques, a rendu hommage aux "
                              "soldats tombés au Sahel.")
    assert found == [("audition", "jacques", ["jacques", "lemoine"])]


def test_the_sitting_opened_by_the_chair_after_senators_auditioned_a_minister(analyse):
    found = meetings(analyse, "La commission des affaires étrangères et de la défense du Sénat a auditionné mardi "
                              "le ministre des Armées, Sébastien Lecornu, sur la loi de programmation militaire. "
                              "À l'ouverture de la séance, le président de la commission, Cédric Perrin, a "
                              "salué la présence des rapporteurs.")
    assert found == [("audition", "perrin", ["lecornu", "perrin"])]


def test_the_chairwoman_closing_the_sitting_hosts_the_hearing(analyse):
    found = meetings(analyse, "Les députés de la commission de la défense de l'Assemblée nationale ont "
                              "auditionné mercredi l'amiral Nicolas "
                              "Vaujour, chef d'état-major de la Marine. À la fin de la réunion, la présidente de "
                              "la commission, Françoise Dumas, a remercié l'amiral pour sa franchise.")
    assert found == [("audition", "dumas", ["dumas", "vaujour"])]


def test_a_hearing_told_by_its_noun_then_its_sitting(analyse):
    found = meetings(analyse, "La commission de la défense de l'Assemblée nationale a consacré mercredi une "
                              "audition au général Thierry Burkhard, chef d'état-major des armées. Au début de la "
                              "séance, le président de la commission, Thomas Gassilloud, a présenté le "
                              "calendrier des travaux.")
    assert found == [("audition", "gassilloud", ["burkhard", "gassilloud"])]


def test_a_sitting_told_in_its_course_after_a_passive_hearing(analyse):
    found = meetings(analyse, "Le délégué général pour l'armement, Emmanuel Chiva, a été entendu mardi par la "
                              "commission des affaires étrangères et de la défense du Sénat. Au cours de la "
                              "réunion, le président de la commission, Christian Cambon, l'a interrogé sur les "
                              "stocks de munitions.")
    assert found == [("audition", "cambon", ["cambon", "chiva"])]


def test_the_chair_hosts_though_the_sitting_names_rapporteurs_too(analyse):
    found = meetings(analyse, "Les députés de la commission de la défense de l'Assemblée nationale ont entendu "
                              "mercredi le général Paul Lemoine, directeur du renseignement militaire. En "
                              "ouverture de la réunion, le président de la commission, Jean-Michel Jacques, a "
                              "fait désigner deux rapporteurs, Anne Morel et Louis Garnier.")
    assert [(k, h) for k, h, _ in found] == [("audition", "jacques")]
    assert {"jacques", "lemoine"} <= set(found[0][2])


# -- counter-examples: the next sitting, another committee's, another day ------------------------------------

def test_the_next_sitting_is_a_meeting_of_its_own(analyse):
    found = meetings(analyse, "Les députés de la commission de la défense de l'Assemblée nationale ont "
                              "auditionné mercredi le général "
                              "Paul Lemoine, directeur du renseignement militaire. La prochaine réunion, "
                              "consacrée au budget, se tiendra le 13 mars sous la présidence de Jean-Michel "
                              "Jacques.")
    assert ("audition", None, ["lemoine"]) in [(k, h or None, p) for k, h, p in found]
    assert len(found) == 2


def test_the_sitting_of_another_committee_is_not_the_hearing(analyse):
    found = meetings(analyse, "Les députés de la commission de la défense de l'Assemblée nationale ont "
                              "auditionné mercredi le général "
                              "Paul Lemoine, directeur du renseignement militaire. Le même jour, lors de la "
                              "réunion de la commission des finances, son président, Éric Coquerel, a présenté "
                              "le rapport.")
    hearing = [(h, p) for k, h, p in found if k == "audition"]
    assert hearing == [("", ["lemoine"])]


def test_the_sitting_of_another_day_is_not_the_hearing(analyse):
    found = meetings(analyse, "Les députés de la commission de la défense de l'Assemblée nationale ont "
                              "auditionné mercredi le général "
                              "Paul Lemoine, directeur du renseignement militaire. Le 20 mars, en ouverture de la "
                              "réunion, le président de la commission, Jean-Michel Jacques, a présenté le "
                              "rapport d'information.")
    hearing = [(h, p) for k, h, p in found if k == "audition"]
    assert hearing == [("", ["lemoine"])]


def test_a_sitting_after_talks_is_no_hearing_s(analyse):
    found = meetings(analyse, "Le ministre des Armées a reçu mercredi son homologue allemand Boris Pistorius à "
                              "l'hôtel de Brienne. En ouverture de la réunion, le président de la commission de "
                              "la défense, Jean-Michel Jacques, a salué les deux ministres.")
    assert all(k != "audition" for k, _, _ in found)


def test_another_committee_opening_its_own_sitting_is_not_the_hearing(analyse):
    found = meetings(analyse, "Les députés de la commission de la défense de l'Assemblée nationale ont "
                              "auditionné mercredi le général Paul Lemoine, directeur du renseignement militaire. "
                              "Dans l'après-midi, la commission des finances a ouvert la séance sous la présidence "
                              "d'Éric Coquerel.")
    hearing = [(h, p) for k, h, p in found if k == "audition"]
    assert hearing == [("", ["lemoine"])]


# -- a deputy who speaks during the hearing takes part in it ---------------------------------------------------

def test_a_deputy_asking_a_question_takes_part_in_the_hearing(analyse):
    found = meetings(analyse, "La commission de la défense de l'Assemblée nationale a auditionné mercredi le "
                              "général Paul Lemoine, directeur du renseignement militaire. Le député Marc Fabre "
                              "(LR) a souligné la faiblesse des effectifs.")
    assert [(k, p) for k, _, p in found] == [("audition", ["fabre", "lemoine"])]
