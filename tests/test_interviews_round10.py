"""Interviews: answers are the interviewee's words; `je`/`nous` in an answer and `vous` in a question
are the interviewee for meetings; a question naming a meeting tells none unless answered; irregular futures."""

from __future__ import annotations

HEADER = "LA GAZETTE DES ARMÉES\n\nENTRETIEN\n\nPublié le 3 mars 2025\n\n"
LEAD = ("Le général Armand Delcourt, chef d'état-major de l'armée de l'Air, revient d'une tournée en Asie. "
        "Il répondait aux questions de La Gazette.\n\n")


def _interview(*pairs: tuple[str, str]) -> str:
    return HEADER + LEAD + "\n\n".join(f"{q}\n\n{a}" for q, a in pairs) + "\n"


def _meetings(doc):
    return doc._.meetings or []


def test_first_person_answer_is_the_interviewee(analyse):
    text = _interview(
        ("Quel bilan tirez-vous de cette tournée ?", "Un bilan positif. Nous avons beaucoup appris des partenaires."),
        ("Irez-vous bientôt à Séoul ?",
         "Oui, je serai à Séoul début avril pour m'entretenir avec mes homologues coréens."),
    )
    doc = analyse(text)
    found = [m for m in _meetings(doc) if "Séoul" in (m.get("location") or "")]
    assert found, _meetings(doc)
    meeting = found[0]
    assert "delcourt" in meeting["people"]
    assert meeting["date"] == "2025-04"
    assert meeting["status"] == "planned"


def test_unanswered_question_names_no_meeting(analyse):
    text = _interview(
        ("Quel bilan tirez-vous de cette tournée ?", "Un bilan positif. Les équipages ont beaucoup appris."),
        ("Allez-vous rencontrer le ministre japonais Kenji Morita ?", "Il est trop tôt pour le dire."),
        ("Et la suite ?", "La suite dépendra du budget."),
    )
    doc = analyse(text)
    assert not [m for m in _meetings(doc) if "morita" in m["people"]], _meetings(doc)


def test_reported_je_in_an_ordinary_article_is_nobody(analyse):
    text = ("Actualités de la défense\n\n  • 3 mars 2025 -\n\n"
            "Le général Armand Delcourt a reçu à Paris le général Kenji Morita le 2 mars. "
            "« Je serai à Tokyo en avril pour rencontrer mes homologues », a dit un officier japonais.\n")
    doc = analyse(text)
    assert not [m for m in _meetings(doc) if "Tokyo" in (m.get("location") or "")]


def test_answers_are_quotes_of_the_interviewee_questions_are_not(analyse):
    text = _interview(
        ("Quel bilan tirez-vous de cette tournée ?", "Un bilan positif. Les équipages ont beaucoup appris."),
        ("Et la suite ?", "La suite dépendra du budget voté cet automne."),
    )
    doc = analyse(text)
    quotes = doc._.quotes
    answer = [q for q in quotes if q["quote"].startswith("La suite dépendra")]
    assert answer and answer[0]["speaker_key"] == "delcourt"
    assert not [q for q in quotes if "Et la suite" in q["quote"]]


def test_labelled_transcript_answers_follow_the_label(analyse):
    text = HEADER + LEAD + (
        "La Gazette : Quel bilan tirez-vous de cette tournée ?\n\n"
        "Armand Delcourt : Un bilan positif. Les équipages ont beaucoup appris.\n\n"
        "La Gazette : Et la suite ?\n\n"
        "A. D. : La suite dépendra du budget voté cet automne.\n")
    doc = analyse(text)
    answer = [q for q in doc._.quotes if q["quote"].startswith("La suite dépendra")]
    assert answer and answer[0]["speaker_key"] == "delcourt"


def test_ordinary_article_is_no_interview(analyse):
    from pipeline.components.interviews import interview_of

    text = ("Actualités de la défense\n\n  • 3 mars 2025 -\n\n"
            "Quelle suite pour la coopération ?\n\n"
            "Le général Armand Delcourt a reçu à Paris le général Kenji Morita le 2 mars.\n")
    assert interview_of(analyse(text)) is None


def test_irregular_future_is_planned(analyse):
    text = ("Actualités de la défense\n\n  • 3 mars 2025 -\n\n"
            "Le général Armand Delcourt se rendra à Tokyo. Il sera reçu par le général Kenji Morita le 12 mars.\n")
    doc = analyse(text)
    found = [m for m in _meetings(doc) if "morita" in m["people"]]
    assert found and found[0]["status"] == "planned"
