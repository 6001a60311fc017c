"""Officials round 9b, on sentences of our own: a plural title opening a list of names each followed by
his country (`les présidents A du Ghana, B du Mali et C du Togo`) gives each the title, in the
singular, and his country; a title written before a given name alone (`le pape X`) makes that word a
name; `première dame` is a role; a surname written without the article joined to it (`Al-X` then `X`)
is the same person. Each with a counter-example."""

from __future__ import annotations

HEADER = "Actualités de la défense\n\n"


def officials(analyse, text: str) -> list[dict]:
    return analyse(HEADER + text)._.officials


def person(analyse, text: str, key: str) -> dict | None:
    return next((o for o in officials(analyse, text) if o["key"].endswith(key)), None)


def written(p: dict) -> str:
    return p["role_as_written"] or p["role"]


LIST = ("La réunion a rassemblé à Lomé les présidents Paul Amenyo du Ghana, Koffi Adjovi Sanou du Mali "
        "et Jean Tossou du Togo.")


def test_plural_title_list_gives_each_name_the_title_and_his_country(analyse):
    for key, country in (("amenyo", "Ghana"), ("sanou", "Mali"), ("tossou", "Togo")):
        p = person(analyse, LIST, key)
        assert p is not None, key
        assert written(p) == "président"
        assert p["country"] == country


def test_names_listed_without_a_plural_title_get_no_title(analyse):
    text = "La réunion a rassemblé à Lomé Paul Amenyo du Ghana, Koffi Adjovi Sanou du Mali et Jean Tossou du Togo."
    for p in officials(analyse, text):
        assert not p["role"]


def test_country_after_a_titled_name(analyse):
    p = person(analyse, "Le président Paul Amenyo du Ghana a été reçu lundi à Paris.", "amenyo")
    assert p["country"] == "Ghana"


def test_no_country_from_a_place_after_an_untitled_name(analyse):
    p = person(analyse, "Paul Amenyo du Ghana Business Club a été reçu lundi à Paris.", "amenyo")
    assert p is None or p["country"] != "Ghana"


def test_title_before_a_given_name_alone(analyse):
    p = person(analyse, "Le pape Léon a reçu jeudi au Vatican le ministre italien de la Défense.", "leon")
    assert p is not None and p["role"] == "pape"


def test_title_alone_names_nobody(analyse):
    text = "Le pape a reçu jeudi au Vatican le ministre italien de la Défense, Guido Ferri."
    assert [p["name"] for p in officials(analyse, text)] == ["Guido Ferri"]


def test_first_lady_is_a_role_with_her_country(analyse):
    text = "La première dame des États-Unis, Laura Welch, a visité mardi un hôpital militaire à Kiev."
    p = person(analyse, text, "welch")
    assert written(p) == "première dame des États-Unis"
    assert p["country"] == "États-Unis"


def test_surname_without_its_article_is_the_same_person(analyse):
    text = ("Le président Abdel-Karim Al-Masri a reçu mardi le ministre. Le président Masri a souligné "
            "l'importance de la coopération militaire.")
    people = officials(analyse, text)
    assert [p["name"] for p in people if "Masri" in p["name"]] == ["Abdel-Karim Al-Masri"]


def test_surname_of_two_people_without_their_articles_stays_apart(analyse):
    text = ("Le président Abdel-Karim Al-Masri a reçu mardi le général Omar El-Masri. Le président Masri "
            "a souligné l'importance de la coopération militaire.")
    names = {p["name"] for p in officials(analyse, text)}
    assert {"Abdel-Karim Al-Masri", "Omar El-Masri", "Masri"} <= names
