"""Organisations as entities (issue #10, round 7): a body of the lists named after another country, datelines
in capitals, names with an elided particle after a title, fleets of a machine type, titles spelt with their
holder's demonym, unit names inside a rank. Each behaviour has its counter-example; all sentences are written
for these tests."""

from __future__ import annotations

HEADER = "Actualités de la défense\n\n"


def rows(analyse, text: str) -> list[dict]:
    from pipeline.run.export import doc_rows

    return doc_rows(analyse(HEADER + text))["entities"]


def org_texts(analyse, text: str) -> list[str]:
    return [r["text"] for r in rows(analyse, text) if r["label"] == "ORG"]


def labels(analyse, text: str) -> dict[str, str]:
    return {r["text"]: r["label"] for r in rows(analyse, text)}


# a body of the lists + de + another country


def test_a_listed_body_of_another_country_is_named_as_written(analyse):
    text = "Le projet de loi a été transmis mardi au Conseil de sécurité de la Fédération de Russie pour avis.\n"
    assert "Conseil de sécurité de la Fédération de Russie" in org_texts(analyse, text)


def test_a_capitalised_adjective_before_it_belongs_to_the_name(analyse):
    text = "Le traité sera soumis en juin à la Grande Assemblée nationale de Turquie, selon le ministre.\n"
    assert "Grande Assemblée nationale de Turquie" in org_texts(analyse, text)


def test_a_body_followed_by_its_own_country_or_a_parent_keeps_the_lists_name(analyse):
    """Counter-examples: `de l'ONU` is no country; `de France` is the Assemblée's own."""
    orgs = org_texts(analyse, "Le Conseil de sécurité de l'ONU s'est réuni lundi à New York.\n")
    assert "Conseil de sécurité" in orgs and not any("ONU" in o and len(o) > 3 for o in orgs)
    orgs = org_texts(analyse, "Le député a interpellé jeudi l'Assemblée nationale de France sur le budget.\n")
    assert "Assemblée nationale" in orgs and "Assemblée nationale de France" not in orgs


def test_a_title_spelt_without_article_keeps_its_country_as_a_qualifier(analyse):
    """Counter-example: `chef d'état-major des armées du Nigeria` is a title, not the Nigerian staff."""
    text = "Le chef d'état-major des armées de la République fédérale du Nigeria est arrivé lundi à Dakar.\n"
    assert not any("Nigeria" in o for o in org_texts(analyse, text))


# datelines


def test_a_dateline_in_capitals_is_a_place(analyse):
    text = "OTTAWA, 12 mars (Agence) -- Le ministre de la Défense a reçu son homologue polonais.\n"
    assert "OTTAWA" not in org_texts(analyse, text)


def test_capitals_inside_a_sentence_stay_a_body(analyse):
    """Counter-example: an acronym in the sentence, even before a comma and a number, is a body."""
    text = "Le ministre a salué le travail de l'OTAN, 75 ans après sa fondation, lors de sa visite.\n"
    assert "OTAN" in org_texts(analyse, text)


# names with an elided particle


def test_a_name_with_an_elided_particle_after_a_title_is_a_person(analyse):
    text = "Étaient présents le président de la Transition guinéenne, Kofi N'Diaye, et plusieurs ministres.\n"
    found = labels(analyse, text)
    assert found.get("Kofi N'Diaye") == "PERSON"


def test_a_place_with_an_elided_particle_stays_a_place(analyse):
    """Counter-example: no title before it."""
    text = "Le ministre a rejoint N'Djamena mardi pour une réunion de travail.\n"
    assert labels(analyse, text).get("N'Djamena") != "PERSON"


# fleets of machines


def test_a_fleet_of_a_machine_type_is_no_body(analyse):
    text = "La flotte germano-polonaise de C130 sera complète à la fin de l'année, selon l'état-major.\n"
    assert not any(o.startswith("flotte") for o in org_texts(analyse, text))


def test_a_fleet_without_a_machine_type_stays_a_body(analyse):
    """Counter-example: with no machine named after it, the binational fleet is the unit."""
    text = "La flotte germano-polonaise a reçu mardi son dernier appareil, selon l'état-major.\n"
    assert "flotte germano-polonaise" in org_texts(analyse, text)


# a title with its holder's demonym


def test_a_title_and_a_demonym_name_no_body(analyse):
    text = "Le ministre était accompagné du chef d'état-major de la défense espagnol, l'amiral Luis Vega.\n"
    assert not any(o.startswith("état-major") for o in org_texts(analyse, text))


def test_a_body_named_with_an_article_inside_a_role_stays(analyse):
    """Counter-example: `chef de l'Armée suisse` names the army."""
    text = "Le chef de l'Armée suisse, le commandant de corps Paul Muller, a reçu le ministre.\n"
    assert any(o.startswith("Armée suisse") for o in org_texts(analyse, text))


# a unit inside a rank


def test_a_unit_name_inside_a_rank_is_the_rank(analyse):
    text = "La délégation comptait un Général de Brigade Aérienne de l'armée de l'air ghanéenne.\n"
    orgs = org_texts(analyse, text)
    assert not any(o.lower().startswith("brigade") for o in orgs)
    assert "armée de l'air ghanéenne" in orgs


def test_a_unit_after_a_rank_stays_a_unit(analyse):
    """Counter-example: the rank and the unit stand apart."""
    text = "Le général de brigade Jean Dupont commande depuis mai la 9e brigade blindée de Nîmes.\n"
    assert any(o.startswith("9e brigade blindée") for o in org_texts(analyse, text))
