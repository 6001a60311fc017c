"""Round 9 of officials, on sentences of our own: a role keeps its `de` complement as written unless the
complement is the person's organisation; a present participle of command (`commandant la force`) is a
role with its object; a title written against the name (`le roi X`) is said first; capitalised plural
words are no name; a name after a nationality noun (`le Philippin X`) or before `, alors ROLE` is a
person's; a Korean given name joined by a hyphen stays whole; a holder said to be new after a merged
article (`du nouveau préfet`) refers back; a page's credit line (`Rédacteur en chef : X`) names no
official. Each with a counter-example."""

from __future__ import annotations

HEADER = "Actualités de la défense\n\n"


def officials(analyse, text: str) -> list[dict]:
    return analyse(HEADER + text)._.officials


def person(analyse, text: str, key: str) -> dict:
    return next(o for o in officials(analyse, text) if o["key"].endswith(key))


def written(p: dict) -> str:
    return p["role_as_written"] or p["role"]


def test_role_keeps_a_complement_that_is_no_organisation(analyse):
    text = "Jeanne Roux, secrétaire générale de la Mer, a présidé jeudi la réunion des préfets à Paris."
    assert written(person(analyse, text, "roux")) == "secrétaire générale de la Mer"


def test_organisation_complement_stays_out_of_the_role(analyse):
    text = "Marc Dubois, secrétaire général de l'OTAN, a présidé jeudi la réunion des ministres à Bruxelles."
    p = person(analyse, text, "dubois")
    assert written(p) == "secrétaire général"
    assert p["organisation"] == "OTAN"


def test_coordinated_complements_of_a_role(analyse):
    text = ("Le vice-amiral Paul Lemoine, préfet maritime de la Méditerranée et de la mer Tyrrhénienne, "
            "a reçu mardi les maires du littoral.")
    assert written(person(analyse, text, "lemoine")) == "préfet maritime de la Méditerranée et de la mer Tyrrhénienne"


def test_participle_of_command_is_a_role_with_its_object(analyse):
    text = ("L'exercice était dirigé par le vice-amiral Paul Lemoine, commandant la force d'action navale, "
            "depuis la frégate Alsace.")
    p = person(analyse, text, "lemoine")
    assert p["rank"] == "vice-amiral"
    assert written(p).startswith("commandant la force")


def test_commandant_before_a_name_stays_a_rank(analyse):
    text = "Le commandant Paul Lemoine a présenté mardi le nouveau drone aux élus de la région."
    p = person(analyse, text, "lemoine")
    assert p["rank"] == "commandant"
    assert written(p) == ""


def test_title_against_the_name_is_said_first(analyse):
    text = "Le roi Harald V, chef suprême des forces armées norvégiennes, a reçu lundi les cadets d'Oslo."
    assert written(person(analyse, text, "harald v")) == "roi"


def test_role_after_a_comma_is_not_a_title(analyse):
    text = ("Le ministre de la Défense, Paul Girard, chef de la délégation française, a rencontré lundi "
            "ses homologues à Rome.")
    assert person(analyse, text, "girard")["role"] == "chef de délégation"  # the apposition: no title


def test_capitalised_plural_words_are_no_name(analyse):
    text = ("Sur Hautes Recommandations Impériales, le ministre délégué, Jean Valois, a reçu lundi "
            "une délégation du Sénégal.")
    found = officials(analyse, text)
    assert not any("Recommandations" in o["name"] for o in found)
    assert person(analyse, text, "valois")["role"] == "ministre délégué"


def test_singular_name_before_a_role_is_a_person(analyse):
    text = "Lundi à Dakar, Karim Benali, le ministre délégué, a reçu une délégation du Mali."
    assert person(analyse, text, "benali")["role"] == "ministre délégué"


def test_names_after_nationality_nouns(analyse):
    text = ("Le ministre a rencontré ses homologues, dont le Philippin Ramon Cruz et le Sud-Coréen "
            "Kim Dae-ho.")
    found = {o["key"]: o for o in officials(analyse, text)}
    cruz = next(o for k, o in found.items() if k.endswith("cruz"))
    kim = next(o for o in found.values() if o["name"] == "Kim Dae-ho")
    assert cruz["country"] == "Philippines"
    assert kim["country"] == "Corée du Sud"


def test_nationality_noun_without_a_name(analyse):
    text = "Le Philippin a remporté la course des cadets, devant deux marins de la flotte."
    assert officials(analyse, text) == []


def test_name_before_alors_and_a_role(analyse):
    text = ("Les contacts avaient cessé après la visite à Taipei de Maria Lopez, alors présidente de la "
            "commission des finances, en 2022.")
    p = person(analyse, text, "lopez")
    assert p["role"].startswith("président")


def test_new_holder_after_a_merged_article_refers_back(analyse):
    text = ("Le général Paul Morel a pris jeudi le commandement de la région de gendarmerie Nord. "
            "La cérémonie d'installation du nouveau gouverneur militaire de Lille s'est tenue place "
            "de la République.")
    assert person(analyse, text, "morel")["role"] == "gouverneur militaire"


def test_role_after_a_merged_article_without_new_refers_to_no_one(analyse):
    text = ("Le général Paul Morel a visité jeudi la citadelle de Lille. Il était accompagné du "
            "gouverneur militaire de Lille pendant la visite.")
    assert person(analyse, text, "morel")["role"] == ""


def test_credit_line_names_no_official(analyse):
    text = ("Le ministre de la Défense, Paul Girard, a reçu lundi ses homologues à Paris.\n\n"
            "Rédacteur en chef : Henri Valmont\n")
    assert not any(o["key"].endswith("valmont") for o in officials(analyse, text))


def test_name_after_a_colon_inside_a_sentence_stays(analyse):
    text = "Le ministre a reçu lundi son invité : le député Henri Valmont, élu de la Manche."
    assert any(o["key"].endswith("valmont") for o in officials(analyse, text))
