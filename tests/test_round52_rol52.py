"""Roles and countries of two leaders, round 52: titles joined by `et` and names joined by `et` go together
in the order written, whether the names come before the titles (a headline, a fronted place before them) or
just after (a lede that titles the two leaders first, then names them). Texts of our own, with counter-examples."""

from __future__ import annotations

from conftest import page


def officials(analyse, body: str, headline: str = "Actualités de la défense") -> dict[str, tuple[str, str]]:
    return {o["name"]: (o["role"], o["country"]) for o in analyse(page(body, headline=headline))._.officials}


# -- the titles first, then the names in the same order ------------------------------------------------------

def test_a_lede_titles_two_leaders_then_names_them(analyse):
    found = officials(analyse, "Le président de la République et le chancelier allemand ont inauguré jeudi "
                               "le salon de l'aéronautique. Emmanuel Macron et Olaf Scholz ont ensuite visité "
                               "les stands des industriels.")
    assert found["Olaf Scholz"] == ("chancelier", "Allemagne")
    assert found["Emmanuel Macron"][0] == "président de la République"


def test_a_lede_titles_a_prime_minister_and_a_president_then_names_them(analyse):
    found = officials(analyse, "Le Premier ministre britannique et le président finlandais ont signé lundi un "
                               "accord de défense. Keir Starmer et Alexander Stubb ont ensuite tenu une "
                               "conférence de presse commune.")
    assert found["Keir Starmer"] == ("Premier ministre", "Royaume-Uni")
    assert found["Alexander Stubb"] == ("président", "Finlande")


def test_two_ministers_titled_then_named_in_the_next_sentence(analyse):
    found = officials(analyse, "La ministre des Armées et le ministre britannique de la Défense se sont "
                               "entretenus mardi à Paris. Florence Parly et Ben Wallace ont évoqué la "
                               "coopération nucléaire.")
    assert found["Ben Wallace"] == ("ministre de la Défense", "Royaume-Uni")
    assert found["Florence Parly"][0] == "ministre des Armées"


# -- the names first, in a headline with a place fronted before them -----------------------------------------

def test_names_in_a_headline_after_a_fronted_place(analyse):
    found = officials(analyse, "La présidente du Conseil italien et le chef du gouvernement espagnol ont "
                               "signé jeudi un accord sur les frégates. Giorgia Meloni a salué un texte "
                               "historique, Pedro Sánchez un pas décisif pour la Méditerranée.",
                      headline="À Rome, Meloni et Sánchez signent un accord naval")
    assert found["Pedro Sánchez"] == ("chef du gouvernement", "Espagne")
    assert found["Giorgia Meloni"][1] == "Italie" and found["Giorgia Meloni"][0].startswith("président")


def test_names_in_a_headline_after_a_fronted_city_then_in_full(analyse):
    found = officials(analyse, "Le président de la République et le chancelier allemand ont visité mardi "
                               "le chantier naval. Emmanuel Macron a été accueilli sur le quai par Friedrich "
                               "Merz.",
                      headline="À Lorient, Macron et Merz saluent la première frégate")
    assert found["Friedrich Merz"] == ("chancelier", "Allemagne")
    assert found["Emmanuel Macron"][0] == "président de la République"


# -- counter-examples -----------------------------------------------------------------------------------------

def test_titles_then_a_single_name_give_it_no_joined_title(analyse):
    found = officials(analyse, "Le ministre des Armées et le chef d'état-major des armées ont visité lundi "
                               "la base aérienne. Ils ont été accueillis par le colonel Jean Dufour, "
                               "commandant de la base.")
    assert found["Jean Dufour"][0].startswith("commandant")


def test_titles_then_a_list_of_another_length_give_no_title(analyse):
    found = officials(analyse, "Le président de la République et le Premier ministre indien ont visité "
                               "mercredi le chantier. Pierre Martin, Paul Durand et Jacques Lefèvre les ont "
                               "guidés dans les ateliers.")
    assert all(found.get(n, ("", ""))[0] == "" for n in ("Pierre Martin", "Paul Durand", "Jacques Lefèvre"))


def test_names_joined_by_et_after_a_place_joined_with_a_comma_keep_their_own_titles(analyse):
    found = officials(analyse, "À Berlin, le ministre Boris Pistorius et le général Carsten Breuer ont reçu "
                               "jeudi leurs homologues.")
    assert found["Boris Pistorius"][0] == "ministre"
    assert found["Carsten Breuer"][0] == ""


# -- a plural title before a list of names: each name holds it ----------------------------------------------

def test_two_foreign_ministers_under_their_plural_title(analyse):
    found = officials(analyse, "Le sommet franco-italien s'est tenu jeudi à Rome, en présence des deux chefs "
                               "de la diplomatie, Jean-Noël Barrot et Antonio Tajani.")
    assert found["Jean-Noël Barrot"][0] == "chef de la diplomatie"
    assert found["Antonio Tajani"][0] == "chef de la diplomatie"


def test_a_singular_head_of_diplomacy_stays_his_alone(analyse):
    found = officials(analyse, "Le chef de la diplomatie, Jean-Noël Barrot, a reçu jeudi Antonio Tajani à "
                               "Paris.")
    assert found["Jean-Noël Barrot"][0] == "chef de la diplomatie"
    assert found["Antonio Tajani"][0] == ""
