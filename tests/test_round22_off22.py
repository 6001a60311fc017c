"""Round 22 (off22): a noun phrase after `X,` that runs into its verb is the main clause's subject, not an
apposition of X; `et par la ...` opens another person's description; a title the parse hangs on a bare day
(`proclamé vendredi président de ...`). Own sentences, each with a counter-example."""


def _official(doc, surname):
    return next(o for o in doc._.officials if o["name"].endswith(surname))


def test_fronted_participle_then_main_subject(analyse):
    doc = analyse("Reçu par le ministre des Finances, Paul Durand, le président sénégalais a signé un accord.")
    person = _official(doc, "Durand")
    assert person["role"].startswith("ministre")
    assert person["country"] == ""


def test_fronted_phrase_then_plural_subject(analyse):
    doc = analyse("À la demande de la ministre de la Santé, Anne Morel, les représentants des régions ont voté.")
    assert _official(doc, "Morel")["role"].startswith("ministre")


def test_apposition_closed_by_comma_is_kept(analyse):
    doc = analyse("Paul Durand, le président sénégalais, a signé un accord avec la France.")
    person = _official(doc, "Durand")
    assert person["role"] == "président"
    assert person["country"] == "Sénégal"


def test_second_agent_after_et_par(analyse):
    doc = analyse("Il a été reçu par le ministre des Finances et par la présidente de la Banque centrale, Anne Morel.")
    person = _official(doc, "Morel")
    assert person["role"].startswith("présid")
    assert person["organisation"] == "Banque centrale"


def test_et_de_la_goes_on_with_the_title(analyse):
    doc = analyse("La ministre de l'Europe et des Affaires étrangères, Anne Morel, a parlé hier.")
    assert _official(doc, "Morel")["role"].startswith("ministre")


def test_title_after_a_bare_day(analyse):
    doc = analyse("À Dakar, le ministre s'est entretenu avec le général Amadou Sarr, qui s'est proclamé vendredi "
                  "président du Comité national de salut public (CNSP), l'organe mis en place par les militaires.")
    person = _official(doc, "Sarr")
    assert person["role"] == "président"
    assert person["organisation"] == "Comité national de salut public"


def test_object_after_a_day_is_no_role(analyse):
    doc = analyse("Le colonel Paul Martin, qui a salué vendredi le président du Comité, est rentré à Paris.")
    assert _official(doc, "Martin")["role"] == ""
