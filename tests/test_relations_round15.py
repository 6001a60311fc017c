"""Relations, round 15 (`components/relations.py`): the host at home received the officials of an organisation
of states (relations.yml `international_kinds`) as he receives those of other countries; on texts of our own,
each behaviour with a counter-example."""

from __future__ import annotations

from conftest import HEADLINE, page


def article(body: str, published: str = "12 mars 2024", headline: str = HEADLINE) -> str:
    return page(body, published, headline)


def related(doc, relation: str) -> set[tuple[str, str]]:
    return {(r["subject_id"], r["object_id"]) for r in doc._.relations if r["relation"] == relation}


def hosted_rows(doc) -> set[tuple[str, str]]:
    return {(r["subject_id"], r["object_id"]) for r in doc._.relations
            if r["relation"] == "HOSTED" and r["rule"] == "rule:relations:host-of-foreign-guests"}


SUMMIT = ("Près de trente pays avaient répondu jeudi à l'invitation du président portugais, Rui Matos, pour ce "
          "sommet à Lisbonne consacré à l'Ukraine. Autour de la table, le premier ministre espagnol, Diego Ferrer, "
          "mais aussi {guest}.")


def test_the_host_at_home_received_the_official_of_an_organisation_of_states(analyse):
    doc = analyse(article(SUMMIT.format(guest="le secrétaire général de l'OTAN, Lars Eklund")))
    hosted = hosted_rows(doc)
    assert ("matos", "ferrer") in hosted and ("matos", "eklund") in hosted


def test_a_company_official_of_no_country_is_no_guest_from_abroad(analyse):
    doc = analyse(article(SUMMIT.format(guest="le président-directeur général de Naval Group, Hugo Lemercier")))
    hosted = hosted_rows(doc)
    assert ("matos", "ferrer") in hosted and ("matos", "lemercier") not in hosted


# -- the host's home: the one place of the meeting's first sentence ----------------------------------

AUDIENCE = ("Le président de la République, le général Oumar Sidibé, a accordé ce jeudi 28 novembre une audience au "
            "ministre espagnol des Affaires étrangères, Diego Ferrer, au palais de Koulouba. L'entretien s'est "
            "déroulé en présence du ministre d'Etat, Moussa Keita.")


def test_the_one_country_of_the_first_sentence_is_the_home_of_a_host_of_unknown_country(analyse):
    doc = analyse(article(AUDIENCE, "28 novembre 2024",
                          "Mali : le chef de la diplomatie espagnole reçu par le président Oumar Sidibé"))
    assert ("sidibe", "ferrer") in related(doc, "HOSTED")
    assert ("sidibe", "keita") not in related(doc, "HOSTED")


def test_no_place_named_gives_no_home(analyse):
    doc = analyse(article(AUDIENCE, "28 novembre 2024",
                          "Le chef de la diplomatie espagnole reçu par le président Oumar Sidibé"))
    assert ("sidibe", "ferrer") in related(doc, "MET") or ("ferrer", "sidibe") in related(doc, "MET")
    assert ("sidibe", "ferrer") not in related(doc, "HOSTED")


# -- MEMBER_OF: `membre de Y, X` is not a quote's last words before its speaker --------------------------

def test_membership_closing_a_quote_is_not_its_speakers(analyse):
    doc = analyse(article("Le vice-ministre russe des Affaires étrangères était mardi à Vienne. « La Moldavie ne "
                          "deviendra jamais membre de l'OTAN », a déclaré Igor Volkov."))
    assert ("volkov", "OTAN") not in related(doc, "MEMBER_OF")


def test_membership_then_the_name_after_a_comma(analyse):
    doc = analyse(article("Membre du Conseil de l'Atlantique Nord, le diplomate norvégien Lars Eklund a défendu "
                          "mardi à Vienne la position de l'Alliance."))
    assert ("eklund", "Conseil de l'Atlantique Nord") in related(doc, "MEMBER_OF")
