"""Roles of officials, round 49: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def roles(analyse, body: str) -> dict[str, str]:
    doc = analyse(page(body))
    return {o["key"]: o["role"] for o in doc._.officials}


# -- a list opened by `parmi lesquels`, `dont`, `notamment` names some of the people a plural title counts ----

def test_names_after_parmi_lesquels_hold_the_plural_title_of_the_clause(analyse):
    found = roles(analyse, "Plusieurs chefs d'État ont assisté à la cérémonie, parmi lesquels le Malien Assimi "
                           "Goïta, le Nigérien Abdourahamane Tiani et le Tchadien Mahamat Déby.")
    assert found["goita"] == found["tiani"] == found["deby"] == "chef de l'État"


def test_names_after_dont_hold_the_plural_title_the_predicate_follows(analyse):
    found = roles(analyse, "Trois ministres de la Défense étaient présents, dont le Belge Théo Francken et le "
                           "Néerlandais Ruben Brekelmans.")
    assert found["francken"] == found["brekelmans"] == "ministre de la Défense"


def test_names_after_notamment_hold_the_plural_title_over_a_singular_object(analyse):
    found = roles(analyse, "De nombreux chefs d'état-major ont fait le déplacement, notamment le Français "
                           "Thierry Burkhard et l'Italien Luciano Portolano.")
    assert found["burkhard"] == found["portolano"] == "chef d'état-major"


def test_a_plural_noun_of_no_title_takes_the_list(analyse):
    found = roles(analyse, "Le président a accueilli les délégations, parmi lesquelles le Malien Moussa Traoré "
                           "et le Nigérien Ali Idrissa.")
    assert found["traore"] == found["idrissa"] == ""


def test_a_plural_noun_of_no_title_counts_the_people_of_the_list(analyse):
    found = roles(analyse, "Plusieurs journalistes étaient présents, parmi lesquels le Malien Moussa Traoré et "
                           "le Nigérien Ali Idrissa.")
    assert found["traore"] == found["idrissa"] == ""


def test_a_name_dont_opens_as_the_subject_of_its_clause_holds_no_title(analyse):
    found = roles(analyse, "Plusieurs chefs d'État ont salué l'accord, dont Jean Dupont a été l'artisan.")
    assert found["dupont"] == ""


# -- a plural title written before names is each one's title in the singular, as the text writes it --------

def written(analyse, body: str) -> dict[str, str]:
    doc = analyse(page(body))
    return {o["key"]: o["role_as_written"] for o in doc._.officials}


def test_a_plural_title_of_several_words_is_written_in_the_singular_as_the_text_has_it(analyse):
    found = written(analyse, "Les chefs d'Etat Assimi Goïta et Abdourahamane Tiani se sont entretenus à Niamey.")
    assert found["goita"] == found["tiani"] == "chef d'Etat"


def test_a_singular_title_keeps_its_own_form(analyse):
    found = written(analyse, "Le chef de l'Etat Assimi Goïta s'est entretenu à Niamey avec le général Salifou Mody.")
    assert found["goita"] == "chef de l'Etat"


def test_a_name_the_model_did_not_read_in_the_middle_of_the_list_still_holds_the_title(analyse):
    found = roles(analyse, "Plusieurs chefs d'État ont assisté à la cérémonie, parmi lesquels le Sénégalais "
                           "Bassirou Diomaye Faye, le Bissau-Guinéen Umaro Sissoco Embaló et le Gambien Adama "
                           "Barrow, aux côtés de délégations venues d'Europe.")
    assert found["faye"] == found["embalo"] == found["barrow"] == "chef de l'État"
