"""A committee sitting told by its record, round 58: the speakers of the record's turns (`01.02 X, ministre: `,
`X (PS): `, `Le président: `) take part in the sitting its header opens, held at the chamber the header names;
a thing received (`a reçu de nombreuses invitations`) is no visit. Texts of our own, with counter-examples."""

from __future__ import annotations

from conftest import page

BELGIAN = """Chambre des représentants de Belgique

Compte rendu intégral

Commission de la Défense nationale

Mercredi 12 mars 2025

Après-midi

La réunion publique de commission est ouverte à 14 h 10 et présidée par M. Peter Buysrogge.

01 Question de Annick Ponthier à Theo Francken (Défense) sur "Les munitions de la composante Terre"

01.01 Annick Ponthier (VB): Monsieur le ministre, nos stocks de munitions restent très bas. {extra}Quand les \
commandes seront-elles passées?

01.02 Theo Francken, ministre: Madame Ponthier, les commandes ont été passées en février et les premières \
livraisons arriveront à l'automne.

01.03 Kjell Vander Elst (Open Vld): Je me joins à la question de ma collègue: les livraisons suivront-elles?

01.04 Annick Ponthier (VB): Je vous remercie pour cette réponse.

Le président: L'incident est clos.

La réunion publique de commission est levée à 14 h 30.
"""


def the_sitting(analyse, text: str) -> dict:
    return next(m for m in analyse(text)._.meetings if m["host"] in ("buysrogge", "perrin"))


# -- the speakers of a record's turns take part in its sitting, held at the chamber of its header ------------

def test_the_speakers_of_numbered_turns_take_part_in_the_sitting(analyse):
    sitting = the_sitting(analyse, BELGIAN.format(extra=""))
    assert set(sitting["people"]) == {"buysrogge", "ponthier", "francken", "elst"}


def test_the_sitting_is_held_at_the_chamber_of_the_header(analyse):
    assert the_sitting(analyse, BELGIAN.format(extra=""))["location"] == "Chambre des représentants"


def test_a_person_only_named_in_a_speech_takes_no_part(analyse):
    text = BELGIAN.format(extra="Comme l'a dit le général Frederik Vansina, la situation est préoccupante. ")
    people = the_sitting(analyse, text)["people"]
    assert "vansina" not in people and "ponthier" in people


def test_the_speakers_of_party_labels_take_part_in_the_sitting(analyse):
    text = """Chambre des représentants de Belgique

Compte rendu intégral

Commission de la Défense nationale

Mardi 3 juin 2025

La réunion publique de commission est ouverte à 10 h 05 et présidée par M. Peter Buysrogge.

Kjell Vander Elst (Open Vld): Monsieur le ministre, où en est le recrutement des réservistes?

Theo Francken, ministre: Le recrutement progresse, nous comptons mille réservistes de plus cette année.

Kjell Vander Elst (Open Vld): Merci pour ces chiffres.

La réunion publique de commission est levée à 10 h 20.
"""
    sitting = the_sitting(analyse, text)
    assert set(sitting["people"]) == {"buysrogge", "elst", "francken"}
    assert sitting["location"] == "Chambre des représentants"


def test_a_french_senate_record_keeps_its_reading(analyse):
    text = """Sénat

Commission des affaires étrangères, de la défense et des forces armées

Audition du général Pierre Schill, chef d'état-major de l'armée de Terre

Mercredi 16 octobre 2024

- Présidence de M. Cédric Perrin, président -

La réunion est ouverte à 9 h 30.

M. Cédric Perrin, président. - Mon général, nous vous entendons sur le budget de l'armée de Terre.

Général Pierre Schill, chef d'état-major de l'armée de Terre. - Monsieur le président, je vous remercie.

Mme Hélène Conway-Mouret. - Où en sont les livraisons de chars Leclerc rénovés?

La réunion est close à 11 heures.
"""
    sitting = the_sitting(analyse, text)
    assert set(sitting["people"]) == {"perrin", "schill", "conway-mouret"}
    assert sitting["location"] == "Sénat"


# -- an article about a hearing, with no turns, keeps today's reading --------------------------------------

def test_an_article_about_a_sitting_without_turns_adds_no_speaker(analyse):
    body = ("La ministre de la Défense Ludivine Dedonder a été interrogée mercredi en commission de la Défense "
            "nationale de la Chambre, présidée par Peter Buysrogge. Le député Georges Dallemagne lui a demandé "
            "de livrer des F-16 à l'Ukraine. « Nous formons des pilotes », a répondu la ministre, citant le "
            "général Michel Hofman.")
    assert all("hofman" not in m["people"] for m in analyse(page(body))._.meetings)


# -- a thing received is no visit ---------------------------------------------------------------------------

def test_invitations_received_are_no_visit(analyse):
    body = ("Le général Thierry Burkhard a reçu de nombreuses invitations d'universités et de centres "
            "d'études américains.")
    assert analyse(page(body))._.meetings == []


def test_a_single_invitation_received_is_no_visit(analyse):
    body = "L'amiral Pierre Vandier a reçu mardi une invitation de l'Institut des hautes études de défense nationale."
    assert analyse(page(body))._.meetings == []


def test_a_counterpart_received_is_still_a_visit(analyse):
    body = "Le ministre des Armées Sébastien Lecornu a reçu mardi à Paris son homologue italien Guido Crosetto."
    meetings = analyse(page(body))._.meetings
    assert len(meetings) == 1 and "crosetto" in meetings[0]["people"]
