"""Records of parliamentary hearings, round 48: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

RECORD = """ASSEMBLÉE NATIONALE
Commission de la défense nationale et des forces armées

Compte rendu de la semaine du 4 mars 2024

Audition de l'amiral Paul Lemoine, chef d'état-major de la marine

Jeudi 7 mars 2024 – Présidence de M. Louis Garnier, président

M. Louis Garnier, président. – Amiral, nous vous remercions d'être venu devant notre commission.

{admiral}. – Merci, monsieur le président. Nos frégates sont très sollicitées en mer Rouge.

Je le dis simplement : « tenir la mer exige des équipages au complet ». Les recrutements progressent.

Mme Claire Dumas, rapporteure pour avis. – Les stocks de missiles vous paraissent-ils suffisants ?

Amiral Paul Lemoine. – Ils remontent, mais lentement.

M. Jean Roussel. – Qu'en est-il des patrouilleurs outre-mer ?

Amiral Paul Lemoine. – Les premiers seront livrés l'an prochain.
"""


def hearing(analyse, admiral: str = "Amiral Paul Lemoine, chef d'état-major de la marine"):
    return analyse(RECORD.format(admiral=admiral))


# -- a record's chair line may follow the sitting's date on the same line (`Jeudi 7 mars - Présidence de M. X`) --

def test_the_chair_named_after_the_date_on_one_line_hosts_the_hearing(analyse):
    doc = hearing(analyse)
    hosts = [m["host"] for m in doc._.meetings if m["kind"] == "audition"]
    assert hosts == ["louis-garnier"] or hosts == ["garnier"]


def test_a_dash_in_a_sentence_names_no_chair(analyse):
    doc = analyse("Le ministre a reçu le général Marc Dubreuil. La rencontre – présidence de séance assurée par "
                  "M. Louis Garnier – a porté sur la marine.")
    assert all(not m["host"].endswith("garnier") for m in doc._.meetings)


# -- who speaks in the record takes part in the hearing, whether its heading stands above the chair line or not --

def test_the_speakers_of_the_record_take_part_in_the_hearing(analyse):
    doc = hearing(analyse)
    people = {k.split("-")[-1] for m in doc._.meetings if m["kind"] == "audition" for k in m["people"]}
    assert {"garnier", "lemoine", "dumas", "roussel"} <= people


# -- a turn labelled with a rank (`Amiral X. - `) is a speaker's turn; a record is no interview --

def test_a_rank_labelled_turn_gives_its_words_without_the_label(analyse):
    doc = hearing(analyse)
    quotes = {q["quote"][:20]: q["speaker_key"] for q in doc._.quotes}
    assert quotes.get("Ils remontent, mais ", "").endswith("lemoine")
    assert not any(q["quote"].startswith("Amiral Paul") for q in doc._.quotes)


def test_a_question_of_the_record_is_its_asker_s(analyse):
    doc = hearing(analyse)
    quotes = {q["quote"][:20]: q["speaker_key"] for q in doc._.quotes}
    assert quotes.get("Les stocks de missil", "").endswith("dumas")


def test_a_quotation_in_a_turn_s_next_paragraph_is_the_speaker_s(analyse):
    doc = hearing(analyse)
    found = [q for q in doc._.quotes if q["quote"].startswith("tenir la mer")]
    assert found and found[0]["speaker_key"].endswith("lemoine")


# -- `mairesse`, the feminine of `maire` Quebec writes, is the mayor's role --------------------------------------

def test_mairesse_is_the_role_of_a_mayor(analyse):
    doc = analyse("Titre\n\nÀ Lévis, la mairesse Sophie Tremblay a salué le contrat de la base navale.")
    roles = {o["key"]: o["role"] for o in doc._.officials}
    assert any(k.endswith("tremblay") and r.startswith("maire") for k, r in roles.items())


def test_another_title_before_the_name_makes_no_mayor(analyse):
    doc = analyse("Titre\n\nÀ Lévis, la présidente du club Sophie Tremblay a salué le contrat de la base navale.")
    roles = {o["key"]: o["role"] for o in doc._.officials}
    assert not any(r.startswith("maire") for r in roles.values())
