"""Meetings not found at all, round 10 (`components/meeting_mentions.py` mention-finding functions,
`rules/meetings.yml`): texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def meetings(doc) -> list[dict]:
    return list(doc._.meetings)


def summary(doc) -> list[tuple[str, str, list[str]]]:
    return [(m["kind"], m["host"], sorted(m["people"])) for m in doc._.meetings]


# -- `X a été accueilli par Y, avant de présider une cérémonie`: two meetings -----------------------

WELCOME = ("Jeudi matin, la ministre des Armées, Claire Dubois, a été accueillie à la préfecture maritime de Brest "
           "par le vice-amiral Paul Rivière, commandant de la zone maritime, avant de présider une cérémonie "
           "devant les équipages.")


def test_a_ceremony_presided_after_a_welcome_is_a_meeting_of_its_own(analyse):
    rows = summary(analyse(page(WELCOME)))
    assert len(rows) == 2
    welcome = next(r for r in rows if r[1] == "riviere")
    ceremony = next(r for r in rows if r[0] == "cérémonie")
    assert welcome[2] == ["dubois", "riviere"]
    assert ceremony[1] == "dubois" and "dubois" in ceremony[2]


def test_a_press_conference_after_talks_stays_one_meeting(analyse):
    doc = analyse(page("Jeudi, à Brest, la ministre des Armées, Claire Dubois, s'est entretenue avec le ministre "
                       "belge de la Défense, Marc Peeters, avant de tenir une conférence de presse commune."))
    assert len(meetings(doc)) == 1


def test_a_ceremony_named_in_the_main_clause_is_not_split(analyse):
    doc = analyse(page("Jeudi, à Brest, la ministre des Armées, Claire Dubois, a présidé une cérémonie en présence "
                       "du vice-amiral Paul Rivière."))
    assert len(meetings(doc)) == 1


# -- `Le maire lui a fait visiter la ville`: the subject hosts the visitor ---------------------------

TOUR = ("Le Premier ministre belge, Marc Peeters, est arrivé samedi à Lviv. Le maire de la ville, Andriï "
        "Kovalenko, lui a fait visiter les quartiers bombardés.")


def test_a_causative_visit_is_hosted_by_its_subject(analyse):
    rows = [r for r in summary(analyse(page(TOUR))) if r[1] == "kovalenko"]
    assert rows and rows[0][2] == ["kovalenko", "peeters"]


def test_a_plain_visit_verb_names_no_host(analyse):
    doc = analyse(page("Le Premier ministre belge, Marc Peeters, est arrivé samedi à Lviv. Le maire de la ville, "
                       "Andriï Kovalenko, a visité les quartiers bombardés."))
    assert all(m["host"] != "kovalenko" for m in meetings(doc))


# -- a trade mission is a visit; its relative clause of conduct gives its day and place --------------

MISSION = ("Le 12 février, le bureau de la ministre du Commerce extérieur, Julie Tremblay, a annoncé le report de "
           "la mission commerciale qu'elle devait mener au Brésil en mars.")


def test_a_trade_mission_is_a_meeting_dated_by_its_own_clause(analyse):
    rows = [m for m in meetings(analyse(page(MISSION))) if m["kind"] == "mission commerciale"]
    assert len(rows) == 1
    assert rows[0]["date"].endswith("-03") and rows[0]["location"] == "Brésil"
    assert "tremblay" in rows[0]["people"]


def test_a_military_mission_is_no_meeting(analyse):
    doc = analyse(page("Le 12 février, le général Paul Martin a présenté le bilan de la mission militaire "
                       "qu'il a menée au Sahel."))
    assert not meetings(doc)


def test_a_clause_of_announcement_does_not_date_the_meeting(analyse):
    doc = analyse(page("Le 12 février, la ministre Julie Tremblay a évoqué la visite officielle qu'elle avait "
                       "annoncée en janvier à Ottawa."))
    assert all(m["date"] != "2024-01" for m in meetings(doc))


# -- a committee hears a witness: `entendre` before a chamber only --------------------------------

HEARING = ("La commission de la défense de l'Assemblée nationale a entendu mardi le général Paul Martin, "
           "directeur du renseignement militaire.")


def test_a_committee_hearing_a_general_is_a_hearing(analyse):
    rows = [m for m in meetings(analyse(page(HEARING))) if m["kind"] == "audition"]
    assert rows and "martin" in rows[0]["people"]


def test_hearing_without_a_chamber_is_no_meeting(analyse):
    doc = analyse(page("Le juge d'instruction a entendu mardi le général Paul Martin, directeur du "
                       "renseignement militaire."))
    assert not [m for m in meetings(doc) if m["kind"] == "audition"]


def test_hearing_someone_say_is_a_perception(analyse):
    doc = analyse(page("Devant l'Assemblée nationale, on a entendu mardi le général Paul Martin dire que "
                       "l'armée manquait de munitions."))
    assert not [m for m in meetings(doc) if m["kind"] == "audition"]


RECORD = ("Assemblée nationale\n\nCommission de la défense\n\n— Audition du général Louis Garnier, chef "
          "d'état-major de l'armée de l'Air.\n\nMercredi 9 octobre 2024\n\n"
          "M. le président Marc Lebrun. Mon général, merci. Nous entendrons demain l'amiral Yves Kerlan, "
          "chef d'état-major de la Marine.\n\nLa séance est levée à onze heures.")


def test_a_hearing_announced_by_the_chair_is_planned_and_hosted_by_him(analyse):
    rows = [m for m in meetings(analyse(RECORD)) if "kerlan" in m["people"]]
    assert len(rows) == 1
    assert rows[0]["host"] == "lebrun" and rows[0]["status"] == "planned"
    assert "garnier" not in rows[0]["people"]


def test_a_paragraph_opening_on_a_verb_names_no_speaker(analyse):
    doc = analyse(RECORD.replace("M. le président Marc Lebrun. Mon général, merci.",
                                 "Le président Marc Lebrun a remercié le général."))
    assert not [m for m in meetings(doc) if m["host"] == "lebrun" and "kerlan" in m["people"]]
