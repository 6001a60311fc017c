"""Organisations named by an institutional phrase, round 56: a university is named by its seat, the place in
its `de`-phrase (institutions.yml `seat`), though the model reads the place alone. Texts of our own, each
with a counter-example. A base is named by its port too, where no act takes place on it."""

from __future__ import annotations

from conftest import page


def orgs(analyse, body: str) -> list[str]:
    return [e.text for e in analyse(page(body)).ents if e.label_ == "ORG"]


# -- a university is named by its seat -----------------------------------------------------------------------

def test_a_university_named_by_its_town(analyse):
    assert "université de Lille" in orgs(analyse, "Des chercheurs de l'université de Lille ont présenté "
                                                  "leurs travaux au ministre.")


def test_a_university_signing_with_the_army(analyse):
    assert "université de Bordeaux" in orgs(analyse, "L'armée de Terre a signé mardi une convention de "
                                                     "partenariat avec l'université de Bordeaux.")


def test_a_university_of_a_foreign_city(analyse):
    assert "université de Genève" in orgs(analyse, "Selon une étude de l'université de Genève, les dépenses "
                                                   "militaires ont encore augmenté.")


def test_a_university_where_a_colloquium_was_held(analyse):
    assert "université de Strasbourg" in orgs(analyse, "Le colloque sur la défense européenne s'est tenu "
                                                       "jeudi à l'université de Strasbourg.")


def test_a_defence_university_written_with_its_capital(analyse):
    assert "Université de défense nationale" in orgs(analyse, "Le général a donné une conférence devant les "
                                                              "élèves de l'Université de défense nationale.")


def test_a_summer_university_is_no_body(analyse):
    """Counter-example: `l'université d'été` is a gathering, its complement no place."""
    found = orgs(analyse, "L'université d'été de la défense s'ouvrira lundi.")
    assert not [o for o in found if o.lower().startswith("université")]


def test_a_university_with_no_seat_is_no_body(analyse):
    """Counter-example: a lower-case university with no place names none."""
    found = orgs(analyse, "Le ministre a rencontré des étudiants de l'université de droit et des élus.")
    assert not [o for o in found if o.lower().startswith("université")]


# -- a base named by its port, where no act takes place on it --------------------------------------------------

def test_a_naval_base_named_by_its_port_outside_a_place_of_an_act(analyse):
    assert "base navale de Brest" in orgs(analyse, "Les travaux de modernisation de la base navale de Brest "
                                                   "dureront deux ans.")


def test_a_base_where_an_act_takes_place_stays_a_place(analyse):
    """Counter-example: `sur la base aérienne de X` is the place of the act, left to the meeting frames."""
    found = orgs(analyse, "Le ministre des Armées a reçu mardi son homologue belge sur la base aérienne de "
                          "Cazaux.")
    assert not [o for o in found if o.lower().startswith("base")]
