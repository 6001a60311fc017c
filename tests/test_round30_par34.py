"""Meeting participants, round 30 (par34): talks held one partner at a time. Texts of our own, each
behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def talks(analyse, body: str) -> list[list[str]]:
    doc = analyse(page(body))
    return [sorted(m["people"]) for m in doc._.meetings]


# -- `X a eu des entretiens avec A, B et C`: the plural talk noun, one meeting per partner ---------------

def test_plural_talks_with_several_partners_are_one_meeting_each(analyse):
    found = talks(analyse, "Le ministre indien de la Défense Rajnath Singh a eu lundi à Paris des entretiens avec "
                           "le ministre français des Armées Sébastien Lecornu, le ministre des Affaires étrangères "
                           "Jean-Noël Barrot et le Premier ministre François Bayrou.")
    assert ["lecornu", "singh"] in found and ["barrot", "singh"] in found and ["bayrou", "singh"] in found


def test_plural_talks_after_a_pronoun_subject_are_one_meeting_each(analyse):
    found = talks(analyse, "Le ministre indien de la Défense Rajnath Singh a effectué lundi une visite à Paris. "
                           "Il a eu des entretiens avec le ministre français des Armées Sébastien Lecornu et le "
                           "ministre des Affaires étrangères Jean-Noël Barrot.")
    assert ["lecornu", "singh"] in found and ["barrot", "singh"] in found


def test_a_single_talk_with_several_partners_stays_one_meeting(analyse):
    found = talks(analyse, "Le ministre indien de la Défense Rajnath Singh a eu lundi à Paris un entretien avec "
                           "le ministre français des Armées Sébastien Lecornu et le ministre des Affaires étrangères "
                           "Jean-Noël Barrot.")
    assert any({"singh", "lecornu", "barrot"} <= set(p) for p in found)
    assert ["lecornu", "singh"] not in found


def test_the_talk_verb_with_several_partners_stays_one_meeting(analyse):
    found = talks(analyse, "Le ministre indien de la Défense Rajnath Singh s'est entretenu lundi à Paris avec le "
                           "ministre français des Armées Sébastien Lecornu et le ministre des Affaires étrangères "
                           "Jean-Noël Barrot.")
    assert any({"singh", "lecornu", "barrot"} <= set(p) for p in found)
    assert ["barrot", "singh"] not in found


def test_plural_talks_only_as_a_landmark_split_no_other_meeting(analyse):
    found = talks(analyse, "En marge des entretiens, la délégation indienne a pris part à des réunions avec le "
                           "général Thierry Burkhard, chef d'état-major des armées, et l'amiral Pierre Vandier.")
    assert not any(p == ["burkhard"] or p == ["vandier"] for p in found)
    assert any({"burkhard", "vandier"} <= set(p) for p in found)


# -- `une série d'entretiens avec A et B`: the partners hang on the object the talks complete ------------

def test_a_series_of_talks_with_several_partners_is_one_meeting_each(analyse):
    found = talks(analyse, "Le ministre indien de la Défense Rajnath Singh a tenu lundi à Paris une série "
                           "d'entretiens avec le ministre français des Armées Sébastien Lecornu et le chef "
                           "d'état-major des armées Thierry Burkhard.")
    assert ["lecornu", "singh"] in found and ["burkhard", "singh"] in found


def test_a_series_of_sessions_with_several_partners_stays_one_meeting(analyse):
    found = talks(analyse, "Le ministre indien de la Défense Rajnath Singh a tenu lundi à Paris une série de "
                           "réunions avec le ministre français des Armées Sébastien Lecornu et le chef "
                           "d'état-major des armées Thierry Burkhard.")
    assert any({"singh", "lecornu", "burkhard"} <= set(p) for p in found)
