"""West and Central African agencies, round 46: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def people(analyse, body: str) -> dict[str, tuple[str, str]]:
    doc = analyse(page(body))
    return {o["name"]: (o["role"], o["organisation"]) for o in doc._.officials}


# -- a rare given name the model read as a body, after the comma of an apposition, starts the name ---------

def test_a_given_name_read_as_a_body_opens_the_name_after_the_apposition(analyse):
    found = people(analyse, "A ses côtés, le Chef d'Etat-Major des Armées, le Général d'Armée René Claude Meka, "
                            "le Secrétaire d'Etat à la Défense chargé de la Gendarmerie nationale, Galax Yves "
                            "Landry Etoga, et plusieurs attachés de défense.")
    assert "Galax Yves Landry Etoga" in found
    assert found["Galax Yves Landry Etoga"][0].startswith("secrétaire d'")
    assert found["René Claude Meka"][0].lower().startswith("chef d'état-major")


def test_a_given_name_read_as_a_body_in_a_list_of_guests(analyse):
    found = people(analyse, "Le ministre a reçu lundi le directeur de la sécurité militaire, Galax Yves Landry "
                            "Etoga, puis le colonel Jean Mballa.")
    assert "Galax Yves Landry Etoga" in found


def test_a_country_before_a_name_after_a_comma_stays_a_place(analyse):
    found = people(analyse, "Le sommet a réuni trois pays, Mali, Assimi Goïta représentant Bamako, et le Niger.")
    assert not any(name.startswith("Mali") for name in found)


def organisations(analyse, body: str) -> list[tuple[str, str]]:
    doc = analyse(page(body))
    return [(e.text, e._.normalized) for e in doc.ents if e.label_ == "ORG"]


# -- an acronym in brackets after a generic body closed by a country's forces stands for those forces --------

def test_an_acronym_after_a_generic_staff_of_a_countrys_forces_is_those_forces(analyse):
    found = organisations(analyse, "Le chef d'état-major général des Forces armées congolaises (FAC), le général "
                                   "Guy Blanchard Okoï, a reçu mardi une délégation rwandaise.")
    assert ("FAC", "Forces armées congolaises") in found


def test_an_acronym_the_text_leaves_undefined_keeps_the_lists_meaning(analyse):
    found = organisations(analyse, "Le général Jennie Carignan a inspecté mardi une unité des FAC déployée en "
                                   "Lettonie.")
    assert ("FAC", "FAC") in found  # the lists' Forces armées canadiennes, under the acronym the text writes


# -- `en visite à X` after a body's name is the trip of the person, not part of the name ---------------------

def test_a_trip_told_after_a_forces_name_is_no_part_of_it(analyse):
    found = organisations(analyse, "Le chef d'état-major général des Forces rwandaises de défense en visite à "
                                   "Brazzaville a été reçu lundi par le ministre de la Défense nationale.")
    assert any(text == "Forces rwandaises de défense" for text, _ in found), found
    assert not any("visite" in text for text, _ in found)


def test_a_name_ending_on_its_trip_noun_keeps_it(analyse):
    found = organisations(analyse, "Manille et Ottawa ont signé lundi l'accord sur le statut des forces en visite "
                                   "(SOVFA), attendu depuis deux ans.")
    assert any(text.endswith("forces en visite") for text, _ in found), found


# -- `la veille` far down the story counts from the story's last day, when that day is recent news ----------

def day_of(analyse, body: str, published: str, words: str) -> list[str]:
    doc = analyse(page(body, published=published))
    return [e._.normalized for e in doc.ents if e.label_ == "DATE" and e.text.lower() == words]


STORY = ("Le ministre délégué a présidé samedi 20 juillet 2024 la cérémonie de sortie de la promotion.\n\n"
         "Dans son allocution, il a rappelé aux jeunes officiers le sens de leur engagement.\n\n"
         "Le commandant de l'école a salué la qualité de la formation.\n\n")


def test_the_day_before_counts_from_the_story_day_given_further_up(analyse):
    found = day_of(analyse, STORY + "La veille, le ministre avait reçu en audience son homologue tchadien.",
                   "22 juillet 2024", "la veille")
    assert found == ["2024-07-19"]


def test_the_day_before_a_day_of_history_counts_from_the_day_of_writing(analyse):
    body = STORY.replace("samedi 20 juillet 2024", "le 2 juillet 2024")
    found = day_of(analyse, body + "La veille, le ministre avait reçu en audience son homologue tchadien.",
                   "22 juillet 2024", "la veille")
    assert found == ["2024-07-21"]
