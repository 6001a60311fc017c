"""Meeting frames, fourth round: who takes part and who hosts, and when a meeting word is none.
A meeting noun in another sense (a rubric, upkeep, an interview), a page's call in the imperative,
a meeting postponed then held, a delegation's own talks after an audience, a meeting noun that
completes a meeting told by a verb, a present participle's subject as host. Each behaviour with a
counter-example. People are person keys.
"""

from __future__ import annotations

from conftest import dated_page as article


def kinds(doc) -> list[tuple[str, list[str]]]:
    return [(m["kind"], m["people"]) for m in doc._.meetings]


# -- a meeting noun in another sense -----------------------------------------------------------------

def test_upkeep_period_is_no_meeting(analyse):
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, la frégate Aconit est entrée dans une période "
                                         "d'entretien de six mois à Toulon."))
    assert doc._.meetings == [], kinds(doc)


def test_talks_with_a_partner_are_a_meeting(analyse):
    """Counter-example: `un entretien avec X` is talks."""
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, à Toulon, le ministre Paolo Conti a eu un entretien "
                                         "avec la ministre Anne Roux."))
    assert len(doc._.meetings) == 1
    assert {"conti", "roux"} <= set(doc._.meetings[0]["people"])


def test_interview_byline_and_rubric_are_no_meeting(analyse):
    doc = analyse(article("4 Apr. 2024", "ENTRETIEN\n\nEntretien réalisé par Jean Morel.\n\nLe général Pierre "
                                         "Schill revient sur l'engagement de l'armée de Terre en Roumanie."))
    assert doc._.meetings == [], kinds(doc)


# -- a page's call in the imperative ---------------------------------------------------------------

def test_imperative_call_is_no_meeting(analyse):
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, le ministre Paolo Conti a visité l'usine de Bourges.\n\n"
                                         "Recevez chaque matin notre lettre d'information avec le ministre."))
    assert all("Recevez" not in s for m in doc._.meetings for s in m["sentences"])


def test_receiving_someone_is_a_meeting(analyse):
    """Counter-example: `a reçu le général X` in the indicative."""
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, à Rome, le ministre Paolo Conti a reçu le général "
                                         "Rui Matos."))
    assert len(doc._.meetings) == 1
    assert doc._.meetings[0]["host"] == "conti"


# -- postponed, then held --------------------------------------------------------------------------

def test_postponed_then_held_is_held(analyse):
    doc = analyse(article("20 Apr. 2024", "Les chefs d'état-major de la région se sont réunis le 18 avril 2024 à "
                                          "Dakar. Cette réunion avait été reportée d'une semaine pour des raisons "
                                          "techniques."))
    assert len(doc._.meetings) == 1, kinds(doc)
    assert doc._.meetings[0]["status"] == "held"


def test_postponed_alone_is_called_off(analyse):
    """Counter-example: a meeting only said to be postponed did not take place on its day."""
    doc = analyse(article("20 Apr. 2024", "La réunion des chefs d'état-major de la région, prévue le 18 avril "
                                          "2024 à Dakar, a été reportée à une date ultérieure."))
    assert len(doc._.meetings) == 1, kinds(doc)
    assert doc._.meetings[0]["status"] == "cancelled"


# -- a delegation's own talks after an audience -----------------------------------------------------

AUDIENCE = ("Le 3 avril 2024, à Niamey, le président Ali Sani a reçu en audience une délégation du Tchad conduite "
            "par le général Idriss Mahamat. ")


def test_delegation_talks_with_someone_new_are_a_meeting_of_their_own(analyse):
    doc = analyse(article("4 Apr. 2024", AUDIENCE + "La délégation s'est ensuite entretenue avec le ministre de "
                                                    "la Défense, le général Moussa Garba."))
    talks = [m for m in doc._.meetings if "garba" in m["people"]]
    assert len(talks) == 1, kinds(doc)
    assert "sani" not in talks[0]["people"] and "mahamat" in talks[0]["people"]
    audience = [m for m in doc._.meetings if m["host"] == "sani"]
    assert audience and "garba" not in audience[0]["people"]


