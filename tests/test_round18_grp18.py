"""Round 18 (grp18): meeting participants told by a counted group, and meetings a negated modal denies."""

from conftest import page


def _meetings(analyse, body):
    return analyse(page(body))._.meetings


def _with(meetings, key):
    return [m for m in meetings if key in m["people"]]


ARRIVALS = ("Le ministre de la Défense, Jean Dupuis, le ministre de l'Intérieur, Paul Martin, et la ministre "
            "des Armées, Claire Leroy, sont arrivés à Dakar lundi. ")


def test_counted_group_stands_for_the_people_named_before(analyse):
    meetings = _meetings(analyse, ARRIVALS + "Le lendemain, les trois ministres ont été reçus en audience "
                                             "par le président Amadou Sow.")
    audience = next(m for m in meetings if m["host"] == "sow")
    assert {"dupuis", "martin", "leroy"} <= set(audience["people"])


def test_counted_group_prefers_people_of_its_title(analyse):
    meetings = _meetings(analyse, "Le général Marc Olivier, chef d'état-major, accompagnait le ministre de la "
                                  "Défense, Jean Dupuis, le ministre de l'Intérieur, Paul Martin, et la ministre "
                                  "des Armées, Claire Leroy, à Dakar lundi. Le lendemain, les trois ministres ont "
                                  "été reçus en audience par le président Amadou Sow.")
    audience = next(m for m in meetings if m["host"] == "sow")
    assert {"dupuis", "martin", "leroy"} <= set(audience["people"])
    assert "olivier" not in audience["people"]


def test_counted_group_short_of_its_number_adds_no_one(analyse):
    # counter-example: only two people named before `les quatre ministres`
    meetings = _meetings(analyse, "Le ministre de la Défense, Jean Dupuis, et le ministre de l'Intérieur, Paul "
                                  "Martin, sont arrivés à Dakar lundi. Le lendemain, les quatre ministres ont été "
                                  "reçus en audience par le président Amadou Sow.")
    audience = next(m for m in meetings if m["host"] == "sow")
    assert "dupuis" not in audience["people"] and "martin" not in audience["people"]


def test_negated_modal_tells_no_meeting(analyse):
    meetings = _meetings(analyse, "Mardi, la secrétaire d'État Anne Moreau a été reçue par le général Karl "
                                  "Berger à Niamey. Elle n'a pu rencontrer ni Paul Koffi ni Marc Adjovi.")
    assert not _with(meetings, "koffi") and not _with(meetings, "adjovi")
    assert _with(meetings, "berger")


def test_modal_without_negation_still_tells_the_meeting(analyse):
    # counter-example: `a pu rencontrer` tells the meeting; `n'a pas hésité à` is no negating modal
    meetings = _meetings(analyse, "Mardi, la secrétaire d'État Anne Moreau a pu rencontrer le général Paul "
                                  "Koffi à Niamey.")
    assert _with(meetings, "koffi")
    meetings = _meetings(analyse, "Mardi, la secrétaire d'État Anne Moreau n'a pas hésité à rencontrer le "
                                  "général Paul Koffi à Niamey.")
    assert _with(meetings, "koffi")


SUMMIT = "Jeudi, le président Amadou Sow a présidé à Dakar un sommet des chefs d'État de la région. "


def _summit(analyse, after):
    return next(m for m in _meetings(analyse, SUMMIT + after) if m["host"] == "sow")


def test_roster_around_the_table_joins_the_meeting(analyse):
    summit = _summit(analyse, "Autour de la table figuraient notamment le Malien Jean Dupuis et le Nigérien "
                              "Paul Martin.")
    assert {"dupuis", "martin"} <= set(summit["people"])


def test_roster_opening_with_etaient_presents(analyse):
    summit = _summit(analyse, "Étaient présents le président malien Jean Dupuis et le président nigérien "
                              "Paul Martin.")
    assert {"dupuis", "martin"} <= set(summit["people"])


def test_roster_leaves_out_who_is_represented(analyse):
    # counter-example: the one represented by a participant is absent
    summit = _summit(analyse, "Étaient également présents le préfet Jean Dupuis et Paul Martin, venu "
                              "représenter le ministre Marc Olivier.")
    assert {"dupuis", "martin"} <= set(summit["people"])
    assert "olivier" not in summit["people"]


def test_list_of_victims_is_no_roster(analyse):
    # counter-example: `parmi les victimes figurait` names no participant
    summit = _summit(analyse, "Parmi les victimes de l'attentat figurait le sergent Paul Martin.")
    assert "martin" not in summit["people"]
