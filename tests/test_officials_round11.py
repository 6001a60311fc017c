"""Round 11 of officials and quote speakers, on sentences of our own: a speech verb with an inverted pronoun
names its speaker before the words after its comma; a subject read past a relative clause, and a definite
description by nationality (`l'officier italien`); `le nouveau président` is the one just given the post; a
national title read by the people stage as the story's own; a role after a phrase of capacity or a
participle of appointment; a national title far back is not an officer's; `état-major des armées` of the
story's country. Each with a counter-example."""

from __future__ import annotations

from test_officials_round10 import person, run, speaker_of  # the same readers of officials and quotes


def test_inverted_pronoun_speaks_before_a_nationality_after_its_comma(analyse):
    doc = run(analyse, "Le ministre portugais, M. João Pereira, a reçu le général Olaf Berg. Le général Olaf Berg a "
                       "ensuite rappelé l'importance des exercices. « Nos unités doivent s'entraîner ensemble plus "
                       "souvent », a-t-il indiqué, avant de saluer la constance de la position portugaise.")
    assert speaker_of(doc, "Nos unités") == "berg"


def test_nationality_as_the_speaker_still_names_a_compatriot(analyse):
    doc = run(analyse, "Le ministre portugais, M. João Pereira, a reçu le général Olaf Berg à Lisbonne. "
                       "« Nos unités doivent s'entraîner ensemble plus souvent », a déclaré le responsable portugais.")
    assert speaker_of(doc, "Nos unités") == "pereira"


def test_definite_description_by_nationality_past_a_relative_clause(analyse):
    doc = run(analyse, "Le général libanais Karim Haddad a reçu le général Marco Ferri. "
                       "L'officier italien, qui a succédé en "
                       "mai au Portugais Rui Costa, s'est dit préoccupé par la situation. « La situation reste très "
                       "fragile dans le sud », a-t-il confié.")
    assert speaker_of(doc, "La situation reste") == "ferri"


def test_new_holder_is_the_one_just_given_the_post(analyse):
    doc = run(analyse, "Le président Jean Mbeki a présidé le sommet. A l'issue des travaux, il a transmis la "
                       "présidence tournante au président Paul Okoro. « Notre pays assumera cette charge avec "
                       "détermination », a déclaré le nouveau président en exercice.")
    assert speaker_of(doc, "Notre pays assumera") == "okoro"


def test_president_without_new_stays_the_holder_named(analyse):
    doc = run(analyse, "Le président Jean Mbeki a présidé le sommet avec le Premier ministre Paul Okoro. "
                       "« Notre pays assumera cette charge avec détermination », a déclaré le président.")
    assert speaker_of(doc, "Notre pays assumera") == "mbeki"


def test_national_title_goes_to_the_home_head_of_state(analyse):
    doc = run(analyse, "Le chef de l'État, Pierre Durand, a reçu mardi à l'Élysée le président du Conseil "
                       "européen, Karl Hansen. « Nous devons bâtir une défense européenne plus forte », a déclaré "
                       "le chef de l'État.")
    assert speaker_of(doc, "Nous devons bâtir") == "durand"


def test_role_after_a_phrase_of_capacity(analyse):
    doc = run(analyse, "Le général Marc Lefort, en sa qualité de chef d'état-major de l'armée de Terre, a inauguré "
                       "lundi le centre d'entraînement de Mourmelon.")
    assert person(doc, "lefort")["role"].startswith("chef d'état-major")


def test_no_role_after_a_capacity_that_is_no_role(analyse):
    doc = run(analyse, "Le général Marc Lefort, en tant que invité d'honneur, a inauguré lundi le centre "
                       "d'entraînement de Mourmelon.")
    assert person(doc, "lefort")["role"] == ""


def test_role_after_a_participle_of_appointment(analyse):
    doc = run(analyse, "Le diplomate a rencontré le général Ali Sanou, tout juste nommé chef d'état-major des "
                       "armées, sans obtenir d'audience auprès du chef de la junte.")
    assert person(doc, "sanou")["role"] == "chef d'état-major des armées"


def test_national_title_far_back_is_not_an_officer_named_by_rank(analyse):
    far = "Les armées poursuivent leur transformation. Les crédits ont augmenté. Les effectifs sont stables. "
    doc = run(analyse, "Le général Luc Morel a pris ses fonctions le 1er septembre.\n\n" + far + "\n\nLe président "
                       "de la République était venu en juin sur la base.")
    assert person(doc, "morel")["role"] == ""


def test_national_title_far_back_is_a_person_named_without_rank(analyse):
    far = "Les armées poursuivent leur transformation. Les crédits ont augmenté. Les effectifs sont stables. "
    doc = run(analyse, "Luc Morel a pris ses fonctions le 1er septembre.\n\n" + far + "\n\nLe président "
                       "de la République était venu en juin sur la base.")
    assert person(doc, "morel")["role"] == "président de la République"


def test_etat_major_des_armees_of_the_story_country(analyse):
    doc = analyse("Niamey, 3 mars (ANP) - Le colonel-major Issa Adamou, chef du bureau des opérations de "
                  "l'état-major des armées, a reçu une délégation.")
    assert person(doc, "adamou")["country"] == "Niger"


def test_title_after_a_possessive_relative_is_the_country_s(analyse):
    doc = run(analyse, "Le sommet devait se tenir en Slovaquie, un pays dont le Premier ministre, Jan Horak, "
                       "entretient de bonnes relations avec Moscou.")
    assert person(doc, "horak")["country"] == "Slovaquie"


def test_title_after_a_relative_of_place_names_no_country(analyse):
    doc = run(analyse, "Le sommet devait se tenir en Slovaquie, où le Premier ministre, Jan Horak, "
                       "a été reçu lundi.")
    assert person(doc, "horak")["country"] != "Slovaquie"
