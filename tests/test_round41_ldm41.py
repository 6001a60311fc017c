"""Meeting participants, round 41: the people of another event named inside a meeting sentence (`au
lendemain de la réunion présidée par Z`, `dans le prolongement de la visite de Z`, `après la visite de Z`) took
part in that event, not in the meeting the sentence tells. Texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def meetings(analyse, body: str) -> list[tuple[str, str, list[str]]]:
    doc = analyse(page(body))
    return [(m["kind"], m["host"], m["participants"] if "participants" in m else m["people"])
            for m in doc._.meetings]


def everyone(found) -> set[str]:
    return {p for _, _, people in found for p in people}


# -- a host verb, the landmark the complement of a sequence noun (`au lendemain de`, `à la veille de`) ----------

def test_the_chair_of_the_meeting_the_day_before_is_no_guest(analyse):
    found = meetings(analyse, "Le général Hervé Lemoine a accueilli jeudi à Brest l'amiral Tomas Ekholm, au lendemain "
                              "de la conférence présidée par le général Jan Vandersteen à Bruxelles.")
    assert {"lemoine", "ekholm"} <= everyone(found) and "vandersteen" not in everyone(found)
    assert any(host == "lemoine" for _, host, _ in found)  # the host of the meeting stays


def test_the_chair_of_the_meeting_itself_stays(analyse):
    found = meetings(analyse, "Le général Hervé Lemoine a accueilli jeudi à Brest l'amiral Tomas Ekholm, lors "
                              "de la conférence présidée par le général Jan Vandersteen.")
    assert "vandersteen" in everyone(found)


# -- a host verb, the landmark after `après`, wherever the parse hangs it ------------------------------------------

def test_the_visitor_of_an_earlier_visit_is_not_received(analyse):
    found = meetings(analyse, "Le ministre Aurelio Mancini a reçu vendredi à Rome son homologue Tomás Varga, "
                              "quinze jours après la visite du chancelier Otto Kessler.")
    assert {"mancini", "varga"} <= everyone(found) and "kessler" not in everyone(found)
    assert any(host == "mancini" for _, host, _ in found)


def test_someone_named_in_presence_stays_at_the_welcome(analyse):
    found = meetings(analyse, "Le ministre Aurelio Mancini a reçu vendredi à Rome son homologue Tomás Varga, "
                              "en présence du chancelier Otto Kessler.")
    assert "kessler" in everyone(found)


# -- a meeting noun, the landmark the complement of a noun tying it to another event (`dans le prolongement de`) --

def test_the_president_of_the_trip_it_prolongs_is_not_at_the_visit(analyse):
    found = meetings(analyse, "Le ministre Karel Brousek a effectué lundi une visite de travail à Bratislava, dans "
                              "le prolongement du déplacement du président Milan Hrubý en Slovaquie.")
    assert "brousek" in everyone(found) and "hruby" not in everyone(found)


def test_a_past_meeting_named_alone_keeps_its_people(analyse):
    # the sentence names no one of its own: the people of the landmark are all it has
    found = meetings(analyse, "Cette visite intervient trois mois après la rencontre entre le président Milan Hrubý "
                              "et le chancelier Otto Kessler.")
    assert {"hruby", "kessler"} <= everyone(found)


# -- who is named in the meeting itself stays, though the landmark names him too ---------------------------------

def test_someone_named_both_in_the_meeting_and_in_the_landmark_stays(analyse):
    found = meetings(analyse, "Le président Aurelio Mancini a reçu vendredi au Quirinal le président Tomás Varga, "
                              "au lendemain de la visite du président Tomás Varga à Milan.")
    assert {"mancini", "varga"} <= everyone(found)
