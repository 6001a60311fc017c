"""Round 14, organisations: bodies named after a person, hyphenated words in a name, a listed body's mission
in a country, a mission accredited `auprès de` a body, museums, acronyms skipping function words."""

from __future__ import annotations


def _orgs(doc) -> dict[str, str]:
    return {e.text: e._.normalized for e in doc.ents if e.label_ == "ORG"}


def test_base_named_after_a_ranked_person_ends_with_the_name(analyse):
    doc = analyse("Les avions sont stationnés sur la base aérienne sergent-chef Ali Moussa de Bamako depuis dix ans.")
    assert "base aérienne sergent-chef Ali Moussa" in _orgs(doc)


def test_base_with_a_participle_and_a_capitalised_rank(analyse):
    doc = analyse("Le 3 mars, la base aérienne projetée Capitaine Jean Dubreuil de Niamey a été rendue aux autorités.")
    assert "base aérienne projetée Capitaine Jean Dubreuil" in _orgs(doc)


def test_base_named_by_its_town_at_a_site_is_left_to_the_meetings(analyse):
    # a base named by its number names the unit wherever it stands (round 21: `sur la base aérienne 105`)
    doc = analyse("Le ministre s'est rendu sur la base aérienne de Cazaux mardi.")
    assert not any(t.startswith("base aérienne") for t in _orgs(doc))


def test_school_named_after_a_general(analyse):
    doc = analyse("Des élèves du Lycée militaire Général Paul Ndiaye de Thiès ont chanté l'hymne.")
    assert "Lycée militaire Général Paul Ndiaye" in _orgs(doc)


def test_commando_named_after_an_officer(analyse):
    doc = analyse("Il avait servi au commando Jaubert pendant la guerre, puis au commando Trepel.")
    assert {"commando Jaubert", "commando Trepel"} <= set(_orgs(doc))


def test_a_commando_without_a_name_is_no_body(analyse):
    doc = analyse("Un commando a attaqué le convoi près de la frontière.")
    assert not any(t.startswith("commando") for t in _orgs(doc))


def test_museum_with_its_capital(analyse):
    doc = analyse("Le directeur du Musée national de la marine a ouvert l'exposition.")
    assert "Musée national de la marine" in _orgs(doc)


def test_a_museum_in_lower_case_is_no_body(analyse):
    doc = analyse("La ville a ouvert un musée de la guerre l'an dernier.")
    assert not any(t.startswith("musée") for t in _orgs(doc))


def test_listed_body_mission_in_a_country(analyse):
    doc = analyse("Elle a commandé la mission de l'ONU au Soudan du Sud en 2019.")
    assert "mission de l'ONU au Soudan du Sud" in _orgs(doc)


def test_a_mission_of_a_listed_body_without_place_is_no_new_body(analyse):
    doc = analyse("Il a décrit la mission de l'ONU comme difficile.")
    assert "mission de l'ONU" not in _orgs(doc)


def test_mission_accredited_to_a_body(analyse):
    doc = analyse("Les diplomates se sont retrouvés à la mission permanente de la France auprès des Nations unies "
                  "à Genève.")
    assert "mission permanente de la France auprès des Nations unies" in _orgs(doc)


def test_hyphenated_place_in_a_name(analyse):
    doc = analyse("Il préside l'Association des amis des anciens combattants d'Aix-en-Provence depuis 2010.")
    assert "Association des amis des anciens combattants d'Aix-en-Provence" in _orgs(doc)


def test_hyphenated_common_word_in_a_unit_name(analyse):
    doc = analyse("Des soldats du 9e régiment d'infanterie d'outre-mer ont défilé.")
    assert "9e régiment d'infanterie d'outre-mer" in _orgs(doc)


def test_acronym_of_an_inner_name_skips_function_words(analyse):
    doc = analyse("Une délégation du commandement des Combattants pour la sauvegarde de la nation (CSN) était "
                  "présente. Les CSN ont défilé.")
    assert _orgs(doc).get("CSN") == "Combattants pour la sauvegarde de la nation"


def test_acronym_of_the_whole_name_keeps_it(analyse):
    doc = analyse("Le commandement des opérations spéciales (COS) a été renforcé.")
    assert _orgs(doc).get("COS") == "Commandement des opérations spéciales"
