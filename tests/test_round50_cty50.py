"""Officials' country, round 50: a nationality the text writes of a person beats the story's country,
and `son homologue X` says he is not of X. Texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def countries(analyse, text: str) -> dict[str, str]:
    doc = analyse(text)
    return {o["key"]: o["country"] for o in doc._.officials}


def dispatch(body: str) -> str:
    """A dispatch filed from Stockholm: the dateline makes Sweden the story's country."""
    return f"Visite d'État en Suède\n\nSTOCKHOLM, 12 mars 2024 (AFP) - {body}"


# -- the head of state first given the story's country, then called by a title with his nationality ------

def test_a_nationality_written_after_the_bare_title_beats_the_dateline(analyse):
    found = countries(analyse, dispatch(
        "Jean Dupart a entamé mardi une visite d'État de deux jours à Stockholm. Le chef de l'État a été accueilli "
        "par le roi Carl XVI Gustaf au palais royal. Le président français s'est ensuite entretenu avec le Premier "
        "ministre Ulf Kristersson."))
    assert found["dupart"] == "France"


def test_a_nationality_written_in_a_later_paragraph_also_wins(analyse):
    found = countries(analyse, dispatch(
        "Jean Dupart est arrivé lundi soir dans la capitale suédoise.\n\nLe chef de l'État a déposé mardi "
        "une gerbe au monument aux morts, avant un déjeuner au palais.\n\nDans l'après-midi, le président "
        "français a visité une base navale avec le ministre de la Défense Pål Jonson."))
    assert found["dupart"] == "France"


def test_without_a_nationality_the_bare_title_keeps_the_dateline(analyse):
    found = countries(analyse, dispatch(
        "Jean Dupart a entamé mardi une visite d'État de deux jours à Stockholm. Le chef de l'État a été accueilli "
        "par le roi Carl XVI Gustaf au palais royal. Le président s'est ensuite entretenu avec le Premier "
        "ministre Ulf Kristersson."))
    assert found["dupart"] == "Suède"


# -- `X a reçu son homologue polonais`: X is not `le président polonais` of the next sentence ---------

def test_the_host_of_a_counterpart_named_last_is_not_the_title_of_the_counterparts_country(analyse):
    found = countries(analyse, page(
        "Adam Nowik et Jean Dupart ont signé lundi une déclaration commune à Paris. Le président polonais "
        "effectue sa cinquième visite en France. Jean Dupart a accueilli son homologue polonais à l'Élysée."))
    assert found.get("dupart") != "Pologne"
    assert found["nowik"] == "Pologne"


def test_guard_a_counterpart_said_in_an_earlier_sentence_keeps_the_demonym_for_the_other(analyse):
    found = countries(analyse, page(
        "Jean Dupart a reçu mercredi son homologue polonais au fort de Brégançon. Jean Dupart et Adam Nowik "
        "ont évoqué la défense aérienne. Le président polonais a salué un partenaire fiable."))
    assert found.get("dupart") != "Pologne"
    assert found["nowik"] == "Pologne"


def test_without_a_counterpart_the_nearest_name_takes_the_demonym(analyse):
    found = countries(analyse, page(
        "Jean Dupart et Adam Nowik ont évoqué mercredi la défense aérienne au fort de Brégançon. Le président "
        "polonais a salué un partenaire fiable."))
    assert found["nowik"] == "Pologne"
