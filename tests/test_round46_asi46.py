"""Asian state media in French, round 46: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def officials(analyse, text: str) -> dict[str, dict]:
    doc = analyse(text)
    return {o["name"]: o for o in doc._.officials}


# -- Cambodian forms of address (`Samdech Techo`, `Samdech Moha Borvor Thipadei`) are no part of the name ---

def test_a_long_cambodian_form_of_address_is_no_part_of_the_name(analyse):
    found = officials(analyse, page("Samdech Moha Borvor Thipadei Hun Manet, Premier ministre du Royaume du "
                                    "Cambodge, a reçu ce matin le ministre japonais de la Défense Gen Nakatani."))
    assert "Hun Manet" in found and not any("Thipadei" in name for name in found), sorted(found)


def test_the_form_of_address_of_a_senate_president_is_no_person(analyse):
    found = officials(analyse, page("Dans l'après-midi, Samdech Akka Moha Sena Padei Techo Hun Sen, président "
                                    "du Sénat, a reçu le ministre vietnamien de la Défense Phan Van Giang."))
    assert "Hun Sen" in found and not any("Padei" in name for name in found), sorted(found)


def test_the_short_form_samdech_alone_still_opens_a_name(analyse):
    found = officials(analyse, page("Samdech Hun Sen a reçu mardi l'ambassadeur du Japon, Ueno Atsushi."))
    assert "Hun Sen" in found and "Samdech Hun Sen" not in found, sorted(found)


def test_a_civility_of_one_word_still_opens_a_name(analyse):
    found = officials(analyse, page("Son Excellence Ueno Atsushi, ambassadeur du Japon, a été reçu par M. Hun Sen."))
    assert {"Ueno Atsushi", "Hun Sen"} <= set(found), sorted(found)


# -- a capital of the lists (`Phnom Penh`) the text sets between commas is a place, not a person --------

def test_a_capital_between_commas_after_the_dateline_agency_is_no_person(analyse):
    found = officials(analyse, "Le Premier ministre reçoit le secrétaire américain à la Défense\n\n"
                               "AKP Phnom Penh, le 04 juin 2024 --\n\nLe Premier ministre Hun Manet a reçu ce "
                               "matin au Palais de la Paix, à Phnom Penh, Lloyd Austin, secrétaire américain à "
                               "la Défense.")
    assert "Phnom Penh" not in found and {"Hun Manet", "Lloyd Austin"} <= set(found), sorted(found)


def test_a_name_between_commas_after_a_title_is_still_a_person(analyse):
    found = officials(analyse, page("Le président turc, Recep Tayyip Erdoğan, a reçu à Ankara le Premier "
                                    "ministre cambodgien Hun Manet."))
    assert {"Recep Tayyip Erdoğan", "Hun Manet"} <= set(found), sorted(found)


# -- `le Sénat`, `l'Assemblée nationale` written bare in a story from another country are that country's ---

CAMBODIA = "Phnom Penh, 4 juin (AKP) - "


def test_a_bare_senate_in_a_cambodian_story_is_cambodias(analyse):
    found = officials(analyse, page(CAMBODIA + "Hun Sen, président du Sénat, a reçu mardi le ministre "
                                    "vietnamien de la Défense, le général Phan Van Giang."))
    assert found["Hun Sen"]["country"] == "Cambodge", found["Hun Sen"]


def test_a_bare_national_assembly_in_a_vietnamese_story_is_vietnams(analyse):
    found = officials(analyse, page("Hanoï, 13 déc (VNA) - Le président de l'Assemblée nationale, Vuong Dinh Hue, "
                                    "a rencontré mercredi le président chinois Xi Jinping."))
    assert found["Vuong Dinh Hue"]["country"] == "Vietnam", found["Vuong Dinh Hue"]


def test_the_french_senate_named_as_french_stays_frances(analyse):
    found = officials(analyse, page(CAMBODIA + "Gérard Larcher, président du Sénat français, a été reçu mardi "
                                    "par le Premier ministre Hun Manet."))
    assert found["Gérard Larcher"]["country"] == "France", found["Gérard Larcher"]


def test_a_capital_of_two_words_the_model_calls_a_person_is_a_place(analyse):
    found = officials(analyse, page("Le secrétaire américain à la Défense Lloyd Austin a été reçu par le Premier "
                                    "ministre Hun Manet. Lloyd Austin doit quitter Phnom Penh demain pour Paris."))
    assert "Phnom Penh" not in found and "Lloyd Austin" in found, sorted(found)
