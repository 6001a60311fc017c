"""Meetings as frames read from the parse: who hosts, who takes part (and who is only spoken of),
where and when, whether it was held, is planned or was called off; the relations drawn from them.

Each text starts with a headline and a publication date, as news pages do. People are person keys.
"""

from __future__ import annotations

import pytest

from pipeline.run.export import COLUMNS, doc_rows

from conftest import dated_page as article


def only(doc) -> dict:
    meetings = doc._.meetings
    assert len(meetings) == 1, [(m["kind"], m["date"], m["people"]) for m in meetings]
    return meetings[0]


def links(doc, relation: str) -> set[tuple[str, str]]:
    return {(r["subject_id"], r["object_id"]) for r in doc._.relations if r["relation"] == relation}


# -- status -------------------------------------------------------------------------------------

STATUS = {
    "future-hosting": ("Le ministre Sébastien Lecornu accueillera son homologue Boris Pistorius à Paris le "
                       "12 mai 2024.", "planned"),
    "modal-devoir": ("Le ministre Sébastien Lecornu doit rencontrer Boris Pistorius à Berlin le 12 mai 2024.",
                     "planned"),
    "est-attendu": ("Le général Carsten Breuer est attendu à Paris le 12 mai 2024 pour une visite officielle.",
                    "planned"),
    "cancelled": ("La rencontre entre Sébastien Lecornu et Boris Pistorius prévue le 12 mai 2024 à Berlin a été "
                  "annulée.", "cancelled"),
    "postponed": ("Le 2 avril 2024, la réunion entre le général Pierre Schill et le général Carsten Breuer a été "
                  "reportée sine die.", "cancelled"),
    # counter-examples: a meeting told in the past was held
    "past-hosting": ("Le 3 avril 2024, le ministre Sébastien Lecornu a accueilli son homologue Boris Pistorius "
                     "à Paris.", "held"),
    "past-rencontre": ("Le 3 avril 2024, le ministre Sébastien Lecornu a rencontré Boris Pistorius à Berlin.",
                       "held"),
}


@pytest.mark.parametrize(("body", "status"), STATUS.values(), ids=STATUS.keys())
def test_status(analyse, body, status):
    assert only(analyse(article("1 Apr. 2024", body)))["status"] == status


def test_status_is_the_last_column_of_meetings(analyse):
    assert COLUMNS["meetings"][:9] == ["doc_id", "meeting_id", "kind", "date_start", "date_end", "location",
                                       "host", "participants", "evidence"]
    assert COLUMNS["meetings"][-1] == "status"
    doc = analyse(article("1 Apr. 2024", STATUS["future-hosting"][0]))
    assert doc_rows(doc)["meetings"][0]["status"] == "planned"


def test_planned_then_held_is_held(analyse):
    """A meeting announced, then told as held: held."""
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, le ministre Sébastien Lecornu devait recevoir Boris "
                                         "Pistorius à Paris. La rencontre s'est tenue le 3 avril 2024 à l'hôtel de "
                                         "Brienne."))
    assert only(doc)["status"] == "held"


# -- participants: taking part, or only spoken of --------------------------------------------------

def test_soldier_honoured_is_no_participant(analyse):
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024 à Vannes, le général Pierre Schill a présidé une "
                                         "cérémonie en hommage au sergent Jean Dupuis, tué au Mali."))
    meeting = only(doc)
    assert meeting["host"] == "schill"
    assert "dupuis" not in meeting["people"]
    assert not any("dupuis" in pair for pair in links(doc, "HOSTED") | links(doc, "MET"))


def test_people_received_are_participants(analyse):
    """Counter-example: the people a host receives take part."""
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024 à Vannes, le général Pierre Schill a reçu le sergent "
                                         "Jean Dupuis et le général Carsten Breuer."))
    meeting = only(doc)
    assert set(meeting["people"]) == {"schill", "dupuis", "breuer"}
    assert links(doc, "HOSTED") == {("schill", "dupuis"), ("schill", "breuer")}


