"""Quotes: text in « » or “ ”, and who said it, read from the words around it.

Each case gives the quotation (as the quote column holds it, without its marks) and its speaker's
person key; an empty key means the text names nobody for it.
"""

from __future__ import annotations

import pytest

HEADER = "Actualités de la défense\n\n"

CASES = {
    "speaker-after-name": (
        "Le général Thierry Burkhard a reçu le général Carsten Breuer à Balard. « La coopération franco-allemande "
        "est un pilier de la défense européenne », a souligné le général Burkhard.",
        [("La coopération franco-allemande est un pilier de la défense européenne", "burkhard")],
    ),
    "speaker-before-colon": (
        "Le ministre des Armées, Sébastien Lecornu, s'est rendu à Kiev. Sébastien Lecornu a déclaré : « Nous "
        "resterons aux côtés de l'Ukraine aussi longtemps qu'il le faudra. »",
        [("Nous resterons aux côtés de l'Ukraine aussi longtemps qu'il le faudra.", "lecornu")],
    ),
    "selon": (
        "L'amiral Rob Bauer a présidé la réunion à Bruxelles. Selon l'amiral Rob Bauer, « l'Alliance doit se "
        "préparer à un conflit de haute intensité ».",
        [("l'Alliance doit se préparer à un conflit de haute intensité", "bauer")],
    ),
    "rank-alone": (
        "Le général de corps d'armée Hans-Werner Wiermann a accueilli la délégation. « Le partenariat repose sur la "
        "confiance mutuelle », a déclaré le général Wiermann. « Nous devons poursuivre ce dialogue dans la durée », "
        "a ajouté le général.",
        [("Le partenariat repose sur la confiance mutuelle", "wiermann"),
         ("Nous devons poursuivre ce dialogue dans la durée", "wiermann")],
    ),
    "rank-alone-two-ranks": (
        "L'amiral Rob Bauer a reçu le général Christopher Cavoli au siège de l'OTAN. « Nos plans régionaux sont "
        "désormais prêts », a indiqué le général. « Il faut maintenant les financer », a répondu l'amiral.",
        [("Nos plans régionaux sont désormais prêts", "cavoli"), ("Il faut maintenant les financer", "bauer")],
    ),
    "role": (
        "Le secrétaire général de l'OTAN, Jens Stoltenberg, a ouvert le sommet de Vilnius. « Nous ne laisserons "
        "pas la Russie gagner cette guerre », a indiqué le secrétaire général de l'OTAN.",
        [("Nous ne laisserons pas la Russie gagner cette guerre", "stoltenberg")],
    ),
    "role-among-two-people": (
        "Le ministre des Armées, Sébastien Lecornu, a reçu le général Carsten Breuer. « Le char du futur sera "
        "franco-allemand ou ne sera pas », a affirmé le ministre.",
        [("Le char du futur sera franco-allemand ou ne sera pas", "lecornu")],
    ),
    "pour-civility": (
        "Le secrétaire général de l'OTAN, Jens Stoltenberg, a reçu le ministre ukrainien de la Défense, Oleksii "
        "Reznikov. Pour M. Stoltenberg, « l'Ukraine sera un jour membre de l'Alliance ».",
        [("l'Ukraine sera un jour membre de l'Alliance", "stoltenberg")],
    ),
    "role-and-demonym": (
        "Le secrétaire général de l'OTAN, Jens Stoltenberg, a reçu le ministre ukrainien de la Défense, Oleksii "
        "Reznikov. « Nous avons besoin de plus de munitions, et vite », a lancé le ministre ukrainien.",
        [("Nous avons besoin de plus de munitions, et vite", "reznikov")],
    ),
    "selon-pronoun": (
        "Le général Thierry Burkhard a longuement évoqué la guerre en Ukraine. Selon lui, « la guerre de haute "
        "intensité n'est plus une hypothèse ».",
        [("la guerre de haute intensité n'est plus une hypothèse", "burkhard")],
    ),
    "two-sentence-quote-speaker-after": (
        "Le général Thierry Burkhard a reçu le général Carsten Breuer. « Nous partageons la même analyse de la "
        "menace. Nos armées doivent travailler ensemble », a déclaré le général Breuer.",
        [("Nous partageons la même analyse de la menace. Nos armées doivent travailler ensemble", "breuer")],
    ),
    "pronoun": (
        "Le général Pierre Schill a visité le camp de Cincu, en Roumanie. « Nos soldats sont prêts à se déployer en "
        "quelques jours », a-t-il ajouté.",
        [("Nos soldats sont prêts à se déployer en quelques jours", "schill")],
    ),
    "pronoun-feminine-after-two-people": (
        "La ministre des Armées, Florence Parly, a rencontré le général Laurent Michon à Gao. « Barkhane poursuivra "
        "sa mission aux côtés de nos partenaires sahéliens », a-t-elle assuré.",
        [("Barkhane poursuivra sa mission aux côtés de nos partenaires sahéliens", "parly")],
    ),
    "ends-its-sentence-not-next-subject": (
        "Le général Pierre Schill a visité le camp de Cincu. Il a insisté sur la préparation opérationnelle. « Nos "
        "soldats sont prêts à se déployer très rapidement. » Le colonel Martin a ensuite présenté les moyens du "
        "bataillon.",
        [("Nos soldats sont prêts à se déployer très rapidement.", "schill")],
    ),
    "english-quotation-marks": (
        "Le général Christopher Cavoli a présenté les plans à Mons. “Nous sommes prêts à défendre chaque pouce du "
        "territoire allié”, a assuré le général Cavoli.",
        [("Nous sommes prêts à défendre chaque pouce du territoire allié", "cavoli")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), CASES.values(), ids=CASES.keys())
def test_quotes_and_speakers(analyse, text, expected):
    doc = analyse(HEADER + text)
    assert [(q["quote"], q["speaker_key"]) for q in doc._.quotes] == expected


def test_quote_offsets_point_at_the_quote(analyse):
    doc = analyse(HEADER + CASES["speaker-after-name"][0])
    (quote,) = doc._.quotes
    assert doc.text[quote["start_char"]:quote["end_char"]] == quote["quote"]
    assert quote["speaker"] == "Thierry Burkhard"


NOT_QUOTES = {
    "make-in-india": "La ministre Florence Parly a évoqué l'initiative « Make in India » lors de sa visite à "
                     "New Delhi.",
    "operation-name": "Le général a présenté l'opération « Bouclier de l'Est » aux journalistes.",
    "one-word": "Le ministre a qualifié la menace de « systémique » devant les députés.",
}


@pytest.mark.parametrize("text", NOT_QUOTES.values(), ids=NOT_QUOTES.keys())
def test_short_quoted_titles_are_not_quotes(analyse, text):
    assert analyse(HEADER + text)._.quotes == []


def test_quote_without_speaker_keeps_empty_speaker(analyse):
    doc = analyse(HEADER + "Le communiqué se conclut ainsi : « La sécurité de l'Europe se joue aujourd'hui en "
                           "Ukraine. »")
    assert [(q["speaker_key"], q["speaker"]) for q in doc._.quotes] == [("", "")]
