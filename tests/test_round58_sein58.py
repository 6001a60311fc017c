"""The Belgian Defence, round 58 (sein58): a minister of no stated country, in a text that names his country's
ministry by its portfolio and demonym (`la Défense belge`), belongs to it as the text names it at home (`la
Défense`): a minister's title holds a portfolio. A minister the text gives a country, and a chief who heads
the body so named (`chef de la Défense`), keep the name with its demonym. Texts of our own, each with a
counter-example."""

from __future__ import annotations

from conftest import page


def orgs(analyse, body: str) -> list[str]:
    """The organisations the entity table gives: the entities and the bodies named inside a role."""
    doc = analyse(page(body))
    return [e.text for e in [*doc.ents, *doc.spans.get("role_org_mentions", [])] if e.label_ == "ORG"]


def organisations(analyse, body: str) -> dict[str, str]:
    return {p["name"]: p["organisation"] for p in analyse(page(body))._.officials}


# -- counter-examples: a demonym after a minister's or a chief of staff's title names no body of its own ---------

def test_a_minister_of_defence_and_a_demonym_names_no_body(analyse):
    body = ("Le ministre de la Défense russe, Andreï Belooussov, a reçu lundi à Moscou son homologue malien, le "
            "général Sadio Camara.")
    assert not any(o.startswith("Défense") for o in orgs(analyse, body))


def test_a_dutch_minister_of_defence_names_no_body(analyse):
    body = "Le ministre de la Défense néerlandais, Ruben Brekelmans, a rencontré mardi son homologue à La Haye."
    assert not any(o.startswith("Défense") for o in orgs(analyse, body))


def test_a_chief_of_staff_of_the_defence_heads_the_staff_not_the_defence(analyse):
    body = ("Le chef d'état-major de la Défense nationale hellénique, le général Georgios Kostas, accompagnait "
            "mardi le ministre grec à Paris.")
    assert not organisations(analyse, body)["Georgios Kostas"].startswith("Défense")


# -- a minister of no stated country: his ministry as the text names it at home -----------------------------

def test_a_minister_of_defence_in_a_belgian_text_belongs_to_the_defence(analyse):
    body = ("La Défense belge a célébré vendredi les cinquante ans de la Composante Terre. La cérémonie s'est "
            "déroulée en présence de la ministre de la Défense, Anne Vermeulen, à Bourg-Léopold. La Composante "
            "Terre est la plus grande composante de la Défense.")
    assert organisations(analyse, body)["Anne Vermeulen"] == "Défense"


def test_a_minister_before_her_name_in_a_belgian_text(analyse):
    body = ("Plus de mille militaires ukrainiens ont été formés par la Défense belge depuis 2022. La ministre de la "
            "Défense Sophie Martens l'a rappelé mercredi devant la commission de la Défense nationale.")
    assert organisations(analyse, body)["Sophie Martens"] == "Défense"


def test_a_federal_minister_after_the_news_of_the_defence(analyse):
    body = ("La Défense belge enverra une frégate en mer Rouge dès le mois prochain, a annoncé mardi la ministre "
            "fédérale de la Défense, Els Peeters.")
    assert organisations(analyse, body)["Els Peeters"] == "Défense"


def test_a_minister_in_a_dutch_text_belongs_to_the_defence(analyse):
    body = ("La Défense néerlandaise a commandé quatre sous-marins à Naval Group. Le ministre de la Défense, "
            "Pieter de Vries, s'en est félicité jeudi devant la presse.")
    assert organisations(analyse, body)["Pieter de Vries"] == "Défense"


def test_a_minister_quoted_after_the_defence_named_as_the_source(analyse):
    body = ("Selon la Défense belge, trois cents militaires participeront à l'exercice. « Nous tenons nos "
            "engagements », a déclaré le ministre de la Défense Koen Maes lors de sa visite à Marche-en-Famenne.")
    assert organisations(analyse, body)["Koen Maes"] == "Défense"


def test_a_minister_of_a_stated_country_keeps_the_name_with_its_demonym(analyse):
    body = ("La ministre luxembourgeoise de la Défense, Claire Weber, a signé lundi un accord avec la Défense "
            "belge. La Défense luxembourgeoise financera deux avions.")
    assert organisations(analyse, body)["Claire Weber"] != "Défense"


def test_the_chief_of_defence_in_a_belgian_text_keeps_the_body_with_its_demonym(analyse):
    body = ("La Défense belge a présenté lundi son nouveau plan d'investissement. Le chef de la Défense, l'amiral "
            "Luc Janssens, a détaillé à Evere l'achat de drones.")
    assert organisations(analyse, body)["Luc Janssens"] == "Défense belge"
