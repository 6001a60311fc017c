"""Meeting hosts and HOSTED, round 29: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def hosted(analyse, body: str) -> set[tuple[str, str]]:
    doc = analyse(page(body))
    return {(r["subject_id"], r["object_id"]) for r in doc._.relations if r["relation"] == "HOSTED"}


def meetings(analyse, body: str) -> list[tuple[str, list[str]]]:
    doc = analyse(page(body))
    return [(m["host"], m["people"]) for m in doc._.meetings]


# -- a host verb of a relative clause, its object a clitic: the subject of the clause it hangs on ----------

RECEIVED = ("La ministre suédoise de la Défense, Pia Lindqvist, a présenté lundi son budget. Le texte sera débattu "
            "au Parlement en juin. Le 4 mai 2022, "
            "elle était devenue la première ministre suédoise à s'exprimer devant le comité militaire, à Bruxelles, "
            "où le secrétaire général de l'OTAN, Henrik Vallgren, l'avait reçue.")


def test_a_clitic_in_a_relative_clause_stands_for_the_pronoun_subject_it_hangs_on(analyse):
    found = meetings(analyse, RECEIVED)
    assert any(host == "vallgren" and "lindqvist" in people for host, people in found)
    assert ("vallgren", "lindqvist") in hosted(analyse, RECEIVED)


def test_a_clitic_in_a_relative_clause_stands_for_the_named_subject_it_hangs_on(analyse):
    body = ("Le général Marek Dvořák, chef d'état-major tchèque, a visité mardi le quartier général de Mons, "
            "où le commandant suprême des forces alliées, le général Paul Hennessy, l'a reçu.")
    assert ("hennessy", "dvorak") in hosted(analyse, body)


def test_a_clitic_of_a_main_clause_still_looks_back_at_the_sentence_before(analyse):
    body = ("Le général Marek Dvořák est arrivé mardi à Mons. Le commandant suprême des forces alliées, "
            "le général Paul Hennessy, l'a reçu au quartier général.")
    assert ("hennessy", "dvorak") in hosted(analyse, body)


def test_a_relative_clause_hung_on_a_thing_looks_back_at_the_sentence_before(analyse):
    # the clause it hangs on has no person for subject: the guest is the subject of the sentence before
    body = ("Le général Marek Dvořák est arrivé mardi à Mons. La visite s'est poursuivie au quartier général, "
            "où le général Paul Hennessy l'a reçu.")
    assert ("hennessy", "dvorak") in hosted(analyse, body)


# -- a host verb receiving no one (no object): the people `en présence de` are the gathering's guests -------

def test_those_present_at_a_gathering_the_host_receives_are_its_guests(analyse):
    body = ("Le président slovaque Tomas Varga a accueilli mardi au palais présidentiel, en présence du président "
            "slovène Janez Kralj et du président croate Ivo Babić, les travaux de la première réunion tripartite.")
    found = hosted(analyse, body)
    assert {("varga", "kralj"), ("varga", "babic")} <= found


def test_one_present_while_the_host_receives_a_guest_is_a_witness(analyse):
    body = ("Le président slovaque Tomas Varga a reçu mardi au palais présidentiel le président croate Ivo Babić, "
            "en présence de l'ambassadeur slovène Janez Kralj.")
    found = hosted(analyse, body)
    assert ("varga", "babic") in found and ("varga", "kralj") not in found


# -- a return visit: each host keeps his own guest; the same meeting told both ways keeps the stated host --

def test_a_return_visit_told_elsewhere_keeps_each_host(analyse):
    body = ("Le ministre slovaque de la Défense, Tomas Varga, a été reçu mardi à Ljubljana par son homologue "
            "slovène, le ministre de la Défense Janez Kralj. Le 3 mars, Janez Kralj s'était "
            "rendu à Bratislava, à l'invitation de son homologue slovaque.")
    found = hosted(analyse, body)
    assert ("kralj", "varga") in found and ("varga", "kralj") in found


def test_a_host_stated_for_the_same_meeting_is_not_reversed(analyse):
    body = ("Le ministre slovaque de la Défense, Tomas Varga, a été reçu mardi à Ljubljana par son homologue "
            "slovène, le ministre de la Défense Janez Kralj.")
    found = hosted(analyse, body)
    assert ("kralj", "varga") in found and ("varga", "kralj") not in found
