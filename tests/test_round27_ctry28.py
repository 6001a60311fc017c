"""Officials' country, round 28: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def countries(analyse, text: str) -> dict[str, str]:
    return {o["key"]: o["country"] for o in analyse(text)._.officials}


def outlet(tagline: str, body: str) -> str:
    """A page of an outlet: its name, the line under it, then the headline, the date and the body."""
    return f"Sahel Infos\n{tagline}\n\nUne mission régionale à Kara\n\nPublié le 12 mars 2024\n\n{body}"


PRIME_MINISTER = "La mission a été reçue jeudi à Kara. Elle a ensuite rencontré le Premier ministre Yawo Adjovi."


# -- the line under an outlet's name that says what it covers (`Actualité au Togo`) names its country ---------

def test_a_tagline_naming_a_country_makes_it_the_outlets(analyse):
    found = countries(analyse, outlet("Actualité au Togo, toute l'actualité du pays", PRIME_MINISTER))
    assert found["adjovi"] == "Togo"


def test_a_line_under_the_name_that_is_no_tagline_names_no_country(analyse):
    found = countries(analyse, outlet("Mise à jour au Togo ce matin", PRIME_MINISTER))
    assert found["adjovi"] == ""


# -- a group's demonym is the nation of the one who leads it, not of anyone a participle names --------------

def test_the_agent_of_a_participle_of_leading_is_of_the_groups_nation(analyse):
    found = countries(analyse, page("Une délégation française conduite par le Premier ministre Paul Varenne est "
                                    "arrivée mardi à Lomé pour deux jours d'entretiens."))
    assert found["varenne"] == "France"


def test_the_agent_of_another_participle_is_not_of_the_nation_it_qualifies(analyse):
    found = countries(analyse, outlet("Actualité au Togo, toute l'actualité du pays",
                                      "La question de la présence militaire française au Togo, soulevée en mai par "
                                      "le Premier ministre Yawo Adjovi, a été abordée jeudi."))
    assert found["adjovi"] == "Togo"


# -- a head of government or state named bare in a story of one country is that country's ------------------

def test_a_bare_prime_minister_of_a_national_outlet_is_of_its_country(analyse):
    found = countries(analyse, outlet("Actualité au Togo, toute l'actualité du pays",
                                      "Le chef du gouvernement, Yawo Adjovi, a présidé jeudi à Lomé le conseil de "
                                      "défense."))
    assert found["adjovi"] == "Togo"


def test_a_bare_king_of_a_national_outlet_is_of_its_country(analyse):
    text = outlet("Actualité au Maroc, toute l'actualité du pays",
                  "SM le Roi Hassan III a reçu jeudi à Fès le ministre des Armées.")
    assert countries(analyse, text)["hassan iii"] == "Maroc"


def test_a_prime_minister_beside_the_countrys_own_is_a_foreign_one(analyse):
    found = countries(analyse, outlet("Actualité au Togo, toute l'actualité du pays",
                                      "Le Premier ministre togolais Yawo Adjovi a reçu jeudi à Lomé le Premier "
                                      "ministre Jean Moreau pour un entretien sur la sécurité."))
    assert found["adjovi"] == "Togo" and found["moreau"] != "Togo"


def test_a_prime_minister_named_after_another_country_is_not_of_the_outlets(analyse):
    found = countries(analyse, outlet("Actualité au Togo, toute l'actualité du pays",
                                      "Le ministre des Armées est attendu vendredi en Italie, où il doit rencontrer "
                                      "le Premier ministre Marco Ferrante."))
    assert found["ferrante"] != "Togo"


def test_a_dispatch_filed_abroad_gives_its_place_to_no_prime_minister(analyse):
    text = ("Sahel Infos\nActualité au Togo, toute l'actualité du pays\n\nUne visite à Rome\n\n"
            "ROME, 12 mars (SI) - Le Premier ministre Yawo Adjovi a été reçu jeudi au palais Chigi.")
    assert countries(analyse, text)["adjovi"] == ""


# -- a surname the model read as a place (no place of the gazetteer), glued to a name after a title ---------

def officials_with_last_word_as_place(pipeline, analyse, body: str) -> list[tuple[str, str]]:
    """The officials when the model reads the last word of the first person's name as a place of its
    own (as it does of some surnames): the entities are set so, then the officials stage runs again."""
    from spacy.tokens import Span

    from pipeline.components.spans import DocIndex

    doc = analyse(page(body))
    ents = list(doc.ents)
    person = next(e for e in ents if e.label_ == "PERSON")
    given, last = Span(doc, person.start, person.end - 1, label="PERSON"), Span(doc, person.end - 1, person.end,
                                                                                   label="LOC")
    doc.ents = [e for e in ents if e is not person] + [given, last]
    for e in (given, last):
        e._.normalized, e._.source = e.text, "model"
    DocIndex.forget(doc)
    doc = pipeline.nlp.get_pipe("defnews_officials")(doc)
    return [(o["name"], o["role"]) for o in doc._.officials]


def test_a_word_read_as_a_place_after_a_given_name_and_a_title_ends_the_name(pipeline, analyse):
    found = officials_with_last_word_as_place(
        pipeline, analyse, "La mission a été reçue samedi par le président du Conseil de transition, le général "
                           "de brigade Moussa Kolani.")
    assert ("Moussa Kolani", "président") in found


def test_a_city_of_the_gazetteer_after_a_given_name_stays_a_place(pipeline, analyse):
    found = officials_with_last_word_as_place(
        pipeline, analyse, "La mission a été reçue samedi par le président du Conseil de transition, le général "
                           "de brigade Moussa Niamey.")
    assert all(name != "Moussa Niamey" for name, _ in found)
