"""Officials' titles and names, round 47: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def officials(analyse, body: str) -> dict[str, dict]:
    return {o["name"]: o for o in analyse(page(body))._.officials}


# -- a title word after a capitalised particle inside a name is a surname (`Bruno Le Maire`) ---------------

def test_a_title_word_after_a_name_particle_is_a_surname(analyse):
    people = officials(analyse, "Le président a visité l'usine de Roanne, entouré de Gérard Le Maire et de la "
                                "ministre des Armées, Claire Vautier.")
    assert "Gérard Le Maire" in people


def test_a_surname_of_a_title_word_keeps_the_role_told_after_it(analyse):
    people = officials(analyse, "Le chef de l'État est arrivé à Lille avec Anne Le Maire, ministre de "
                                "l'Industrie, jeudi matin.")
    assert people["Anne Le Maire"]["role_as_written"] == "ministre de l'Industrie"


def test_the_same_title_word_after_an_article_is_still_an_office(analyse):
    people = officials(analyse, "Le ministre a été reçu jeudi à Brest par le maire de la ville, Paul Kermarec, "
                                "devant l'arsenal.")
    assert people["Paul Kermarec"]["role_as_written"] == "maire de la ville"


# -- a portfolio after `à`/`aux` keeps its capitalised words and its `de` complements ----------------------

def test_a_portfolio_after_aux_keeps_its_de_complement(analyse):
    people = officials(analyse, "La cérémonie s'est tenue en présence de Saïd Al Amri, ministre d'État aux "
                                "Affaires de la Défense, et de plusieurs officiers.")
    assert people["Saïd Al Amri"]["role_as_written"] == "ministre d'État aux Affaires de la Défense"


def test_a_portfolio_of_two_words_after_aux_is_kept_whole(analyse):
    people = officials(analyse, "Karim Haddad, ministre délégué aux Affaires étrangères, a signé l'accord de "
                                "coopération mardi.")
    assert people["Karim Haddad"]["role_as_written"] == "ministre délégué aux Affaires étrangères"


def test_a_lower_case_phrase_after_aux_is_no_portfolio(analyse):
    people = officials(analyse, "Karim Haddad, ministre aux pouvoirs élargis depuis mars, a signé l'accord "
                                "mardi.")
    assert people["Karim Haddad"]["role_as_written"] == "ministre"


# -- `major général` followed by its force is the post; hyphenated before a name, a foreign rank -----------

def test_major_general_of_a_force_is_a_post(analyse):
    people = officials(analyse, "Le ministre a été accueilli par le général Marc Delorme, major général de la "
                                "Marine, sur la base de Toulon.")
    assert people["Marc Delorme"]["role_as_written"].startswith("major général")
    assert people["Marc Delorme"]["rank"] == "général"


def test_major_general_hyphenated_before_a_name_stays_a_rank(analyse):
    people = officials(analyse, "Le major-général Tom Baxter a pris jeudi le commandement de la brigade "
                                "canadienne.")
    assert people["Tom Baxter"]["rank"] == "major-général"
    assert not people["Tom Baxter"]["role_as_written"].startswith("major")


# -- `secrétaire adjoint(e)`: the title whole, its demonym between it and its portfolio set apart --------------

def test_a_deputy_secretary_with_a_demonym_keeps_the_title_whole(analyse):
    people = officials(analyse, "La secrétaire adjointe américaine à la Défense, Laura Quinn, a rencontré "
                                "mardi le chef d'état-major tunisien.")
    assert people["Laura Quinn"]["role_as_written"].startswith("secrétaire adjointe")


def test_a_deputy_named_alone_is_still_an_adjoint(analyse):
    people = officials(analyse, "Le colonel Hugo Ferrand, adjoint au commandant de la base, a accueilli "
                                "la délégation.")
    assert people["Hugo Ferrand"]["role_as_written"].startswith("adjoint")


# -- `reine mère`: the king's mother, a title of its own; the queen who reigns keeps `reine` ---------------

def test_the_kings_mother_is_the_reine_mere(analyse):
    people = officials(analyse, "Le roi a offert un dîner d'État auquel a assisté la reine mère Fatima Saad, "
                                "mardi soir au palais.")
    assert people["Fatima Saad"]["role_as_written"] == "reine mère"


def test_a_reigning_queen_stays_reine(analyse):
    people = officials(analyse, "La reine Sofia Lind a reçu mardi le président au palais royal.")
    assert people["Sofia Lind"]["role_as_written"] == "reine"
