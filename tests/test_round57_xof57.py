"""Officials' titles, round 57: a foreign grade written noun first (`général-colonel`), the secretary of a
council or a party (`secrétaire du Conseil suprême de sécurité nationale`), and the head of an armed forces'
military police (`Grand Prévôt`). Texts of our own, each class with a counter-example."""

from __future__ import annotations

from conftest import page


def officials(analyse, body: str) -> dict[str, dict]:
    return {o["name"]: o for o in analyse(page(body))._.officials}


# -- `général-colonel`: the Ukrainian and Russian three-star grade, noun before its qualifier -----------------

def test_a_general_colonel_apposed_to_a_commander_in_chief(analyse):
    o = officials(analyse, "Le commandant en chef des forces armées ukrainiennes, le général-colonel Oleksandr "
                           "Syrsky, a annoncé mardi le retrait de ses troupes.")["Oleksandr Syrsky"]
    assert (o["rank"], o["role"], o["organisation"]) == ("général-colonel", "commandant en chef",
                                                         "forces armées ukrainiennes")


def test_a_general_colonel_before_his_title(analyse):
    o = officials(analyse, "Le général-colonel Valeri Guerassimov, chef d'état-major général des forces armées "
                           "russes, a inspecté jeudi les troupes.")["Valeri Guerassimov"]
    assert o["rank"] == "général-colonel"


def test_a_general_colonel_without_hyphen(analyse):
    o = officials(analyse, "Le ministre a reçu lundi le général colonel Oleksandr Pavliouk, commandant des "
                           "forces terrestres ukrainiennes.")["Oleksandr Pavliouk"]
    assert o["rank"] == "général-colonel"


def test_the_colonel_general_stays_as_written(analyse):
    o = officials(analyse, "Le colonel-général Iounous-bek Evkourov est arrivé mardi à Damas.")
    assert o["Iounous-bek Evkourov"]["rank"] == "colonel-général"


def test_a_general_then_a_colonel_is_two_ranks_of_two_people(analyse):
    found = officials(analyse, "Le général Pierre Schill et le colonel Jean Dupuis ont visité jeudi le camp de "
                               "Mourmelon.")
    assert found["Pierre Schill"]["rank"] == "général" and found["Jean Dupuis"]["rank"] == "colonel"


# -- `secrétaire` of a council, a party or a commission: the body after it is the organisation ---------------

def test_the_secretary_of_a_national_security_council_after_his_name(analyse):
    o = officials(analyse, "La délégation iranienne était conduite par Ali Akbar Ahmadian, secrétaire du Conseil "
                           "suprême de sécurité nationale.")["Ali Akbar Ahmadian"]
    assert (o["role"], o["organisation"]) == ("secrétaire", "Conseil suprême de sécurité nationale")


def test_the_secretary_of_a_council_before_his_name(analyse):
    o = officials(analyse, "Le secrétaire du Conseil suprême de sécurité nationale, Ali Larijani, est arrivé "
                           "lundi à Moscou.")["Ali Larijani"]
    assert o["role"] == "secrétaire"


def test_a_secretary_with_a_demonym_and_a_portfolio(analyse):
    o = officials(analyse, "Le secrétaire philippin à la Défense, Gilberto Teodoro, a reçu mardi le général "
                           "Charles Flynn à Manille.")["Gilberto Teodoro"]
    assert o["role"].startswith("secrétaire")


def test_the_secretary_of_a_party_commission(analyse):
    o = officials(analyse, "Zhang Youxia, secrétaire de la Commission militaire centrale, a présidé jeudi la "
                           "réunion à Pékin.")["Zhang Youxia"]
    assert o["role"].startswith("secrétaire") or o["role"] == "vice-président"


def test_a_secretary_of_state_keeps_his_longer_title(analyse):
    o = officials(analyse, "Le secrétaire d'État américain Antony Blinken a rencontré mardi son homologue "
                           "turc Hakan Fidan.")["Antony Blinken"]
    assert o["role"] == "secrétaire d'État"


def test_a_secretary_general_keeps_his_longer_title(analyse):
    o = officials(analyse, "Le secrétaire général de l'OTAN, Mark Rutte, a reçu jeudi le ministre polonais de "
                           "la Défense.")["Mark Rutte"]
    assert o["role"] == "secrétaire général"


# -- `Grand Prévôt`: the head of the military police of the Canadian Forces ---------------------------------

def test_a_woman_becomes_grand_provost(analyse):
    o = officials(analyse, "La brigadière-générale Vanessa Hanrahan est devenue mardi Grande Prévôt des Forces "
                           "canadiennes.")["Vanessa Hanrahan"]
    assert o["role"] == "grand prévôt" and o["organisation"] == "Forces canadiennes"  # as the text writes it


def test_the_grand_provost_apposed_after_the_name(analyse):
    o = officials(analyse, "Le major-général Simon Trudeau, Grand Prévôt des Forces canadiennes, a quitté ses "
                           "fonctions lundi à Ottawa.")["Simon Trudeau"]
    assert o["role"] == "grand prévôt"


def test_a_provost_marshal_is_no_grand_provost(analyse):
    o = officials(analyse, "Le lieutenant-colonel Marc Perrin, prévôt de la force Barkhane, a rencontré jeudi "
                           "le général Laurent Michon.")["Marc Perrin"]
    assert o["role"] != "grand prévôt"
