"""Organisations and MEMBER_OF (issue #10, round 6): a minister's or a director's body read from the text
by its head and its complement; membership stated by an apposed role or a relative clause. Each
behaviour has its counter-example; all sentences are written for these tests."""

from __future__ import annotations

from pipeline.run.export import doc_rows

HEADER = "Actualités de la défense\n\n"


def rows(analyse, text: str) -> dict:
    return doc_rows(analyse(HEADER + text))


def members(analyse, text: str) -> set[tuple[str, str]]:
    return {(r["subject"], r["object"]) for r in rows(analyse, text)["relations"] if r["relation"] == "MEMBER_OF"}


def organisation_of(analyse, text: str, name: str) -> str:
    return next(r["organisation"] for r in rows(analyse, text)["officials"] if r["name"] == name)


def org_texts(analyse, text: str) -> list[str]:
    return [r["text"] for r in rows(analyse, text)["entities"] if r["label"] == "ORG"]


# a title and the body the text names with the same complement

MINISTRY = ("Le ministre slovène de la Défense, M. Borut Kavčič, a reçu mardi à Ljubljana une délégation "
            "de l'armée suédoise. La rencontre s'est tenue au siège du ministère slovène de la Défense.")


def test_a_minister_with_a_demonym_belongs_to_the_ministry_named_with_it(analyse):
    assert ("Borut Kavčič", "ministère slovène de la Défense") in members(analyse, MINISTRY)


def test_a_ministry_of_another_country_is_not_the_minister_s(analyse):
    """Counter-example: the ministry the text names has another demonym."""
    text = MINISTRY.replace("ministère slovène", "ministère croate")
    assert not any(o.startswith("ministère") for _, o in members(analyse, text))


def test_a_ministry_of_another_portfolio_is_not_the_minister_s(analyse):
    """Counter-example: `ministère slovène de l'Intérieur` is not the defence minister's."""
    text = MINISTRY.replace("ministère slovène de la Défense", "ministère slovène de l'Intérieur")
    assert not any(o.startswith("ministère") for _, o in members(analyse, text))


def test_a_director_belongs_to_the_direction_of_his_complement(analyse):
    text = ("M. Paul Verdier, directeur des achats et de la logistique, a présenté le budget. "
            "La direction des achats et de la logistique (DAL) gère les contrats de l'armée de Terre.")
    assert organisation_of(analyse, text, "Paul Verdier") == "direction des achats et de la logistique"


# a role apposed to a mention, whose complement is an organisation

def test_an_apposed_role_of_an_organisation_gives_membership(analyse):
    text = ("Le président du Conseil suprême de défense nationale (CSDN), le général Amadou Sidibé, "
            "a reçu jeudi à Bamako le chef d'état-major de l'armée de Terre.")
    assert ("Amadou Sidibé", "Conseil suprême de défense nationale") in members(analyse, text)


def test_an_organisation_merely_in_the_same_sentence_gives_no_membership(analyse):
    """Counter-example: the organisation is the object of the verb, not the complement of his role."""
    text = ("Le général Amadou Sidibé a reçu jeudi à Bamako une délégation du Conseil suprême de défense "
            "nationale (CSDN).")
    assert not any(s == "Amadou Sidibé" and o.startswith("Conseil") for s, o in members(analyse, text))


def test_a_relative_clause_with_a_leading_verb_gives_membership(analyse):
    text = ("Le commissaire Jonas Berg, qui dirige aussi l'Agence européenne de défense, a présenté "
            "lundi un plan de production de munitions.")
    assert ("Jonas Berg", "Agence européenne de défense") in members(analyse, text)


def test_a_relative_clause_with_another_verb_gives_no_membership(analyse):
    """Counter-example: `qui a visité` names a place of a visit, no membership."""
    text = ("Le commissaire Jonas Berg, qui a visité aussi l'Agence européenne de défense, a présenté "
            "lundi un plan de production de munitions.")
    assert not any(o == "Agence européenne de défense" for _, o in members(analyse, text))


# things that are no organisation

def test_a_weekday_a_treaty_and_a_ship_are_no_organisation(analyse):
    text = ("Mardi, la frégate Normandie a quitté Brest ; le traité de l'Atlantique Nord a été signé à "
            "Washington, et la Marine nationale a salué l'équipage.")
    orgs = org_texts(analyse, text)
    assert not any(o.startswith(("Mardi", "Normandie", "traité", "frégate")) for o in orgs)
    assert any(o.startswith("Marine nationale") for o in orgs)


# the edges of a name the grammar reads

def test_a_demonym_then_a_circumstance_closes_the_name(analyse):
    text = "Le chef d'état-major des armées tchadiennes en tournée de travail à Abéché a salué les troupes."
    orgs = org_texts(analyse, text)
    assert not any("tournée" in o for o in orgs)


def test_a_demonym_then_a_place_stays_in_the_name(analyse):
    """Counter-example: `en Europe` after the demonym names where the force serves."""
    text = "Il a longtemps servi dans les forces terrestres canadiennes en Europe avant sa nomination."
    assert any(o.endswith("en Europe") for o in org_texts(analyse, text))