def test_audience_held_in_presence_of_someone_is_the_same_meeting(analyse):
    """Counter-example: `L'audience s'est déroulée en présence de X` completes the audience told by a verb."""
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, à Niamey, le président Ali Sani a reçu le général "
                                         "Idriss Mahamat. L'audience s'est déroulée en présence du ministre de la "
                                         "Défense, le général Moussa Garba."))
    assert len(doc._.meetings) == 1, kinds(doc)
    assert doc._.meetings[0]["host"] == "sani"
    assert {"sani", "mahamat", "garba"} <= set(doc._.meetings[0]["people"])


# -- who takes part ------------------------------------------------------------------------------

def test_who_asked_for_the_call_takes_no_part(analyse):
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, le ministre Paolo Conti a eu un entretien téléphonique "
                                         "avec le ministre Anton Petrov à la demande du président Marco Bellini."))
    assert len(doc._.meetings) == 1
    assert "bellini" not in doc._.meetings[0]["people"]
    assert {"conti", "petrov"} <= set(doc._.meetings[0]["people"])


def test_at_the_invitation_of_someone_takes_part(analyse):
    """Counter-example: `à l'invitation du président X`: X hosts."""
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, le ministre Paolo Conti s'est rendu à Rome à "
                                         "l'invitation du président Marco Bellini."))
    assert len(doc._.meetings) == 1
    assert "bellini" in doc._.meetings[0]["people"]


def test_subject_of_present_participle_receiving_hosts(analyse):
    doc = analyse(article("4 Apr. 2024", "Recevant mercredi 3 avril 2024 à Rome le ministre Anton Petrov, le "
                                         "président Marco Bellini a annoncé un nouvel accord."))
    assert len(doc._.meetings) == 1, kinds(doc)
    assert doc._.meetings[0]["host"] == "bellini"
    assert "petrov" in doc._.meetings[0]["people"]


# -- a phone call and an audience of the same day ----------------------------------------------------

CALL = ("Le ministre Paolo Conti et son homologue, la ministre Anne Roux, se sont entretenus par téléphone le "
        "3 avril 2024. ")


def test_audience_the_day_of_a_phone_call_is_another_meeting(analyse):
    doc = analyse(article("4 Apr. 2024", CALL + "Le même jour, à Berlin, le général Rui Matos a été reçu par le "
                                                "chancelier Karl Weber."))
    received = [m for m in doc._.meetings if m["host"] == "weber"]
    assert len(received) == 1, kinds(doc)
    assert "conti" not in received[0]["people"] and not received[0]["remote"]


def test_phone_call_told_again_is_the_same_meeting(analyse):
    """Counter-example: the call spoken of again the same day, with no host, is that call."""
    doc = analyse(article("4 Apr. 2024", CALL + "Les deux ministres ont évoqué le 3 avril 2024 la défense "
                                                "antimissile lors de cet entretien téléphonique."))
    assert len(doc._.meetings) == 1, kinds(doc)


# -- fifth round: a host read from the verb of the meeting noun; accompagner; a session's opening day --------

def test_relative_host_of_the_meeting_noun(analyse):
    doc = analyse(article("4 Apr. 2024", "Le ministre des Affaires étrangères, M. Paolo Conti, qui accueillait la "
                                         "réunion, a annoncé le 3 avril 2024 à Turin que Malte prendrait le relais."))
    assert [m["host"] for m in doc._.meetings] == ["conti"], kinds(doc)


def test_chairing_a_council_hosts_it(analyse):
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, à Goma, le ministre Paolo Conti a présidé un conseil de "
                                         "sécurité réunissant les commandants d'unités."))
    assert [m["host"] for m in doc._.meetings] == ["conti"], kinds(doc)


def test_speaking_of_a_meeting_hosts_nothing(analyse):
    """Counter-example: a verb that is no host verb with the meeting noun as its object."""
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, à Goma, le ministre Paolo Conti a évoqué la réunion "
                                         "des commandants d'unités."))
    assert all(m["host"] == "" for m in doc._.meetings), kinds(doc)


