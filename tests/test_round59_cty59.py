"""Countries, round 59: a head of state's country through the person a title refers back to. A title of
the story's own country without a demonym (`le président de la République`), subject of its clause, goes
on telling of the subject of the sentence before, not of the last guest that sentence names; a demonym
still describes the guest. Texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def countries(analyse, body: str, headline: str | None = None) -> dict[str, str]:
    text = page(body) if headline is None else page(body, headline=headline)
    return {o["name"]: o["country"] for o in analyse(text)._.officials}


# -- `X reçoit Y et Z. Le président de la République ...`: the subject the story goes on telling of --------

def test_the_head_of_state_who_gathers_two_guests_is_the_subject_before(analyse):
    found = countries(analyse, "Le président de la République a organisé jeudi une rencontre avec le chancelier "
                               "allemand et le président du gouvernement espagnol.",
                      headline="Emmanuel Macron réunit Olaf Scholz et Pedro Sánchez à l'Élysée")
    assert found["Emmanuel Macron"] == "France"
    assert found["Pedro Sánchez"] != "France"


def test_the_head_of_state_who_dines_with_his_guests_is_the_host(analyse):
    found = countries(analyse, "Le président de la République a présidé mardi un dîner de travail avec le "
                               "président ukrainien et le Premier ministre polonais.",
                      headline="Emmanuel Macron reçoit Volodymyr Zelensky et Donald Tusk à Paris")
    assert found["Emmanuel Macron"] == "France"
    assert found["Donald Tusk"] != "France"


def test_the_head_of_state_after_a_sentence_with_one_guest(analyse):
    found = countries(analyse, "Emmanuel Macron a accueilli lundi Giorgia Meloni au fort de Brégançon. Le "
                               "président de la République a ensuite évoqué la défense aérienne européenne.")
    assert found["Emmanuel Macron"] == "France"
    assert found["Giorgia Meloni"] != "France"


def test_the_head_of_state_who_welcomes_two_guests_in_the_body(analyse):
    found = countries(analyse, "Emmanuel Macron a reçu samedi Keir Starmer et Friedrich Merz à l'Élysée. Le "
                               "président de la République a plaidé pour un pilier européen de l'OTAN.")
    assert found["Emmanuel Macron"] == "France"
    assert found.get("Friedrich Merz", "") != "France"


def test_the_head_of_state_named_after_his_telephone_call(analyse):
    found = countries(analyse, "Emmanuel Macron s'est entretenu vendredi avec Cyril Ramaphosa et Bola Tinubu. "
                               "Le président de la République a annoncé un sommet à Nice.")
    assert found["Emmanuel Macron"] == "France"
    assert found.get("Bola Tinubu", "") != "France"


# -- counter-examples ---------------------------------------------------------------------------------------

def test_a_demonym_still_describes_the_guest_just_named(analyse):
    found = countries(analyse, "Emmanuel Macron a reçu mardi Volodymyr Zelensky à l'Élysée. Le président "
                               "ukrainien a demandé des avions de combat.")
    assert found["Volodymyr Zelensky"] == "Ukraine"
    assert found["Emmanuel Macron"] != "Ukraine"


def test_an_official_of_the_union_is_given_no_country_by_the_head_of_state(analyse):
    found = countries(analyse, "Le président de la République a rappelé jeudi l'aide promise à Kiev.",
                      headline="Emmanuel Macron et Charles Michel à Bruxelles pour le Conseil européen")
    assert found.get("Charles Michel", "") == ""