def test_predecessor_is_no_participant(analyse):
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, le général Pierre Schill s'est entretenu avec le "
                                         "général Carsten Breuer, qui a succédé à son prédécesseur, le général "
                                         "Eberhard Zorn."))
    assert set(only(doc)["people"]) == {"schill", "breuer"}
    assert links(doc, "MET") in ({("schill", "breuer")}, {("breuer", "schill")})


def test_person_in_a_relative_clause_is_no_participant(analyse):
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, le colonel Assimi Goïta a reçu une délégation des "
                                         "militaires qui ont renversé le président Mohamed Bazoum."))
    meeting = only(doc)
    assert meeting["host"] == "goita"
    assert "bazoum" not in meeting["people"]


def test_person_accompanying_in_a_relative_clause_takes_part(analyse):
    """Counter-example: `qui était accompagné de X`: X takes part."""
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, le général Pierre Schill a reçu le général Carsten "
                                         "Breuer, qui était accompagné du général Martin Bonnet."))
    assert {"schill", "breuer", "bonnet"} <= set(only(doc)["people"])


# -- host --------------------------------------------------------------------------------------------

HOSTS = {
    "recu-en-audience": ("Le 3 avril 2024, le général Pierre Schill a reçu en audience le général Carsten Breuer.",
                         "schill", "breuer"),
    "passive-par": ("Le 3 avril 2024, le général Carsten Breuer a été reçu par le général Pierre Schill.",
                    "schill", "breuer"),
    "a-l-invitation": ("Le 3 avril 2024, à l’invitation du général Pierre Schill, le général Carsten Breuer s'est "
                       "rendu à Lyon.", "schill", "breuer"),
}


@pytest.mark.parametrize(("body", "host", "guest"), HOSTS.values(), ids=HOSTS.keys())
def test_host_and_hosted(analyse, body, host, guest):
    doc = analyse(article("4 Apr. 2024", body))
    assert only(doc)["host"] == host
    assert (host, guest) in links(doc, "HOSTED")


def test_talks_between_peers_have_no_host(analyse):
    """Counter-example: `s'entretenir avec` names no host and no HOSTED link."""
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, le général Pierre Schill s'est entretenu avec le "
                                         "général Carsten Breuer."))
    assert only(doc)["host"] == ""
    assert links(doc, "HOSTED") == set()


def test_another_host_is_another_meeting(analyse):
    """A visit at the invitation of one person, then an audience given by another: two meetings."""
    doc = analyse(article("4 Apr. 2024", "Le 2 avril 2024, le général Carsten Breuer a entamé une visite "
                                         "officielle en France, à l'invitation du général Pierre Schill. Le 2 avril "
                                         "2024, le général Carsten Breuer a été reçu à l'Élysée par le président "
                                         "Emmanuel Macron."))
    hosts = [m["host"] for m in doc._.meetings]
    assert hosts == ["schill", "macron"]


# -- place and time ----------------------------------------------------------------------------------

def test_follow_up_sentence_completes_the_meeting(analyse):
    doc = analyse(article("14 Apr. 2024", "Le général Thierry Burkhard a reçu le général Carsten Breuer. La "
                                          "rencontre s'est tenue le 3 avril 2024 à Bordeaux."))
    meeting = only(doc)
    assert (meeting["date"], meeting["location"], meeting["host"]) == ("2024-04-03", "Bordeaux", "burkhard")


def test_meeting_with_other_people_is_no_follow_up(analyse):
    """Counter-example: a later sentence naming other people at another date is another meeting."""
    doc = analyse(article("14 Apr. 2024", "Le 2 avril 2024, le général Thierry Burkhard a reçu le général Carsten "
                                          "Breuer. Le 5 avril 2024, la rencontre entre le général Pierre Schill et "
                                          "le général Martin Bonnet s'est tenue à Bordeaux."))
    assert [m["date"] for m in doc._.meetings] == ["2024-04-02", "2024-04-05"]


def test_place_in_a_room_with_its_complement(analyse):
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, le général Pierre Schill a reçu en audience le général "
                                         "Carsten Breuer dans la salle des conseils de l'état-major."))
    assert only(doc)["location"] == "salle des conseils de l'état-major"


