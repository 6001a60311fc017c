"""African agency wires, round 44: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def hosts(analyse, body: str) -> list[tuple[str, str]]:
    doc = analyse(page(body))
    return [(m["kind"], m["host"]) for m in doc._.meetings]


# -- `au cabinet du ministre d'Etat`: a meeting held in the office room of a title, the one so titled hosts --

ROOM = ("Séance de travail, mardi au cabinet du ministre d'Etat, entre {first}, Téné Birahima Ouattara, et le "
        "ministre ghanéen de la Défense, Dominic Nitiwul.")


def test_a_verbless_working_session_in_the_office_of_a_title_is_hosted_by_its_holder(analyse):
    found = hosts(analyse, ROOM.format(first="le ministre d'Etat, ministre de la Défense"))
    assert found == [("réunion de travail", "ouattara")]


def test_the_room_phrase_itself_names_no_holder(analyse):
    found = hosts(analyse, ROOM.format(first="le ministre ivoirien de la Défense"))
    assert found == [("réunion de travail", "")]


TALKS = ("{title}, Jean-Pierre Bemba, a échangé mardi avec le général Monwabisi Dyakopu, commandant de la force de "
         "la SAMIDRC. La rencontre s'est tenue au cabinet de travail du Vice-Premier ministre, en présence du "
         "général Christian Tshiwewe Songesha.")


def test_a_meeting_told_later_as_held_in_the_working_office_of_a_title_is_hosted_by_its_holder(analyse):
    found = hosts(analyse, TALKS.format(title="Le Vice-Premier ministre, ministre de la Défense"))
    assert found == [("échange", "bemba")]


def test_an_office_of_a_title_no_participant_bears_names_no_host(analyse):
    found = hosts(analyse, TALKS.format(title="Le ministre de la Défense"))
    assert found == [("échange", "")]


def test_the_office_of_the_chief_of_staff_is_hosted_by_the_chief_of_staff(analyse):
    found = hosts(analyse, "Le chef d'état-major général des armées, le général Moussa Salaou Barmou, s'est "
                           "entretenu lundi avec le colonel Ali Diallo dans le bureau du chef d'état-major "
                           "général des armées.")
    assert found == [("entretiens", "barmou")]


def test_the_office_of_a_title_two_participants_bear_names_no_host(analyse):
    found = hosts(analyse, "Le ministre de la Défense, Salifou Mody, s'est entretenu lundi avec le ministre des "
                           "Affaires étrangères, Bakary Yaou Sangaré, dans le bureau du ministre.")
    assert found == [("entretiens", "")]
