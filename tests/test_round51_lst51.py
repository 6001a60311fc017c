"""Officials, round 51: a role said by a holding verb in the present (`X demeure ministre`), texts of our own."""

from __future__ import annotations

from conftest import page


def role_of(analyse, body: str, surname: str) -> str:
    doc = analyse(page(body))
    return next(o["role"] for o in doc._.officials if o["name"].endswith(surname))


# -- `demeure`, `reste`: the lemmatizer leaves the present of these verbs as the homograph noun ----------

def test_a_minister_who_remains_in_office_holds_the_first_title(analyse):
    assert role_of(analyse, "Dans la nouvelle équipe, M. Karim Benali demeure ministre d'Etat, ministre des "
                            "Affaires étrangères et de la Coopération internationale.", "Benali") == "ministre d'État"


def test_a_minister_who_stays_holds_the_portfolio(analyse):
    assert role_of(analyse, "M. Karim Benali reste ministre de l'Intérieur, des Collectivités locales et de "
                            "l'Aménagement du territoire.", "Benali") == "ministre de l'Intérieur"


def test_a_general_who_remains_chief_of_staff(analyse):
    assert role_of(analyse, "Le général Paul Ndiaye demeure chef d'état-major des armées jusqu'à l'été.",
                   "Ndiaye") == "chef d'état-major des armées"


def test_a_past_tense_remaining_still_reads_as_before(analyse):
    assert role_of(analyse, "Le général Paul Ndiaye est resté chef d'état-major des armées jusqu'à l'été.",
                   "Ndiaye") == "chef d'état-major des armées"


def test_the_noun_la_demeure_gives_no_role(analyse):
    # counter-example: `demeure` as a noun (a residence) says no role of anyone
    assert role_of(analyse, "Karim Benali a visité la demeure du ministre de l'Intérieur, dans la capitale.",
                   "Benali") == ""


# -- `garde des Sceaux`: the Justice minister's title, before or instead of `ministre de la Justice` --------

def test_the_keeper_of_the_seals_is_a_role(analyse):
    assert role_of(analyse, "Amadou Sow est nommé garde des Sceaux, ministre de la Justice.", "Sow") \
        == "garde des Sceaux"


def test_the_keeper_of_the_seals_in_apposition(analyse):
    assert role_of(analyse, "Le garde des Sceaux, Amadou Sow, a présenté le projet de loi mardi.", "Sow") \
        == "garde des Sceaux"


def test_a_guard_of_a_building_is_no_role(analyse):
    # counter-example: `garde` followed by anything but the seals is no title
    assert role_of(analyse, "Amadou Sow a rencontré le ministre de la Justice près de la garde des bâtiments.",
                   "Sow") == ""
