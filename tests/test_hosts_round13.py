"""Meeting hosts and participants, round 13 (`components/meeting_mentions.py` host and participant
functions, `components/meeting_groups.py` grouping): texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from test_hosts_participants_round9 import article, meetings  # the same readers of meetings

# -- a commemoration is a ceremony, its chair the host ----------------------------------------------

OPENING = ("La commémoration du centenaire de la bataille de Verdun s'est tenue ce mardi 12 mars au mémorial de "
           "Douaumont, sous la présidence du chef de l'Etat, Pierre Martin, en présence de plusieurs dirigeants "
           "européens.")


def test_a_commemoration_presided_by_a_head_of_state_is_hosted_by_him(analyse):
    doc = analyse(article(OPENING))
    assert meetings(doc) == [("martin", ["martin"])]


def test_a_commemoration_committee_is_no_meeting(analyse):
    doc = analyse(article("Le Comité de commémoration, présidé par l'historien Paul Durand, rendra son rapport "
                          "au gouvernement en juin."))
    assert not doc._.meetings


# -- `Aux côtés du président avaient pris place X, Y et Z`: the subject after the verb --------------

def test_people_seated_beside_the_host_take_part(analyse):
    doc = analyse(article(OPENING + "\n\nAux côtés du président de la République avaient pris place le président "
                          "portugais Rui Costa, le chancelier autrichien Karl Huber et le Premier ministre belge "
                          "Jan Peeters."))
    assert len(doc._.meetings) == 1
    assert sorted(meetings(doc)[0][1]) == ["costa", "huber", "martin", "peeters"]


def test_a_subject_before_the_verb_is_read_as_before(analyse):
    doc = analyse(article(OPENING + "\n\nAux côtés du président, le chancelier autrichien Karl Huber a salué les "
                          "anciens combattants, dont le président de l'association, Paul Leclerc."))
    people = meetings(doc)[0][1]
    assert "huber" in people and "leclerc" not in people


# -- `L'Espagne était représentée par la ministre X`: who stands for a country takes part --------------

def test_the_agent_of_a_representation_takes_part(analyse):
    doc = analyse(article(OPENING + " L'Espagne était représentée par la ministre de la Défense, Ana Lopez."))
    assert sorted(meetings(doc)[0][1]) == ["lopez", "martin"]


def test_a_representation_with_no_meeting_told_is_no_meeting(analyse):
    doc = analyse(article("L'Espagne était représentée par la ministre de la Défense, Ana Lopez, lors du vote "
                          "de la résolution."))
    assert all("lopez" not in m["people"] for m in doc._.meetings)


# -- `X et Y ont également assisté à la cérémonie`: the ceremony just told -------------------------

def test_people_who_attended_the_ceremony_join_it(analyse):
    doc = analyse(article(OPENING + "\n\nLe Premier ministre Jean Roux et le ministre des Armées, Luc Vidal, ont "
                          "également assisté à la cérémonie."))
    assert len(doc._.meetings) == 1
    assert sorted(meetings(doc)[0][1]) == ["martin", "roux", "vidal"]


def test_a_ceremony_on_another_day_is_another_one(analyse):
    doc = analyse(article(OPENING + "\n\nLe 20 mars, le Premier ministre Jean Roux et le ministre des Armées, Luc "
                          "Vidal, assisteront à la cérémonie."))
    assert len(doc._.meetings) == 2 and meetings(doc)[0] == ("martin", ["martin"])


# -- `- Présidence de M. X, président -` above the hearing's heading --------------------------------

RECORD = """Sénat
Commission des affaires étrangères et de la défense

Mardi 12 mars 2024

- Présidence de M. Paul Durand, président -

La réunion est ouverte à 10 heures.

Audition du général Marc Leroy, chef d'état-major de l'armée de l'Air

M. Paul Durand, président. - Mon général, merci d'être venu devant notre commission.

Général Marc Leroy. - Monsieur le président, je vous remercie.

M. Jean Morel, rapporteur pour avis. - Quelles sont vos priorités pour les drones ?

