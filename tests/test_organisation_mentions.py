"""Organisation mentions (issue #10 section 5, round 3): an organisation inside a role, generic names with
their complements, names written in title case. Each behaviour has its counter-example; all sentences
are written for these tests."""

from __future__ import annotations

HEADER = "Actualités de la défense\n\n"


def org_rows(analyse, text: str) -> list[tuple[str, str]]:
    from pipeline.run.export import doc_rows

    rows = doc_rows(analyse(HEADER + text))["entities"]
    return [(r["text"], r["normalized"]) for r in rows if r["label"] == "ORG"]


def test_a_body_named_past_the_role_is_a_mention(analyse):
    rows = org_rows(analyse, "Le colonel Meier est reçu par le chef de l'Armée suisse, à Berne, lundi.")
    assert ("Armée suisse", "Armée suisse") in rows


def test_an_organisation_that_only_spells_a_title_is_no_mention(analyse):
    """Counter-example: `chef d'état-major des armées` is a role; its words name no second entity."""
    rows = org_rows(analyse, "Le chef d'état-major des armées, le général Durand, a visité Toulon.")
    assert not [r for r in rows if r[0].lower().startswith("état-major")]


def test_a_generic_name_with_its_complement_is_kept_as_written(analyse):
    rows = org_rows(analyse, "Une réunion s'est tenue à l'état-major général des armées (EMGA) de Bamako.")
    assert any(norm.startswith("état-major général des armées") for _, norm in rows)


def test_a_generic_name_alone_keeps_its_list_name(analyse):
    """Counter-example: without complement the list's canonical name stands."""
    rows = org_rows(analyse, "Les officiers de l'état-major général ont présenté leur plan mardi.")
    assert ("état-major général", "état-major général") in rows


def test_a_name_in_title_case(analyse):
    rows = org_rows(analyse, "Le ministre a été reçu à l'Etat-Major Général des Forces Armées Royales à Rabat.")
    assert ("Etat-Major Général des Forces Armées Royales", "Etat-Major Général des Forces Armées Royales") in rows


def test_a_capitalised_head_in_capitals(analyse):
    rows = org_rows(analyse, "Un communiqué de l'ETAT-MAJOR des Forces Armées Royales a été publié jeudi.")
    assert any(text.startswith("ETAT-MAJOR des Forces") for text, _ in rows)


def test_a_capitalised_word_that_is_no_adjective_ends_the_name(analyse):
    """Counter-example: a capitalised word after the name that is no adjective (a weekday) is not taken."""
    rows = org_rows(analyse, "Le colonel a rejoint l'Etat-Major Général des Forces Armées Royales Lundi matin.")
    assert rows and not [t for t, _ in rows if "Lundi" in t]
