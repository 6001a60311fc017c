"""Organisations of officials, round 38: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def organisation(analyse, body: str, key: str) -> str:
    doc = analyse(page(body))
    return next(p["organisation"] for p in doc._.officials if p["name"].split()[-1].lower() == key)


# -- a minister of a stated country belongs to his country's ministry the text names with its demonym ------

def test_a_foreign_minister_leaves_the_bare_ministry_for_his_country_s_own(analyse):
    found = organisation(analyse, "Le ministre italien Guido Crosetto a reçu mardi à Rome son homologue grec, le "
                                  "ministre de la Défense, Nikos Dendias. Les entretiens se sont tenus au "
                                  "ministère de la Défense, puis au siège du ministère grec de la Défense.",
                         "dendias")
    assert found.startswith("ministère grec de la Défense")  # the listed name: `... nationale`


def test_the_ministry_of_his_country_is_read_with_its_title_s_very_complement(analyse):
    found = organisation(analyse, "Le ministre italien Guido Crosetto a reçu mardi à Rome son homologue russe, le "
                                  "ministre de la Défense, Andreï Belooussov. Les deux hommes ont signé un accord "
                                  "au siège du ministère russe de la Défense.", "belooussov")
    assert found == "ministère russe de la Défense"


def test_the_ministry_of_another_country_is_not_his(analyse):
    found = organisation(analyse, "Le ministre italien Guido Crosetto a reçu mardi à Rome son homologue russe, le "
                                  "ministre de la Défense, Andreï Belooussov. Un communiqué du ministère "
                                  "ukrainien de la Défense a dénoncé cette visite.", "belooussov")
    assert found != "ministère ukrainien de la Défense"


def test_the_ministry_of_his_country_under_another_portfolio_is_not_his(analyse):
    found = organisation(analyse, "Le ministre italien Guido Crosetto a reçu mardi à Rome son homologue russe, le "
                                  "ministre de la Défense, Andreï Belooussov. Un communiqué du ministère russe "
                                  "des Affaires étrangères a salué cette visite.", "belooussov")
    assert "Affaires étrangères" not in found


# -- `X a succédé à Y à la tête de Z`, `X prend la tête de Z`: the body a verb of its subject heads -----------

def test_the_subject_of_a_verb_governing_la_tete_de_heads_the_body(analyse):
    found = organisation(analyse, "Le général de division Paul Verdier a succédé lundi au général Marc Aubry à la "
                                  "tête du Commandement des opérations spéciales, lors d'une cérémonie à Villacoublay.",
                         "verdier")
    assert found == "Commandement des opérations spéciales"


def test_a_past_office_in_the_imperfect_is_not_his_body_now(analyse):
    found = organisation(analyse, "Le général de division Paul Verdier était à la tête du Commandement des "
                                  "opérations spéciales lorsque la décision a été prise, a rappelé la ministre.",
                         "verdier")
    assert found != "Commandement des opérations spéciales"


def test_the_object_of_the_verb_does_not_head_the_body(analyse):
    found = organisation(analyse, "Le ministre a placé lundi le général de division Paul Verdier sous les ordres "
                                  "du chef qui a pris la tête du Commandement des opérations spéciales.", "verdier")
    assert found != "Commandement des opérations spéciales"


# -- `désigné comme tout premier commissaire`: adjectives between `comme` and a bare role ----------------------

def role(analyse, body: str, key: str) -> str:
    doc = analyse(page(body))
    return next(p["role"] for p in doc._.officials if p["name"].split()[-1].lower() == key)


def test_a_role_after_comme_and_its_adjectives_is_the_capacity_of_the_one_named(analyse):
    found = role(analyse, "La Commission a présenté mardi son programme. Elle a retenu Paul Verdier, désigné comme "
                          "tout premier délégué général de l'agence, qui prendra ses fonctions en janvier.", "verdier")
    assert found.startswith("délégué général")


def test_a_role_after_comme_and_an_article_stays_a_comparison(analyse):
    found = role(analyse, "La Commission a présenté mardi son programme. Paul Verdier a parlé comme le nouveau "
                          "délégué général de l'agence, sans en avoir le titre.", "verdier")
    assert not found.startswith("délégué général")


# -- `X (N-VA)`: an organisation in brackets right after a name is his, when he has no other -------------------

PARTY = ("Le débat sur le budget militaire a repris mardi à la Chambre. La députée Claire Moens (PS) a interrogé "
         "le gouvernement sur le calendrier des livraisons d'avions, sans obtenir de réponse précise.")


def test_a_body_in_brackets_after_a_name_is_his(analyse):
    assert organisation(analyse, PARTY, "moens") == "PS"


def test_words_in_brackets_that_name_no_body_are_no_one_s(analyse):
    found = organisation(analyse, PARTY.replace("Claire Moens (PS)", "Claire Moens (à gauche)"), "moens")
    assert found == ""


def test_a_body_in_brackets_gives_way_to_the_one_his_title_names(analyse):
    found = organisation(analyse, "Le chef d'état-major de l'armée de Terre, le général Paul Verdier (OTAN), a "
                                  "présenté mardi son plan de transformation.", "verdier")
    assert found == "armée de Terre"


def test_a_party_with_its_canton_after_a_slash_is_the_party(analyse):
    found = organisation(analyse, PARTY.replace("La députée Claire Moens (PS)", "La conseillère nationale Claire "
                                                "Moens (PLR/VD)"), "moens")
    assert found == "PLR"
