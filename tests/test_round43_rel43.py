"""Relations, round 43: `son homologue` where the possessor is a title standing for a holder of another role
it names as the same, and chiefs of defence staff as one office. Texts of our own, each behaviour with a
counter-example."""

from __future__ import annotations

from conftest import page


def counterparts(analyse, body: str) -> set[frozenset[str]]:
    doc = analyse(page(body))
    return {frozenset((r["subject_id"], r["object_id"])) for r in doc._.relations if r["relation"] == "COUNTERPART_OF"}


def role(analyse, body: str, key: str) -> str:
    doc = analyse(page(body))
    return next((p.get("role") or "" for p in doc._.officials if p["key"] == key), "")


# -- `entre le chef de l'État et son homologue X`: the title names the president already named (`same_as`) ----

def test_head_of_state_title_is_the_president_named_before_not_the_last_subject(analyse):
    found = counterparts(analyse, "Le président John Mensah a reçu lundi à Accra le ministre allemand des Affaires "
                                  "étrangères, Hans Weber. Hans Weber a ensuite visité le port de Tema. Ce déplacement "
                                  "fait suite à l'entretien téléphonique de mars entre le chef de l'État et son "
                                  "homologue allemand, Frank Keller.")
    assert frozenset(("mensah", "keller")) in found
    assert frozenset(("weber", "keller")) not in found


def test_head_of_government_title_is_the_prime_minister_named_before(analyse):
    found = counterparts(analyse, "La Première ministre Ama Owusu a accueilli jeudi le ministre français de "
                                  "l'Intérieur, Paul Girard. Paul Girard a ensuite rencontré des policiers à Kumasi. "
                                  "Sa venue fait suite au sommet où la cheffe du gouvernement et son homologue "
                                  "français, Louis Bernard, avaient signé un accord.")
    assert frozenset(("owusu", "bernard")) in found
    assert frozenset(("girard", "bernard")) not in found


def test_a_head_of_state_title_does_not_name_a_minister(analyse):
    # no president named: `le chef de l'État` names neither the minister who hosted nor anyone else
    found = counterparts(analyse, "La ministre Ama Owusu a accueilli jeudi le ministre français de l'Intérieur, "
                                  "Paul Girard. Paul Girard a ensuite rencontré des policiers à Kumasi. Sa venue fait "
                                  "suite au sommet où le chef de l'État et son homologue français, Louis Bernard, "
                                  "avaient signé un accord.")
    assert frozenset(("owusu", "bernard")) not in found


# -- the French CEMA and the African CEMGA meet chiefs of defence staff abroad (`counterpart_role`) --------------

INDIA = "Le général Rajiv Menon, chef d'état-major de la défense de l'Inde, est arrivé lundi à Paris. "


def test_the_cema_receiving_his_unnamed_counterpart_meets_the_chief_of_defence_staff(analyse):
    found = counterparts(analyse, INDIA + "Le lendemain, le général Pierre Durand, chef d'état-major des armées, a "
                                          "accueilli son homologue à l'École militaire.")
    assert frozenset(("durand", "menon")) in found


def test_the_cema_by_his_acronym_meets_the_chief_of_defence_staff(analyse):
    found = counterparts(analyse, INDIA + "Mardi, le CEMA s'est entretenu avec son homologue. Le général Pierre "
                                          "Durand, chef d'état-major des armées, a salué une coopération ancienne.")
    assert frozenset(("durand", "menon")) in found


def test_a_cemga_meets_a_chief_of_defence_staff(analyse):
    found = counterparts(analyse, "L'amiral John Clarke, chef d'état-major de la défense britannique, est arrivé "
                                  "mardi à Abidjan. Le général ivoirien Koffi Yao, chef d'état-major général des "
                                  "armées, a reçu son homologue au camp Gallieni.")
    assert frozenset(("yao", "clarke")) in found


def test_the_chief_of_one_army_is_no_counterpart_of_the_cema(analyse):
    found = counterparts(analyse, "Le général Rajiv Menon, chef d'état-major de l'armée de Terre indienne, est "
                                  "arrivé lundi à Paris. Le lendemain, le général Pierre Durand, chef d'état-major des "
                                  "armées, a accueilli son homologue à l'École militaire.")
    assert frozenset(("durand", "menon")) not in found


def test_a_chief_of_staff_gives_his_counterpart_no_staff_title(analyse):
    # staff titles differ from one army to another: the counterpart of the CEMA gets no role from him
    body = ("Le général Pierre Durand, chef d'état-major des armées, a reçu mardi son homologue britannique, "
            "l'amiral John Clarke, à l'École militaire.")
    assert role(analyse, body, "clarke") == "homologue britannique"  # the counterpart word as written (round 58)


def test_a_minister_still_gives_his_counterpart_the_office_abroad(analyse):
    body = ("Le ministre des Armées, Pierre Durand, a reçu mardi son homologue britannique, John Clarke, à l'hôtel "
            "de Brienne.")
    assert role(analyse, body, "clarke") == "ministre de la Défense"


# -- `la Force X (FX) de l'Organisation Y`: the body's acronym in brackets does not cut its `de`-phrase ---------

def part_of(analyse, body: str) -> set[tuple[str, str]]:
    doc = analyse(page(body))
    return {(r["subject"], r["object"]) for r in doc._.relations if r["relation"] == "PART_OF"}


def test_a_body_bracketed_acronym_then_its_parent_grammar_body(analyse):
    found = part_of(analyse, "Les ministres ont évoqué l'action de la Force multinationale mixte (FMM) de la "
                             "Commission du bassin du lac Tchad (CBLT) contre les groupes armés.")
    assert ("Force multinationale mixte", "Commission du bassin du lac Tchad") in found


def test_a_brigade_bracketed_acronym_then_its_community(analyse):
    found = part_of(analyse, "Le bataillon a rejoint la Brigade d'intervention rapide (BIR) de la Communauté "
                             "économique des États de l'Afrique de l'Ouest.")
    assert ("Brigade d'intervention rapide", "Communauté économique des États de l'Afrique de l'Ouest") in found


def test_a_mission_bracketed_acronym_then_its_union(analyse):
    found = part_of(analyse, "La Mission de formation (EUTM) de l'Union européenne quitte le pays.")
    assert ("Mission de formation", "Union européenne") in found


def test_a_bracketed_acronym_then_a_comma_states_no_part(analyse):
    # `(DGA), de l'avis du ministère`: the `de` after the comma is no part of the name
    found = part_of(analyse, "Le dossier a été confié à la Direction technique (DT), de l'avis de la Direction "
                             "générale de l'armement.")
    assert not any(sub == "Direction technique" for sub, _ in found)


def test_a_bracket_of_another_body_is_not_skipped(analyse):
    # the bracket holds a place, not the body's own acronym: what follows is not its `de`-phrase
    found = part_of(analyse, "La Force multinationale mixte (Tchad) de l'Union africaine a repris ses patrouilles.")
    assert ("Force multinationale mixte", "Union africaine") not in found
