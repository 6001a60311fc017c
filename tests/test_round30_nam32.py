"""Names of officials, round 30: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def names(analyse, body: str) -> list[str]:
    return [o["name"] for o in analyse(page(body))._.officials]


# -- a surname the tokenizer cuts at its apostrophe (`N'` + `Golo`, `Aba'` + `a`) stays one name ------------

def test_a_surname_opened_by_an_elided_particle_stays_in_the_name(analyse):
    found = names(analyse, "Le chef de l'Etat malien est arrivé lundi à Brazzaville à l'invitation de son homologue "
                           "congolais, Alain Okemba N'Guesso. Plusieurs accords de défense ont été signés.")
    assert "Alain Okemba N'Guesso" in found and "Alain Okemba" not in found


def test_a_surname_with_an_inner_apostrophe_stays_one_name(analyse):
    found = names(analyse, "La cérémonie s'est tenue sous la présidence de Dieudonné Mba'a Ondo, qui a reçu le "
                           "serment des nouveaux juges de la Cour constitutionnelle.")
    assert any(n.startswith("Dieudonné Mba'a") for n in found) and "Dieudonné Mba'" not in found


def test_a_name_before_a_place_with_an_elided_particle_keeps_its_end(analyse):
    found = names(analyse, "Le ministre tchadien de la Défense, Daoud Yaya Brahim, a reçu lundi à N'Djamena "
                           "son homologue nigérien.")
    assert "Daoud Yaya Brahim" in found and not any("N'Djamena" in n for n in found)


# -- a photo credit's line (`DR`, droits réservés, is no `Dr`) names no one ----------------------------------

def test_a_word_after_a_photo_credit_is_no_official(analyse):
    doc = analyse(page("Le ministre des Armées a inspecté lundi la base navale de Toulon.\n\n"
                       "Photo : Marine nationale / DR Tags : Marine, Toulon, frégates"))
    assert not any("Tags" in o["name"] for o in doc._.officials)


def test_a_doctor_named_in_the_text_is_still_read(analyse):
    found = names(analyse, "Le ministre de la Santé a rencontré lundi à Kinshasa le Dr Mukwege pour parler des "
                           "blessés de l'est du pays.")
    assert any("Mukwege" in n for n in found)


# -- a quotation hung on the verb of a subject named by title goes to that subject, not to its object ---------

def speakers(analyse, body: str) -> list[str]:
    return [q["speaker"] for q in analyse(page(body))._.quotes]


MINISTER = "Le ministre des Armées, Paul Dufresne, a présidé lundi la cérémonie de passation de commandement à Brest. "


def test_a_participle_after_the_objects_is_the_titled_subjects_speech(analyse):
    found = speakers(analyse, MINISTER + "Lors de la prise d'armes, le ministre a remis au général Éric Lanval la "
                              "médaille de la Défense nationale, saluant « trois années d'un engagement exemplaire "
                              "au service de la flotte ».")
    assert found == ["Paul Dufresne"]


def test_a_speech_verb_with_its_own_subject_stays_that_subjects(analyse):
    found = speakers(analyse, MINISTER + "Lors de la prise d'armes, le ministre a reçu le général Éric Lanval, qui "
                              "a déclaré : « trois années d'un engagement exemplaire au service de la flotte ».")
    assert found == ["Éric Lanval"]


# -- `rendre hommage à X, « ... »`: the tribute is the words of the one paying it ----------------------------

def test_a_tribute_paid_by_a_titled_subject_is_his_quotation(analyse):
    found = speakers(analyse, MINISTER + "Dans son allocution, le ministre a rendu hommage au commandant sortant, "
                              "« un marin qui a tenu la flotte prête dans des années difficiles ».")
    assert found == ["Paul Dufresne"]


def test_a_tribute_named_by_a_noun_names_no_speaker(analyse):
    found = speakers(analyse, MINISTER + "Un hommage rendu au commandant sortant, « un marin qui a tenu la flotte "
                              "prête dans des années difficiles », a clos la journée.")
    assert found == [""]


# -- `X a parlé d'une « ... »`: a phrase the subject used, as with `évoquer` --------------------------------

def test_a_phrase_someone_spoke_of_is_his_quotation(analyse):
    found = speakers(analyse, "La ministre estonienne de la Défense, Anne Roussel, a parlé d'une « avancée "
                              "décisive » après la réunion de Tallinn.")
    assert found == ["Anne Roussel"]


def test_a_phrase_in_a_sentence_without_speech_names_no_speaker(analyse):
    found = speakers(analyse, "La ministre estonienne de la Défense, Anne Roussel, a signé l'« avancée "
                              "décisive » après la réunion de Tallinn.")
    assert found in ([], [""])


# -- `a déclaré le Norvégien`: the one man of no country read, named in the paragraph ------------------------

FAREWELL = ("Le sommet a été marqué par la dernière apparition de Lars Wendt à la tête de l'Alliance. Son "
            "successeur, l'ancien Premier ministre danois Peter Holm, prendra ses fonctions en octobre. ")


def test_a_speaker_named_by_his_nationality_is_the_one_man_of_no_country_named(analyse):
    found = speakers(analyse, FAREWELL + "« Je laisse une Alliance plus forte et plus unie », a déclaré le Suédois "
                                         "en clôture des travaux.")
    assert found == ["Lars Wendt"]


def test_a_plural_nationality_in_a_quoted_sentence_is_no_speaker(analyse):
    found = speakers(analyse, FAREWELL + "Peter Holm a pris la parole en clôture. Il a ajouté que les Suédois "
                                         "devaient « assumer une part bien plus grande » du fardeau.")
    assert found == ["Peter Holm"]
