"""Relations, round 57: two people named together as the subject of a verb of signing (`X et son homologue Y
ont signé un accord`) sat at one table: a signature, a meeting of the two. One who signs alone (`X a signé un
contrat`), or a text signed by one named person, is none. Texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def met(analyse, body: str) -> set[frozenset[str]]:
    """The pairs of people (keys: surnames in lower case) a MET row links."""
    doc = analyse(page(body))
    return {frozenset((r["subject"], r["object"])) for r in doc._.relations if r["relation"] == "MET"}


def pair(a: str, b: str) -> frozenset[str]:
    return frozenset((a, b))


# -- a minister and `son homologue` as joint subjects of `signer`: they met ------------------------------------

def test_a_minister_and_his_counterpart_sign_a_letter_of_intent(analyse):
    assert pair("lecornu", "pevkur") in met(
        analyse, "Le ministre des Armées, Sébastien Lecornu, et son homologue estonien, Hanno Pevkur, ont signé "
                 "lundi à Tallinn une lettre d'intention sur la défense aérienne.")


def test_a_minister_and_her_counterpart_sign_a_memorandum(analyse):
    assert pair("dedonder", "ollongren") in met(
        analyse, "La ministre belge de la Défense, Ludivine Dedonder, et son homologue néerlandaise, Kajsa "
                 "Ollongren, ont signé mardi à La Haye un mémorandum sur la lutte contre les mines.")


def test_a_counterpart_without_commas_signs_a_protocol(analyse):
    assert pair("blair", "kosiniak-kamysz") in met(
        analyse, "Le ministre de la Défense nationale Bill Blair et son homologue polonais Władysław "
                 "Kosiniak-Kamysz ont signé jeudi à Varsovie un protocole de coopération industrielle.")


def test_two_heads_of_state_named_with_their_titles_sign_a_roadmap(analyse):
    assert pair("modi", "macron") in met(
        analyse, "Le président français, Emmanuel Macron, et le Premier ministre indien, Narendra Modi, ont "
                 "signé vendredi à New Delhi une feuille de route sur l'industrie de défense.")


def test_two_chiefs_of_defence_sign_a_joint_declaration(analyse):
    assert pair("burkhard", "milley") in met(
        analyse, "Le général Thierry Burkhard, chef d'état-major des armées, et le général Mark Milley, chef "
                 "d'état-major interarmées américain, ont signé mercredi au Pentagone une déclaration commune.")


# -- counter-examples: one signatory, or a text signed by one person, links no one --------------------------------

def test_one_minister_signing_a_contract_meets_no_one(analyse):
    assert met(analyse, "Le ministre des Armées, Sébastien Lecornu, a signé lundi un contrat avec Naval Group. "
                        "Le général Pierre Schill a salué la décision.") == set()


def test_a_decree_signed_by_one_person_naming_another_is_no_meeting(analyse):
    assert met(analyse, "Le président Emmanuel Macron a signé mercredi le décret nommant le général Fabien "
                        "Mandon chef d'état-major des armées.") == set()


def test_a_text_signed_by_one_minister_in_the_passive_is_no_meeting(analyse):
    assert met(analyse, "La lettre a été signée par la ministre Ludivine Dedonder, tandis que le général Michel "
                        "Hofman était en mission au Niger.") == set()


# -- `X faisait partie de la délégation`: the party of the meeting told last, not the story's first one -------------

def test_a_member_of_the_delegation_joins_the_reception_told_last(analyse):
    pairs = met(analyse, "Le ministre des Armées, Sébastien Lecornu, et son homologue grec, Nikos Dendias, ont signé "
                         "lundi à Paris un accord d'armement. Le même jour, la ministre des Affaires étrangères, "
                         "Catherine Colonna, avait reçu au Quai d'Orsay une délégation grecque conduite par le "
                         "ministre grec des Affaires étrangères, Giorgos Gerapetritis. Le chef d'état-major grec, "
                         "le général Dimitrios Choupis, faisait partie de la délégation.")
    assert pair("colonna", "choupis") in pairs
    assert pair("lecornu", "choupis") not in pairs


def test_members_of_a_delegation_received_after_talks_join_that_reception(analyse):
    pairs = met(analyse, "Le président Emmanuel Macron et le chancelier Olaf Scholz se sont entretenus lundi à "
                         "l'Élysée. Le même jour, le ministre Sébastien Lecornu avait reçu à l'hôtel de Brienne une "
                         "délégation marocaine conduite par le ministre délégué Abdellatif Loudiyi. Le général "
                         "Mohammed Berrid faisait partie de la délégation.")
    assert pair("lecornu", "berrid") in pairs
    assert pair("macron", "berrid") not in pairs


def test_a_member_of_the_one_delegation_told_joins_its_meeting(analyse):
    assert pair("lecornu", "berrid") in met(
        analyse, "Le ministre Sébastien Lecornu a reçu mardi à Paris une délégation marocaine conduite par le "
                 "ministre délégué Abdellatif Loudiyi. Le général Mohammed Berrid faisait partie de la délégation.")
