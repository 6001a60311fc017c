"""Organisations of officials (issue #10, round 12): a country's ministry named by its portfolio alone
(`la Défense` in Belgium, `Défense nationale` in Canada), an entity only in a text whose titles and
bodies name that country, and the ministry of that country's minister or chief of that portfolio.
The sentences are written for these tests; each behaviour has its counter-example."""

from __future__ import annotations

from conftest import page


def rows(analyse, text: str) -> dict[str, list[dict]]:
    from pipeline.run.export import doc_rows

    return doc_rows(analyse(page(text)))


def org_names(out: dict) -> set[str]:
    return {r["normalized"] for r in out["entities"] if r["label"] == "ORG"}


def members(out: dict) -> set[tuple[str, str]]:
    return {(r["subject"], r["object"]) for r in out["relations"] if r["relation"] == "MEMBER_OF"}


def organisation(out: dict, name: str) -> str:
    return next(r["organisation"] for r in out["officials"] if r["name"] == name)


BELGIAN = ("Le chef de la Défense, l'amiral Pieter Vandamme, a inspecté lundi les unités déployées en Estonie. "
           "La ministre de la Défense, Anne Claessens, l'accompagnait. Sur place, ils ont rencontré son "
           "homologue estonien, Jaak Tamm, ministre de la Défense. La Défense a annoncé dans un communiqué "
           "que la rotation suivante partira en juin.\n")


def test_la_defense_is_the_ministry_of_a_text_whose_titles_are_belgian(analyse):
    out = rows(analyse, BELGIAN)
    assert "Défense" in org_names(out)
    assert ("Pieter Vandamme", "Défense") in members(out)


def test_a_belgian_minister_of_no_stated_country_belongs_to_it(analyse):
    out = rows(analyse, BELGIAN)
    assert organisation(out, "Anne Claessens") == "Défense"


def test_the_minister_of_another_country_does_not(analyse):
    """Counter-example: `son homologue estonien, ministre de la Défense` is not of the Belgian ministry."""
    out = rows(analyse, BELGIAN)
    assert organisation(out, "Jaak Tamm") != "Défense"
    assert ("Jaak Tamm", "Défense") not in members(out)


def test_la_defense_in_a_text_of_no_such_country_is_no_entity(analyse):
    """Counter-example: no title or body of a country whose ministry is so named: `la Défense` says nothing."""
    text = ("Le ministre de la Défense, Paul Lemaire, a présenté mardi son budget. La Défense a confirmé "
            "dans un communiqué la commande de douze hélicoptères.\n")
    out = rows(analyse, text)
    assert "Défense" not in org_names(out)
    assert organisation(out, "Paul Lemaire") != "Défense"


def test_a_bare_heading_word_is_no_ministry(analyse):
    """Counter-example: `Défense` alone, without an article or a `de`, is a heading or a tag."""
    text = ("Le chef de la Défense, l'amiral Pieter Vandamme, a inspecté lundi les unités déployées en Estonie.\n\n"
            "Tags : Défense | Estonie\n")
    out = rows(analyse, text)
    assert "Défense" not in org_names(out)


def test_defense_nationale_is_the_canadian_ministry_of_a_canadian_text(analyse):
    text = ("L'honorable Marc Tremblay, ministre de la Défense nationale, se rendra la semaine prochaine en "
            "Pologne pour rencontrer des membres des Forces armées canadiennes. Depuis son arrivée à la Défense "
            "nationale, le ministre Tremblay a multiplié les échanges avec les alliés.\n")
    out = rows(analyse, text)
    assert "Défense nationale" in org_names(out)
    assert ("Marc Tremblay", "Défense nationale") in members(out)


def test_two_countries_so_named_leave_the_portfolio_to_neither(analyse):
    """Counter-example: a Belgian title and a Canadian body in one text: `la Défense` is no one's."""
    text = ("Le chef de la Défense, l'amiral Pieter Vandamme, a reçu lundi des officiers des Forces armées "
            "canadiennes. La Défense a publié un communiqué.\n")
    out = rows(analyse, text)
    assert "Défense" not in org_names(out)


def test_the_complement_of_a_title_must_be_the_portfolio():
    from pipeline.components.affiliation import _complement_is
    from pipeline.rulebook import default_rules, load_rules
    from pipeline.rulebook.grammar import Grammar

    grammar = Grammar.from_book(load_rules(default_rules()))
    assert _complement_is("ministre de la Défense", ["defense"], grammar)
    assert _complement_is("ministre de la Défense de l'époque", ["defense"], grammar)
    assert _complement_is("ministre de la Défense nationale", ["defense", "nationale"], grammar)
    assert not _complement_is("ministre de la Défense nationale", ["defense"], grammar)
    assert not _complement_is("ministre", ["defense"], grammar)
