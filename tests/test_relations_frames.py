"""MET and HOSTED among a meeting's participants: who took part, who is only spoken of, who was received."""

from __future__ import annotations

from tests.test_relations import article, triples


def test_person_named_in_a_message_meets_no_one(analyse):
    doc = analyse(article("Le 13 mars 2023, le général Jean Durand a reçu en audience le ministre malien de la "
                          "Défense, Moussa Diallo. Le visiteur était porteur d'un message du président malien, "
                          "Ibrahim Keïta, à son hôte."))
    met = triples(doc, "MET")
    assert ("diallo", "durand") in met
    assert not [p for p in met if "keita" in p]


def test_person_in_presence_takes_part(analyse):
    """Counter-example: `en présence du général X` is a participant."""
    doc = analyse(article("Le 13 mars 2023, le général Jean Durand a reçu en audience le ministre malien de la "
                          "Défense, Moussa Diallo, en présence du général Paul Lefort."))
    met = triples(doc, "MET")
    assert ("diallo", "durand") in met
    assert ("diallo", "lefort") in met


def test_person_named_at_the_request_of_meets_no_one(analyse):
    doc = analyse(article("Le 13 mars 2023, le ministre des Armées, Paul Lefort, s'est entretenu à Rome avec le "
                          "ministre italien de la Défense, Marco Rossi, à la demande du président Jean Durand."))
    met = triples(doc, "MET")
    assert ("lefort", "rossi") in met
    assert not [p for p in met if "durand" in p]


def test_host_receives_participants_of_other_countries(analyse):
    doc = analyse(article("Le 13 mars 2023, à Rome, le ministre italien de la Défense, Marco Rossi, a reçu en "
                          "audience le ministre français des Armées, Paul Lefort, en présence du chef d'état-major "
                          "italien, le général Luca Bianchi."))
    hosted = triples(doc, "HOSTED")
    assert ("rossi", "lefort") in hosted
    assert ("rossi", "bianchi") not in hosted  # of the host's country: with the host, not a guest


def test_telephone_call_hosts_no_one(analyse):
    doc = analyse(article("Le 13 mars 2023, le ministre italien de la Défense, Marco Rossi, s'est entretenu par "
                          "téléphone avec le ministre français des Armées, Paul Lefort."))
    assert triples(doc, "HOSTED") == []


# -- MEMBER_OF the text states -------------------------------------------------------------------

def members(doc) -> list[tuple[str, str]]:
    return [(r["subject_id"], r["object"]) for r in doc._.relations if r["relation"] == "MEMBER_OF"]


def test_member_of_apposed(analyse):
    doc = analyse(article("Le général Jean Durand, membre du Conseil national de transition, a été reçu à Bamako."))
    assert any(p == "durand" and "Conseil national" in o for p, o in members(doc))


def test_presided_by(analyse):
    doc = analyse(article("La commission de la défense nationale et des forces armées, présidée par la députée Anne "
                          "Lefort, a entendu le ministre."))
    assert any(p == "lefort" and "commission de la défense" in o.lower() for p, o in members(doc))


def test_commanded_by(analyse):
    doc = analyse(article("Sur la base est implanté le 2e régiment de hussards, commandé par le colonel Paul "
                          "Marchand."))
    assert any(p == "marchand" and "hussards" in o for p, o in members(doc))


def test_at_the_head_of(analyse):
    doc = analyse(article("L'amiral Jean Durand a passé le commandement à son successeur à la tête de la Marine "
                          "nationale, le vice-amiral Paul Marchand."))
    assert any(p == "marchand" and o == "Marine nationale" for p, o in members(doc))


def test_no_membership_from_a_visit(analyse):
    """Counter-example: a person who visits an organisation, or is received by one, is no member of it."""
    doc = analyse(article("Le général Jean Durand a visité le 2e régiment de hussards, puis la commission de la "
                          "défense nationale et des forces armées a entendu le général Paul Marchand."))
    assert not [o for p, o in members(doc) if "hussards" in o or "commission" in o.lower()]


# -- COUNTERPART_OF ----------------------------------------------------------------------------

def test_counterpart_of_the_subject_spoken_of_before(analyse):
    """`il a rencontré son homologue`: `son` is the subject's, not the last person named."""
    doc = analyse(article("Le 13 mars 2023, à Niamey, le général Jean Durand s'est entretenu avec le ministre de la "
                          "Défense, puis avec le général Paul Marchand, chef d'état-major. Le lendemain, à Bamako, il "
                          "a rencontré son homologue malien, le général Oumar Sangaré."))
    pairs = triples(doc, "COUNTERPART_OF")
    assert ("durand", "sangare") in pairs
    assert ("marchand", "sangare") not in pairs


def test_counterpart_not_across_a_relative_clause(analyse):
    """Counter-example: the person after `dont` is someone else (`un pays dont le Premier ministre, X`)."""
    doc = analyse(article("Le président Jean Durand a annoncé qu'il retrouverait son homologue en Hongrie, un pays "
                          "dont le Premier ministre, Paul Marchand, entretient de bonnes relations avec lui."))
    assert ("durand", "marchand") not in triples(doc, "COUNTERPART_OF")


def test_counterpart_in_apposition_after_a_long_title(analyse):
    doc = analyse(article("Le 13 mars 2023, la ministre des Affaires étrangères, Anne Lefort, s'est entretenue avec "
                          "son homologue britannique, le secrétaire d'État aux Affaires étrangères James Whitmore."))
    assert ("lefort", "whitmore") in triples(doc, "COUNTERPART_OF")


# -- side meetings -----------------------------------------------------------------------------

def test_one_side_meeting_pairs_everyone(analyse):
    doc = analyse(article("Le 13 mars 2023, en marge du sommet, le ministre italien Marco Rossi a réuni ses homologues "
                          "grec, Nikos Papadakis, et maltais, Joseph Camilleri, pour une réunion trilatérale."))
    met = triples(doc, "MET")
    assert ("camilleri", "papadakis") in met
    assert ("papadakis", "rossi") in met


def test_side_meetings_in_the_plural_pair_with_the_subject_only(analyse):
    """Counter-example: `des réunions avec A, B` are several meetings: A and B did not meet each other."""
    doc = analyse(article("Le 13 mars 2023, en marge du sommet, le ministre italien Marco Rossi a participé à des "
                          "réunions avec le ministre grec, Nikos Papadakis, et le ministre maltais, Joseph Camilleri."))
    met = triples(doc, "MET")
    assert ("papadakis", "rossi") in met
    assert ("camilleri", "papadakis") not in met

