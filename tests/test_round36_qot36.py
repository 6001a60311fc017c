"""Quote speakers, round 36: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def speakers(analyse, body: str) -> dict[str, str]:
    doc = analyse(page(body))
    return {q["quote"]: q["speaker_key"] for q in doc._.quotes}


# -- a title that is the subject of a speech verb of several words speaks, not the person it names --------

HOMAGE = ("La ministre des Armées, Catherine Vautrin, a présidé mardi la cérémonie à Brest, en présence du "
          "vice-amiral Jean Dupont. ")


def test_a_titled_subject_of_a_speech_verb_of_several_words_speaks_not_its_object(analyse):
    found = speakers(analyse, HOMAGE + "La ministre a rendu hommage au vice-amiral Jean Dupont « pour trente années "
                                       "passées au service de la Marine nationale ».")
    assert found == {"pour trente années passées au service de la Marine nationale": "vautrin"}


def test_the_person_named_as_the_subject_of_that_verb_still_speaks(analyse):
    found = speakers(analyse, HOMAGE + "Jean Dupont a rendu hommage à ses équipages « pour trente années passées "
                                       "au service de la Marine nationale ».")
    assert found == {"pour trente années passées au service de la Marine nationale": "dupont"}


# -- `a déclaré le nouveau commandant` opening its paragraph: the new holder the paragraph before introduced --

HANDOVER = ("Le général Jacques Leroy a succédé mardi au général Paul Martin comme commandant de la région militaire "
            "et gouverneur de Lyon. Le préfet du Rhône, Marc Girard, était présent.\n\n"
            "Fantassin de formation, Jacques Leroy a notamment commandé la 27e brigade, puis servi à l'état-major.\n\n")
SAID = "Je mesure l'honneur qui m'est fait. Cette région concentre nos défis."


def test_a_new_holder_named_by_title_is_the_one_the_paragraph_before_introduced(analyse):
    found = speakers(analyse, HANDOVER + f"« {SAID} », a déclaré le nouveau gouverneur à l'issue de la cérémonie.")
    assert found == {SAID: "leroy"}


def test_a_title_without_new_is_its_holder_not_the_one_introduced_last(analyse):
    found = speakers(analyse, HANDOVER + f"« {SAID} », a déclaré le préfet à l'issue de la cérémonie.")
    assert found == {SAID: "girard"}


# -- `», selon la diplomate, qui n'a pu voir ni X ni Y`: the relative clause names others than the speaker ---

ENVOY = ("La sous-secrétaire d'État américaine, Mary Holden, a été reçue lundi à Niamey par le général Oumar "
         "Sangaré, chef d'état-major des armées. ")
FRANK = "franches et parfois très difficiles"


def test_a_woman_described_after_selon_speaks_not_the_people_of_the_relative_clause(analyse):
    found = speakers(analyse, ENVOY + f"Des discussions « {FRANK} », selon la diplomate, qui n'a pu rencontrer ni "
                                      "le général Sangaré ni le président.")
    assert found == {FRANK: "holden"}


def test_a_woman_described_as_the_one_spoken_to_does_not_speak(analyse):
    found = speakers(analyse, ENVOY + f"« Nos discussions ont été {FRANK} », a confié le général à la diplomate.")
    assert found == {f"Nos discussions ont été {FRANK}": "sangare"}


def test_a_speaker_named_before_the_relative_clause_still_speaks(analyse):
    found = speakers(analyse, ENVOY + f"« Nos discussions ont été {FRANK} », a confié Oumar Sangaré, qui "
                                      "raccompagnait Mary Holden.")
    assert found == {f"Nos discussions ont été {FRANK}": "sangare"}


def test_a_speaker_named_by_rank_is_not_the_person_of_the_relative_clause_after_him(analyse):
    found = speakers(analyse, ENVOY + f"« Nos discussions ont été {FRANK} », a confié le général, qui "
                                      "raccompagnait Mary Holden.")
    assert found == {f"Nos discussions ont été {FRANK}": "sangare"}


# -- a capitalised verbless quotation a clause introduces by a colon is spoken, not a title -----------------

MEETING = "Le président russe Vladimir Poutine a reçu vendredi à Minsk son homologue biélorusse. "
INVITATION = "La prochaine fois, à Saint-Pétersbourg"


def test_verbless_words_a_clause_introduces_by_a_colon_are_a_quotation(analyse):
    found = speakers(analyse, MEETING + f"Le président russe a glissé une invitation : « {INVITATION} ».")
    assert found == {INVITATION: "poutine"}


def test_a_title_after_a_reading_label_stays_a_title(analyse):
    found = speakers(analyse, MEETING + f"\n\nÀ lire aussi : « {INVITATION} », notre éditorial")
    assert INVITATION not in found
