"""Round 26 of officials' countries, on texts of our own, each with a counter-example: the head of a
government the text gives no country, who receives a visitor, leads the country of the place the
sentence names first before him (`national_leader`, `receiving_verbs`)."""

from __future__ import annotations


def person(doc, key: str) -> dict | None:
    return next((o for o in doc._.officials if o["key"].endswith(key)), None)


HEAD = "Le Veilleur\n\nUne tournée\n\n"


def test_a_chancellor_receiving_a_visitor_in_a_capital_is_of_its_country(analyse):
    doc = analyse(HEAD + "Le président moldave est arrivé mardi à Vienne, où le chancelier Karl Huber "
                  "l'a accueilli à la chancellerie.\n")
    assert person(doc, "huber")["country"] == "Autriche"


def test_the_agent_of_a_reception_in_a_capital_is_of_its_country(analyse):
    doc = analyse(HEAD + "Arrivé mardi à Vienne, le président moldave a été reçu par le chancelier Karl Huber "
                  "à la chancellerie.\n")
    assert person(doc, "huber")["country"] == "Autriche"


def test_a_chancellor_who_is_received_abroad_takes_no_country_from_the_place(analyse):
    doc = analyse(HEAD + "Mardi, à Vienne, le chancelier Karl Huber a été reçu par le président moldave "
                  "pour un long entretien.\n")
    assert person(doc, "huber")["country"] != "Autriche"


def test_a_prime_minister_received_by_name_only_with_no_place_before_keeps_no_country(analyse):
    doc = analyse(HEAD + "Le Premier ministre Karl Huber a reçu le président moldave mardi matin, "
                  "avant de partir pour Vienne.\n")
    assert person(doc, "huber")["country"] == ""


# --- a demonym two countries share ------------------------------------------------------------------

GUESTS = ("Kinshasa, 3 mars (ACP) - Le président de la République, Pierre Mbala, a ouvert lundi à Kinshasa "
          "un sommet régional, en présence du président gabonais Jean Nze et du {who} Paul Okemba.\n")


def test_a_shared_demonym_beside_the_head_of_the_other_country_is_of_the_sister_country(analyse):
    doc = analyse("Le Veilleur\n\nUn sommet\n\n" + GUESTS.format(who="président congolais"))
    assert person(doc, "mbala")["country"] == "République démocratique du Congo"
    assert person(doc, "okemba")["country"] == "Congo"


def test_a_shared_demonym_on_another_office_keeps_its_country(analyse):
    doc = analyse("Le Veilleur\n\nUn sommet\n\n" + GUESTS.format(who="ministre congolais de la Défense"))
    assert person(doc, "okemba")["country"] == "République démocratique du Congo"


# --- a portfolio with a past participle -------------------------------------------------------------

def test_a_portfolio_of_nationals_settled_abroad_keeps_the_title_before_the_name(analyse):
    doc = analyse("Le Veilleur\n\nUn titre\n\nLe ministre togolais des Affaires étrangères, de l'Intégration "
                  "régionale et des Togolais installés à l'étranger, Kossi Agbo, a pris la parole.\n")
    assert person(doc, "agbo")["role"].startswith("ministre des Affaires étrangères")
    assert person(doc, "agbo")["country"] == "Togo"


def test_a_participle_with_its_agent_ends_the_description(analyse):
    doc = analyse("Le Veilleur\n\nUn titre\n\nLe ministre togolais des Affaires étrangères, accompagné par "
                  "les Togolais installés à Lomé, Kossi Agbo, a pris la parole.\n")
    assert not person(doc, "agbo")["role"].startswith("ministre des Affaires étrangères")