def test_accompanying_someone_is_a_visit(analyse):
    doc = analyse(article("4 Apr. 2024", "Lundi 8 avril 2024, la ministre Anne Roux accompagnera le Premier "
                                         "ministre Paul Morel au camp de Mourmelon."))
    assert len(doc._.meetings) == 1, kinds(doc)
    assert {"roux", "morel"} <= set(doc._.meetings[0]["people"])
    assert doc._.meetings[0]["status"] == "planned"


def test_who_came_along_is_no_meeting_of_its_own(analyse):
    """Counter-examples: `qui accompagnait X` and `accompagner la réforme` open no meeting."""
    doc = analyse(article("4 Apr. 2024", "« Il fallait le dire », explique le colonel Jean Vidal, porte-parole de "
                                         "l'état-major, qui accompagnait le général Paul Morel."))
    assert doc._.meetings == [], kinds(doc)
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, la ministre Anne Roux a promis d'accompagner la "
                                         "réforme des armées."))
    assert doc._.meetings == [], kinds(doc)


# -- `participer`: a meeting with a person -------------------------------------------------------

def test_a_unit_taking_part_in_an_operation_is_no_meeting(analyse):
    doc = analyse("Actualités\n\n  • 14 mars 2024 -\n\nLe ministre de la Défense, M. Pieter Verhoef, a reçu "
                  "mercredi son homologue estonien, M. Hanno Pevkur.\n\nL'escadrille est opérationnelle depuis "
                  "2021 et a notamment participé aux évacuations de Kaboul à l'été 2021.")
    assert [m["date"] for m in doc._.meetings] == ["2024-03-13"]


def test_taking_part_with_a_person_is_a_meeting(analyse):
    doc = analyse("Actualités\n\n  • 14 mars 2024 -\n\nLe ministre de la Défense, M. Pieter Verhoef, a participé "
                  "mercredi à La Haye, avec son homologue estonien, M. Hanno Pevkur, aux travaux du comité.")
    assert any({"verhoef", "pevkur"} <= set(m["people"]) for m in doc._.meetings)


# -- a headline restating a meeting whose body sentence names nobody -----------------------------

def test_a_headline_restates_the_meeting_of_its_kind_at_its_place_that_names_nobody():
    from pipeline.components.meeting_groups import _headline_target

    visit = {"kind": "visite", "location": "base aérienne de Cazaux", "people": []}
    earlier = {"kind": "rencontre", "location": "Bruxelles", "people": ["verhoef", "pevkur"]}
    headline = {"kind": "visite", "location": "base aérienne de Cazaux", "people": ["verhoef"]}
    assert _headline_target(headline, [visit, earlier]) is visit


def test_a_headline_at_another_place_joins_the_meeting_sharing_its_people():
    from pipeline.components.meeting_groups import _headline_target

    visit = {"kind": "visite", "location": "base aérienne de Cazaux", "people": []}
    earlier = {"kind": "rencontre", "location": "Bruxelles", "people": ["verhoef", "pevkur"]}
    headline = {"kind": "visite", "location": "Bruxelles", "people": ["verhoef"]}
    assert _headline_target(headline, [visit, earlier]) is earlier


# -- a subject pronoun standing for a person is a partner -----------------------------------------

def test_a_pronoun_standing_for_a_person_received_somewhere_is_a_meeting(analyse):
    doc = analyse("Actualités\n\n  • 4 octobre 2024 -\n\nLa ministre de la Défense, Anne Weber, est arrivée le "
                  "2 octobre à Vilnius. Elle a ensuite été reçue au ministère lituanien de la Défense.")
    assert any("weber" in m["people"] for m in doc._.meetings)


def test_a_pronoun_standing_for_a_thing_received_is_no_meeting(analyse):
    doc = analyse("Actualités\n\n  • 4 octobre 2024 -\n\nLe rapport du comité est arrivé le 2 octobre à Vilnius. "
                  "Il a ensuite été reçu au ministère lituanien de la Défense.")
    assert doc._.meetings == []
