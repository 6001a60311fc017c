"""Parliamentary hearings, round 50: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def hearings(analyse, body: str) -> list[tuple[str, str | None, list[str], str | None]]:
    doc = analyse(page(body))
    return [(m["kind"], m["host"], sorted(m["people"]), m.get("status"))
            for m in doc._.meetings if m["kind"] == "audition"]


# -- `auditionner` tells a hearing by its own verb, in every voice and tense, before a chamber -------------

def test_the_committee_that_auditions_a_general_holds_a_hearing(analyse):
    found = hearings(analyse, "La commission de la défense de l'Assemblée nationale a auditionné mercredi le "
                              "général Paul Lemoine, chef d'état-major de l'armée de Terre.")
    assert [p for _, _, p, _ in found] == [["lemoine"]]


def test_a_minister_auditioned_by_the_senators_takes_part_in_a_hearing(analyse):
    found = hearings(analyse, "Au Sénat, le ministre des Armées Marc Aubert a été auditionné mardi 4 mars par "
                              "les membres de la commission des affaires étrangères.")
    assert any("aubert" in p for _, _, p, _ in found)


def test_a_participle_opening_the_sentence_tells_the_hearing(analyse):
    found = hearings(analyse, "Auditionnée ce jeudi par la commission de la défense du Sénat, la ministre des "
                              "Armées Claire Vasseur a défendu les crédits de la dissuasion.")
    assert any("vasseur" in p for _, _, p, _ in found)


def test_a_past_hearing_with_no_agent_is_still_a_hearing(analyse):
    found = hearings(analyse, "A l'Assemblée nationale, le budget de la Marine a été discuté mercredi. Le chef "
                              "d'état-major de la Marine, l'amiral Louis Perret, avait été auditionné la semaine "
                              "précédente, le 2 octobre.")
    assert any("perret" in p for _, _, p, _ in found)


def test_a_hearing_to_come_is_planned(analyse):
    found = hearings(analyse, "La commission de la défense du Sénat auditionnera le délégué général pour "
                              "l'armement, Henri Caradec, le 18 novembre.")
    assert any("caradec" in p and status == "planned" for _, _, p, status in found)


def test_a_police_interview_is_no_hearing(analyse):
    found = hearings(analyse, "L'ancien directeur de la société, Henri Caradec, a été auditionné mardi par "
                              "les enquêteurs de la gendarmerie à Lyon.")
    assert found == []


def test_a_heard_general_opening_the_sentence_takes_part(analyse):
    found = hearings(analyse, "Entendu mardi par les députés de la commission de la défense de l'Assemblée "
                              "nationale, le général Paul Lemoine a plaidé pour plus de munitions.")
    assert any("lemoine" in p for _, _, p, _ in found)


def test_a_participle_of_a_moving_verb_still_tells_no_meeting_of_its_own(analyse):
    doc = analyse(page("Accompagné du ministre Paul Vidal, le président Jean Roche a visité la base de Brest."))
    assert all("vidal" not in m["people"] or m["kind"] != "audition" for m in doc._.meetings)


def test_hearing_with_no_chamber_named_is_no_hearing_even_in_the_passive(analyse):
    found = hearings(analyse, "Le témoin, l'ancien préfet Henri Caradec, a été entendu mardi par le juge "
                              "d'instruction à Paris.")
    assert found == []
