"""Quote speakers and names of several surnames, round 40, on sentences of our own. Each behaviour with a
counter-example that must not change."""

from __future__ import annotations

from conftest import page


def people(analyse, body: str) -> list[str]:
    return [o["name"] for o in analyse(page(body))._.officials]


def speakers(analyse, body: str) -> list[str]:
    return [q["speaker"] for q in analyse(page(body))._.quotes]


# -- a person named later by one inner surname of a full name is that person (`Déby` of `Déby Itno`) ---------

def test_an_inner_surname_alone_is_the_person_named_in_full(analyse):
    body = ("Le général Ousmane Hamid Barka Tollo a reçu jeudi le ministre nigérien de la Défense. "
            "« Nos armées resteront unies face aux groupes armés », a déclaré le général Barka.")
    assert people(analyse, body) == ["Ousmane Hamid Barka Tollo"]
    assert speakers(analyse, body) == ["Ousmane Hamid Barka Tollo"]


def test_an_inner_surname_of_a_spanish_name_is_that_person(analyse):
    body = ("Le ministre espagnol de la Défense, Tomás Andrés Molina Ferrer, a inspecté mardi la frégate Blas "
            "de Lezo à Rota. Le ministre Molina a ensuite rencontré les équipages.")
    assert people(analyse, body) == ["Tomás Andrés Molina Ferrer"]


def test_an_inner_surname_shared_by_two_full_names_joins_neither(analyse):
    body = ("Le général Ousmane Hamid Barka Tollo et le colonel Idriss Saleh Barka Nour ont reçu jeudi le "
            "ministre nigérien. Le général Barka a présidé la cérémonie.")
    assert "Ousmane Hamid Barka Tollo" in people(analyse, body)
    assert "Idriss Saleh Barka Nour" in people(analyse, body)


# -- after a civility or a rank, a surname opening with its particle in lower case is a name ----------------

def test_a_surname_opening_with_a_hyphened_article_after_a_civility_speaks(analyse):
    body = ("Le président égyptien, Abdel Karim al-Masri, a reçu lundi le ministre grec de la Défense. « Nous avons "
            "décidé de renforcer notre coopération navale », a assuré M. al-Masri.")
    assert speakers(analyse, body) == ["Abdel Karim al-Masri"]


def test_an_article_after_a_civility_opens_no_name(analyse):
    body = "« Nous resterons unis face à toutes les menaces », a lancé un soldat à M. le Président."
    assert all(e.label_ != "PERSON" for e in analyse(page(body)).ents)
