"""Talks and events inside a visit, round 33: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def meetings(analyse, body: str) -> list[tuple[str, tuple[str, ...], str]]:
    doc = analyse(page(body))
    return [(m["kind"], tuple(sorted(m["people"])), m["host"]) for m in doc._.meetings]


# -- a talks verb with a meeting noun only as its landmark of time tells talks of their own --------------

CEREMONY = ("Le général Pierre Schill a présidé mardi à Satory la cérémonie de fin de stage des officiers, en "
            "présence du général Carsten Breuer et de l'amiral Rob Bauer. ")


def test_talks_after_a_ceremony_told_by_their_verb_are_their_own_meeting(analyse):
    found = meetings(analyse, CEREMONY + "Le général Carsten Breuer s'est entretenu avec l'amiral Rob Bauer à "
                                        "l'issue de la cérémonie.")
    assert ("entretiens", ("bauer", "breuer"), "") in found
    assert any(k == "cérémonie" for k, _, _ in found)


def test_talks_told_after_the_landmark_of_time_are_their_own_meeting_too(analyse):
    found = meetings(analyse, CEREMONY + "À l'issue de la cérémonie, le général Carsten Breuer s'est entretenu "
                                        "avec l'amiral Rob Bauer.")
    assert ("entretiens", ("bauer", "breuer"), "") in found


def test_a_talks_verb_with_one_person_named_stays_in_the_ceremony(analyse):
    found = meetings(analyse, CEREMONY + "Le général Carsten Breuer s'est entretenu à l'issue de la cérémonie "
                                        "avec des élèves officiers.")
    assert [k for k, _, _ in found] == ["cérémonie"]


def test_a_host_verb_after_a_ceremony_stays_its_welcome(analyse):
    found = meetings(analyse, CEREMONY + "Le général Pierre Schill a reçu le général Carsten Breuer au mess, "
                                        "après la cérémonie.")
    assert [k for k, _, _ in found] == ["cérémonie"]


# -- a programme event announced after the one told: a second event of the same people ----------------

VISIT = ("Le président ghanéen Nana Akufo-Addo est arrivé lundi à Lomé pour une visite d'État de deux jours, "
         "à l'invitation du président togolais Faure Gnassingbé. ")


def test_a_dinner_announced_after_talks_is_an_event_of_its_own_under_the_same_host(analyse):
    found = meetings(analyse, VISIT + "Les deux chefs d'État ont eu un tête-à-tête au palais de Lomé, avant un "
                                     "dîner officiel offert en l'honneur de leurs délégations.")
    kinds = [k for k, _, _ in found]
    assert "tête-à-tête" in kinds and any(k.startswith("dîner") for k in kinds)
    dinner = next(x for x in found if x[0].startswith("dîner"))
    assert dinner[1] == ("akufo-addo", "gnassingbe") and dinner[2] == "gnassingbe"


def test_the_dinner_already_known_stays_a_landmark(analyse):
    found = meetings(analyse, VISIT + "Les deux chefs d'État ont eu un tête-à-tête au palais de Lomé, avant le "
                                     "dîner officiel.")
    assert not any(k.startswith("dîner") for k, _, _ in found)


def test_a_press_conference_announced_after_talks_stays_in_them(analyse):
    found = meetings(analyse, VISIT + "Les deux chefs d'État ont eu un tête-à-tête au palais de Lomé, avant une "
                                     "conférence de presse.")
    assert not any(k.startswith("conférence") for k, _, _ in found)


# -- a meeting noun with its own partner, the object of a verb whose subject is a pronoun ----------------

RECEIVED = "Jeudi 7 mars, la ministre espagnole Margarita Robles a été reçue à Rabat par le roi Mohammed VI. "


def test_a_press_conference_with_someone_new_is_a_meeting_of_its_own(analyse):
    found = meetings(analyse, RECEIVED + "Elle a ensuite animé une conférence de presse conjointe avec le ministre "
                                         "Abdellatif Loudiyi.")
    assert any(k.startswith("conférence") and p == ("loudiyi", "robles") for k, p, _ in found)
    assert all("loudiyi" not in p for k, p, _ in found if not k.startswith("conférence"))


def test_a_press_conference_with_no_partner_stays_in_the_visit(analyse):
    found = meetings(analyse, RECEIVED + "Elle a ensuite animé une conférence de presse conjointe.")
    assert len(found) == 1
