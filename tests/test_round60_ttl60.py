"""Roles, round 60: a chain of titles before a name (`le Président de la République, Chef de l'État, Chef
suprême des Armées, le Maréchal X`, `le ministre d'État, ministre de la Défense, le général Y`) gives the
person its first, principal title, not the last link. A title written with its own article names someone
else, and a title whose `de` complement is another title stays the name's. Texts of our own."""

from __future__ import annotations

from conftest import page


def role_of(analyse, body: str, surname: str) -> str:
    doc = analyse(page(body))
    return next(o["role"] for o in doc._.officials if o["name"].endswith(surname))


# -- the chain opens on its principal title --------------------------------------------------------------

def test_a_head_of_state_s_three_titles_give_the_first(analyse):
    assert role_of(analyse, "Le Président de la République, Chef de l'État, Chef Suprême des Armées, le "
                            "Général Mahamat Idriss Déby Itno, a reçu mardi l'ambassadeur du Niger.",
                   "Itno") == "président de la République"


def test_a_transition_president_s_titles_give_the_first(analyse):
    assert role_of(analyse, "Le Président de la Transition, Chef de l'Etat, Chef Suprême des Armées, le "
                            "Colonel Mamadi Doumbouya, a reçu jeudi le ministre sénégalais des Forces armées.",
                   "Doumbouya") == "président de la Transition"


def test_a_minister_of_state_with_his_portfolio(analyse):
    assert role_of(analyse, "Le ministre d'État, ministre de la Défense et des Anciens combattants, le "
                            "général Kassoum Coulibaly, a présidé la cérémonie à Ouagadougou.",
                   "Coulibaly").startswith("ministre d'État")


def test_a_prime_minister_head_of_government(analyse):
    assert role_of(analyse, "Le Premier ministre, Chef du Gouvernement, M. Amadou Oury Bah, a présidé "
                            "jeudi le conseil interministériel.", "Bah") == "Premier ministre"


def test_a_deputy_prime_minister_and_his_ministry(analyse):
    assert role_of(analyse, "Le vice-Premier ministre, ministre de l'Intérieur et de la Sécurité, M. "
                            "Jean-Pierre Mbala, a présidé la réunion du conseil.", "Mbala") \
        == "vice-Premier ministre"


def test_a_chain_after_a_verb_opens_on_the_title_after_it(analyse):
    assert role_of(analyse, "L'ambassadeur a été reçu par le Président de la République, Chef de l'État, "
                            "Chef suprême des Armées, Denis Sassou N'Guesso.", "N'Guesso") \
        == "président de la République"


def test_a_chief_of_staff_of_a_minister_of_state_is_the_chief_of_staff(analyse):
    assert role_of(analyse, "La délégation était conduite par le directeur de cabinet du ministre d'État, "
                            "ministre de la Défense nationale, le colonel-major Issa Ouédraogo.",
                   "Ouédraogo").startswith("directeur de cabinet")


def test_the_country_of_a_later_link_stays_read(analyse):
    doc = analyse(page("Le ministre d'État, ministre nigérien de la Défense nationale, le général Salifou "
                       "Mody, a été reçu au ministère."))
    mody = next(o for o in doc._.officials if o["name"].endswith("Mody"))
    assert mody["role"].startswith("ministre d'État") and mody["country"] == "Niger"


# -- counter-examples --------------------------------------------------------------------------------------

def test_a_title_with_its_article_names_someone_else(analyse):
    assert role_of(analyse, "Le ministre a reçu l'ambassadeur de France, le chef de la mission militaire, le "
                            "colonel Jean Dupré.", "Dupré").startswith("chef de")


def test_an_adviser_of_a_title_is_an_adviser(analyse):
    assert role_of(analyse, "Le conseiller du président, Jean-Pierre Mbala, a reçu les journalistes.",
                   "Mbala") == "conseiller"


def test_a_title_of_the_person_named_before_is_no_link(analyse):
    assert role_of(analyse, "Étaient présents le ministre de la Défense, le général Sadio Camara, et le chef "
                            "d'état-major général des armées, le général Oumar Diarra.", "Diarra") \
        == "chef d'état-major général des armées"


def test_a_former_title_stays_a_former_one(analyse):
    assert role_of(analyse, "L'ancien président, le général Ali Seibou, a assisté à la cérémonie.",
                   "Seibou") == "président"
