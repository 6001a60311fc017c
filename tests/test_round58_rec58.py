"""Quote speakers, round 58: the speaker labels of parliamentary records other than the French ones (`M. X. -
...`): a turn's number, a name, a party, riding or function in brackets or after a comma, then a colon
(`02.01 X (PS): ...`, `X, ministre: ...`, `X (Renew) : ...`, `L'hon. X (Ottawa-Sud, Lib.): ...`), and a turn
labelled by a function (`Le président: ...`, `Mme la ministre. - ...`): the chair of the sitting, or the person
an earlier label gave that function. Texts of our own, each kind with a counter-example."""

from __future__ import annotations

from conftest import page


def speakers(analyse, body: str) -> dict[str, str]:
    """The speaker of each quotation in « », by the quotation's first words."""
    return {q["quote"][:30]: q["speaker"] for q in analyse(page(body))._.quotes if q["quote"][:1] != "«"}


def speaker_of(analyse, body: str, words: str) -> str:
    found = [q["speaker"] for q in analyse(page(body))._.quotes if q["quote"].startswith(words)]
    assert found, words
    return found[0]


BELGIAN = ("Commission de la Défense nationale\n\n"
           "La réunion publique de commission est ouverte à 14 h 05 et présidée par Mme Kathleen Depoorter.\n\n"
           "02.01 Annick Ponthier (VB): Madame la ministre, où en est la livraison des drones MQ-9B? Nos pilotes "
           "attendent. « Nos militaires attendent ces appareils depuis trop longtemps. »\n\n"
           "02.02 Ludivine Dedonder, ministre: Madame Ponthier, les deux premiers appareils sont arrivés à "
           "Florennes.\n\n"
           "Le reste suivra au printemps. « Le calendrier sera tenu, je m'y engage devant vous. »\n\n"
           "02.03 Annick Ponthier (VB): Je vous remercie pour votre réponse, Madame la ministre.\n\n"
           "La présidente: « Nous reviendrons sur ce dossier à la rentrée parlementaire. »\n\n"
           "L'incident est clos.")


def test_a_numbered_turn_with_a_party_in_brackets_gives_its_words_to_the_member(analyse):
    assert speaker_of(analyse, BELGIAN, "Nos militaires attendent") == "Annick Ponthier"


def test_a_numbered_turn_with_a_function_after_a_comma_goes_on_over_its_paragraphs(analyse):
    assert speaker_of(analyse, BELGIAN, "Le calendrier sera tenu") == "Ludivine Dedonder"


def test_the_chair_label_gives_the_words_to_the_chair_the_record_names(analyse):
    assert speaker_of(analyse, BELGIAN, "Nous reviendrons sur ce dossier") == "Kathleen Depoorter"


def test_european_parliament_turns_with_a_political_group(analyse):
    body = ("Commission des affaires étrangères du Parlement européen\n\n"
            "Nathalie Loiseau (Renew) : Madame la haute représentante, l'Europe doit se doter d'une défense "
            "crédible. « Nous ne pouvons plus sous-traiter notre sécurité à d'autres puissances. »\n\n"
            "Raphaël Glucksmann (S&D) : Je rejoins ma collègue. La haute représentante Kaja Kallas a "
            "présenté hier son plan.\n\n"
            "Il faut agir vite. « Chaque mois perdu se paie sur le front ukrainien, chaque jour. »")
    found = speakers(analyse, body)
    assert found["Nous ne pouvons plus sous-trai"] == "Nathalie Loiseau"
    assert found["Chaque mois perdu se paie sur "] == "Raphaël Glucksmann"


def test_hansard_turns_with_an_honorific_and_a_riding(analyse):
    body = ("Chambre des communes, questions orales\n\n"
            "M. James Bezan (Selkirk—Interlake—Eastman, PCC): Monsieur le Président, les militaires attendent "
            "toujours leurs nouveaux sous-marins. « Le gouvernement laisse la marine sans moyens depuis des "
            "années. »\n\n"
            "L'hon. Bill Blair (Scarborough-Sud-Ouest, Lib.): Monsieur le Président, nous investissons comme "
            "jamais. « Nous allons doubler la flotte de sous-marins du Canada dans la décennie. »")
    found = speakers(analyse, body)
    assert found["Le gouvernement laisse la mari"] == "James Bezan"
    assert found["Nous allons doubler la flotte "] == "Bill Blair"


def test_a_function_label_is_the_person_an_earlier_label_gave_that_function(analyse):
    body = ("Commission des affaires étrangères, de la défense et des forces armées\n\n"
            "M. Cédric Perrin, président. - Madame la ministre, nous vous remercions d'être venue.\n\n"
            "Mme Catherine Vautrin, ministre des armées. - Merci, monsieur le président. L'effort est "
            "considérable.\n\n"
            "M. Rachid Temal. - Les crédits seront-ils vraiment au rendez-vous ?\n\n"
            "Mme la ministre. - Ils le seront. « Aucun euro ne sera gelé en cours d'année sur le programme "
            "146. »\n\n"
            "M. le président. - « Nous ferons le point à l'automne avec les rapporteurs de la commission. »")
    found = speakers(analyse, body)
    assert found["Aucun euro ne sera gelé en cou"] == "Catherine Vautrin"
    assert found["Nous ferons le point à l'autom"] == "Cédric Perrin"


def test_a_place_a_heading_or_a_time_before_a_colon_is_no_turn(analyse):
    body = ("Défense : un débat tendu\n\n"
            "Bruxelles : le ministre Theo Francken a défendu mardi son plan d'investissement devant les députés. "
            "« Nous rattrapons vingt ans de retard », a-t-il déclaré.\n\n"
            "10:15 : « Le débat reprendra dans une heure avec les questions des groupes. »\n\n"
            "Le député Christophe Lacroix (PS) a dénoncé un passage en force.")
    found = speakers(analyse, body)
    assert found["Nous rattrapons vingt ans de r"] == "Theo Francken"
    assert found.get("Le débat reprendra dans une he", "") == ""


def test_an_interviews_initials_in_brackets_keep_it_an_interview(analyse):
    body = ("Le Journal (L.J.) : Monsieur le ministre, où en est la réforme des armées ?\n\n"
            "Pierre Mbemba (P.M.) : Elle avance. Nous avons achevé le recensement des personnels.\n\n"
            "Le Journal (L.J.) : Et les équipements ?\n\n"
            "Pierre Mbemba (P.M.) : Les premiers blindés arrivent cette année.")
    quotes = analyse(page(body))._.quotes
    assert {q["speaker"] for q in quotes} <= {"Pierre Mbemba"}
    assert not any(q["quote"].startswith(("Monsieur le ministre", "Et les")) for q in quotes)
