"""Who takes part in a meeting, and the MET pairs drawn from it (`components/meeting_mentions.py`:
`_spoken_of`, `_present_people`, `_pronoun_subject`; `relations.py`: MET pairs the participants).
Each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page as article


def everyone(doc) -> set[str]:
    return {key for m in doc._.meetings for key in m["people"]}


def met(doc) -> set[tuple[str, str]]:
    return {tuple(sorted((r["subject_id"], r["object_id"]))) for r in doc._.relations if r["relation"] == "MET"}


# -- a partner after `avec` takes part, whatever marker precedes the name ----------------------------

def test_the_predecessor_met_after_avec_takes_part(analyse):
    doc = analyse(article(
        "Le 12 mars 2024, le général Paul Darnaud s'est entretenu à Rome avec son prédécesseur, "
        "le général Henri Vasseur, devenu depuis conseiller du gouvernement."))
    assert {"darnaud", "vasseur"} <= everyone(doc)


def test_a_predecessor_honoured_does_not(analyse):
    doc = analyse(article(
        "Le 12 mars 2024, le général Paul Darnaud a reçu à Rome le ministre Luca Ferrante, lors d'une "
        "cérémonie en hommage à son prédécesseur, le général Henri Vasseur."))
    assert "vasseur" not in everyone(doc)
    assert "ferrante" in everyone(doc)


# -- the agent of a noun that is no meeting is only spoken of --------------------------------------

def test_the_agent_of_an_announcement_is_spoken_of(analyse):
    doc = analyse(article(
        "Le 12 mars 2024, le ministre Luca Ferrante a reçu à Rome son homologue, le ministre Jan Kowal, "
        "au lendemain de l'annonce par le président hongrois, Ferenc Balogh, d'un nouveau plan."))
    assert "balogh" not in everyone(doc)
    assert ("balogh", "ferrante") not in met(doc)
    assert {"ferrante", "kowal"} <= everyone(doc)


def test_the_agent_of_a_reception_takes_part(analyse):
    doc = analyse(article(
        "Le 12 mars 2024, le ministre Jan Kowal a été reçu dans l'après-midi par le président hongrois, "
        "Ferenc Balogh."))
    assert {"kowal", "balogh"} <= everyone(doc)


# -- a date between commas no longer hides the verb that governs a name ------------------------------

def test_a_head_of_state_overthrown_is_spoken_of(analyse):
    doc = analyse(article(
        "Le 12 mars 2024, le président Amadou Kéita a reçu à Bamako une délégation conduite par le général "
        "Moussa Diallo, membre de la junte formée par les militaires qui ont renversé, le 26 juillet dernier, "
        "le président Ibrahim Sanogo."))
    assert "sanogo" not in everyone(doc)
    assert {"keita", "diallo"} <= everyone(doc) or {"kéita", "diallo"} <= everyone(doc)


# -- people present, told in a sentence without a meeting word ---------------------------------------

def test_people_in_presence_of_join_the_meeting(analyse):
    doc = analyse(article(
        "Le 12 mars 2024, le ministre Luca Ferrante a reçu à Rome son homologue, le ministre Jan Kowal.\n\n"
        "En présence des deux ministres, le général Marco Bellini et le général Piotr Nowak ont signé "
        "une lettre d'intention."))
    assert {"bellini", "nowak"} <= everyone(doc)


def test_a_presence_at_another_time_does_not(analyse):
    doc = analyse(article(
        "Le 12 mars 2024, le ministre Luca Ferrante a reçu à Rome son homologue, le ministre Jan Kowal.\n\n"
        "Depuis son ouverture en juin 2019, en présence du ministre Carlo Ricci, l'école a formé "
        "deux mille officiers."))
    assert "ricci" not in everyone(doc)


def test_a_verbless_list_of_officials_joins_the_meeting(analyse):
    doc = analyse(article(
        "Le 12 mars 2024, le ministre Luca Ferrante a présidé à Rome une cérémonie avec les autorités "
        "militaires.\n\n"
        "Parmi elles, le chef d'état-major de l'armée de Terre, le général Marco Bellini, et le préfet "
        "de Rome, Carlo Ricci."))
    assert {"bellini", "ricci"} <= everyone(doc)


def test_one_name_in_a_verbless_line_does_not(analyse):
    doc = analyse(article(
        "Le 12 mars 2024, le ministre Luca Ferrante a présidé à Rome une cérémonie avec les autorités "
        "militaires.\n\n"
        "Le général Marco Bellini, ancien commandant."))
    assert "bellini" not in everyone(doc)


def test_a_person_among_the_participants_takes_part(analyse):
    doc = analyse(article(
        "Les chefs d'état-major d'une vingtaine de pays se sont réunis le 12 mars 2024 à Rome à "
        "l'invitation du général Marco Bellini.\n\n"
        "Le chef d'état-major polonais, le général Piotr Nowak, figurait parmi les participants."))
    assert "nowak" in everyone(doc)


def test_a_person_among_the_critics_does_not(analyse):
    doc = analyse(article(
        "Les chefs d'état-major d'une vingtaine de pays se sont réunis le 12 mars 2024 à Rome à "
        "l'invitation du général Marco Bellini.\n\n"
        "Le chef d'état-major polonais, le général Piotr Nowak, figurait parmi les critiques du projet."))
    assert "nowak" not in everyone(doc)


# -- MET: only those who took part --------------------------------------------------------------------

def test_a_sovereign_whose_instructions_are_cited_met_no_one(analyse):
    doc = analyse(article(
        "Sur Hautes Instructions de Sa Majesté le Roi Hassan Benali, le ministre délégué Karim Alaoui "
        "a reçu, le 12 mars 2024 à Rabat, le général Paul Darnaud."))
    pairs = met(doc)
    assert ("alaoui", "darnaud") in pairs
    assert not any("benali" in pair for pair in pairs)


# -- a relative clause that tells another meeting: its antecedent takes part in it ---------------------

def test_the_antecedent_of_a_relative_meeting_takes_part(analyse):
    doc = analyse(article(
        "La visite du général Paul Darnaud intervient deux mois après celle du général Henri Vasseur, qui "
        "avait été reçu le 7 janvier 2024 par le général Karim Alaoui."))
    meetings = [set(m["people"]) for m in doc._.meetings]
    assert any({"vasseur", "alaoui"} <= p for p in meetings)
    assert not any({"darnaud", "alaoui"} <= p for p in meetings)


# -- people of another meeting of the same sentence stay out ------------------------------------------

def test_an_earlier_talk_in_a_relative_clause_is_a_meeting_of_its_own(analyse):
    doc = analyse(article(
        "Le général Marco Bellini a rencontré le 12 mars 2024 à Rome le général Piotr Nowak.\n\n"
        "Cette rencontre intervient trois mois après l'entretien que le ministre Luca Ferrante avait eu avec "
        "le ministre Jan Kowal à Varsovie, le 2 décembre 2023."))
    meetings = [set(m["people"]) for m in doc._.meetings]
    assert any({"bellini", "nowak"} == p for p in meetings)
    assert any({"ferrante", "kowal"} <= p for p in meetings)


def test_the_same_meeting_pointed_back_to_keeps_its_people(analyse):
    doc = analyse(article(
        "Le général Marco Bellini a rencontré le 12 mars 2024 à Rome le général Piotr Nowak.\n\n"
        "Cette rencontre s'est tenue au ministère de la Défense, en présence du ministre Luca Ferrante."))
    assert any({"bellini", "nowak", "ferrante"} <= set(m["people"]) for m in doc._.meetings)


def test_two_leaders_of_a_relative_clause_are_not_the_last_named(analyse):
    doc = analyse(article(
        "Le général Marco Bellini a rencontré le 12 mars 2024 à Rome le général Piotr Nowak. Le ministre "
        "Luca Ferrante a salué cette initiative.\n\n"
        "Lors de l'entretien, le général Bellini a rappelé le consensus auquel sont parvenus les deux "
        "chefs d'Etat."))
    assert "ferrante" not in everyone(doc)