def test_place_at_the_seat_of(analyse):
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, le général Carsten Breuer a été reçu par le général "
                                         "Pierre Schill au siège de l'OTAN."))
    assert only(doc)["location"] == "siège de l'OTAN"


def test_dateline_gives_the_place(analyse):
    doc = analyse(article("4 Apr. 2024", "Lyon, 3 avril (AFP) - Le général Pierre Schill a reçu mercredi le "
                                         "général Carsten Breuer."))
    assert only(doc)["location"] == "Lyon"


def test_dateline_does_not_replace_a_city_named(analyse):
    """Counter-example: a meeting that names its city keeps it."""
    doc = analyse(article("4 Apr. 2024", "Lyon, 3 avril (AFP) - Le général Pierre Schill a reçu mercredi le "
                                         "général Carsten Breuer à Grenoble."))
    assert only(doc)["location"] == "Grenoble"


def test_days_of_a_visit_dated_separately_are_meetings_of_their_own(analyse):
    doc = analyse(article("6 Apr. 2024", "Le général Carsten Breuer a effectué une visite en France du 3 au 5 avril "
                                         "2024. Le 3 avril, il a rencontré le général Pierre Schill à Paris. Le 5 "
                                         "avril, il a visité la base aérienne de Mont-de-Marsan avec le général "
                                         "Stéphane Mille."))
    got = [(m["date"], set(m["people"])) for m in doc._.meetings]
    assert ("2024-04-03", {"breuer", "schill"}) in got
    assert ("2024-04-05", {"breuer", "mille"}) in got
    assert ("mille", "schill") not in links(doc, "MET") and ("schill", "mille") not in links(doc, "MET")


def test_a_day_of_the_visit_among_the_same_people_joins_it(analyse):
    """Counter-example: a dated day of the visit that names no one new stays in the visit."""
    doc = analyse(article("6 Apr. 2024", "Du 3 au 5 avril 2024, le général Thierry Burkhard a accueilli le général "
                                         "Carsten Breuer en France. Le 4 avril, le général Thierry Burkhard et le "
                                         "général Carsten Breuer ont visité le camp de Canjuers."))
    assert len(doc._.meetings) == 1


# -- PART_OF: only where the text links the two --------------------------------------------------

def test_no_part_of_between_organisations_named_paragraphs_apart(analyse):
    """The rule files put the SHAPE under the Commandement allié Opérations; named in two paragraphs
    of unrelated news, the text states no link (the same paragraph does: tests/test_relations.py)."""
    doc = analyse(article("4 Apr. 2024", "Les officiers du SHAPE ont préparé l'exercice de printemps.\n\n"
                                         "Par ailleurs, le Commandement allié Opérations a publié son rapport annuel."))
    assert links(doc, "PART_OF") == set()


def test_part_of_between_organisations_of_one_paragraph(analyse):
    """Counter-example: the same two organisations in one paragraph."""
    doc = analyse(article("4 Apr. 2024", "Les officiers du SHAPE ont préparé l'exercice. Le Commandement allié "
                                         "Opérations en assurera la conduite."))
    assert links(doc, "PART_OF") == {("SHAPE", "Commandement allié Opérations")}


def test_host_is_the_name_before_a_role(analyse):
    """`Le ministre, le général X, a reçu Y`: the name in the subject hosts."""
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, le ministre de la Défense, le général Pierre Schill, a "
                                         "reçu en audience le ministre allemand, M. Boris Pistorius."))
    assert only(doc)["host"] == "schill"
    assert ("schill", "pistorius") in links(doc, "HOSTED")


def test_side_meeting_keeps_its_own_host(analyse):
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, les ministres de la Défense de l'OTAN se sont réunis à "
                                         "Bruxelles. En marge de la réunion, le ministre Boris Pistorius a accueilli "
                                         "son homologue, le ministre Pål Jonson."))
    side = [m for m in doc._.meetings if m["side"]]
    assert [m["host"] for m in side] == ["pistorius"]
