"""Meeting dates, round 47: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def dates(analyse, body: str) -> list[tuple[str, str]]:
    doc = analyse(page(body))
    return [(m["kind"], m["date"]) for m in doc._.meetings]


# -- `En marge de cette réunion`: a side meeting beside the meeting just told, dated by it -------------------

MAIN = ("Le ministre sénégalais des Forces armées, Birame Diouf, a participé mardi 12 mars à la réunion des chefs "
        "d'état-major de la CEDEAO à Abuja. ")
EARLIER = ("La veille, le 11 mars, il avait pris part à la conférence des ministres de la Défense de la région. ")


def test_a_side_meeting_beside_this_meeting_takes_the_day_of_the_meeting_just_told(analyse):
    found = dates(analyse, MAIN + EARLIER + "En marge de cette conférence, il s'est entretenu avec son homologue "
                                            "ghanéen, Kwame Mensah.")
    assert any(kind.endswith("en marge") and day == "2024-03-11" for kind, day in found), found


def test_a_side_meeting_beside_this_gathering_in_the_past_tense_takes_its_day(analyse):
    found = dates(analyse, MAIN + "Le 11 mars, il avait présidé une réunion des ministres de la Défense de la région. "
                                  "En marge de cette réunion, il a rencontré le ministre ghanéen, Kwame Mensah.")
    assert any(kind.endswith("en marge") and day == "2024-03-11" for kind, day in found)


def test_a_side_meeting_beside_the_story_named_by_its_article_keeps_the_story_day(analyse):
    found = dates(analyse, MAIN + EARLIER + "En marge de la réunion des chefs d'état-major, il s'est entretenu "
                                            "avec son homologue ghanéen, Kwame Mensah.")
    assert any(kind.endswith("en marge") and day == "2024-03-12" for kind, day in found), found


def test_a_side_meeting_beside_this_meeting_when_the_story_told_one_keeps_its_day(analyse):
    found = dates(analyse, MAIN + "En marge de cette réunion, il s'est entretenu avec son homologue ghanéen, "
                                  "Kwame Mensah.")
    assert any(kind.endswith("en marge") and day == "2024-03-12" for kind, day in found), found


# -- `La veille de la cérémonie`, `le lendemain du sommet`: a day counted from a meeting told with its day ----

CEREMONY = ("Le 4 septembre, lors d'une cérémonie organisée à la base de Gao, le colonel Marc Dufour a pris le "
            "commandement du détachement. ")


def test_the_eve_of_the_ceremony_is_the_day_before_it(analyse):
    found = dates(analyse, CEREMONY + "La veille de la cérémonie, le colonel Dufour avait été reçu par le ministre "
                                      "malien de la Défense, Sadio Camara.")
    assert found[0] == ("cérémonie", "2023-09-04") and found[-1][1] == "2023-09-03", found


def test_the_morrow_of_the_summit_is_the_day_after_it(analyse):
    found = dates(analyse, "Le sommet de l'Alliance s'est ouvert le 9 juillet à Washington. Le lendemain du sommet, "
                           "le ministre Pål Jonson s'est entretenu avec son homologue finlandais, Antti Häkkänen.")
    assert found[-1][1] == "2023-07-10", found


def test_on_the_eve_of_a_summit_counts_no_day(analyse):
    found = dates(analyse, "Le sommet de l'Alliance s'est ouvert le 9 juillet à Washington. À la veille du sommet, "
                           "le ministre Pål Jonson s'est entretenu avec son homologue finlandais, Antti Häkkänen.")
    assert found[-1][1] != "2023-07-08", found


def test_the_eve_of_an_event_never_told_with_its_day_counts_no_day(analyse):
    found = dates(analyse, "Le ministre Pål Jonson a présenté mardi 9 juillet le budget. La veille du sommet, il "
                           "s'est entretenu avec son homologue finlandais, Antti Häkkänen.")
    assert not any(day == "2024-07-08" for _, day in found), found  # the day before the budget


# -- `a reçu le ministre X, qui avait participé du 1er au 3 juin au sommet Y`: an earlier event of the guest ----

def dated_on(analyse, body: str) -> list[tuple[str, str]]:
    doc = analyse(page(body, published="4 juin 2024"))
    return [(m["kind"], m["date"]) for m in doc._.meetings]


def test_a_summit_the_guest_had_attended_does_not_date_his_reception(analyse):
    found = dated_on(analyse, "Dans l'après-midi, le président du Sénat, Joseph Kamara, a également reçu le "
                              "secrétaire américain à la Défense, qui avait participé du 31 mai au 2 juin au "
                              "Forum de Singapour.")
    assert found == [("visite", "2024-06-04")], found


def test_a_summit_told_only_in_the_relative_clause_is_still_the_meeting(analyse):
    found = dated_on(analyse, "Le ministre Paul Tenga, qui avait participé du 31 mai au 2 juin au sommet de la "
                              "CEDEAO à Abuja, a regagné Ouagadougou.")
    assert found and found[0][1] == "2024-05-31/2024-06-02", found
