"""Meeting participants, round 56: the two sides of an earlier or later event named only to set the time
(`deux jours après l'appel entre X et Y`) took part in that event, not in the meeting the sentence tells.
Texts of our own, each class with a real participant who stays."""

from __future__ import annotations

from conftest import page


def people(analyse, body: str) -> list[list[str]]:
    return [sorted(m["people"]) for m in analyse(page(body))._.meetings]


def everyone(analyse, body: str) -> set[str]:
    return {p for m in analyse(page(body))._.meetings for p in m["people"]}


# -- `après l'appel entre X et Y`: the sides of another event, named as a landmark of time -----------------

def test_the_sides_of_a_call_before_a_conference_opening_are_not_at_it(analyse):
    found = everyone(analyse, "La conférence sur la sécurité s'est ouverte vendredi à Munich, deux jours après "
                              "le premier appel entre Donald Trump et Vladimir Poutine.")
    assert not found & {"trump", "poutine"}


def test_the_sides_of_an_agreement_before_a_summit_are_not_at_it(analyse):
    found = everyone(analyse, "Le sommet de l'Union africaine s'est ouvert samedi à Addis-Abeba, une semaine "
                              "après l'accord entre Félix Tshisekedi et Paul Kagame.")
    assert not found & {"tshisekedi", "kagame"}


def test_the_sides_of_an_exchange_after_which_a_meeting_opened(analyse):
    found = everyone(analyse, "La réunion des ministres de la Défense de l'OTAN a débuté jeudi à Bruxelles, "
                              "au lendemain d'un échange tendu entre Pete Hegseth et Boris Pistorius, avant "
                              "l'appel entre Emmanuel Macron et Donald Trump.")
    assert not found & {"macron", "trump"}


def test_the_sides_of_a_call_after_a_meeting_of_ministers(analyse):
    found = everyone(analyse, "La réunion du Conseil de sécurité s'est tenue mardi à New York, avant "
                              "l'appel entre Volodymyr Zelensky et Emmanuel Macron prévu mercredi.")
    assert not found & {"zelensky", "macron"}


# -- counter-examples: the meeting's own people stay -------------------------------------------------------

def test_the_pair_of_the_meeting_itself_stays(analyse):
    assert ["kagame", "tshisekedi"] in people(
        analyse, "Une rencontre entre Félix Tshisekedi et Paul Kagame s'est tenue samedi à Doha.")


def test_a_host_who_receives_after_a_call_keeps_his_guest(analyse):
    found = everyone(analyse, "Le président Emmanuel Macron a reçu lundi à l'Élysée le président ukrainien "
                              "Volodymyr Zelensky, deux jours après l'appel entre Donald Trump et Vladimir "
                              "Poutine.")
    assert {"macron", "zelensky"} <= found
    assert not found & {"trump", "poutine"}


def test_talks_between_two_after_a_ceremony_keep_both(analyse):
    assert ["austin", "blair"] in people(
        analyse, "Après la cérémonie, des entretiens entre Bill Blair et Lloyd Austin se sont tenus mardi à "
                 "Ottawa.")
