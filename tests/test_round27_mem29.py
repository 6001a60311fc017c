"""Counterparts, round 29 (`relations.py`): `son homologue <démonyme>` whose antecedent is not the last person
named before it. Texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def counterparts(analyse, body: str) -> set[tuple[str, str]]:
    doc = analyse(page(body))
    return {(r["subject_id"], r["object_id"]) for r in doc._.relations if r["relation"] == "COUNTERPART_OF"}


FOREIGN_MINISTER = ("La ministre des Affaires étrangères du Ghana, Ama Mensah, a présidé lundi un conseil à Accra. ")


# -- of several people named before `son homologue`, the one whose office meets the counterpart's --------------

def test_the_counterpart_belongs_to_the_one_of_his_office_not_to_the_last_named(analyse):
    found = counterparts(analyse, FOREIGN_MINISTER + "Le ministre norvégien des Affaires étrangères, Lars Berg, a été "
                                  "reçu mardi par le président ghanéen, Kofi Boateng, après des entretiens avec son "
                                  "homologue ghanéenne.")
    assert ("mensah", "berg") in found and not any("boateng" in pair for pair in found)


def test_the_last_named_of_the_same_office_stays_the_antecedent(analyse):
    found = counterparts(analyse, FOREIGN_MINISTER + "Le président norvégien du conseil, Lars Berg, a accompagné le "
                                  "ministre suédois des Affaires étrangères, Erik Lund, qui s'est entretenu avec son "
                                  "homologue ghanéenne.")
    assert ("mensah", "lund") in found and ("mensah", "berg") not in found


# -- the one person of the demonym's country, of another kind of office, is no counterpart --------------------

def test_a_head_of_state_is_no_counterpart_of_a_foreign_minister(analyse):
    found = counterparts(analyse, "Le ministre norvégien des Affaires étrangères, Lars Berg, est arrivé lundi à Accra. "
                                  "Le ministre norvégien a été accueilli à l'aéroport par son homologue ghanéen. Il a "
                                  "ensuite été reçu par le président ghanéen, Kofi Boateng.")
    assert ("boateng", "berg") not in found


def test_a_minister_of_another_portfolio_name_is_still_a_counterpart(analyse):
    found = counterparts(analyse, "Le ministre des Forces armées du Ghana, Kwame Asante, est arrivé lundi à Oslo. "
                                  "Le ministre norvégien de la Défense, Lars Berg, a reçu son homologue ghanéen.")
    assert ("asante", "berg") in found


# -- `son homologue A, X, et du ministre B de la Défense, Y`: Y, of the same office, is a counterpart too ------

COORDINATED = ("Le ministre malien de la Défense, le colonel Amadou Keita, a siégé aux côtés de son homologue "
               "burkinabè, le colonel-major Issa Ouedraogo, et du {title}, le général Moussa Abdou.")


def test_a_title_of_the_same_office_coordinated_with_the_counterpart_names_one_more(analyse):
    found = counterparts(analyse, COORDINATED.format(title="ministre nigérien de la Défense nationale"))
    assert {("ouedraogo", "keita"), ("abdou", "keita")} <= found
    assert ("abdou", "ouedraogo") in found or ("ouedraogo", "abdou") in found


def test_a_title_of_another_office_coordinated_with_the_counterpart_names_no_one(analyse):
    found = counterparts(analyse, COORDINATED.format(title="président nigérien"))
    assert ("ouedraogo", "keita") in found and not any("abdou" in pair for pair in found)


def test_guests_listed_after_ses_homologues_are_not_each_others_counterparts(analyse):
    found = counterparts(analyse, "Le ministre italien de la Défense, Marco Ferri, a reçu lundi à Rome ses homologues "
                                  "espagnol, Javier Ruiz, et portugais, Nuno Costa.")
    assert {("ruiz", "ferri"), ("costa", "ferri")} <= found
    assert ("ruiz", "costa") not in found and ("costa", "ruiz") not in found


# -- a minister given no organisation serves in the one ministry of his portfolio the article names ---------

def members(analyse, body: str) -> set[tuple[str, str]]:
    doc = analyse(page(body))
    return {(r["subject_id"], r["object"]) for r in doc._.relations if r["relation"] == "MEMBER_OF"}


def test_a_minister_serves_in_the_ministry_of_his_portfolio_named_elsewhere(analyse):
    found = members(analyse, "Le ministre de la Défense, Levan Beridze, a reçu jeudi une délégation italienne. Les "
                             "entretiens se sont tenus au ministère géorgien de la Défense, à Tbilissi.")
    assert ("beridze", "ministère géorgien de la Défense") in found


def test_a_minister_of_another_country_does_not_serve_in_that_ministry(analyse):
    found = members(analyse, "Le ministre estonien de la Défense, Hanno Tamm, a reçu jeudi une délégation italienne. "
                             "Il se rendra ensuite au ministère géorgien de la Défense, à Tbilissi.")
    assert not any(org == "ministère géorgien de la Défense" for _, org in found)


def test_two_ministries_of_the_portfolio_leave_the_minister_without_one(analyse):
    found = members(analyse, "Le ministre de la Défense, Levan Beridze, a reçu jeudi une délégation italienne. Les "
                             "entretiens se sont tenus au ministère géorgien de la Défense, après une visite au "
                             "ministère arménien de la Défense.")
    assert not any(p == "beridze" and org.startswith("ministère") for p, org in found)


# -- minutes that never say `notre commission`: the chair of the sitting belongs to the body of their header ----

MINUTES = ("Commission de la défense nationale et des forces armées\n\nMardi 5 mars 2024\n\n"
           "- Présidence de M. Jean Dupuis, {title} -\n\nLa séance est ouverte à 10 heures.\n\n"
           "M. Jean Dupuis. - Mes chers collègues, nous accueillons ce matin le général Paul Martin.")


def test_the_chair_of_the_sitting_belongs_to_the_body_of_the_minutes(analyse):
    found = members(analyse, MINUTES.format(title="président"))
    assert any(p == "dupuis" and org.lower().startswith("commission de la défense") for p, org in found)


def test_a_sitting_led_by_someone_of_another_title_links_no_one(analyse):
    found = members(analyse, MINUTES.format(title="ministre des Armées"))
    assert not any(p == "dupuis" and org.lower().startswith("commission de la défense") for p, org in found)
