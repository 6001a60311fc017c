"""Meeting participants, round 36: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def meetings(analyse, body: str) -> list[tuple[str, list[str]]]:
    doc = analyse(page(body))
    return [(m["kind"], sorted(m["people"])) for m in doc._.meetings]


def everyone(analyse, body: str) -> set[str]:
    return {p for _, people in meetings(analyse, body) for p in people}


# -- a clause the parser hangs on a noun (`un plan, que le secrétaire général X souhaite ...`) tells X's wish ------

SUMMIT = ("Le premier ministre belge Alexander De Croo doit se rendre la semaine prochaine en Lituanie pour le "
          "sommet de l'OTAN, prévu les 11 et 12 juillet à Vilnius. ")


def test_a_person_whose_wish_a_clause_on_a_noun_tells_is_no_participant(analyse):
    found = everyone(analyse, SUMMIT + "Les alliés y discuteront d'un nouveau plan de défense, que le secrétaire "
                                       "général de l'Alliance, Jens Stoltenberg, souhaite voir adopté à l'unanimité.")
    assert "croo" in found and "stoltenberg" not in found


def test_a_person_the_next_sentence_meets_there_still_takes_part(analyse):
    found = everyone(analyse, SUMMIT + "Les alliés y retrouveront le secrétaire général de l'Alliance, "
                                       "Jens Stoltenberg.")
    assert {"croo", "stoltenberg"} <= found


# -- `avec son homologue, X`: the partner even when the parser hangs the name on the landmark noun --------------

def test_a_partner_named_after_avec_is_met_whatever_noun_the_parser_hangs_the_name_on(analyse):
    found = everyone(analyse, "Selon un communiqué, Lloyd Austin s'est entretenu samedi en marge du dialogue avec "
                              "son homologue australien, Richard Marles, ainsi qu'avec le ministre indonésien de la "
                              "Défense, Prabowo Subianto.")
    assert {"austin", "marles", "subianto"} <= found


def test_the_complement_of_the_partners_noun_is_still_only_spoken_of(analyse):
    found = everyone(analyse, "Selon un porte-parole, le ministre Boris Pistorius s'est entretenu mardi en marge du "
                              "dialogue avec le successeur du général Micael Bydén.")
    assert "pistorius" in found and "byden" not in found


# -- `avec A, puis avec B`, `avec A ainsi qu'avec B`: the partner word said again, one talk with each -----------

TALKS = ("Le ministre allemand de la Défense, Boris Pistorius, s'est entretenu jeudi à Oslo avec son homologue "
         "suédois, Pål Jonson, {link} le ministre polonais de la Défense, Władysław Kosiniak-Kamysz.")


def test_a_partner_word_repeated_after_puis_tells_one_talk_with_each(analyse):
    found = meetings(analyse, TALKS.format(link="puis avec"))
    assert sorted(people for _, people in found) == [["jonson", "pistorius"], ["kosiniak-kamysz", "pistorius"]]


def test_a_partner_word_repeated_after_ainsi_que_tells_one_talk_with_each(analyse):
    found = meetings(analyse, TALKS.format(link="ainsi qu'avec"))
    assert sorted(people for _, people in found) == [["jonson", "pistorius"], ["kosiniak-kamysz", "pistorius"]]


def test_a_partner_word_repeated_after_et_stays_one_meeting_of_all(analyse):
    found = meetings(analyse, TALKS.format(link="et avec"))
    assert [people for _, people in found] == [["jonson", "kosiniak-kamysz", "pistorius"]]


def test_partners_joined_by_et_without_the_word_again_stay_one_meeting(analyse):
    found = meetings(analyse, TALKS.format(link="et"))
    assert [people for _, people in found] == [["jonson", "kosiniak-kamysz", "pistorius"]]


def test_a_partner_word_in_a_clause_of_its_own_opens_no_talk(analyse):
    found = meetings(analyse, "Le ministre allemand de la Défense, Boris Pistorius, s'est entretenu jeudi à Oslo "
                              "avec son homologue suédois, Pål Jonson, qui avait signé la veille un accord avec "
                              "le ministre polonais de la Défense, Władysław Kosiniak-Kamysz.")
    assert len(found) == 1 and {"jonson", "pistorius"} <= set(found[0][1])
