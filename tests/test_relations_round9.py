"""Relations, round 9 (`components/relations.py`): HOSTED where the guests go unnamed, `ses homologues`
received, on texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import HEADLINE, page


def article(body: str, published: str = "12 mars 2024", headline: str = HEADLINE) -> str:
    return page(body, published, headline)


def related(doc, relation: str) -> set[tuple[str, str]]:
    return {(r["subject_id"], r["object_id"]) for r in doc._.relations if r["relation"] == relation}


# -- HOSTED: the guests named by no name ------------------------------------------------------------

def test_a_plural_passive_subject_names_all_the_guests(analyse):
    doc = analyse(article("Le ministre danois de la Défense, Lars Holmgaard, et son homologue estonien, Peeter Kask, "
                          "se sont rendus mardi à Toulon. Les deux ministres ont été accueillis au port par le "
                          "directeur du chantier, Marc Dufresne."))
    hosted = related(doc, "HOSTED")
    assert ("dufresne", "holmgaard") in hosted and ("dufresne", "kask") in hosted


def test_a_singular_pronoun_received_is_not_every_participant(analyse):
    doc = analyse(article("Le général Paul Verhoeven et le colonel Jan Smit ont visité mardi la base de Leeuwarden. "
                          "Il y a été reçu en audience par le chef d'état-major, le général Karel Dekker."))
    assert ("dekker", "smit") not in related(doc, "HOSTED")


def test_a_guest_noun_is_the_one_other_person_of_the_meeting(analyse):
    doc = analyse(article("Le général Alain Mboumba est en visite à la base de Kara, où le colonel Koffi Adjavon a "
                          "reçu son hôte mardi."))
    assert ("adjavon", "mboumba") in related(doc, "HOSTED")


def test_a_guest_noun_names_no_one_among_several(analyse):
    doc = analyse(article("Le général Alain Mboumba et le colonel Paul Nkoghe sont en visite à la base de Kara, où le "
                          "colonel Koffi Adjavon a reçu son hôte mardi."))
    assert not related(doc, "HOSTED")


def test_a_thing_handed_over_hosts_no_one(analyse):
    doc = analyse(article("Le général Paul Verhoeven a pris le commandement de la brigade le 3 mars. Le fanion lui "
                          "a été remis par le général Karel Dekker, en présence du ministre Jan Smit."))
    assert not related(doc, "HOSTED")


# -- HOSTED: `ses homologues` received ------------------------------------------------------------

def test_counterparts_received_in_the_plural_are_each_hosted(analyse):
    doc = analyse(article("Le ministre portugais de la Défense, Rui Carvalho, a reçu jeudi à Lisbonne ses homologues "
                          "espagnol, Pedro Lozano, et italien, Marco Bellini."))
    hosted = related(doc, "HOSTED")
    assert ("carvalho", "lozano") in hosted and ("carvalho", "bellini") in hosted


def test_counterparts_met_in_the_plural_are_not_hosted(analyse):
    doc = analyse(article("Le ministre portugais de la Défense, Rui Carvalho, a rencontré jeudi à Madrid ses "
                          "homologues espagnol, Pedro Lozano, et italien, Marco Bellini."))
    assert not related(doc, "HOSTED")


# -- COUNTERPART_OF: the possessor of `son homologue` a pronoun -----------------------------------------

def test_a_feminine_pronoun_skips_the_last_man_spoken_of(analyse):
    doc = analyse(article("La ministre Karin Lindqvist a pris ses fonctions en 2021. Le chef de l'armée, le général "
                          "Olof Berg, a présenté son budget mardi. En 2022, elle avait rencontré son homologue "
                          "norvégienne, Ingrid Dahl."))
    pairs = {frozenset(p) for p in related(doc, "COUNTERPART_OF")}
    assert frozenset(("dahl", "lindqvist")) in pairs and frozenset(("dahl", "berg")) not in pairs


def test_a_masculine_pronoun_keeps_the_last_man_spoken_of(analyse):
    doc = analyse(article("La ministre Karin Lindqvist a pris ses fonctions en 2021. Le chef de l'armée, le général "
                          "Olof Berg, a présenté son budget mardi. En 2022, il avait rencontré son homologue "
                          "norvégien, Lars Dahl."))
    assert frozenset(("dahl", "berg")) in {frozenset(p) for p in related(doc, "COUNTERPART_OF")}
