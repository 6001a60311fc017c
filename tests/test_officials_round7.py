"""Round 7 of officials and quote speakers, on sentences of our own: a pronoun speaker found by the chain
of sentence subjects (a name or a role), the one spoken to is no speaker, a participle of speech goes on
with the last speaker, `son homologue` as the speaker; counter-examples: a king's regnal number is no
person, `ministre de la Défense` stays a ministry role, a quotation with no speaker in the text gets none."""

from __future__ import annotations

import pytest

HEADER = "Actualités de la défense\n\n"

CASES = {
    "pronoun-chain-back-to-a-name": (
        "Ancien commandant de la flotte, l'amiral Louis Garnier dirige depuis mai le commandement des "
        "opérations. Il est, après le général Paul Morel, le troisième marin à ce poste. À la veille d'une "
        "réunion, il répond à nos questions. « La mer redevient un espace de rivalités », prévient-il.",
        [("La mer redevient un espace de rivalités", "garnier")],
    ),
    "pronoun-chain-back-to-a-role": (
        "Le président de la République, Henri Vasseur, a rencontré le général Paul Morel la veille.\n\n"
        "À Brest, le chef des armées a d'abord salué les marins. Il a ensuite détaillé ses priorités : "
        "« Nous devons protéger nos routes maritimes sans relâche », a-t-il insisté.",
        [("Nous devons protéger nos routes maritimes sans relâche", "vasseur")],
    ),
    "the-one-spoken-to-is-no-speaker": (
        "Le général Marc Durand, commandant de la brigade, a accueilli le ministre des Armées, Paul Girard. "
        "« Chaque unité doit maîtriser les drones de reconnaissance », a expliqué le général au ministre.",
        [("Chaque unité doit maîtriser les drones de reconnaissance", "durand")],
    ),
    "the-role-spoken-of-speaks": (
        "Le ministre des Armées, Paul Girard, a rencontré le général Marc Durand. « Les unités doivent "
        "maîtriser les drones de reconnaissance », a expliqué le ministre au général.",
        [("Les unités doivent maîtriser les drones de reconnaissance", "girard")],
    ),
    "participle-goes-on": (
        "Le général Karim Benali, chef d'état-major de l'armée algérienne, a visité le camp. Prenant la "
        "parole, le chef d'état-major de l'armée algérienne a souligné que « les crises du continent "
        "appellent des réponses du continent », ajoutant que l'armée était « prête à partager son "
        "expérience avec ses partenaires ».",
        [("les crises du continent appellent des réponses du continent", "benali"),
         ("prête à partager son expérience avec ses partenaires", "benali")],
    ),
    "counterpart-speaks": (
        "Le ministre des Armées, Paul Girard, a été reçu à Vilnius par son homologue, Darius Kaunas. "
        "« Nos deux pays partagent la même vision de la sécurité », a déclaré Paul Girard. Son homologue a "
        "indiqué de son côté que la Lituanie « renforce sa défense aérienne sans menacer personne ».",
        [("Nos deux pays partagent la même vision de la sécurité", "girard"),
         ("renforce sa défense aérienne sans menacer personne", "kaunas")],
    ),
    "no-speaker-in-the-text": (
        "Le ministre des Armées, Paul Girard, a visité la base.\n\n« Une page se tourne pour nos deux "
        "armées de l'Air. »",
        [("Une page se tourne pour nos deux armées de l'Air.", "")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), CASES.values(), ids=CASES.keys())
def test_quote_speakers_round7(analyse, text, expected):
    doc = analyse(HEADER + text)
    assert [(q["quote"], q["speaker_key"]) for q in doc._.quotes] == expected


def test_counterpart_spoken_to_is_no_speaker(analyse):
    doc = analyse(HEADER + "Le ministre des Armées, Paul Girard, a été reçu par son homologue, Darius Kaunas. "
                  "Le général Marc Durand a ensuite déclaré à son homologue que l'armée restait « prête à "
                  "partager son expérience ».")
    assert [q["speaker_key"] for q in doc._.quotes] == ["durand"]


def test_regnal_number_is_no_person(analyse):
    doc = analyse(HEADER + "Le roi Henri IV a reçu mardi au palais le ministre des Armées, Paul Girard. "
                  "Henri IV a salué la coopération entre les deux armées.")
    names = [p["name"] for p in doc._.officials]
    assert "Henri IV" in names
    assert not any(p["key"] == "iv" and p["name"] != "Henri IV" for p in doc._.officials)
    assert all(p["name"] not in {"IV", "Henri"} for p in doc._.officials)


def test_ministre_de_la_defense_stays_a_ministry_role(analyse):
    doc = analyse(HEADER + "Le général Marc Durand, chef de la Défense, a reçu la ministre de la Défense, "
                  "Anne Lambert, à Bruxelles.")
    roles = {p["key"]: p["role"] for p in doc._.officials}
    assert roles["lambert"] == "ministre de la Défense"
    assert roles["durand"] == "chef de la Défense"
