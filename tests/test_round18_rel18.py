"""Relations, round 18 (`components/relations.py`): the home of a host of unknown country (his organisation's
country, the dateline's), the host serving an organisation of states, counterparts a counted title names
(`les deux ministres`), the holder of a titled headline by its demonym, `ses homologues` that name their
possessor or a chair after them, and a body after `auprès de` (grammar.yml `accredited_words`); on texts of
our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import HEADLINE, page


def article(body: str, published: str = "12 mars 2024", headline: str = HEADLINE) -> str:
    return page(body, published, headline)


def related(doc, relation: str) -> set[tuple[str, str]]:
    return {(r["subject_id"], r["object_id"]) for r in doc._.relations if r["relation"] == relation}


def pairs(doc, relation: str) -> set[frozenset[str]]:
    return {frozenset((r["subject_id"], r["object_id"])) for r in doc._.relations if r["relation"] == relation}


def people_of(doc) -> dict[str, str]:
    return {p["key"]: p["key"] for p in doc._.officials}


def key(doc, surname: str) -> str:
    return next(k for k in people_of(doc) if surname in k)


# -- a host of no stated country receives at the dateline's home ------------------------------------------

WIRE = ("{dateline}La cérémonie s'est déroulée jeudi au palais présidentiel sous la présidence du colonel Abdoulaye "
        "Sangaré, président de la Transition. Y ont pris part le ministre ivoirien de la Défense, Serge Kouamé, et "
        "le ministre malien de la Sécurité, Bakary Touré.")


def test_a_host_of_no_country_receives_at_the_dateline_home(analyse):
    doc = analyse(article(WIRE.format(dateline="Bamako, 14 mars (AMAP) - ")))
    hosted = related(doc, "HOSTED")
    sangare, kouame, toure = key(doc, "sangare"), key(doc, "kouame"), key(doc, "toure")
    assert (sangare, kouame) in hosted
    assert (sangare, toure) not in hosted  # of the host's own country: came with him, no guest


def test_no_dateline_no_home(analyse):
    doc = analyse(article(WIRE.format(dateline="")))
    sangare, kouame = key(doc, "sangare"), key(doc, "kouame")
    assert frozenset((sangare, kouame)) in pairs(doc, "MET")
    assert (sangare, kouame) not in related(doc, "HOSTED")


# -- a host serving an organisation of states receives everyone's people -----------------------------------

NATO = ("La réunion s'est tenue mardi au siège de l'Alliance à Bruxelles sous la présidence du secrétaire général de "
        "l'OTAN, Lars Eklund. Y ont pris part le ministre polonais de la Défense, Piotr Nowacki, et le secrétaire "
        "général adjoint de l'OTAN, Marco Bellini.")


def test_the_secretary_general_received_a_minister_of_a_member_state(analyse):
    doc = analyse(article(NATO))
    hosted = related(doc, "HOSTED")
    eklund, nowacki = key(doc, "eklund"), key(doc, "nowacki")
    assert (eklund, nowacki) in hosted


def test_a_colleague_of_the_same_organisation_is_no_guest(analyse):
    doc = analyse(article(NATO))
    eklund, bellini = key(doc, "eklund"), key(doc, "bellini")
    assert (eklund, bellini) not in related(doc, "HOSTED")


# -- a counted title: `les deux ministres` ------------------------------------------------------------------

COUNTED = ("Le ministre estonien de la Défense, Karl Tamm, s'est entretenu mardi à Tallinn avec le ministre finlandais "
           "de la Défense, Mikko Virtanen. {sentence}")


def test_two_ministers_counted_as_such_are_counterparts(analyse):
    doc = analyse(article(COUNTED.format(
        sentence="Les deux ministres ont signé un accord sur la surveillance de la mer Baltique.")))
    assert frozenset((key(doc, "tamm"), key(doc, "virtanen"))) in pairs(doc, "COUNTERPART_OF")


def test_no_counted_title_no_counterparts(analyse):
    doc = analyse(article(COUNTED.format(
        sentence="Les deux pays ont signé un accord sur la surveillance de la mer Baltique.")))
    assert frozenset((key(doc, "tamm"), key(doc, "virtanen"))) in pairs(doc, "MET")
    assert frozenset((key(doc, "tamm"), key(doc, "virtanen"))) not in pairs(doc, "COUNTERPART_OF")


# -- a titled headline: the holder by the title's demonym -----------------------------------------------------

HEADLINE_BODY = ("Le conseiller d'Etat et ministre indien de la Défense, Arjun Mehta, a rencontré mardi à Singapour le "
                 "ministre japonais de la Défense, Kenji Sato, en marge du forum régional.")


def test_the_headline_title_names_the_one_person_of_its_country(analyse):
    doc = analyse(article(HEADLINE_BODY, headline="Le ministre indien de la Défense rencontre son homologue japonais"))
    assert frozenset((key(doc, "mehta"), key(doc, "sato"))) in pairs(doc, "COUNTERPART_OF")


def test_a_headline_title_of_a_country_no_one_serves_names_no_one(analyse):
    doc = analyse(article(HEADLINE_BODY, headline="Le ministre chinois de la Défense rencontre son homologue japonais"))
    assert frozenset((key(doc, "mehta"), key(doc, "sato"))) not in pairs(doc, "COUNTERPART_OF")


# -- `ses homologues`: not the chair named after them, nor their possessor ----------------------------------

def test_the_chair_named_after_ses_homologues_is_none_of_them(analyse):
    doc = analyse(article("La ministre Anna Lindqvist doit s'entretenir mercredi avec ses homologues de l'Alliance "
                          "lors de la réunion organisée sous la présidence du secrétaire général Lars Eklund."))
    assert frozenset((key(doc, "lindqvist"), key(doc, "eklund"))) not in pairs(doc, "COUNTERPART_OF")


def test_the_people_named_after_ses_homologues_are_them(analyse):
    doc = analyse(article("Le chef d'état-major des armées, le général Ibrahim Maïga, a accueilli lundi à Niamey ses "
                          "homologues, le général Paul Ouédraogo et le général Amadou Keïta."))
    found = pairs(doc, "COUNTERPART_OF")
    assert frozenset((key(doc, "maiga"), key(doc, "ouedraogo"))) in found
    assert frozenset((key(doc, "maiga"), key(doc, "keita"))) in found


def test_au_nom_de_ses_homologues_names_their_possessor(analyse):
    doc = analyse(article("Le chef d'état-major, le général Paul Ouédraogo, a ouvert la séance. Prenant la parole au "
                          "nom de ses homologues, le ministre Moussa Diallo a déclaré que la force serait prête."))
    assert frozenset((key(doc, "diallo"), key(doc, "ouedraogo"))) not in pairs(doc, "COUNTERPART_OF")


# -- `auprès de`: a body accredited to another is no part of it -----------------------------------------------

def test_a_mission_accredited_to_a_body_is_no_part_of_it(analyse):
    doc = analyse(article("La représentation permanente de la Belgique auprès de l'OTAN a accueilli mardi une "
                          "délégation parlementaire."))
    assert not any(r["relation"] == "PART_OF" and r["object"] == "OTAN" for r in doc._.relations)


def test_a_unit_of_a_body_is_part_of_it(analyse):
    doc = analyse(article("Le Canada dirige en Lettonie la brigade multinationale de l'OTAN, forte de trois mille "
                          "soldats."))
    assert any(r["relation"] == "PART_OF" and r["object"] == "OTAN" for r in doc._.relations)


# -- a role said in a subject relative: `X, qui s'est proclamé chef du Conseil` ------------------------------

RELATIVE = ("Les émissaires n'ont pas été reçus par le général Karim Bensaïd, {clause} chef du Conseil national "
            "pour la sauvegarde de la patrie, dimanche à Niamey.")


def members(doc) -> set[tuple[str, str]]:
    return {(r["subject_id"], r["object"]) for r in doc._.relations if r["relation"] == "MEMBER_OF"}


def test_a_role_said_in_a_relative_clause_makes_a_member(analyse):
    doc = analyse(article(RELATIVE.format(clause="qui s'est proclamé")))
    assert any(who == key(doc, "bensaid") and "Conseil national" in org for who, org in members(doc))


def test_a_role_of_the_past_in_a_relative_clause_makes_none(analyse):
    doc = analyse(article(RELATIVE.format(clause="qui était alors")))
    assert not any(who == key(doc, "bensaid") and "Conseil national" in org for who, org in members(doc))
