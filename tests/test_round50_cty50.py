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


# -- any holder of a title a demonymed title stands for, of no country yet (`le chef de l'État`, then
# `le président sénégalais`), unless the text has just told of an untitled person the demonym is meant for --

def test_the_head_of_state_of_no_country_takes_a_later_demonym(analyse):
    found = countries(analyse, page(
        "Le chef de l'État, Moussa Diallo, a inauguré jeudi une école de sous-officiers. Le président sénégalais "
        "a salué l'engagement des armées."))
    assert found["diallo"] == "Sénégal"


def test_the_demonym_in_a_later_paragraph_also_reaches_him(analyse):
    found = countries(analyse, page(
        "Le chef de l'État, Moussa Diallo, a présidé lundi un conseil de défense.\n\nLes chefs militaires ont "
        "présenté leur bilan.\n\nÀ l'issue de la réunion, le président malien a annoncé de nouveaux recrutements."))
    assert found["diallo"] == "Mali"


def test_guard_without_a_demonym_no_country_is_invented(analyse):
    found = countries(analyse, page(
        "Le chef de l'État, Moussa Diallo, a inauguré jeudi une école de sous-officiers. Le président "
        "a salué l'engagement des armées."))
    assert found["diallo"] not in ("Sénégal", "Mali")


def test_guard_a_visitor_told_of_takes_the_foreign_demonym_not_his_host(analyse):
    found = countries(analyse, page(
        "Privé du sommet de Ramstein, Petro Kovalenko poursuit sa tournée européenne. Jeudi matin, il a été reçu "
        "à Londres par le Premier ministre britannique, Tom Harley. En fin d'après-midi, il a retrouvé Jean Dupart "
        "à l'Élysée. Selon l'entourage du chef de l'État, Jean Dupart lui a promis des avions. « Nous avons besoin "
        "d'armes avant l'hiver », a insisté le président ukrainien à son arrivée."))
    assert found.get("dupart") != "Ukraine"
    assert found.get("kovalenko") == "Ukraine"
