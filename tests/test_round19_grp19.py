"""Round 19 (grp19): a roster written without a verb, and the two officers of a change of command."""

from conftest import page


def _meetings(analyse, body):
    return analyse(page(body))._.meetings


def _with(meetings, key):
    return [m for m in meetings if key in m["people"]]


SUMMIT = "Le président Jean Dupuis a accueilli mardi à Dakar un sommet sur la sécurité au Sahel. "


def test_verbless_roster_lists_the_participants(analyse):
    meetings = _meetings(analyse, SUMMIT + "Autour de la table, une dizaine de dirigeants, parmi lesquels le "
                                           "président malien Paul Koffi, le président nigérien Amadou Sow et le "
                                           "Premier ministre tchadien Marc Adjovi, tandis que le Burkina était "
                                           "représenté par son ministre de la Défense, Luc Ouedraogo.")
    summit = next(m for m in meetings if m["host"] == "dupuis")
    assert {"koffi", "sow", "adjovi", "ouedraogo"} <= set(summit["people"])


def test_roster_sentence_with_its_own_verb_adds_no_one(analyse):
    # counter-example: `Autour de la table` before a verb of its own: a soldier honoured is no participant
    meetings = _meetings(analyse, SUMMIT + "Autour de la table, les dirigeants ont rendu hommage au sergent Paul "
                                           "Koffi, tombé la veille.")
    assert not _with(meetings, "koffi")


def test_handover_ceremony_has_both_officers(analyse):
    meetings = _meetings(analyse, "Le général Paul Koffi est depuis lundi le nouveau chef d'état-major de "
                                  "l'armée de Terre. La cérémonie de passation s'est tenue au camp de Thiès, où il "
                                  "a succédé au général Amadou Sow, en poste depuis 2020.")
    ceremony = next(m for m in meetings if m["kind"] == "cérémonie")
    assert {"koffi", "sow"} <= set(ceremony["people"])
    meetings = _meetings(analyse, "Lundi, lors de la cérémonie de passation de commandement au camp de Thiès, le "
                                  "colonel Paul Koffi a succédé au colonel Amadou Sow à la tête du régiment.")
    ceremony = next(m for m in meetings if m["kind"] == "cérémonie")
    assert {"koffi", "sow"} <= set(ceremony["people"])


def test_former_holder_described_is_no_participant(analyse):
    # counter-example: a clause on a person says whom he once followed, not who took part
    meetings = _meetings(analyse, "Lundi, le ministre Jean Dupuis, qui a succédé en 2020 au général Amadou Sow, "
                                  "a présidé une cérémonie au camp de Thiès.")
    ceremony = next(m for m in meetings if m["kind"] == "cérémonie")
    assert "sow" not in ceremony["people"] and ceremony["host"] == "dupuis"


def test_earlier_visit_told_by_a_demonstrative_keeps_its_own_day(analyse):
    meetings = _meetings(analyse, "Le ministre de la Défense, Jean Dupuis, a reçu mardi à Dakar le général Paul "
                                  "Koffi. Cette visite intervient deux mois après celle effectuée à Dakar, le 3 "
                                  "janvier dernier, par le même général, qui avait été reçu au ministère par le "
                                  "ministre.")
    assert sorted(m["date"] for m in meetings) == ["2024-01-03", "2024-03-12"]


def test_demonstrative_without_earlier_frame_moves_no_day(analyse):
    # counter-example: no pluperfect meeting told after `celle de ...`: the sentence's meeting is untouched
    meetings = _meetings(analyse, "Le 12 mars, le ministre Jean Dupuis a reçu à Dakar le général Paul Koffi, dont "
                                  "la visite suit celle du 3 janvier.")
    visit = next(m for m in meetings if "koffi" in m["people"])
    assert visit["date"] == "2024-03-12"
