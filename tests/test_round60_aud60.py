"""Meeting hosts, round 60: the protocol French of audiences and courtesy calls. Who grants an audience hosts
it, even when the grant is of a series (`une série d'audiences`); the one to whom a visitor comes to present his
respects (`présenter ses civilités / ses lettres de créance à X`) or pays a courtesy call (`rendre une visite de
courtoisie à X`) receives him, one title alone standing for the one person of the text who holds it. Texts of
our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def meetings(analyse, body: str) -> list[tuple[str, list[str]]]:
    return [(m["host"], m["people"]) for m in analyse(page(body))._.meetings]


def hosts(analyse, body: str) -> list[str]:
    return [m["host"] for m in analyse(page(body))._.meetings]


# -- the one who grants an audience hosts it, one or a series ------------------------------------------------

def test_an_audience_granted_with_its_place_between_verb_and_object(analyse):
    # the parser reads `au palais Rose une audience` as one phrase: the audience hangs on `Rose`, the object
    assert hosts(analyse, "Le président de la Transition, le général Mahamat Idriss Déby, a accordé vendredi au "
                          "palais Rose une audience à M. Jean-Noël Barrot, ministre français de l'Europe et des "
                          "Affaires étrangères.") == ["deby"]


def test_a_series_of_audiences_granted_hosts_the_first_guest_named_in_the_next_sentence(analyse):
    found = meetings(analyse, "Le ministre de la Défense, le général Salifou Mody, a accordé ce lundi une série "
                              "d'audiences dans son cabinet. La première audience a été réservée à "
                              "l'ambassadeur de Chine, accompagné de l'attaché de défense, le colonel Li Wenbo.")
    assert found and found[0][0] == "mody"
    assert "wenbo" in found[0][1]


def test_an_audience_granted_to_an_unnamed_guest_invents_no_participant(analyse):
    found = meetings(analyse, "Le ministre de la Défense, le général Salifou Mody, a accordé ce lundi une "
                              "audience à une délégation d'hommes d'affaires.")
    assert [h for h, _ in found] in ([], ["mody"])
    assert all(people in ([], ["mody"]) for _, people in found)


# -- the one to whom respects are presented receives the visitor ----------------------------------------------

def test_presenting_ones_respects_to_a_minister_is_an_audience_he_hosts(analyse):
    found = meetings(analyse, "Le colonel Pierre Durand, nouvel attaché de défense près l'ambassade de France, "
                              "est venu présenter ses civilités au ministre de la Défense, le général Daoud "
                              "Yaya Brahim, à l'occasion de sa prise de fonctions.")
    assert [(h, sorted(p)) for h, p in found] == [("brahim", ["brahim", "durand"])]


def test_presenting_credentials_to_a_head_of_state_is_hosted_by_him(analyse):
    found = meetings(analyse, "M. Christophe Bigot, nouvel ambassadeur de France, a présenté mardi ses lettres "
                              "de créance au président Bassirou Diomaye Faye.")
    assert [(h, sorted(p)) for h, p in found] == [("faye", ["bigot", "faye"])]


def test_condolences_presented_to_a_family_are_no_meeting(analyse):
    assert hosts(analyse, "Le général Thierry Burkhard a présenté ses condoléances à la famille du soldat "
                          "tombé au Mali.") == []


def test_respects_presented_to_a_bare_title_give_the_next_guest_an_audience_of_his_own(analyse):
    found = meetings(analyse, "Le ministre de la Défense, le général Daoud Yaya Brahim, a accordé lundi une série "
                              "d'audiences dans son cabinet. La première audience a été réservée au colonel Jan "
                              "Novák, attaché de défense de l'ambassade de Tchéquie. Troisième hôte de la journée, "
                              "le colonel Pierre Durand, nouvel attaché de défense de l'ambassade de Belgique, est "
                              "venu présenter ses civilités au Ministre.")
    assert [(h, sorted(p)) for h, p in found] == [("brahim", ["brahim", "novak"]), ("brahim", ["brahim", "durand"])]


def test_a_letter_sent_to_a_president_is_no_audience(analyse):
    assert hosts(analyse, "Le ministre Sébastien Lecornu a adressé mardi une lettre au président Bassirou "
                          "Diomaye Faye.") == []


# -- a courtesy call: the one called on hosts ------------------------------------------------------------------

def test_a_courtesy_call_on_a_prime_minister_is_hosted_by_him(analyse):
    found = meetings(analyse, "Le général Angus Campbell a rendu jeudi une visite de courtoisie au Premier "
                              "ministre singapourien Lawrence Wong.")
    assert [(h, sorted(p)) for h, p in found] == [("wong", ["campbell", "wong"])]


# -- `hôte` meaning a guest of the day is no host --------------------------------------------------------------

def test_a_guest_of_the_day_is_no_host(analyse):
    found = meetings(analyse, "Le ministre de la Défense, le général Daoud Yaya Brahim, a reçu lundi plusieurs "
                              "visiteurs. Troisième hôte de la journée, le colonel Pierre Durand a évoqué la "
                              "formation des cadres.")
    assert all(h != "durand" for h, _ in found)
