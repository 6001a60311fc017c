"""Meeting places, round 28: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def places(analyse, body: str) -> list[tuple[str, str]]:
    doc = analyse(page(body))
    return [(m["kind"], m["location"]) for m in doc._.meetings]


# -- `au camp Maréchal,`: a capitalised rank alone right after a place word names the site ------------------

CEREMONY = "La cérémonie de rétrocession s'est tenue mardi au camp {}, sous la présidence du général Amadou Fall."


def test_a_site_named_by_a_rank_alone_is_the_place(analyse):
    assert places(analyse, CEREMONY.format("Colonel")) == [("cérémonie", "camp Colonel")]


def test_a_site_named_after_a_soldier_keeps_his_whole_name(analyse):
    assert places(analyse, CEREMONY.format("Colonel Fabien Moreau")) == [("cérémonie", "camp Colonel Fabien Moreau")]


# -- `au stade de l'Amitié`, `dans la basilique X`: the venues of ceremonies, with their names -------------

def test_a_named_stadium_is_the_place_of_a_swearing_in(analyse):
    found = places(analyse, "Le nouveau président a prêté serment samedi au stade de l'Unité de Libreville, "
                            "devant les délégations étrangères.")
    assert found == [("cérémonie", "stade de l'Unité de Libreville")]


def test_a_named_basilica_is_the_place_of_talks(analyse):
    found = places(analyse, "Les présidents Luis Moreno et Pablo Ortega se sont entretenus samedi dans la "
                            "basilique Sainte-Croix.")
    assert [place for _, place in found] == ["basilique Sainte-Croix"]


def test_a_stage_of_a_process_is_no_stadium(analyse):
    found = places(analyse, "Le nouveau président a prêté serment samedi, à ce stade de la transition, devant "
                            "les délégations étrangères.")
    assert found == [("cérémonie", "")]


# -- `Cette signature s'est déroulée en marge de la réunion des ministres`: the gathering is where its side was --

SIDE = "Cette signature s'est déroulée {} la réunion des ministres de la Défense, présidée par le secrétaire général."


def _gathering_after(link: str) -> dict:
    from pipeline.components.meeting_groups import MeetingGrouper
    from pipeline.rulebook import default_rules, load_rules

    grouper = MeetingGrouper(load_rules(default_rules()))
    said = SIDE.format(link)
    base = {"remote": False, "side": False, "people": [], "host": "", "date": "2024-03-12"}
    signing = {**base, "kind": "signature", "location": "siège de l'Alliance",
               "sentences": ["Les deux ministres ont signé mardi un accord au siège de l'Alliance.", said]}
    gathering = {**base, "kind": "réunion en marge", "location": "", "sentences": [said]}
    grouper.place_of_gathering_from_side([signing, gathering])
    return gathering


def test_a_gathering_named_after_the_side_markers_is_held_where_its_side_meeting_was():
    assert _gathering_after("en marge de")["location"] == "siège de l'Alliance"


def test_a_gathering_told_only_as_a_time_landmark_takes_no_place_from_it():
    assert _gathering_after("avant")["location"] == ""


# -- `a rencontré X au Kremlin`: the parser hangs the verb's place on the name; a name takes no place of its own --

def test_a_place_the_parser_hangs_on_a_name_is_the_meeting_place(analyse):
    found = places(analyse, "Le président malien a rencontré samedi Vladimir Poutine au Kremlin.")
    assert found == [("rencontre", "Kremlin")]


def test_a_place_of_a_common_noun_is_still_what_is_spoken_of(analyse):
    found = places(analyse, "Le président malien s'est entretenu samedi avec Vladimir Poutine de la situation "
                            "au Sahel.")
    assert found == [("entretiens", "")]
