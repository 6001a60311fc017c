"""Roles, round 43: an office named by the house of its body (`le locataire de l'Élysée`). Texts of our own,
each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def roles(analyse, body: str) -> dict[str, tuple[str, str]]:
    doc = analyse(page(body))
    return {p["key"]: (p["role"], p["organisation"]) for p in doc._.officials}


# -- a house word joined by `de` to a body's seat is the office that heads the body ----------------------------

def test_the_tenant_of_the_elysee_is_the_president(analyse):
    found = roles(analyse, "Le locataire de l'Élysée, Emmanuel Macron, a présidé jeudi un conseil restreint.")
    assert found["macron"][0] == "président"


def test_the_master_of_the_kremlin_is_the_president(analyse):
    found = roles(analyse, "Mardi, le maître du Kremlin Vladimir Poutine a reçu plusieurs dirigeants africains.")
    assert found["poutine"][0] == "président"


def test_the_boss_of_the_pentagon_is_the_secretary_of_defense(analyse):
    found = roles(analyse, "Arrivé lundi à Manille, le patron du Pentagone, Lloyd Austin, a visité une base navale.")
    assert found["austin"][0] == "secrétaire à la Défense"


def test_a_head_title_before_a_seat_gives_the_full_office_not_chef(analyse):
    found = roles(analyse, "Le chef du Pentagone Pete Hegseth a assuré vendredi que Washington tiendrait parole.")
    assert found["hegseth"][0] == "secrétaire à la Défense"


def test_a_female_tenant_of_matignon_is_the_prime_minister(analyse):
    found = roles(analyse, "La nouvelle locataire de Matignon, Élisabeth Borne, a réuni ses ministres lundi soir.")
    assert found["borne"][0] == "Premier ministre"


# counter-examples: a house word before a body's name (not its seat), or another word before the seat

def test_a_head_title_before_the_bodys_own_name_stays_the_bare_title(analyse):
    found = roles(analyse, "Le chef du département de la Défense, Pete Hegseth, a assuré vendredi que Washington "
                           "tiendrait parole.")
    assert found["hegseth"][0] != "secrétaire à la Défense" or found["hegseth"][1] == "département de la Défense"


def test_a_spokesman_of_the_kremlin_is_no_president(analyse):
    found = roles(analyse, "Le porte-parole du Kremlin, Dmitri Peskov, a démenti mardi toute rencontre.")
    assert found["peskov"][0] != "président"


def test_a_guest_word_before_the_seat_is_no_office(analyse):
    found = roles(analyse, "Invité de l'Élysée, le chancelier Olaf Scholz a dîné mardi avec ses hôtes.")
    assert found["scholz"][0] == "chancelier"


# -- a quotation given to an office said now is not a former holder's -------------------------------------

def test_a_quote_of_the_pentagon_chief_is_not_the_former_secretary(analyse):
    doc = analyse(page("« Nous resterons dans la région », a déclaré samedi le chef du Pentagone devant le forum. "
                       "Il avait été précédé par l'ancien secrétaire américain à la Défense Lloyd Austin."))
    assert all(q["speaker"] != "Lloyd Austin" for q in doc._.quotes)


# -- a name written right after a title and its body, no comma between, is the holder's -----------------------

def test_a_name_right_after_the_body_of_a_title_is_its_holder(analyse):
    found = roles(analyse, "Le président a reçu lundi le secrétaire général de l'Otan Jens Stoltenberg, au lendemain "
                           "du sommet.")
    assert found["stoltenberg"][0] == "secrétaire général"


def test_the_title_before_a_swallowed_name_goes_to_no_one_named_later(analyse):
    found = roles(analyse, "Paris, 12 mars 2024 (AFP) - Le président a reçu mardi le nouveau secrétaire général de "
                           "l'Otan Mark Rutte, une semaine après la victoire de Donald Trump.")
    assert found["rutte"][0] == "secrétaire général"
    assert found.get("trump", ("", ""))[0] != "secrétaire général"


def test_one_capitalised_word_after_a_body_is_no_name(analyse):
    found = roles(analyse, "Le directeur de l'Otan Bruxelles, pour sa part, est resté muet.")
    assert not found
