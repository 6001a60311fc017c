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


# -- a rank alone (`a souligné le général`) is the one of that rank the text has just named -----------------

HANDOVER = ("Le général Marc Weber a présidé vendredi sa dernière prise d'armes. « Je vous remercie pour votre "
            "loyauté et votre engagement », a-t-il déclaré devant les troupes. ")


def test_a_rank_alone_is_the_one_of_that_rank_named_last(analyse):
    body = HANDOVER + ("Le général Paul Klein, son successeur, a ensuite reçu le drapeau de l'armée. « Nous devons "
                       "attirer et garder les meilleurs talents », a souligné le général.")
    assert speakers(analyse, body) == ["Marc Weber", "Paul Klein"]


def test_a_rank_alone_counts_the_rank_written_before_the_name(analyse):
    body = HANDOVER + ("Promu la veille, le colonel Paul Klein prend sa suite. Le général Klein a ensuite reçu le "
                       "drapeau de l'armée. « Nous devons attirer et garder les meilleurs talents », a souligné "
                       "le général.")
    assert speakers(analyse, body)[-1] == "Paul Klein"


def test_a_rank_alone_after_no_other_of_that_rank_is_still_the_last_speaker(analyse):
    body = HANDOVER + ("Le ministre Paul Klein a ensuite remis le drapeau de l'armée. « Nous devons attirer et "
                       "garder les meilleurs talents », a souligné le général.")
    assert speakers(analyse, body)[-1] == "Marc Weber"


def test_a_rank_alone_is_not_the_one_the_subject_spoke_to(analyse):
    body = ("Le général Marc Weber a reçu jeudi son homologue tchèque, le général Paul Klein. Le général Weber a "
            "remercié le général Klein de son soutien. « Nous devons attirer et garder les meilleurs talents », "
            "a ajouté le général.")
    assert speakers(analyse, body) == ["Marc Weber"]


# -- a participle of speech with its own titled subject (`, le président américain qualifiant « »`) ----------

TRUCE = "Le président américain Mark Dalton et le président chinois Li Wen ont conclu jeudi une trêve commerciale, "


def test_a_titled_subject_of_a_speech_participle_speaks(analyse):
    body = TRUCE + "le président américain qualifiant leur rencontre de « grand succès »."
    assert speakers(analyse, body) == ["Mark Dalton"]


def test_a_titled_subject_of_another_speech_participle_speaks(analyse):
    body = TRUCE + "le président chinois saluant « une étape décisive »."
    assert speakers(analyse, body) == ["Li Wen"]


def test_a_speech_participle_with_no_subject_of_its_own_keeps_the_main_subject(analyse):
    body = ("Le président américain Mark Dalton a reçu jeudi le président chinois Li Wen, saluant « une étape "
            "décisive ».")
    assert speakers(analyse, body) == ["Mark Dalton"]


# -- `Pour X, ...`, `D'après X, ...`: the one the opening phrase names speaks, not one of its relative ------

def test_the_person_after_pour_speaks_not_the_one_of_his_relative_clause(analyse):
    body = ("Pour le ministre Paul Klein, qui a reçu lundi le général Jan Novak, « la situation reste fragile "
            "dans le nord du pays ».")
    assert speakers(analyse, body) == ["Paul Klein"]


def test_the_person_after_d_apres_speaks_not_the_one_of_his_apposition(analyse):
    body = ("D'après la ministre Anna Klein, qui accompagnait le général Jan Novak à Gao, « la situation reste "
            "fragile dans le nord du pays ».")
    assert speakers(analyse, body) == ["Anna Klein"]


def test_pour_opening_no_name_before_its_comma_leaves_the_subject_speaking(analyse):
    body = ("Pour sa part, le général Jan Novak, qui accompagnait le ministre Paul Klein, a jugé que « la situation "
            "reste fragile dans le nord du pays ».")
    assert speakers(analyse, body) == ["Jan Novak"]
