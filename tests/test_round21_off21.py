"""Round 21 (off21): roles read from a copula whose attribute is the name, and the article of a civility of
several words between a fronted title and the name. Own sentences, each with a counter-example."""


def _official(doc, surname):
    return next(o for o in doc._.officials if o["name"].endswith(surname))


def test_role_subject_of_copula_in_relative(analyse):
    doc = analyse("Mardi, la commune de Lorient, dont le maire est Jean-Pierre Lemoal, a signé une convention "
                  "avec la Marine nationale.")
    assert _official(doc, "Lemoal")["role"] == "maire"


def test_role_subject_of_copula_over_rank(analyse):
    doc = analyse("Le nouveau chef d'état-major de l'armée de Terre est le général Paul Garnier.")
    person = _official(doc, "Garnier")
    assert person["rank"] == "général"
    assert person["role"] == "chef d'état-major"


def test_copula_in_the_past_gives_no_role(analyse):
    doc = analyse("Le maire de Lorient était Paul Garnier en 1990.")
    assert _official(doc, "Garnier")["role"] == ""


def test_copula_with_no_role_subject_gives_none(analyse):
    doc = analyse("L'invité le plus attendu est Paul Garnier, venu de Rennes.")
    assert _official(doc, "Garnier")["role"] == ""


def test_fronted_title_over_tres_honorable(analyse):
    doc = analyse("Hier à Ottawa, le premier ministre du Canada, le très honorable Marc Tremblay, et la ministre "
                  "des Finances, l'honorable Anne Roy, ont présenté le budget.")
    person = _official(doc, "Tremblay")
    assert person["role"].lower() == "premier ministre"
    assert person["country"] == "Canada"
    assert person["name"] == "Marc Tremblay"
    assert _official(doc, "Roy")["role"] == "ministre"


def test_role_held_since_a_former_one(analyse):
    doc = analyse("À Bamako, le colonel Paul Koné, ancien commandant de la garde nationale devenu président du "
                  "Conseil de transition, a reçu les diplomates.")
    person = _official(doc, "Koné")
    assert person["role"] == "président"
    assert person["organisation"] == "Conseil de transition"


def test_role_held_since_over_a_comma(analyse):
    doc = analyse("Jean Mavel, ancien ministre de la Défense, aujourd'hui ambassadeur du Bénin à Paris, a parlé.")
    assert _official(doc, "Mavel")["role"] == "ambassadeur"


def test_former_role_alone_is_not_read_as_current(analyse):
    doc = analyse("Le colonel Paul Koné, ancien commandant de la garde nationale, a reçu les diplomates.")
    assert _official(doc, "Koné")["role"] == ""
