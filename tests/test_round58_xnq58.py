"""Quote speakers, round 58: an interview's own words wherever they stand. A quotation inside an answer that
its sentence gives to no one is the interviewee's, however far the answer runs from its label; a quotation
heading an interview (`« ... » : entretien avec le général X`, a title line above the questions) is the
interviewee's too. Texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def speaker(analyse, text: str, opening: str) -> str | None:
    """The speaker found for the quotation opening with these words ("" for none), None when it is not kept."""
    return next((q["speaker"] for q in analyse(text)._.quotes if q["quote"].startswith(opening)), None)


def interview(headline: str, answers: list[str], lead: str = "") -> str:
    """An interview page: a headline, a date line, a lead naming the interviewee, then questions and answers."""
    questions = ["Quelle est votre priorité ?", "Et les équipements ?", "Comment recruter davantage ?",
                 "Que retenez-vous de vos premiers mois ?"]
    lead = lead or ("Nommé cet été à la tête de l'armée de Terre, le général Pierre Schill a répondu à nos "
                    "questions à Paris.")
    body = "\n\n".join(f"{q}\n\n{a}" for q, a in zip(questions, answers, strict=False))
    return f"{headline}\n\nPublié le 14 mars 2024\n\n{lead}\n\n{body}\n\nPropos recueillis par Anne Martin\n"


ANSWERS = [
    "La préparation opérationnelle. Nos régiments doivent s'entraîner davantage et plus dur.",
    "Les livraisons de blindés se poursuivent. Nous recevrons cent véhicules cette année.",
    "Il faut aller chercher les jeunes là où ils sont. Les unités ouvriront leurs portes au public.",
]


# -- a quotation inside an answer is the interviewee's -------------------------------------------------------

def test_a_quotation_deep_in_a_long_answer_is_the_interviewees(analyse):
    long_answer = ("Il faut aller chercher les jeunes là où ils sont.\n\n" + "\n\n".join(
        f"Le régiment numéro {k} ouvrira ses portes au public en mai, avec des démonstrations de matériel."
        for k in range(1, 14)) + "\n\n« Venez voir nos chars, nos drones et nos sapeurs. Beaucoup de jeunes "
        "ignorent tout de nos métiers. »")
    text = interview("Armée de Terre : entretien avec le général Pierre Schill", [*ANSWERS[:2], long_answer])
    assert speaker(analyse, text, "Venez voir nos chars") == "Pierre Schill"


def test_a_quotation_in_a_bare_answer_of_a_navy_chief(analyse):
    text = interview(
        "Marine nationale : l'amiral Nicolas Vaujour se confie",
        [ANSWERS[0], ANSWERS[1], "Le recrutement reste notre premier combat. Nous formons des milliers de marins "
         "chaque année dans nos écoles de Brest et de Toulon. « Nous ne pourrons armer nos frégates qu'avec des "
         "équipages complets et bien formés. » Les écoles tourneront à plein régime."],
        lead="Chef d'état-major de la Marine depuis septembre, l'amiral Nicolas Vaujour a reçu notre journal à "
             "bord d'une frégate à Toulon.")
    assert speaker(analyse, text, "Nous ne pourrons armer nos fré") == "Nicolas Vaujour"


def test_a_quotation_the_interviewee_gives_to_another_keeps_that_speaker(analyse):
    text = interview("Armée de Terre : entretien avec le général Pierre Schill",
                     [ANSWERS[0], ANSWERS[1], "Le président de la République Emmanuel Macron l'a dit à Mourmelon "
                      ": « Notre armée doit se préparer à la haute intensité. » Nous en tirons les conséquences."])
    assert speaker(analyse, text, "Notre armée doit se préparer à") == "Emmanuel Macron"


# -- a quotation heading an interview is the interviewee's -------------------------------------------------

def test_a_quoted_headline_before_entretien_avec_a_general(analyse):
    text = interview("« Nos régiments doivent se préparer à un choc majeur » : entretien avec le général "
                     "Pierre Schill, chef d'état-major de l'armée de Terre", ANSWERS)
    assert speaker(analyse, text, "Nos régiments doivent se prépa") == "Pierre Schill"


def test_a_quoted_headline_under_a_kicker_naming_an_air_chief(analyse):
    text = interview(
        "ENTRETIEN\n\nGÉNÉRAL STÉPHANE MILLE, CHEF D'ÉTAT-MAJOR DE L'ARMÉE DE L'AIR ET DE L'ESPACE\n"
        "« Aucune armée de l'air européenne ne peut tenir seule le ciel »",
        ANSWERS, lead="À la veille du salon du Bourget, le général Stéphane Mille, chef d'état-major de l'armée "
                      "de l'Air et de l'Espace, a reçu notre journal.")
    assert speaker(analyse, text, "Aucune armée de l'air européen") == "Stéphane Mille"


def test_a_quoted_headline_of_an_article_that_is_no_interview_keeps_no_speaker(analyse):
    text = ("« Nos régiments doivent se préparer à un choc majeur »\n\nPublié le 14 mars 2024\n\n"
            "Le général Pierre Schill a présenté jeudi à Paris les priorités de l'armée de Terre pour l'année. "
            "Il a reçu le ministre des Armées Sébastien Lecornu à Satory.\n")
    assert speaker(analyse, text, "Nos régiments doivent se prépa") in ("", None)


def test_a_quotation_in_a_question_is_not_the_interviewees(analyse):
    text = interview("Armée de Terre : entretien avec le général Pierre Schill", ANSWERS).replace(
        "Et les équipements ?", "Le rapport parlementaire publié en mars jugeait « que les stocks de munitions "
        "restent très insuffisants ». Et les équipements ?")
    assert speaker(analyse, text, "que les stocks de munitions re") in ("", None)


def test_questions_printed_on_the_line_above_their_answers(analyse):
    text = interview("« Aucune marine ne peut surveiller seule ses côtes »", ANSWERS,
                     lead="Le vice-amiral Emmanuel Slaars, préfet maritime de l'Atlantique, a reçu notre journal à "
                          "Brest.").replace("?\n\n", "?\n")
    assert speaker(analyse, text, "Aucune marine ne peut") == "Emmanuel Slaars"


def test_a_paragraph_opening_with_a_question_line_in_a_report_is_no_interview(analyse):
    text = ("« Nos régiments doivent se préparer à un choc majeur »\n\nPublié le 14 mars 2024\n\n"
            "Faut-il craindre une guerre ?\nLe général Pierre Schill a présenté jeudi les priorités de l'armée.\n\n"
            "Le ministre des Armées Sébastien Lecornu s'est rendu à Satory vendredi.\n")
    assert speaker(analyse, text, "Nos régiments doivent") in ("", None)


# -- a citation block signed with a compound surname the model did not tag as a person --------------------------

RELEASE = ("La brigadière-générale Kelly Smith-Carter a pris mardi le commandement de la Marine royale "
           "canadienne des mains du vice-amiral Angus Topshee, au cours d'une cérémonie à Halifax.\n\n"
           "Citations\n\n{quote}\n— {signature}\n")


def test_a_citation_signed_by_a_feminine_rank_and_a_compound_surname(analyse):
    text = page(RELEASE.format(quote="« Prendre la tête de la Marine est un honneur immense. Notre priorité sera "
                                     "simple : reconstruire nos équipages. »",
                               signature="Brigadière-générale Kelly Smith-Carter, commandante de la "
                                         "Marine royale canadienne"))
    assert speaker(analyse, text, "Prendre la tête de la Marine") == "Kelly Smith-Carter"


def test_a_citation_signed_by_someone_never_named_keeps_no_speaker(analyse):
    text = page(RELEASE.format(quote="« Prendre la tête de la Marine est un honneur immense. Notre priorité sera "
                                     "simple : reconstruire nos équipages. »",
                               signature="Porte-parole du ministère de la Défense nationale"))
    assert speaker(analyse, text, "Prendre la tête de la Marine") in ("", None)
