"""Quotes in the forms outlets print them: straight quotes, short phrases, citation blocks of press
releases, transcripts and interviews, `Et d'ajouter`, a pronoun after a sentence naming someone else.
Each case gives (quote, speaker key) as `doc._.quotes` holds them; an empty key: nobody said it."""

from __future__ import annotations

import pytest

HEADER = "Actualités de la défense\n\n"

CASES = {
    "straight-quotes": (
        'Le général Marc Lefebvre a inspecté le régiment à Gap. "Nos chasseurs alpins sont prêts pour la '
        'saison", a déclaré le général Lefebvre.',
        [("Nos chasseurs alpins sont prêts pour la saison", "lefebvre")],
    ),
    "short-phrase-with-speaker": (
        "Le général Marc Lefebvre a évoqué « un tournant majeur » pour l'armée de Terre.",
        [("un tournant majeur", "lefebvre")],
    ),
    "short-phrase-pronoun": (
        "Le général Marc Lefebvre a inspecté le régiment. Il a promis d'avancer « pas à pas » sur ce dossier.",
        [("pas à pas", "lefebvre")],
    ),
    "citation-block-next-line": (
        "Le ministre de la Défense nationale, Paul Tremblay, se rend en Pologne.\n\nCitation\n\n« Nos soldats "
        "montrent chaque jour la solidité de notre engagement envers nos alliés. »\n\nL'honorable Paul Tremblay, "
        "ministre de la Défense nationale",
        [("Nos soldats montrent chaque jour la solidité de notre engagement envers nos alliés.", "tremblay")],
    ),
    "citation-block-dash": (
        "Le ministre de la Défense nationale, Paul Tremblay, se rend en Pologne.\n\n« Notre engagement envers nos "
        "alliés reste entier. » — L'honorable Paul Tremblay, ministre de la Défense nationale",
        [("Notre engagement envers nos alliés reste entier.", "tremblay")],
    ),
    "interview-answer-label": (
        "L'amiral Louis Garnier revient sur la mission.\n\nLe Journal : Quel bilan en tirez-vous ?\n\n"
        "Amiral Louis Garnier : Un bilan positif. Nos équipages ont montré ce que j'appelle « la constance "
        "à la mer », loin de nos côtes.",
        [("la constance à la mer", "garnier")],
    ),
    "interview-question-is-nobodys": (
        "L'amiral Louis Garnier revient sur la mission.\n\nLe Journal : Vous parlez souvent d'une « marine "
        "de combat prête demain ». Pourquoi ?\n\nAmiral Louis Garnier : Parce que la mer redevient un espace "
        "de confrontation.",
        [("marine de combat prête demain", "")],
    ),
    "et-d-ajouter": (
        "Le général Marc Lefebvre a présenté le plan. « Nous allons doubler nos stocks de munitions », a-t-il "
        "annoncé. Et d'ajouter, à propos des effectifs : « Nous recruterons davantage de réservistes. »",
        [("Nous allons doubler nos stocks de munitions", "lefebvre"),
         ("Nous recruterons davantage de réservistes.", "lefebvre")],
    ),
    "pronoun-goes-to-the-named-subject": (
        "Le ministre Paul Tremblay s'est rendu au cimetière militaire de Vimy. Il y a déposé une gerbe en "
        "présence de l'ambassadeur Henri Dubois. « Nous n'oublierons jamais leur sacrifice », a-t-il déclaré.",
        [("Nous n'oublierons jamais leur sacrifice", "tremblay")],
    ),
    "subject-not-the-last-name": (
        "Le général Marc Lefebvre, qui avait reçu la veille le général Otto Brandt, a salué « une amitié "
        "militaire solide et ancienne » entre les deux armées.",
        [("une amitié militaire solide et ancienne", "lefebvre")],
    ),
    "pronoun-subject-not-the-named-object": (
        "Le général Marc Lefebvre a été reçu par la ministre Claire Morin. Il a remercié Mme Morin pour son "
        "accueil, avant d'ajouter : « Votre pays peut compter sur notre régiment. »",
        [("Votre pays peut compter sur notre régiment.", "lefebvre")],
    ),
    "pour-name-opening-the-paragraph": (
        "La session s'est achevée jeudi.\n\nPour Claire Morin, la session de Lyon marque « un vrai départ ».",
        [("un vrai départ", "morin")],
    ),
    "role-written-for-a-woman": (
        "Sa présidente, Mme Hélène Roux, a ouvert la séance. « Nos armées ont besoin de visibilité "
        "budgétaire », a rappelé la présidente de la commission.",
        [("Nos armées ont besoin de visibilité budgétaire", "roux")],
    ),
    "demonym-points-at-the-protagonist": (
        "Le secrétaire américain à la Défense, John Carter, est arrivé à Rabat. John Carter a rencontré "
        "les chefs militaires. Il a visité l'école en présence de l'ambassadeur des États-Unis, Tom Reed. "
        "Le responsable américain a affirmé que le Maroc restait « un allié sûr et constant » de Washington.",
        [("un allié sûr et constant", "carter")],
    ),
    "invited-to": (
        "Le général Marc Lefebvre a invité ses pairs à « partager davantage le renseignement de terrain ».",
        [("partager davantage le renseignement de terrain", "lefebvre")],
    ),
}

NOT_QUOTES = {
    "short-phrase-without-speaker": "Le rapport consacre un chapitre entier à la « zone grise » en mer Baltique.",
    "straight-quoted-title": 'Le porte-avions a rejoint l\'exercice "Mare Aperto" au large de la Sicile.',
}


@pytest.mark.parametrize(("text", "expected"), CASES.values(), ids=CASES.keys())
def test_quote_forms(analyse, text, expected):
    doc = analyse(HEADER + text)
    assert [(q["quote"], q["speaker_key"]) for q in doc._.quotes] == expected


@pytest.mark.parametrize("text", NOT_QUOTES.values(), ids=NOT_QUOTES.keys())
def test_phrases_nobody_says_are_not_quotes(analyse, text):
    assert analyse(HEADER + text)._.quotes == []


def test_two_compatriots_named_alike_leave_the_speaker_unknown(analyse):
    doc = analyse(HEADER + "Le ministre américain de la Défense, John Carter, a reçu l'ambassadeur américain, "
                  "Tom Reed. Un responsable américain a estimé que la coopération restait « solide et très "
                  "ancienne ».")
    assert [q["speaker_key"] for q in doc._.quotes] == [""]


def test_quote_opening_its_paragraph_reads_nothing_before_it(analyse):
    doc = analyse(HEADER + "Le général Marc Lefebvre a reçu le général Otto Brandt, a précisé l'état-major.\n\n"
                  "« Une page se tourne pour nos deux armées de Terre. »")
    assert [q["speaker_key"] for q in doc._.quotes] == [""]
