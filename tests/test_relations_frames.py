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
