"""Meeting hosts, round 59: the host at home in his house. Who received a visitor in a building (a palace, a
ministry's seat) that day receives again there: a gathering told later the same day in that building, its host
among its people and a newcomer joining, is his. Texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def hosts(analyse, body: str) -> list[tuple[str, str]]:
    return [(m["kind"], m["host"]) for m in analyse(page(body))._.meetings]


# -- a summit joined by a newcomer in the palace where the host received his first guest -----------------------

def test_a_third_president_joins_two_at_the_palace_for_a_summit(analyse):
    assert hosts(analyse, "Le président Abdelmadjid Tebboune a reçu lundi au palais d'El Mouradia son homologue "
                          "tunisien Kaïs Saïed pour un entretien en tête-à-tête. Dans l'après-midi, le président du "
                          "Conseil présidentiel libyen, Mohamed el-Menfi, a rejoint les deux présidents au palais "
                          "d'El Mouradia pour un sommet à trois.") == [
        ("entretien en tête-à-tête", "tebboune"), ("sommet", "tebboune")]


def test_the_palace_told_shorter_the_second_time(analyse):
    assert ("sommet", "mnangagwa") in hosts(
        analyse, "Le président Emmerson Mnangagwa a reçu jeudi au palais d'État de Harare le président zambien "
                 "Hakainde Hichilema. Dans l'après-midi, le président mozambicain Filipe Nyusi a pris part au "
                 "palais d'État à un sommet avec les deux chefs d'État.")


def test_a_president_receives_a_second_leader_at_his_palace(analyse):
    assert ("sommet", "saied") in hosts(
        analyse, "Le président Kaïs Saïed a reçu jeudi au palais de Carthage son homologue algérien Abdelmadjid "
                 "Tebboune pour un entretien en tête-à-tête. Dans l'après-midi, le Premier ministre libyen, "
                 "Abdelhamid Dbeibah, a rejoint les deux présidents au palais de Carthage pour un sommet à trois.")


def test_talks_widened_at_the_ministry_the_same_day(analyse):
    assert ("réunion de travail", "pistorius") in hosts(
        analyse, "Le ministre allemand de la Défense Boris Pistorius a reçu mercredi au siège du ministère de la "
                 "Défense à Berlin son homologue polonais Władysław Kosiniak-Kamysz. Dans l'après-midi, le ministre "
                 "lituanien Laurynas Kasčiūnas a rejoint les deux ministres au siège du ministère de la Défense "
                 "pour une réunion de travail.")


def test_a_summit_at_the_palace_after_a_tete_a_tete(analyse):
    assert ("sommet", "kagame") in hosts(
        analyse, "Le président Paul Kagame a reçu vendredi au palais d'Urugwiro son homologue burundais Évariste "
                 "Ndayishimiye pour un entretien en tête-à-tête. Dans l'après-midi, le président ougandais, Yoweri "
                 "Museveni, a rejoint les deux chefs d'État au palais d'Urugwiro pour un sommet à trois.")


# -- counter-examples: another day, a host absent, a side meeting keep no host ---------------------------------

def test_the_palace_host_absent_from_the_later_talks_hosts_nothing(analyse):
    found = hosts(analyse, "Le président Paul Kagame a reçu vendredi au palais d'Urugwiro le président burundais "
                           "Évariste Ndayishimiye. Dans la soirée, au palais d'Urugwiro, le président ougandais Yoweri "
                           "Museveni et le président burundais Évariste Ndayishimiye se sont entretenus en marge du "
                           "dîner.")
    assert [h for k, h in found if k != "visite"] == [""]


def test_a_later_meeting_in_another_building_keeps_no_host_from_the_palace(analyse):
    found = hosts(analyse, "Le président Paul Kagame a reçu vendredi au palais d'Urugwiro le président burundais "
                           "Évariste Ndayishimiye. Dans la soirée, à l'hôtel Serena de Kigali, le président ougandais "
                           "Yoweri Museveni et le président burundais Évariste Ndayishimiye ont eu un entretien.")
    assert [h for k, h in found if k != "visite"] == [""]


# -- a guest never hosts: a visitor holding the office of the house he is received in is not at home there ------

def test_a_visiting_minister_at_the_ministry_of_his_host_is_received(analyse):
    found = hosts(analyse, "Le président Mahamat Idriss Déby Itno a reçu en audience mercredi 5 juin au palais "
                           "présidentiel le ministre russe des Affaires étrangères Sergueï Lavrov. Dans l'après-midi "
                           "du 5 juin, Sergueï Lavrov a eu une séance de travail au ministère des Affaires étrangères "
                           "avec le porte-parole du gouvernement, Abderaman Koulamallah.")
    assert found[-1][1] == "koulamallah"


def test_a_visiting_defence_minister_met_at_the_ministry_names_no_host_of_his_own(analyse):
    found = hosts(analyse, "Le président Ibrahim Traoré a reçu le 3 mars 2025 au palais de Kosyam le ministre "
                           "malien de la Défense Sadio Camara. Dans l'après-midi du 3 mars 2025, Sadio Camara a eu une "
                           "séance de travail au ministère de la Défense avec le colonel Salif Ouattara et le "
                           "commandant Issa Ouédraogo.")
    assert "camara" not in [h for _, h in found]
