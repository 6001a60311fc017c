"""Round 9d of officials, on sentences of our own: a role keeps the words that make another office of it
(`adjointe`, `par intérim`) and its portfolio (`chargée de ...`), but not a list of portfolios; the
Belgian air component's ranks (`général aviateur`); a general's reserve section between rank and name
(`le général (2S) X`); a compound given name cut at its hyphen after a rank stays whole; `chef de
l'état-major général` keeps its adjective. Each with a counter-example."""

from __future__ import annotations

from test_officials_round9 import HEADER, officials, person, written  # the same readers of officials


def test_deputy_and_portfolio_stay_in_the_role(analyse):
    text = ("Mercredi, Anne Morel, la secrétaire d'État adjointe chargée des affaires européennes, "
            "est arrivée à Rabat pour deux jours.")
    assert written(person(analyse, text, "morel")) == "secrétaire d'État adjointe chargée des affaires européennes"


def test_acting_stays_in_the_role(analyse):
    text = "Le 3 mai, la secrétaire d'État adjointe par intérim Laura Brown s'est entretenue avec le ministre."
    assert written(person(analyse, text, "brown")) == "secrétaire d'État adjointe par intérim"


def test_plain_role_gains_nothing(analyse):
    text = "Le 3 mai, la secrétaire d'État Laura Brown s'est entretenue avec le ministre à Rabat."
    assert written(person(analyse, text, "brown")) == "secrétaire d'État"


def test_deputy_secretary_of_defense(analyse):
    text = ("À ses côtés, Paula Grant, secrétaire adjointe à la Défense chargée des affaires asiatiques, "
            "a pris la parole.")
    assert written(person(analyse, text, "grant")) == \
        "secrétaire adjointe à la Défense chargée des affaires asiatiques"


def test_a_list_of_portfolios_is_not_cut(analyse):
    text = ("Jean Kodjo, commissaire chargé des Affaires sociales, de la Santé et de l'Éducation, "
            "a ouvert la session à Lomé.")
    role = written(person(analyse, text, "kodjo"))
    assert role != "commissaire chargé des Affaires sociales"
    assert role.startswith("commissaire")


def test_belgian_air_rank(analyse):
    text = "Le chef de la Défense, le général aviateur Pierre Janssens, a parlé devant les députés."
    assert person(analyse, text, "janssens")["rank"] == "général aviateur"


def test_plain_general_is_no_airman(analyse):
    text = "Le chef de la Défense, le général Pierre Janssens, a parlé devant les députés."
    assert person(analyse, text, "janssens")["rank"] == "général"


def test_reserve_section_between_rank_and_name(analyse):
    text = "Le ministre, le général (2S) Amadou Ba, a reçu son homologue à Dakar mardi."
    assert person(analyse, text, "ba")["rank"] == "général"


def test_bracket_that_is_no_section_gives_no_rank(analyse):
    text = "Le ministre (Sénégal) Amadou Ba a reçu son homologue à Dakar mardi."
    assert not person(analyse, text, "ba")["rank"]


def test_hyphenated_given_name_after_a_rank_stays_whole(analyse):
    names = [o["name"] for o in officials(analyse, "Mardi, il a été reçu au ministère par le vice-ministre "
                                          "kazakh de la Défense, le colonel-général Aslan-Bek Tourgounov. "
                                          "Les deux hommes ont parlé.")]
    assert "Aslan-Bek Tourgounov" in names


def test_general_staff_keeps_its_adjective(analyse):
    text = "Un entretien avec le chef de l'état-major général turc, le général d'armée Kemal Arslan, a eu lieu."
    assert written(person(analyse, text, "arslan")).startswith("chef de l'état-major général")


def test_chief_of_a_named_staff(analyse):
    text = "Un entretien avec le chef de l'état-major de l'armée de Terre, le général Paul Morin, a eu lieu."
    assert not written(person(analyse, text, "morin")).startswith("chef de l'état-major général")


def test_deposed_president_before_a_comma(analyse):
    text = "Il a demandé des nouvelles du président déchu, Ahmed Keita, sans obtenir de réponse."
    assert written(person(analyse, text, "keita")) == "président déchu"


def test_a_word_that_is_no_qualifier_breaks_the_apposition(analyse):
    text = "Il a demandé des nouvelles du président hier soir, Ahmed Keita a répondu."
    assert not written(person(analyse, text, "keita")).startswith("président")


def test_commander_in_chief_of_an_army_is_its_member(analyse):
    doc = analyse(HEADER + "Le commandant en chef de l'armée jordanienne, le général Karim Haddad, "
                  "a reçu mercredi le ministre.")
    p = next(o for o in doc._.officials if o["key"].endswith("haddad"))
    assert written(p) == "commandant en chef"
    assert p["organisation"]
    assert any(r["relation"] == "MEMBER_OF" and r["subject_id"].endswith("haddad") for r in doc._.relations)


def test_chief_of_the_army_alone_still_a_role(analyse):
    text = "Le chef de l'armée jordanienne, le général Karim Haddad, a reçu mercredi le ministre."
    assert written(person(analyse, text, "haddad")) == "chef de l'armée"


def test_deputy_minister_of_defence_written_against_the_name(analyse):
    text = ("Moscou a multiplié les contacts. Le vice-ministre de la Défense Aslan-Bek Tourgounov, chargé du "
            "dossier asiatique, s'y est rendu à plusieurs reprises.")
    assert written(person(analyse, text, "tourgounov")) == "vice-ministre de la Défense"


def test_deputy_minister_alone(analyse):
    text = "Moscou a multiplié les contacts. Le vice-ministre Aslan Tourgounov s'y est rendu à plusieurs reprises."
    assert written(person(analyse, text, "tourgounov")) == "vice-ministre"


def test_counterpart_holds_the_office_abroad(analyse):
    text = ("Le ministre des Armées, Paul Durand, avait fait le déplacement, accompagné de son homologue grec, "
            "Nikos Papadakis, dont le pays a commandé trois navires.")
    assert written(person(analyse, text, "papadakis")) == "ministre de la Défense"


def test_counterpart_of_a_minister_of_nothing_said_gets_no_role(analyse):
    text = ("Le ministre Paul Durand avait fait le déplacement, accompagné de son homologue grec, "
            "Nikos Papadakis, dont le pays a commandé trois navires.")
    # no office read from a bare `ministre` (of what?); the counterpart word as written is his title (round 58)
    assert written(person(analyse, text, "papadakis")) == "homologue grec"


def test_counterpart_with_a_role_keeps_it(analyse):
    text = ("Le ministre des Armées, Paul Durand, a reçu son homologue grec, le chef d'état-major Nikos "
            "Papadakis, mardi à Paris.")
    assert written(person(analyse, text, "papadakis")).startswith("chef d'état-major")


def test_a_general_s_counterpart_gets_no_staff_title(analyse):
    text = ("Le chef d'état-major des armées, le général Paul Durand, a reçu son homologue grec, "
            "Nikos Papadakis, mardi à Paris.")
    # no staff title (they differ from one army to another); the counterpart word as written (round 58)
    assert written(person(analyse, text, "papadakis")) == "homologue grec"