Général Marc Leroy. - Les drones de surveillance d'abord.
"""


def test_a_chair_line_above_the_heading_hosts_the_hearing(analyse):
    doc = analyse(RECORD)
    hearing = next(m for m in doc._.meetings if "leroy" in m["people"])
    assert hearing["host"] == "durand"
    assert sorted(hearing["people"]) == ["durand", "leroy", "morel"]


def test_the_speakers_of_a_record_are_no_guests_of_the_chair(analyse):
    doc = analyse(RECORD)
    hosted = {(r["subject_id"], r["object_id"]) for r in doc._.relations if r["relation"] == "HOSTED"}
    assert ("durand", "leroy") in hosted and ("durand", "morel") not in hosted


def test_a_chair_line_outside_a_chamber_hosts_nothing(analyse):
    doc = analyse(RECORD.replace("Sénat", "Fondation pour la recherche stratégique"))
    assert all(m["host"] != "durand" and "morel" not in m["people"] for m in doc._.meetings)


# -- `A l'invitation de X`: a capital that drops its accent ------------------------------------------

def test_an_invitation_written_without_the_accent_names_the_host(analyse):
    doc = analyse(article("A l'invitation du ministre polonais Jan Nowak, la ministre belge Anne Dupont a pris part "
                          "mardi 12 mars à la réunion des ministres de la Défense."))
    assert meetings(doc)[0][0] == "nowak"


def test_a_marker_of_no_host_names_none(analyse):
    doc = analyse(article("A l'issue de la réunion du mardi 12 mars, la ministre belge Anne Dupont a remercié le "
                          "ministre polonais Jan Nowak."))
    assert all(m["host"] != "nowak" for m in doc._.meetings)


# -- `La délégation était emmenée par X`: who leads a delegation takes part -----------------------------

def test_the_leader_of_a_delegation_takes_part(analyse):
    doc = analyse(article("Le mardi 12 mars, une quarantaine de ministres ont pris part à la réunion de Ramstein. "
                          "La délégation polonaise était emmenée par le ministre de la Défense, Jan Nowak."))
    assert "nowak" in meetings(doc)[0][1]


def test_a_delegation_led_elsewhere_is_not_told_at_the_meeting(analyse):
    doc = analyse(article("La délégation polonaise était emmenée par le ministre de la Défense, Jan Nowak."))
    assert not doc._.meetings


# -- `X, qui rentrait d'un déplacement à Kiev avec Y`: an earlier trip ---------------------------------

def test_a_trip_returned_from_is_a_meeting_of_its_own(analyse):
    doc = analyse(article("Le mardi 12 mars, le ministre polonais Jan Nowak a réuni à Varsovie ses homologues "
                          "baltes. « Nous tiendrons », a lancé Jan Nowak, qui rentrait d'un déplacement à Kiev avec "
                          "le Premier ministre Piotr Lis."))
    main = next(m for m in doc._.meetings if "nowak" in m["people"] and m["location"] == "Varsovie")
    assert "lis" not in main["people"]



# -- a delegation told with its leader, then `la délégation a eu une séance de travail avec X` ----------

VISIT = ("Le mardi 12 mars, le président Karel Dvorak a reçu au palais Czernin une délégation polonaise conduite par "
         "le vice-ministre de la Défense, le général Jan Nowak.\n\n")


def talks_with(doc, key: str) -> dict:
    return next(m for m in doc._.meetings if key in m["people"] and m["host"] != "dvorak")


def test_the_delegation_brings_its_leader_and_is_received_by_its_partner(analyse):
    doc = analyse(article(VISIT + "Lundi, la délégation polonaise avait eu une séance de travail au ministère de la "
                          "Défense avec le ministre Petr Blaha."))
    talks = talks_with(doc, "blaha")
    assert talks["host"] == "blaha" and sorted(talks["people"]) == ["blaha", "nowak"]


def test_a_new_delegation_brings_no_earlier_leader(analyse):
    doc = analyse(article(VISIT + "Lundi, une délégation slovaque avait eu une séance de travail au ministère de la "
                          "Défense avec le ministre Petr Blaha."))
    assert talks_with(doc, "blaha")["people"] == ["blaha"]


def test_a_subject_naming_a_person_is_not_a_delegation_received(analyse):
    doc = analyse(article(VISIT + "Lundi, le général Jan Nowak avait eu une séance de travail au ministère de la "
                          "Défense avec le ministre Petr Blaha."))
    assert talks_with(doc, "blaha")["host"] == ""


# -- `À ses côtés, X, ... chargée de ..., et le général Y.`: a verbless list after a presence phrase --------

ARRIVAL = ("Mardi 12 mars, une délégation conduite par la vice-ministre Jana Novak est arrivée à Lisbonne pour une "
           "visite de deux jours. ")


def test_a_verbless_list_beside_the_visitor_joins_the_visit(analyse):
    doc = analyse(article(ARRIVAL + "À ses côtés, Eva Horak, secrétaire d'État chargée des affaires européennes, et "
                          "le général Petr Blaha, chef d'état-major."))
    assert sorted(meetings(doc)[0][1]) == ["blaha", "horak", "novak"]


def test_a_sentence_with_its_own_verb_beside_is_read_as_before(analyse):
    doc = analyse(article(ARRIVAL + "À ses côtés, Eva Horak a critiqué le général Petr Blaha, absent."))
    assert "blaha" not in meetings(doc)[0][1]


# -- a meeting noun naming nobody, with neither day nor place of its own -------------------------------

def test_a_meeting_noun_naming_nobody_tells_no_meeting(analyse):
    doc = analyse(article("Récit d'un rendez-vous manqué.\n\nMardi 12 mars, la vice-ministre Jana Novak est arrivée "
                          "à Lisbonne, où elle a été reçue par le ministre Rui Costa."))
    assert [m["host"] for m in doc._.meetings] == ["costa"]


def test_a_meeting_noun_with_its_own_day_is_kept(analyse):
    doc = analyse(article("Un sommet se tiendra le 20 juin à Bruxelles.\n\nMardi 12 mars, la vice-ministre Jana "
                          "Novak est arrivée à Lisbonne, où elle a été reçue par le ministre Rui Costa."))
    assert len(doc._.meetings) == 2


# -- `La séance, présidée par X` in a conference held at the invitation of Y --------------------------

CONFERENCE = ("Les chefs d'état-major de l'Union ont tenu samedi 16 mars à Lisbonne leur conférence annuelle, à "
              "l'invitation du chef d'état-major portugais, le général Rui Costa.\n\n")


def test_a_chaired_sitting_is_part_of_the_conference_its_host_staying(analyse):
    doc = analyse(article(CONFERENCE + "La séance, présidée par l'amiral Jan Novak, a été ouverte en présence du "
                          "ministre portugais de la Défense, Pedro Lopes."))
    assert len(doc._.meetings) == 1
    host, people = meetings(doc)[0]
    assert host == "costa" and sorted(people) == ["costa", "lopes", "novak"]


def test_a_sitting_chaired_on_another_day_is_another_meeting(analyse):
    doc = analyse(article(CONFERENCE + "La séance du 20 mars, présidée par l'amiral Jan Novak, a été ouverte en "
                          "présence du ministre portugais de la Défense, Pedro Lopes."))
    assert len(doc._.meetings) == 2


def test_who_sits_for_the_first_time_takes_part(analyse):
    doc = analyse(article(CONFERENCE + "Le général Costa a souhaité la bienvenue au nouveau chef d'état-major "
                          "espagnol, le général Luis Ortega, qui siégeait pour la première fois à la table."))
    assert len(doc._.meetings) == 1 and "ortega" in meetings(doc)[0][1]


# -- `X, en visite, à la tête d'une délégation`: the leader of the delegation told later ----------------

def test_the_person_at_the_head_of_a_delegation_comes_with_it(analyse):
    doc = analyse(article("Le mardi 12 mars, le ministre Rui Costa a reçu à Lisbonne le ministre tchèque Petr Blaha, "
                          "en visite de travail à la tête d'une importante délégation.\n\nLa délégation tchèque doit "
                          "s'entretenir jeudi avec le ministre des Affaires étrangères, Pedro Lopes."))
    talks = next(m for m in doc._.meetings if "lopes" in m["people"])
    assert "blaha" in talks["people"]


def test_a_delegation_with_no_leader_told_brings_no_one(analyse):
    doc = analyse(article("Le mardi 12 mars, le ministre Rui Costa a reçu à Lisbonne le ministre tchèque Petr Blaha, "
                          "en visite de travail.\n\nLa délégation tchèque doit s'entretenir jeudi avec le ministre des "
                          "Affaires étrangères, Pedro Lopes."))
    talks = next(m for m in doc._.meetings if "lopes" in m["people"])
    assert "blaha" not in talks["people"]
