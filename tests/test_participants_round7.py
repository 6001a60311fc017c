"""Who takes part in a meeting (`components/meeting_mentions.py`: `_beside`, `_attendance`), round 7.
Each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page as article


def meetings_with(doc, key: str) -> list[list[str]]:
    return [m["people"] for m in doc._.meetings if key in m["people"]]


SUMMIT = ("Le mardi 12 mars 2024, le président Paolo Ferrante réunit à Turin les ministres de la Défense de "
          "l'Union, auxquels se joint le secrétaire général de l'OTAN, Lars Holmberg.\n\n")


# -- a meeting verb set before a bigger meeting's noun is a meeting of its own -------------------------

def test_talks_before_the_opening_are_their_own_meeting(analyse):
    doc = analyse(article(SUMMIT +
        "Avant l'ouverture des travaux, le président italien s'est entretenu en tête-à-tête avec la ministre "
        "Ewa Nowicka."))
    pairs = meetings_with(doc, "nowicka")
    assert pairs and any(set(p) == {"ferrante", "nowicka"} for p in pairs)
    assert not any("holmberg" in p for p in pairs)


def test_a_welcome_after_the_verb_stays_one_meeting(analyse):
    doc = analyse(article(
        "Le 12 mars 2024, le général Marco Bellini a reçu le général Piotr Nowak au siège de l'état-major "
        "à Rome, après une cérémonie des honneurs militaires."))
    assert not any(m["side"] for m in doc._.meetings)
    assert any({"bellini", "nowak"} <= set(m["people"]) for m in doc._.meetings)


def test_talks_with_no_one_named_stay_with_the_ceremony(analyse):
    doc = analyse(article(
        "Le 12 mars 2024, le président Paolo Ferrante a présidé une cérémonie à Turin.\n\n"
        "Avant la cérémonie, il s'est entretenu quelques minutes avec des élus du département."))
    assert not any(m["side"] for m in doc._.meetings)


# -- `ont fait le déplacement`: they came to the meeting spoken of --------------------------------------

def test_those_who_made_the_trip_join_the_meeting(analyse):
    doc = analyse(article(SUMMIT +
        "Le ministre Jan Kowal et la ministre Ewa Nowicka ont fait le déplacement."))
    assert any({"ferrante", "kowal", "nowicka"} <= set(m["people"]) for m in doc._.meetings)
    assert not any(m["kind"] == "déplacement" for m in doc._.meetings)


def test_a_trip_with_a_place_and_a_day_is_its_own(analyse):
    doc = analyse(article(SUMMIT +
        "Le 20 mars, le ministre Jan Kowal a fait le déplacement à Varsovie pour rencontrer son homologue, "
        "le ministre Tomasz Zielinski."))
    assert not any({"ferrante", "kowal"} <= set(m["people"]) for m in doc._.meetings)


# -- `ont rejoint la délégation`: newcomers to the party of the meeting spoken of ----------------------

VISIT = ("Le 12 mars 2024, le général Marco Bellini s'est rendu à Cluj, où il a retrouvé le ministre "
         "Luca Ferrante auprès des militaires italiens déployés.\n\n")


def test_people_who_join_the_delegation_join_its_meeting(analyse):
    doc = analyse(article(VISIT +
        "Le président Andrei Popa et le ministre Mihai Ionescu ont rejoint la délégation italienne pour un "
        "moment d'échange avec les troupes."))
    assert any({"bellini", "ferrante", "popa", "ionescu"} <= set(m["people"]) for m in doc._.meetings)


def test_people_who_join_a_named_minister_meet_on_their_own(analyse):
    doc = analyse(article(VISIT +
        "Le 14 mars, le président Andrei Popa a rejoint à Bucarest le ministre Mihai Ionescu."))
    assert not any({"bellini", "popa"} <= set(m["people"]) for m in doc._.meetings)


# -- a presence sentence told in the pluperfect joins the flashback, not the story's meeting -----------

STORY = ("Le 12 mars 2024, le ministre Luca Ferrante a reçu à Rome son homologue, le ministre Jan Kowal.\n\n"
         "Le 3 octobre 2023, M. Kowal avait accueilli M. Ferrante à Varsovie. ")


def test_a_pluperfect_presence_joins_the_flashback(analyse):
    doc = analyse(article(STORY +
        "En présence des deux ministres, le général Marco Bellini et le général Piotr Nowak y avaient signé "
        "une lettre d'intention."))
    by_date = {m["date"]: set(m["people"]) for m in doc._.meetings}
    assert {"bellini", "nowak"} <= by_date.get("2023-10-03", set())
    assert not {"bellini", "nowak"} & by_date.get("2024-03-12", set())


def test_a_present_tense_presence_joins_the_story(analyse):
    doc = analyse(article(STORY +
        "\n\nEn présence des deux ministres, le général Marco Bellini et le général Piotr Nowak ont signé "
        "mardi une lettre d'intention."))
    by_date = {m["date"]: set(m["people"]) for m in doc._.meetings}
    assert not {"bellini", "nowak"} & by_date.get("2023-10-03", set())
    assert {"bellini", "nowak"} <= by_date.get("2024-03-12", set())


# -- `le chef du gouvernement` names the Prime Minister already named (roles.yml `same_as`) -----------

def test_the_head_of_government_is_the_prime_minister_named(analyse):
    doc = analyse(article(
        "Le 12 mars 2024, le Premier ministre gabonais Paul Mba a visité la frégate italienne Aquila.\n\n"
        "Le chef du gouvernement gabonais a été accueilli à bord par le contre-amiral Marco Bellini."))
    assert any({"mba", "bellini"} <= set(m["people"]) for m in doc._.meetings)


def test_the_head_of_another_government_is_not(analyse):
    doc = analyse(article(
        "Le 12 mars 2024, le Premier ministre gabonais Paul Mba a visité la frégate italienne Aquila.\n\n"
        "Le chef du gouvernement italien a été accueilli à Rome par le contre-amiral Marco Bellini."))
    mba = next(o for o in doc._.officials if o["key"] == "mba")
    assert len(mba["mentions"]) == 1  # the Italian head of government is somebody else


# -- `X et Y l'attendaient`: those who welcome the visitor take part ---------------------------------

ARRIVAL = "Le 12 mars 2024, le président Paolo Ferrante a visité la base aérienne de Trapani.\n\n"


def test_those_who_awaited_him_take_part(analyse):
    doc = analyse(article(ARRIVAL +
        "Le général Marco Bellini et l'amiral Carlo Ricci l'attendaient au pied de la passerelle."))
    assert any({"ferrante", "bellini", "ricci"} <= set(m["people"]) for m in doc._.meetings)


def test_those_awaiting_a_thing_do_not(analyse):
    doc = analyse(article(ARRIVAL +
        "Le général Marco Bellini attendait une décision sur le renouvellement de la flotte."))
    assert not any("bellini" in m["people"] for m in doc._.meetings)


def test_a_passive_in_the_imperfect_is_the_story(analyse):
    doc = analyse(article(
        "Le 12 mars 2024, le ministre Luca Ferrante a reçu à Rome son homologue, le ministre Jan Kowal.\n\n"
        "Le 3 octobre 2023, M. Kowal avait accueilli M. Ferrante à Varsovie.\n\n"
        "Le ministre Kowal était accompagné du général Piotr Nowak."))
    by_date = {m["date"]: set(m["people"]) for m in doc._.meetings}
    assert "nowak" not in by_date.get("2023-10-03", set())


# -- a meeting told as to come speaks of the one of its kind announced, not of one held ---------------

TWO_MEETINGS = ("Le dimanche 10 mars 2024, le président Paolo Ferrante réunit les ministres Jan Kowal "
                "et Ewa Nowicka.\n\n"
                "Il annonce aussi qu'il réunira à Rome, mardi prochain, les chefs d'état-major des pays prêts "
                "à contribuer.\n\n")


def test_a_meeting_to_come_joins_the_one_announced(analyse):
    doc = analyse(article(TWO_MEETINGS +
        "À Rome, la réunion des chefs d'état-major, sous l'égide du général Marco Bellini, devra traduire "
        "ces choix en options militaires."))
    held = [m for m in doc._.meetings if "kowal" in m["people"]]
    assert held and all("bellini" not in m["people"] for m in held)


def test_a_meeting_told_as_held_joins_the_first(analyse):
    doc = analyse(article(TWO_MEETINGS +
        "La réunion s'est achevée en présence du général Marco Bellini."))
    assert any({"kowal", "bellini"} <= set(m["people"]) for m in doc._.meetings)


# -- a meeting verb whose noun is only its circumstance is read like a verb alone ----------------------

RECEIVED = ("Le 12 mars 2024, la ministre Ewa Nowicka a effectué une visite officielle à Rome. Elle a été "
            "reçue dans la matinée par le président Paolo Ferrante.\n\n")


def test_talks_with_another_in_the_frame_of_a_dialogue_are_their_own(analyse):
    doc = analyse(article(RECEIVED +
        "La ministre s'est ensuite entretenue avec son homologue, le ministre Luca Ricci, dans le cadre du "
        "dialogue annuel de défense."))
    assert any(set(m["people"]) == {"nowicka", "ricci"} for m in doc._.meetings)
    assert not any({"ferrante", "ricci"} <= set(m["people"]) for m in doc._.meetings)


def test_a_noun_subject_of_the_verb_keeps_the_meeting(analyse):
    doc = analyse(article(RECEIVED +
        "L'entretien a réuni autour de la ministre le général Luca Ricci."))
    assert any({"nowicka", "ferrante", "ricci"} <= set(m["people"]) for m in doc._.meetings)


def test_a_verb_on_the_occasion_of_the_talks_told_keeps_them(analyse):
    doc = analyse(article(
        "Du 11 au 13 mars 2024, le général Marco Bellini a accueilli des officiers polonais dans le cadre "
        "d'entretiens de travail tenus à Rome.\n\n"
        "Le général Bellini a accueilli son homologue, le général Piotr Nowak, à l'occasion de la dernière "
        "série d'entretiens de travail."))
    assert len([m for m in doc._.meetings if "bellini" in m["people"]]) == 1
