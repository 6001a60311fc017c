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
    "put-forward-is-saying": (
        "Le ministre des Armées, Paul Girard, a, à cette occasion, mis en avant le rôle du pays en tant que "
        "« partenaire fiable et solide sur le continent », relève le communiqué.",
        [("partenaire fiable et solide sur le continent", "girard")],
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


def _orgs(doc):
    return [(e.text, e._.normalized) for e in doc.ents if e.label_ == "ORG"]


def test_a_number_of_members_is_no_organisation(analyse):
    doc = analyse(HEADER + "Réunis à Lisbonne, les Vingt-Sept ont discuté de l'aide militaire.")
    assert all(text != "Vingt-Sept" for text, _ in _orgs(doc))


def test_a_noun_after_a_demonstrative_is_no_organisation(analyse):
    doc = analyse(HEADER + "Le général Marc Durand dirige l'Agence de soutien logistique. Au siège de cette "
                  "Agence, il a reçu une délégation.")
    texts = [text for text, _ in _orgs(doc)]
    assert "Agence" not in texts


def test_acronym_spells_the_inner_name(analyse):
    doc = analyse(HEADER + "Le chef d'état-major général des Forces armées togolaises (FAT), le général Kodjo "
                  "Adjo, a reçu ses homologues. Les FAT participent à l'exercice.")
    assert ("FAT", "Forces armées togolaises") in _orgs(doc)


def test_acronym_of_the_whole_name_stays_the_whole_name(analyse):
    doc = analyse(HEADER + "L'Agence européenne de défense (AED) a publié son rapport. L'AED prévoit une hausse.")
    assert ("AED", "Agence européenne de défense") in _orgs(doc)


def test_demonym_of_the_role_term_stays_in_the_role(analyse):
    doc = analyse(HEADER + "Il a rencontré le commissaire européen à la défense, Jonas Petraitis, et le ministre "
                  "nigérien de la Défense, Salifou Mody.")
    roles = {p["key"]: p["role"] for p in doc._.officials}
    assert roles["petraitis"] == "commissaire européen"
    assert roles["mody"] == "ministre de la Défense"


def test_bare_role_gives_way_to_role_with_organisation(analyse):
    doc = analyse(HEADER + "Le ministre a été reçu par le chef de la junte, le général Amadou Traoré. Plus tard, "
                  "le président du Conseil national de transition (CNT), le général Amadou Traoré, a signé "
                  "l'accord.")
    person = next(p for p in doc._.officials if p["key"] == "traore")
    assert person["role"] == "président"


def test_a_full_first_role_is_kept(analyse):
    doc = analyse(HEADER + "Le ministre des Armées, Paul Girard, a signé l'accord. Le président du Conseil "
                  "national de transition (CNT), Paul Girard, a salué l'accord.")
    person = next(p for p in doc._.officials if p["key"] == "girard")
    assert person["role"] == "ministre des Armées"


def test_two_kings_with_the_same_number_are_two_people(analyse):
    doc = analyse(HEADER + "Le roi Felipe VI a reçu le roi Mohammed VI au palais royal. Felipe VI a salué la "
                  "coopération entre les deux armées, puis Mohammed VI a remercié son hôte.")
    assert sorted(p["name"] for p in doc._.officials) == ["Felipe VI", "Mohammed VI"]


def test_a_surname_in_capitals_is_no_regnal_number(analyse):
    doc = analyse(HEADER + "Le général Paul DURAND a reçu le général Marc Leroy. DURAND a salué la coopération.")
    assert any(p["key"] == "durand" for p in doc._.officials)


def test_a_role_joined_to_the_kings_is_the_kings(analyse):
    doc = analyse(HEADER + "Sur instructions du roi Karim II, chef suprême et chef d'état-major général des "
                  "Forces armées royales, le général Ali Benani a reçu la délégation à Rabat.")
    roles = {p["name"]: p["role"] for p in doc._.officials}
    assert roles.get("Ali Benani", "") != "chef d'état-major général"


def test_a_role_before_a_name_is_that_persons(analyse):
    doc = analyse(HEADER + "Le chef d'état-major général des Forces armées royales, le général Ali Benani, a "
                  "reçu la délégation à Rabat.")
    roles = {p["name"]: p["role"] for p in doc._.officials}
    assert roles["Ali Benani"] == "chef d'état-major général"
