"""Meeting participants, round 24 (`components/meeting_mentions.py`, `_delegation_members`, `_split_complement`,
`_anchors`; `components/meeting_groups.py`, `_anchored`, `_flashback_aside`): the members of the party
already told, a companion whose phrase the parser cut, the meeting a presence sentence speaks of, and a
flashback in the pluperfect set aside from the story's thread. Texts of our own, each behaviour with a
counter-example."""

from __future__ import annotations

from conftest import page

RECEIVED = ("Le 12 mars, le ministre estonien de la Défense, Kalle Tamm, a reçu à Tallinn une délégation "
            "finlandaise conduite par le ministre Eero Lahti. ")


def meeting_with(doc, key: str) -> dict:
    return next(m for m in doc._.meetings if key in m["people"])


def test_members_of_the_party_told_take_part(analyse):
    doc = analyse(page(RECEIVED + "La délégation comprenait également le général Mikko Salo et l'amiral "
                       "Jussi Virta."))
    people = meeting_with(doc, "tamm")["people"]
    assert "salo" in people and "virta" in people


def test_members_of_a_party_not_told_do_not_take_part(analyse):
    doc = analyse(page(RECEIVED + "Une autre délégation comprenait le général Mikko Salo et l'amiral "
                       "Jussi Virta."))
    people = meeting_with(doc, "tamm")["people"]
    assert "salo" not in people and "virta" not in people


def test_a_party_doing_something_else_adds_no_member(analyse):
    doc = analyse(page(RECEIVED + "La délégation a salué le travail du général Mikko Salo."))
    assert "salo" not in meeting_with(doc, "tamm")["people"]


SIDE = ("Les ministres de la Défense de l'Union se sont réunis le 4 mai à Vienne. En marge de la réunion, "
        "le ministre letton Andris Kalns a reçu son homologue lituanien, Tomas Jonaitis. ")


def test_a_companion_joins_the_side_meeting_of_the_one_he_accompanies(analyse):
    doc = analyse(page(SIDE + "M. Kalns était accompagné du chef d'état-major letton, le général Juris Ozols."))
    side = next(m for m in doc._.meetings if m["side"])
    assert "ozols" in side["people"]


def test_a_companion_of_someone_else_stays_with_the_thread(analyse):
    doc = analyse(page(SIDE + "Le président autrichien, Franz Huber, était accompagné du général Juris Ozols."))
    side = next(m for m in doc._.meetings if m["side"])
    assert "ozols" not in side["people"]


FLASHBACK = ("Arrivé mardi à Madrid, le président chilien Pablo Rojas a été accueilli par le roi Felipe Ortega, "
             "après Lisbonne, où il avait rencontré la veille le Premier ministre Nuno Costa. ")


def test_a_companion_after_a_pluperfect_flashback_joins_the_story(analyse):
    doc = analyse(page(FLASHBACK + "Il était accompagné du ministre chilien de la Défense, Diego Fuentes."))
    assert "fuentes" in meeting_with(doc, "ortega")["people"]
    assert "fuentes" not in meeting_with(doc, "costa")["people"]


def test_a_flashback_told_first_stays_the_thread(analyse):
    doc = analyse(page("Le président chilien Pablo Rojas avait rencontré lundi à Lisbonne le Premier ministre "
                       "Nuno Costa. Il était accompagné du ministre chilien de la Défense, Diego Fuentes."))
    assert "fuentes" in meeting_with(doc, "costa")["people"]


BERLIN = ("Le 14 avril, à Oslo, le ministre norvégien de la Défense, Lars Dahl, recevait son homologue suédois, "
          "Erik Lind. ")
NEXT = ("Cette réunion du Groupe de coordination nordique, présidée par le ministre suédois, rassemble une "
        "dizaine de pays.")


def test_a_new_day_and_place_opens_the_scene_a_meeting_noun_then_speaks_of(analyse):
    doc = analyse(page(BERLIN + "Le lendemain, sur la base navale de Haakonsvern, le ministre a dû affronter "
                       "les critiques de ses alliés. " + NEXT, published="16 avril 2024"))
    assert len(doc._.meetings) == 2
    later = next(m for m in doc._.meetings if m["kind"] == "réunion")
    assert later["date"] == "2024-04-15"


def test_a_day_told_after_the_verb_opens_no_scene(analyse):
    doc = analyse(page(BERLIN + "Le ministre a dû affronter les critiques de ses alliés le lendemain. " + NEXT,
                       published="16 avril 2024"))
    assert len(doc._.meetings) == 1


def test_a_name_in_the_complement_of_a_thing_is_no_companion(analyse):
    doc = analyse(page(RECEIVED + "Il était accompagné du général Mikko Salo, porteur d'un message du président "
                       "finlandais, Aino Koski."))
    people = meeting_with(doc, "tamm")["people"]
    assert "salo" in people and "koski" not in people


def test_a_name_of_the_office_in_a_companion_phrase_is_a_companion(analyse):
    doc = analyse(page(RECEIVED + "Il était accompagné du chef d'état-major finlandais, le général Mikko Salo."))
    assert "salo" in meeting_with(doc, "tamm")["people"]
