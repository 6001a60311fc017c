"""Meeting hosts, round 60: talks in a town of the gazetteer between the head of that country's state or
government and one official the text gives no country (the leader of a party, a movement, an armed
force of no state the gazetteer knows: `Kim Jong Un, secrétaire général du Parti du Travail`): the
leader is at home and receives him. Texts of our own, with counter-examples: talks on neutral ground, two
of the same country, a minister who heads no state or government."""

from __future__ import annotations

from conftest import page


def hosts(analyse, body: str) -> list[str]:
    return [m["host"] for m in analyse(page(body))._.meetings]


# -- a leader at home, his visitor of no known country ---------------------------------------------------

def test_the_chinese_president_receives_a_party_leader_in_beijing(analyse):
    assert hosts(analyse, "Le président chinois Xi Jinping s'est entretenu jeudi à Pékin avec Kim Jong Un, "
                          "secrétaire général du Parti du Travail de Corée.") == ["jinping"]


def test_the_turkish_president_receives_the_head_of_hamas_in_istanbul(analyse):
    assert hosts(analyse, "Le président turc Recep Tayyip Erdogan s'est entretenu samedi à Istanbul avec "
                          "Ismaïl Haniyeh, chef du bureau politique du Hamas.") == ["erdogan"]


def test_the_chinese_president_receives_a_party_leader_in_a_palace_of_beijing(analyse):
    assert hosts(analyse, "Le président chinois Xi Jinping s'est entretenu mardi au Grand Palais du Peuple, à "
                          "Pékin, avec Kim Jong Un, secrétaire général du Parti du Travail de Corée.") == ["jinping"]


def test_talks_in_tianjin_are_talks_in_china(analyse):
    assert hosts(analyse, "Le président chinois Xi Jinping a tenu mardi à Tianjin des entretiens avec le "
                          "président russe Vladimir Poutine.") == ["jinping"]


def test_the_iranian_president_meets_the_head_of_hezbollah_in_tehran(analyse):
    assert hosts(analyse, "Le président iranien Massoud Pezeshkian s'est entretenu lundi à Téhéran avec Naïm "
                          "Qassem, secrétaire général du Hezbollah.") == ["pezeshkian"]


def test_the_qatari_prime_minister_meets_a_movement_leader_in_doha(analyse):
    assert hosts(analyse, "Le Premier ministre qatari, Mohammed ben Abderrahmane Al Thani, s'est entretenu "
                          "dimanche à Doha avec Ismaïl Haniyeh, chef du bureau politique du Hamas.") == ["thani"]


# -- counter-examples ------------------------------------------------------------------------------------

def test_talks_on_neutral_ground_keep_no_host(analyse):
    assert hosts(analyse, "Le président turc Recep Tayyip Erdogan s'est entretenu samedi à Genève avec "
                          "Ismaïl Haniyeh, chef du bureau politique du Hamas.") == [""]


def test_two_of_the_leaders_own_country_keep_no_host(analyse):
    assert hosts(analyse, "Le président chinois Xi Jinping s'est entretenu jeudi à Pékin avec le Premier "
                          "ministre chinois Li Qiang.") == [""]


def test_a_minister_at_home_is_no_leader_of_his_state(analyse):
    assert hosts(analyse, "Le ministre turc de la Défense Yaşar Güler s'est entretenu samedi à Ankara avec "
                          "Ismaïl Haniyeh, chef du bureau politique du Hamas.") == [""]
