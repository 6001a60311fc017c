"""People taking part in a meeting in a later sentence that holds no meeting word
(`components/meeting_mentions.py`, `presence_verbs` / `presence_words` of rules/meetings.yml)."""

from __future__ import annotations

from conftest import page as article


def people(doc) -> list[set[str]]:
    return [set(m["people"]) for m in doc._.meetings]


def test_a_later_speaker_of_the_session_takes_part(analyse):
    doc = analyse(article(
        "Les ministres de la Défense de l'Union européenne se sont réunis le 12 mars 2024 à Lisbonne "
        "sous la présidence du ministre portugais de la Défense, Rui Carvalho.\n\n"
        "Le commissaire européen au Marché intérieur, Thierry Vernier, a présenté aux ministres un plan "
        "pour la production de munitions."))
    assert any("vernier" in p for p in people(doc))


def test_a_person_merely_acting_elsewhere_does_not(analyse):
    doc = analyse(article(
        "Les ministres de la Défense de l'Union européenne se sont réunis le 12 mars 2024 à Lisbonne "
        "sous la présidence du ministre portugais de la Défense, Rui Carvalho.\n\n"
        "Le commissaire européen au Marché intérieur, Thierry Vernier, a critiqué la lenteur des livraisons."))
    assert not any("vernier" in p for p in people(doc))
