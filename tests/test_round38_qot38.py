"""Quote speakers, round 38, on sentences of our own: direct speech printed without quotation marks (`Nous
restons aux côtés de nos alliés, a déclaré la ministre.`) is a quotation when it speaks in the first person
and ends with an inverted speech verb; the same sentence in the third person is reported speech. Each
behaviour with a counter-example."""

from __future__ import annotations

from conftest import page

OPENING = ("La ministre néerlandaise de la Défense Karin Veldhuis a rencontré lundi à Oslo son homologue "
           "norvégien Anders Lunde pour parler de la sécurité de l'Arctique.\n\n")


def quotes(analyse, body: str) -> list[tuple[str, str]]:
    return [(q["quote"], q["speaker"]) for q in analyse(page(OPENING + body))._.quotes]


def test_first_person_sentence_before_an_inverted_speech_verb_is_a_quotation(analyse):
    found = quotes(analyse, "Nous resterons présents dans le Grand Nord aussi longtemps qu'il le faudra, a déclaré "
                            "Karin Veldhuis devant la presse.")
    assert found == [("Nous resterons présents dans le Grand Nord aussi longtemps qu'il le faudra", "Karin Veldhuis")]


def test_third_person_sentence_before_a_speech_verb_is_reported_speech(analyse):
    found = quotes(analyse, "Les deux frégates resteront dans le Grand Nord jusqu'à la fin de l'été, a déclaré "
                            "Karin Veldhuis devant la presse.")
    assert found == []


def test_inverted_pronoun_gives_the_unmarked_words_to_the_one_spoken_of(analyse):
    found = quotes(analyse, "Anders Lunde a insisté sur la surveillance des câbles sous-marins. Notre pays ne "
                            "peut pas surveiller seul ces installations, a-t-il ajouté.")
    assert found == [("Notre pays ne peut pas surveiller seul ces installations", "Anders Lunde")]


def test_first_person_words_without_a_speech_verb_after_them_are_no_quotation(analyse):
    found = quotes(analyse, "Anders Lunde a insisté sur la surveillance des câbles sous-marins. Notre pays, "
                            "selon les experts, ne peut pas surveiller seul ces installations.")
    assert found == []


def test_first_person_words_attributed_to_no_known_person_are_no_quotation(analyse):
    found = quotes(analyse, "Nous suivons la situation de près, a indiqué le service de presse du ministère.")
    assert found == []


def test_marked_quotation_is_not_counted_twice(analyse):
    found = quotes(analyse, "« Nous resterons présents dans le Grand Nord, nous le devons », a déclaré Karin "
                            "Veldhuis.")
    assert found == [("Nous resterons présents dans le Grand Nord, nous le devons", "Karin Veldhuis")]


def test_present_speech_verb_before_its_subject_closes_the_unmarked_words(analyse):
    found = quotes(analyse, "Nous devons protéger ensemble ces routes maritimes, estime Anders Lunde.")
    assert found == [("Nous devons protéger ensemble ces routes maritimes", "Anders Lunde")]


def test_present_speech_verb_with_an_object_after_it_closes_nothing(analyse):
    found = quotes(analyse, "Nous devons protéger ensemble ces routes maritimes, estime une partie des experts "
                            "consultés par Anders Lunde.")
    assert found == []
