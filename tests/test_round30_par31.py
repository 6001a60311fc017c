"""Meeting participants, round 30: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page

SUMMIT = ("Le sommet de l'Union pour la Méditerranée s'est tenu mardi 12 mars à La Valette, sous la présidence du "
          "Premier ministre maltais Robert Abela, hôte de la rencontre.")


def summit_people(analyse, body: str) -> list[str]:
    doc = analyse(page(body))
    summits = [m for m in doc._.meetings if m["kind"] == "sommet"]
    return summits[0]["people"] if summits else []


# -- `Parmi eux, A, B et C.` (no verb) after a group of offices that came: they attend the summit ----------

def test_a_verbless_list_among_a_group_of_heads_of_state_joins_the_summit(analyse):
    # a participle in the list (`venu de Vienne`): the list is no sentence without any verb
    people = summit_people(analyse, SUMMIT + " Une trentaine de chefs d'Etat et de gouvernement avaient fait le "
                                             "déplacement. Parmi eux, le chancelier autrichien Karl Nehammer, venu de "
                                             "Vienne en train, et le Premier ministre grec Kyriakos Mitsotakis.")
    assert {"nehammer", "mitsotakis"} <= set(people)


def test_a_verbless_list_among_the_wounded_joins_nothing(analyse):
    people = summit_people(analyse, SUMMIT + " Plusieurs soldats ont été blessés lors de l'attaque du convoi. Parmi "
                                             "eux, le sergent Paolo Ferri, touché au bras, et le caporal Luca Bianchi.")
    assert not {"ferri", "bianchi"} & set(people)


# -- a story line opening with a menu word (`Accueil des délégations ...`) is no menu -----------------------

ARRIVALS = (" Accueil des délégations sous un ciel gris, photo de famille sur le port : une trentaine de chefs "
            "d'Etat et de gouvernement avaient fait le déplacement. Parmi eux, le chancelier autrichien Karl "
            "Nehammer et le Premier ministre grec Kyriakos Mitsotakis.")


def test_a_sentence_opening_on_a_menu_word_is_read_as_the_story(analyse):
    people = summit_people(analyse, SUMMIT + "\n\n" + ARRIVALS.strip())
    assert {"nehammer", "mitsotakis"} <= set(people)


def test_a_short_menu_line_opening_on_the_same_word_stays_furniture(analyse):
    doc = analyse(page(SUMMIT + "\n\nAccueil Actualités Défense\n\nLe ministre a salué la rencontre."))
    furniture = " ".join(span.text for span in doc.spans.get("furniture", []))
    assert "Accueil Actualités Défense" in furniture
    assert "Le ministre a salué" not in furniture


# -- `Cette visite s'inscrit dans le prolongement de la rencontre entre A et B, fin juillet`: a month of its own ---

VISIT = ("Le président de la Transition, le capitaine Assimi Goïta, a reçu jeudi 14 septembre 2023 à Bamako le "
         "vice-ministre chinois de la Défense, le général Zhang Wei. ")


def test_a_meeting_recalled_in_a_month_between_two_people_is_its_own(analyse):
    doc = analyse(page(VISIT + "Cette visite s'inscrit dans le prolongement de la rencontre entre le capitaine "
                               "Assimi Goïta et le président chinois Xi Jinping, en marge du sommet Chine-Afrique "
                               "tenu fin juillet à Pékin.",
                       published="15 septembre 2023"))
    found = {(m["kind"], m["date"]): set(m["people"]) for m in doc._.meetings}
    assert found.get(("rencontre", "2023-07")) == {"goita", "jinping"}
    assert found.get(("visite", "2023-09-14")) == {"goita", "wei"}


def test_a_session_recalled_in_a_month_naming_nobody_is_background(analyse):
    doc = analyse(page(VISIT + "Cette visite fait suite aux sessions extraordinaires de la Conférence de l'Union "
                               "tenues à Niamey à la fin du mois d'août 2023.", published="15 septembre 2023"))
    assert [m["date"] for m in doc._.meetings] == ["2023-09-14"]
