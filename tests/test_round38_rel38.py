"""Relations, round 38: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

HEADER = "LE COURRIER DES ARMÉES\n\nENTRETIEN\n\nPublié le 12 mai 2025\n\n"


def _interview(lead: str, *pairs: tuple[str, str]) -> str:
    return HEADER + lead + "\n\n" + "\n\n".join(f"{q}\n\n{a}" for q, a in pairs) + "\n"


def _pairs(doc, relation: str) -> set[tuple[str, str]]:
    return {(r["subject_id"], r["object_id"]) for r in doc._.relations if r["relation"] == relation}


def _counterparts(doc) -> set[frozenset[str]]:
    return {frozenset(pair) for pair in _pairs(doc, "COUNTERPART_OF")}


# -- `mon homologue` in an interview's answer: the counterpart of the one who answers, not of the last named --

LEAD = ("Le général Tomas Varga, chef d'état-major des forces armées slovaques, a reçu le Courrier à Bratislava. "
        "Il répondait à nos questions.")
ANSWER = ("Nous travaillons avec tous nos voisins. Le président Peter Kolar nous soutient. En avril, j'ai reçu à "
          "Bratislava mon homologue tchèque, le général Karel Rehak, et nous avons signé un accord.")
QUESTIONS = ("Quelles sont vos priorités cette année ?", "Comment se porte la coopération régionale ?")


def test_an_answer_s_first_person_counterpart_is_the_interviewee_s(analyse):
    doc = analyse(_interview(LEAD, (QUESTIONS[0], "La formation avant tout. Les effectifs suivront."),
                             (QUESTIONS[1], ANSWER)))
    assert frozenset({"varga", "rehak"}) in _counterparts(doc), doc._.relations
    assert frozenset({"kolar", "rehak"}) not in _counterparts(doc)
    assert ("kolar", "rehak") not in _pairs(doc, "HOSTED")


def test_a_third_person_counterpart_in_an_answer_stays_the_possessor_s(analyse):
    answer = ANSWER.replace("En avril, j'ai reçu à Bratislava mon homologue", "En avril, le président Peter Kolar "
                            "a reçu à Bratislava son homologue").replace("tchèque, le général Karel Rehak",
                                                                         "tchèque, le président Karel Rehak")
    doc = analyse(_interview(LEAD, (QUESTIONS[0], "La formation avant tout. Les effectifs suivront."),
                             (QUESTIONS[1], answer)))
    assert frozenset({"kolar", "rehak"}) in _counterparts(doc), doc._.relations
    assert frozenset({"varga", "rehak"}) not in _counterparts(doc)


def test_a_question_s_second_person_counterpart_is_the_interviewee_s(analyse):
    question = ("Le président Peter Kolar a salué l'accord. Vous avez reçu en avril votre homologue tchèque, le "
                "général Karel Rehak. Qu'en retenez-vous ?")
    doc = analyse(_interview(LEAD, (QUESTIONS[0], "La formation avant tout. Les effectifs suivront."),
                             (question, "Une volonté commune. Nous formerons nos pilotes ensemble.")))
    assert frozenset({"varga", "rehak"}) in _counterparts(doc), doc._.relations
    assert frozenset({"kolar", "rehak"}) not in _counterparts(doc)
