"""Round 21, relations: who attends an audience (`en présence de`) is not received; a side meeting told by a
gathering verb (`X a réuni A et B`) pairs all its people. Own sentences."""

from __future__ import annotations


def _rels(doc, relation: str) -> set[tuple[str, str]]:
    return {(r["subject_id"], r["object_id"]) for r in doc._.relations if r["relation"] == relation}


def _met(doc) -> set[frozenset[str]]:
    return {frozenset(pair) for pair in _rels(doc, "MET")}


def test_witness_of_audience_not_hosted(analyse):
    doc = analyse("Le président togolais, Jean Amegan, a accueilli mardi à Lomé le ministre ghanéen de la Défense, "
                  "Kwame Mensah, en présence de l'ambassadeur de France au Togo, Pierre Lefort.")
    hosted = _rels(doc, "HOSTED")
    assert ("amegan", "mensah") in hosted
    assert ("amegan", "lefort") not in hosted
    assert frozenset({"amegan", "lefort"}) in _met(doc)  # he attended: he met them


def test_guest_coordinated_is_hosted(analyse):
    # counter-example: named beside the guest, not in a `présence` phrase, he was received too
    doc = analyse("Le président togolais, Jean Amegan, a accueilli mardi à Lomé le ministre ghanéen de la Défense, "
                  "Kwame Mensah, et l'ambassadeur de France au Togo, Pierre Lefort.")
    hosted = _rels(doc, "HOSTED")
    assert ("amegan", "mensah") in hosted
    assert ("amegan", "lefort") in hosted


def test_gathering_verb_side_meeting_pairs_all(analyse):
    doc = analyse("En marge du sommet de l'Union africaine, le président sénégalais, Amadou Ndiaye, a réuni mardi à "
                  "Dakar le président malien, Oumar Keita, et le président ivoirien, Henri Kouassi.")
    met = _met(doc)
    assert frozenset({"ndiaye", "keita"}) in met
    assert frozenset({"keita", "kouassi"}) in met


def test_partner_verb_side_meetings_pair_subject_only(analyse):
    doc = analyse("En marge du sommet de l'Union africaine, le président sénégalais, Amadou Ndiaye, s'est entretenu "
                  "mardi à Dakar avec le président malien, Oumar Keita, puis avec le président ivoirien, "
                  "Henri Kouassi.")
    met = _met(doc)
    assert frozenset({"ndiaye", "keita"}) in met
    assert frozenset({"keita", "kouassi"}) not in met


def test_heads_of_state_are_counterparts(analyse):
    # `le président ghanéen` (président) and `le président de la République` (French): both named by `chef de l'État`
    doc = analyse("Le président de la République, Étienne Dupré, s'est entretenu lundi à Paris avec le président "
                  "ghanéen, Kofi Asante.\n\nReçu au palais de l'Élysée par le chef de l'État français, le président "
                  "ghanéen a signé avec son homologue un accord de défense.")
    assert frozenset({"dupre", "asante"}) in {frozenset(p) for p in _rels(doc, "COUNTERPART_OF")}


def test_prime_minister_no_counterpart_of_president(analyse):
    doc = analyse("Le Premier ministre français, Étienne Dupré, s'est entretenu lundi à Paris avec le président "
                  "ghanéen, Kofi Asante.\n\nReçu à l'hôtel de Matignon par le chef du gouvernement français, le "
                  "président ghanéen a signé avec son homologue un accord de défense.")
    assert not _rels(doc, "COUNTERPART_OF")
