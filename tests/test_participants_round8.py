"""Which meetings are told and who takes part (`components/meeting_mentions.py`: `_after_other`,
`meeting_groups.py`: `_target`), round 8. Each behaviour with a counter-example."""

from __future__ import annotations


def article(body: str) -> str:
    return f"Actualités de la défense\n\n  • 14 mars 2024 -\n\n{body}"


CEREMONY = ("Le mardi 12 mars 2024, le ministre de la Défense, Karel Vos, a accueilli à Gand le ministre "
            "néerlandais de la Défense, Pieter Maas, pour une cérémonie en l'honneur des démineurs.\n\n")


# -- talks after a session, the session named as their landmark, are a meeting of their own ----------

def test_talks_after_the_ceremony_are_their_own_meeting(analyse):
    doc = analyse(article(CEREMONY +
        "Au terme de la cérémonie, le ministre Vos et le ministre Maas ont eu un entretien consacré aux "
        "chasseurs de mines."))
    kinds = [m["kind"] for m in doc._.meetings]
    assert "cérémonie" in kinds and any(k.startswith("entretien") for k in kinds)
    talks = next(m for m in doc._.meetings if m["kind"].startswith("entretien"))
    assert {"vos", "maas"} <= set(talks["people"])
    assert talks["date"] == "2024-03-12"


def test_talks_named_as_the_landmark_stay_one_gathering(analyse):
    # a ceremony after the talks: the gathering of those talks, no meeting of its own
    doc = analyse(article(
        "Le mardi 12 mars 2024, le ministre de la Défense, Karel Vos, a reçu à Gand le ministre "
        "néerlandais de la Défense, Pieter Maas.\n\n"
        "À l'issue de leur entretien, les deux ministres ont présidé la cérémonie de signature d'un accord "
        "sur les chasseurs de mines."))
    assert len([m for m in doc._.meetings if {"vos", "maas"} <= set(m["people"])]) == 1


def test_talks_with_a_ceremony_as_object_topic_stay_one_meeting(analyse):
    # the ceremony is no circumstance of time: one meeting noun told with its verb
    doc = analyse(article(CEREMONY +
        "La cérémonie s'est tenue en présence des familles des démineurs."))
    assert len(doc._.meetings) == 1


# -- separate talks: one meeting between the subject and each person named ------------------------------

def test_separate_talks_are_one_meeting_each(analyse):
    doc = analyse(article(
        "Le mardi 12 mars 2024, le ministre de la Défense, Karel Vos, a eu à Gand des entretiens séparés avec "
        "le ministre letton de la Défense, Janis Ozols, et le ministre estonien de la Défense, Tarmo Kask."))
    pairs = [set(m["people"]) for m in doc._.meetings]
    assert {"vos", "ozols"} in pairs and {"vos", "kask"} in pairs
    assert not any({"ozols", "kask"} <= p for p in pairs)


def test_talks_with_two_guests_stay_one_meeting(analyse):
    doc = analyse(article(
        "Le mardi 12 mars 2024, le ministre de la Défense, Karel Vos, a eu à Gand des entretiens avec "
        "le ministre letton de la Défense, Janis Ozols, et le ministre estonien de la Défense, Tarmo Kask."))
    assert any({"vos", "ozols", "kask"} <= set(m["people"]) for m in doc._.meetings)
