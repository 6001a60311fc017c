"""Round 27 of officials (names, roles, countries), on texts of our own, each with a counter-example."""

from __future__ import annotations


def person(doc, key: str) -> dict | None:
    return next((o for o in doc._.officials if o["key"].endswith(key)), None)


# -- a given name the model read as a word of the sentence (`Mette`, a verb) right after a title ------------

def test_a_given_name_left_out_of_the_name_after_a_title_joins_it(analyse):
    doc = analyse("Le président polonais a été accueilli sur la base de Karup par la Première ministre danoise "
                  "Mette Hansen, le ministre de la Défense et le chef d'état-major.")
    found = person(doc, "hansen")
    assert found["name"] == "Mette Hansen" and found["country"] == "Danemark"


def test_a_place_between_a_title_and_a_surname_is_no_given_name(analyse):
    doc = analyse("Le président polonais a été accueilli sur la base de Karup par le ministre de la Défense "
                  "Hansen, le chef d'état-major et le chef de la diplomatie.")
    found = person(doc, "hansen")
    assert found["name"] == "Hansen"


# -- `le président sortant X`: the outgoing holder's title, its adjective inside it ---------------------------

def test_an_outgoing_president_is_titled_so(analyse):
    doc = analyse("Le président sortant Amadou Sall a assisté samedi à l'investiture de son successeur à Dakar.")
    assert person(doc, "sall")["role"] == "président sortant"


def test_a_president_without_the_adjective_keeps_the_bare_title(analyse):
    doc = analyse("Le président Amadou Sall a assisté samedi à l'investiture du nouveau gouverneur à Dakar.")
    assert person(doc, "sall")["role"] == "président"


# -- a gloss in brackets between a title and the comma before the name (`(Chief Justice of ...)`) ------------

def test_a_gloss_in_brackets_after_a_title_does_not_cut_it_from_the_name(analyse):
    doc = analyse("Il a prêté serment devant le président de la Cour suprême (Supreme Court of Kenya), Daniel Mwangi, "
                  "qui a conduit la cérémonie.")
    found = person(doc, "mwangi")
    assert found["role"] == "président" and found["organisation"]


def test_a_clause_in_brackets_after_a_title_still_cuts_it_from_the_name(analyse):
    doc = analyse("Il a prêté serment devant le président de la Cour suprême (qui a démissionné hier), Daniel Mwangi, "
                  "qui a conduit la cérémonie.")
    assert person(doc, "mwangi")["role"] == ""


# -- a name in a headline in capitals ends before a preposition of place (`A` for `à`, `EN`) ------------------

PAPER = "LE PAYS\nQuotidien d'informations générales\n\n"
LEAD = ("\n\n12 mai 2025\n\nLe président de la transition, le capitaine Seydou Ouédraogo, a eu samedi des "
        "entretiens avec son homologue.")


def test_a_name_in_capitals_ends_before_a_place_preposition(analyse):
    doc = analyse(PAPER + "SEJOUR DU CAPITAINE SEYDOU OUEDRAOGO EN RUSSIE : Poutine promet de renforcer la "
                  "coopération militaire" + LEAD)
    assert [o["key"] for o in doc._.officials if "ouedraogo" in o["key"]] == ["ouedraogo"]


def test_a_name_in_capitals_without_a_place_preposition_is_kept_whole(analyse):
    doc = analyse(PAPER + "VISITE DU CAPITAINE SEYDOU OUEDRAOGO : Poutine promet de renforcer la coopération "
                  "militaire" + LEAD)
    assert [o["key"] for o in doc._.officials if "ouedraogo" in o["key"]] == ["ouedraogo"]
