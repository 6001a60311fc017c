"""Round 20 of officials' roles and countries, on sentences of our own, each with a counter-example:
a bare role after `comme` is the capacity of the person named before it; a rank, the force it serves
in and that force's demonym before a name give the rank and the country; two titles written one after
the other are one title (`ministre secrétaire général`)."""

from __future__ import annotations

HEADER = "Actualités de la défense\n\n"


def run(analyse, text: str):
    return analyse(HEADER + text)


def person(doc, key: str) -> dict | None:
    return next((o for o in doc._.officials if o["key"].endswith(key)), None)


# --- a capacity after `comme` ----------------------------------------------------------------------

def test_a_bare_role_after_comme_is_the_capacity_of_the_person_before(analyse):
    doc = run(analyse, "Marc Lemoine a prêté serment mardi comme ministre de l'Intérieur devant le président.")
    assert person(doc, "lemoine")["role"] == "ministre de l'Intérieur"


def test_a_role_after_comme_and_an_article_is_a_comparison(analyse):
    doc = run(analyse, "Paul Girard parle comme le ministre de la Défense, sans détour.")
    assert person(doc, "girard")["role"] == ""


def test_comme_after_a_verb_of_succession_is_left_to_the_succession_rule(analyse):
    doc = run(analyse, "Jeanne Morel a succédé à Luc Bastien comme cheffe d'état-major de la marine.")
    assert person(doc, "morel")["role"].startswith("chef")


# --- a rank, its force and the force's demonym -----------------------------------------------------

def test_the_demonym_of_the_force_after_a_rank_gives_the_country(analyse):
    doc = run(analyse, "Lundi, le général de l'armée de l'air italienne Marco Rossi a visité la base de Cazaux.")
    rossi = person(doc, "rossi")
    assert rossi["rank"] == "général"
    assert rossi["country"] == "Italie"


def test_a_force_with_no_demonym_gives_the_rank_and_no_country(analyse):
    doc = run(analyse, "Le colonel de l'armée de terre Pierre Dupuis a visité la base.")
    dupuis = person(doc, "dupuis")
    assert dupuis["rank"] == "colonel"
    assert dupuis["country"] == ""


# --- two titles in a row ---------------------------------------------------------------------------

def test_two_titles_in_a_row_are_one_title(analyse):
    doc = run(analyse, "Le général Amara Keita, ministre secrétaire général de la Présidence de la République, "
                       "a conduit la délégation.")
    assert person(doc, "keita")["role_as_written"] == "ministre secrétaire général"


def test_two_titles_over_a_comma_are_not_joined(analyse):
    doc = run(analyse, "Sidi Touré, ministre, porte-parole du gouvernement, a parlé aux journalistes.")
    assert person(doc, "toure")["role_as_written"] == "ministre"


# --- an outlet's name on a line of its own is no one a title refers back to -----------------------

def test_an_outlet_named_over_its_dateline_takes_no_title(analyse):
    doc = analyse("Radio Lomé\n12.03.2025, Radio Lomé\n\nLe Togo a accueilli ce lundi le chef de la diplomatie "
                  "allemande pour deux jours de visite.")
    assert person(doc, "lome") is None


def test_a_person_named_in_the_text_still_takes_the_title(analyse):
    doc = analyse("Radio Lomé\n12.03.2025, Radio Lomé\n\nAnna Weber est arrivée lundi à Lomé pour deux jours. "
                  "Le Togo a accueilli le chef de la diplomatie allemande au palais.")
    weber = person(doc, "weber")
    assert weber["role"] == "chef de la diplomatie"
    assert weber["country"] == "Allemagne"
