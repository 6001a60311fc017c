"""Titles named alone, round 60: a title does not refer back to a person its own sentence names apart from
it, nor to the person a possessive of being beside (`à ses côtés`) stands for; of two subjects in one
sentence, the one who speaks comes before the one told of. Texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def of(analyse, body: str, headline: str = "Diplomatie : une journée de rencontres") -> dict[str, tuple[str, str]]:
    doc = analyse(page(body, headline=headline))
    return {o["name"]: (o["role"], o["country"]) for o in doc._.officials}


# -- a person the title's own sentence names apart from it is someone else ------------------------------------

def test_a_title_received_by_the_person_of_the_headline_is_not_him(analyse):
    found = of(analyse, "Le président français est reçu lundi par Joe Biden à Washington.",
               headline="Joe Biden accueille son homologue à la Maison-Blanche")
    assert found["Joe Biden"][1] != "France"


def test_a_title_receiving_the_person_of_the_headline_is_not_him(analyse):
    found = of(analyse, "Le chancelier allemand a accueilli mardi Giorgia Meloni à Berlin.",
               headline="Giorgia Meloni en visite en Allemagne")
    assert found["Giorgia Meloni"][1] != "Allemagne"


def test_a_title_after_a_clause_naming_another_is_not_that_other(analyse):
    found = of(analyse, "Pedro Sánchez a ouvert la séance à Madrid. Alors que Pedro Sánchez évoquait le budget, "
                        "le Premier ministre portugais a pris la parole.")
    assert found["Pedro Sánchez"][1] != "Portugal"


def test_a_title_apposed_to_the_name_in_its_sentence_is_his(analyse):
    found = of(analyse, "Le président finlandais, Alexander Stubb, a reçu jeudi des soldats à Helsinki.")
    assert found["Alexander Stubb"] == ("président", "Finlande")


def test_a_title_of_the_person_named_in_the_sentence_before_is_his(analyse):
    found = of(analyse, "Alexander Stubb a visité jeudi une base près d'Helsinki. Le président finlandais a "
                        "salué les soldats.")
    assert found["Alexander Stubb"] == ("président", "Finlande")


# -- `à ses côtés`: the title is of someone beside the possessor ------------------------------------------------

def test_beside_him_the_title_is_the_host_not_the_speaker(analyse):
    found = of(analyse, "Le président français est arrivé lundi à Washington. Donald Trump a indiqué que Volodymyr "
                        "Zelensky pourrait venir. Emmanuel Macron a plaidé pour une trêve. À ses côtés, le président "
                        "américain s'est dit confiant.")
    assert found["Emmanuel Macron"][1] != "États-Unis"
    assert found["Donald Trump"] == ("président", "États-Unis")


def test_in_her_company_the_minister_is_someone_else(analyse):
    found = of(analyse, "Kaja Kallas a rencontré jeudi Olaf Scholz à Berlin. Kaja Kallas a ensuite visité une "
                        "caserne. En sa compagnie, le ministre allemand a salué les soldats.")
    assert found["Kaja Kallas"][1] != "Allemagne"


def test_beside_him_with_only_the_possessor_named_refers_to_no_one(analyse):
    found = of(analyse, "Mark Rutte a visité jeudi une caserne à Vilnius. À ses côtés, le président lituanien a "
                        "salué les soldats.")
    assert found["Mark Rutte"][1] != "Lituanie"


def test_without_a_possessive_the_title_still_refers_back(analyse):
    found = of(analyse, "Olaf Scholz a visité jeudi une caserne à Munster. Aux côtés des soldats, le chancelier "
                        "allemand a salué leur engagement.")
    assert found["Olaf Scholz"] == ("chancelier", "Allemagne")


def test_a_title_with_a_nationality_and_one_unknown_candidate_still_refers_to_him(analyse):
    found = of(analyse, "Giorgia Meloni a visité mardi une frégate à Tarente. La présidente du Conseil italienne "
                        "a salué l'équipage.")
    assert found["Giorgia Meloni"][1] == "Italie"
