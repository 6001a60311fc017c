"""Officials' organisations, countries and plural titles, round 36: texts of our own, each behaviour with a
counter-example."""

from __future__ import annotations

from conftest import page


def official(analyse, text: str, surname: str) -> dict:
    doc = analyse(text)
    return next(o for o in doc._.officials if o["name"].endswith(surname))


# -- `l'organisation (ACR), que dirige X`: the relative's verb leads the body, whatever the tagger reads ------

def test_a_body_and_its_acronym_before_que_dirige_are_led_by_the_name_after(analyse):
    person = official(analyse, page("La note a été rédigée par la Direction générale de l'armement (DGA), que "
                                    "dirige Paul Vernier, avant le conseil de défense."), "Vernier")
    assert person["organisation"] == "Direction générale de l'armement"


def test_a_body_before_que_and_a_verb_of_no_leading_gives_the_name_nothing(analyse):
    person = official(analyse, page("La note a été rédigée par la Direction générale de l'armement (DGA), que "
                                    "cite Paul Vernier, avant le conseil de défense."), "Vernier")
    assert person["organisation"] == ""


# -- `X a reçu son homologue français`: X is the other side, not the one a later French title refers to --------

RECEIVED = ("Le président Joko Santoso a reçu mercredi {} au palais présidentiel. Les deux hommes ont évoqué la "
            "coopération navale. Le président français a quitté le pays jeudi soir pour Singapour.")


def test_the_one_who_receives_his_french_counterpart_is_not_the_french_president(analyse):
    person = official(analyse, page(RECEIVED.format("son homologue français")), "Santoso")
    assert person["country"] != "France"


def test_the_one_president_named_is_still_the_one_a_later_french_title_refers_to(analyse):
    person = official(analyse, page(RECEIVED.format("les cadets de la marine")), "Santoso")
    assert person["country"] == "France"


HOME = ("Le Quotidien\nFrance | Politique | Economie\n\nUn titre sur la visite\n\n  • 14 mars 2024 -\n\n"
        "Le Premier ministre Joko Santoso a reçu mercredi {} au palais, avec les honneurs militaires. Les deux "
        "hommes ont évoqué la coopération navale.")


def test_a_leader_receiving_the_counterpart_of_the_story_s_country_is_not_of_it(analyse):
    person = official(analyse, HOME.format("son homologue français"), "Santoso")
    assert person["country"] == ""


def test_a_leader_of_no_stated_country_in_a_story_of_one_country_is_still_of_it(analyse):
    person = official(analyse, HOME.format("les cadets de la marine"), "Santoso")
    assert person["country"] == "France"


# -- `les chefs de l'État, X et Y`: the plural title, as written with its article, of each name --------------

def test_the_plural_title_chefs_de_l_etat_is_each_named_head_s(analyse):
    doc = analyse(page("Cette visite prolonge l'élan donné par les chefs de l'État, Jean Morel et Paul Santos, "
                       "lors de leur rencontre à Lisbonne."))
    assert {o["name"]: o["role"] for o in doc._.officials} == {"Jean Morel": "chef de l'État",
                                                               "Paul Santos": "chef de l'État"}


def test_the_state_named_alone_before_names_is_no_title(analyse):
    doc = analyse(page("Cette visite prolonge l'élan donné par les services de l'État, Jean Morel et Paul Santos, "
                       "lors de leur rencontre à Lisbonne."))
    assert all(o["role"] == "" for o in doc._.officials)
