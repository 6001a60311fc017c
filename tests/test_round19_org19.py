"""Organisations as entities, round 19 (issue #10): precision first. Machines counted by a number word or
named by an acronym after a lower-case machine phrase, a fleet named after its machines, capitalised common
nouns (plural, or a list item with no article), a presidential guard, a NATO command's French variants.
Each behaviour has its counter-example; all sentences are written for these tests."""

from __future__ import annotations

HEADER = "Actualités de la défense\n\n"


def org_texts(analyse, text: str) -> list[str]:
    from pipeline.run.export import doc_rows

    rows = doc_rows(analyse(HEADER + text))["entities"]
    return [r["text"] for r in rows if r["label"] == "ORG"]


def org_values(analyse, text: str) -> list[str]:
    from pipeline.run.export import doc_rows

    rows = doc_rows(analyse(HEADER + text))["entities"]
    return [r["normalized"] for r in rows if r["label"] == "ORG"]


def test_machines_counted_by_a_number_word_are_no_body(analyse):
    text = "Le Brésil a commandé vingt Rafale à Dassault Aviation, et le Rafale volera à Rio dès 2027."
    orgs = org_texts(analyse, text)
    assert "Rafale" not in orgs and "Dassault Aviation" in orgs


def test_a_name_after_a_capitalised_number_stays(analyse):
    """Counter-example: `les Vingt-Sept` is no count, and the body named after it stays."""
    orgs = org_texts(analyse, "Les Vingt-Sept ont salué le travail de l'Agence européenne de défense.")
    assert any("Agence européenne de défense" in o for o in orgs)


def test_a_fleet_named_after_its_machines_is_no_body(analyse):
    orgs = org_texts(analyse, "La modernisation de la flotte Caracal est engagée par la 4e escadre.")
    assert not any("flotte" in o for o in orgs) and "4e escadre" in orgs


def test_a_numbered_fleet_stays_a_body(analyse):
    """Counter-example: a fleet named by its number is a body."""
    orgs = org_texts(analyse, "Le porte-avions a rejoint la 6e flotte américaine en Méditerranée mardi.")
    assert any("6e flotte" in o for o in orgs)


def test_an_acronym_of_a_machine_phrase_is_no_body(analyse):
    text = "Le missile antichar de moyenne portée (MMP) équipe désormais le 92e régiment d'infanterie."
    orgs = org_texts(analyse, text)
    assert "MMP" not in orgs and any(o.startswith("92e régiment") for o in orgs)


def test_an_acronym_of_a_body_phrase_stays(analyse):
    """Counter-example: an acronym after a body's name in capitals stays that body's."""
    text = "Le budget de l'Agence européenne de défense (AED) a été relevé, selon la Commission européenne."
    assert "AED" in org_texts(analyse, text)


def test_a_plural_capitalised_common_noun_is_no_body(analyse):
    text = "Le traité engage les Parties signataires à coopérer. La Commission européenne a salué le texte."
    orgs = org_texts(analyse, text)
    assert "Parties" not in orgs and "Commission européenne" in orgs


def test_a_rubric_list_item_is_no_body(analyse):
    text = "Posté dans Afrique, Diplomatie par Jean Martin\n\nLe ministre des Armées a visité la base navale."
    assert "Diplomatie" not in org_texts(analyse, text)


def test_singular_bodies_named_by_a_common_noun_stay(analyse):
    """Counter-example: `la Commission`, `le Sénat` take their article and the singular."""
    orgs = org_texts(analyse, "La Commission et le Parlement ont voté le texte. Le Sénat l'a rejeté.")
    assert {"Commission", "Parlement", "Sénat"} <= set(orgs)


def test_a_presidential_guard_is_a_body(analyse):
    orgs = org_texts(analyse, "Le colonel a commandé la garde présidentielle pendant deux ans.")
    assert any(o.startswith("garde présidentielle") for o in orgs)


def test_a_guard_of_honour_is_no_body(analyse):
    """Counter-example: `une garde d'honneur` is a formation of the day, not a unit."""
    assert not any("garde" in o for o in org_texts(analyse, "Une garde d'honneur a accueilli le ministre lundi."))


def test_a_nato_command_written_with_supreme(analyse):
    text = "Le commandement suprême allié Transformation (ACT) de l'OTAN siège à Norfolk."
    assert "Commandement suprême allié Transformation" in org_values(analyse, text)  # the name as written


def test_machines_named_after_a_plural_unit_noun_are_machines_elsewhere(analyse):
    text = ("Le colonel a commandé deux escadrons de Rafale de la base de Mont-de-Marsan. "
            "Mirage 2000 et Rafale ont ensuite survolé la place, a indiqué l'armée de l'Air et de l'Espace.")
    orgs = org_texts(analyse, text)
    assert "Rafale" not in orgs and "armée de l'Air et de l'Espace" in orgs


def test_a_station_after_a_plural_noun_stays_a_name(analyse):
    """Counter-example: a name of several capitalised words after `de` and a plural noun is a body's."""
    text = "Les auditeurs de Radio Monde Info ont entendu le ministre. Radio Monde Info a diffusé l'entretien."
    assert not any(o == "Radio" for o in org_texts(analyse, text))


def test_a_coalition_takes_its_name_in_apposition(analyse):
    orgs = org_texts(analyse, "Après la prise de la ville par la coalition Séléka, les combats ont cessé.")
    assert "coalition Séléka" in orgs


def test_a_coalition_without_a_mark_is_no_body(analyse):
    """Counter-example: `la coalition internationale` names none; a slash joins two names into one."""
    text = "La coalition internationale a frappé la coalition AFC/M23 près de la ville."
    orgs = org_texts(analyse, text)
    assert not any(o.startswith("coalition internationale") for o in orgs) and "coalition AFC/M23" in orgs


def test_a_military_hospital_is_a_body(analyse):
    text = "L'hôpital militaire de campagne déployé par l'armée accueille les blessés depuis lundi."
    assert any(o.startswith("hôpital militaire de campagne") for o in org_texts(analyse, text))


def test_a_town_hospital_is_no_body(analyse):
    """Counter-example: `l'hôpital de X` names a place, its head of no military kind."""
    assert not any("hôpital" in o for o in org_texts(analyse, "Les blessés ont été conduits à l'hôpital de la ville."))


def test_the_sanctions_committee_is_a_body(analyse):
    text = "Les États devront informer le comité des sanctions de toute cargaison suspecte."
    assert "comité des sanctions" in org_texts(analyse, text)


def test_a_committee_of_the_lists_stays_itself(analyse):
    """Counter-example: a committee with no listed name and no mark (`le comité des fêtes`) is none."""
    assert not any("comité" in o for o in org_texts(analyse, "Le comité des fêtes a organisé un bal samedi."))


def test_the_commission_of_a_regional_community_reaches_past_the_role(analyse):
    text = "Le président de la Commission de la Cedeao, le Gambien Omar Touray, a lu le communiqué final."
    assert "Commission de la CEDEAO" in org_values(analyse, text)


def test_a_role_of_the_commission_alone_names_no_community_commission(analyse):
    """Counter-example: `président de la Commission` with no owner keeps no regional commission."""
    text = "Le président de la Commission, Omar Touray, a lu le communiqué final à Abuja."
    assert "Commission de la CEDEAO" not in org_values(analyse, text)
