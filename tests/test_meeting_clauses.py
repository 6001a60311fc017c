"""Meeting frames, third round: one frame per clause that tells of a meeting of its own (a planned
audience in a relative clause after a visit told of), triggers that need a partner (`signer avec`,
`rejoindre`, `accueillir` between things), and people only spoken of as the complement of another
noun. Each behaviour with a counter-example. People are person keys.
"""

from __future__ import annotations

from conftest import dated_page as article


def people_of(doc) -> list[list[str]]:
    return [m["people"] for m in doc._.meetings]


# -- one frame per clause ---------------------------------------------------------------------------

TOUR = ("Le 3 avril 2024, le général Pierre Schill a visité la base de Varennes. Sa visite constitue la première "
        "étape d'une tournée qui le conduira jeudi à Lisbonne, où il doit être reçu par le général Rui Matos.")


def test_planned_audience_in_a_relative_clause_is_its_own_meeting(analyse):
    doc = analyse(article("3 Apr. 2024", TOUR))
    planned = [m for m in doc._.meetings if m["host"] == "matos"]
    assert len(planned) == 1, [(m["kind"], m["host"], m["people"]) for m in doc._.meetings]
    assert planned[0]["status"] == "planned"
    assert planned[0]["location"] == "Lisbonne"
    assert planned[0]["date"] == "2024-04-04"
    assert "schill" in planned[0]["people"]
    visit = [m for m in doc._.meetings if m is not planned[0]]
    assert visit and all("matos" not in m["people"] for m in visit)


def test_relative_clause_of_the_same_time_is_one_meeting(analyse):
    """Counter-example: `s'est rendu à X, où il a été reçu par Y` tells of one meeting."""
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, le général Pierre Schill s'est rendu à Lisbonne, où "
                                         "il a été reçu par le général Rui Matos."))
    assert len(doc._.meetings) == 1
    assert doc._.meetings[0]["host"] == "matos"
    assert doc._.meetings[0]["location"] == "Lisbonne"


# -- triggers that need a partner -------------------------------------------------------------------

def test_signing_with_a_person_is_a_meeting(analyse):
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, à Rome, le ministre Paolo Conti a signé avec la "
                                         "ministre Anne Roux un accord de coopération."))
    assert len(doc._.meetings) == 1
    assert {"conti", "roux"} <= set(doc._.meetings[0]["people"])
    assert doc._.meetings[0]["location"] == "Rome"


def test_signing_a_contract_is_no_meeting(analyse):
    """Counter-example: `a signé un contrat` names no partner."""
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, le ministre Paolo Conti a signé un contrat "
                                         "d'armement de deux milliards d'euros."))
    assert doc._.meetings == []


def test_joining_a_person_is_a_meeting(analyse):
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, le général Pierre Schill a rejoint la ministre "
                                         "Anne Roux sur la base de Varennes."))
    assert len(doc._.meetings) == 1
    assert {"schill", "roux"} <= set(doc._.meetings[0]["people"])


def test_joining_a_unit_is_no_meeting(analyse):
    """Counter-example: `a rejoint son régiment` names nobody met."""
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, le général Pierre Schill a rejoint son régiment "
                                         "à Varennes."))
    assert doc._.meetings == []


def test_a_base_housing_squadrons_is_no_meeting(analyse):
    """`La base accueille deux escadrons`: a subject and an object, neither a person."""
    doc = analyse(article("4 Apr. 2024", "Depuis 2020, la base de Varennes accueille deux escadrons de chasse."))
    assert doc._.meetings == []


def test_a_minister_receiving_a_counterpart_is_a_meeting(analyse):
    """Counter-example: the same verb between people."""
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, la ministre Anne Roux a accueilli le ministre "
                                         "Paolo Conti à Varennes."))
    assert len(doc._.meetings) == 1
    assert doc._.meetings[0]["host"] == "roux"


# -- people only spoken of --------------------------------------------------------------------------

def test_complement_of_another_noun_takes_no_part(analyse):
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, le président Ali Karim a reçu en audience le "
                                         "général Omar Diallo, porteur d'un message du président Moussa Traoré."))
    assert len(doc._.meetings) == 1
    assert "traore" not in doc._.meetings[0]["people"]
    assert {"karim", "diallo"} <= set(doc._.meetings[0]["people"])


def test_complement_of_presence_takes_part(analyse):
    """Counter-example: `en présence du ministre X`."""
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, le président Ali Karim a reçu en audience le "
                                         "général Omar Diallo, en présence du ministre Moussa Traoré."))
    assert len(doc._.meetings) == 1
    assert "traore" in doc._.meetings[0]["people"]


def test_flag_handed_over_is_a_ceremony(analyse):
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, le drapeau du régiment a été remis au colonel Marc "
                                         "Léger par le général Pierre Schill au château de Varennes."))
    assert len(doc._.meetings) == 1
    assert doc._.meetings[0]["host"] == "schill"
    assert doc._.meetings[0]["location"] == "château de Varennes"


def test_report_handed_over_is_no_ceremony(analyse):
    """Counter-example: `remettre` with an object that is no flag nor command."""
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, le général Pierre Schill a remis son rapport annuel."))
    assert doc._.meetings == []


def test_pair_in_a_reported_clause_is_not_the_meeting_pair(analyse):
    """`X a expliqué que les deux chefs d'Etat partageaient ...` tells what was said, not who met."""
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, le président Ali Karim a reçu en audience le ministre "
                                         "Omar Diallo, porteur d'un message du président Moussa Traoré.\n\n"
                                         "A sa sortie d'audience, M. Diallo a expliqué que les deux chefs d'Etat "
                                         "partageaient la même lecture de la menace."))
    assert len(doc._.meetings) == 1
    assert "traore" not in doc._.meetings[0]["people"]


def test_pair_as_subject_of_the_meeting_verb_takes_part(analyse):
    """Counter-example: `les deux hommes se sont entretenus` names the pair of the sentence before."""
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, le général Pierre Schill est arrivé à Varennes avec le "
                                         "général Carsten Breuer.\n\nLes deux hommes se sont entretenus dans la "
                                         "soirée."))
    assert any({"schill", "breuer"} <= set(m["people"]) for m in doc._.meetings)


# -- a place clitic ---------------------------------------------------------------------------------

def test_place_clitic_points_back_to_the_place_named(analyse):
    doc = analyse(article("4 Apr. 2024", "Le 3 avril 2024, le général Pierre Schill a présidé une réunion à Varennes."
                                         "\n\nUne délégation est attendue samedi à Lisbonne. Elle doit y rencontrer "
                                         "le général Rui Matos."))
    assert [m["location"] for m in doc._.meetings if "matos" in m["people"]] == ["Lisbonne"]


def test_il_y_a_is_no_place_clitic(analyse):
    """Counter-example: `il y a deux ans`, no meeting verb carrying the clitic."""
    doc = analyse(article("4 Apr. 2024", "Le général Pierre Schill est arrivé à Lisbonne.\n\nIl y a deux ans, "
                                         "le général Rui Matos avait rencontré le général Pierre Schill."))
    assert all(m["location"] != "Lisbonne" for m in doc._.meetings if "matos" in m["people"])
