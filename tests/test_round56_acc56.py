"""Meeting hosts and dates, round 56: a host verb's participle opening the sentence before a place (the
tagger reads it as a name), a chair named by the title of the head of a state or government only, and the
news' present of a host verb the tagger marks future (`X accueille mardi Y`: the Tuesday of the week told,
not the next one). Texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def meetings(analyse, body: str) -> list[tuple[str, str, str]]:
    """(date, place, host) of each meeting, the page published on Thursday 14 March 2024."""
    return [(m["date"], m["location"], m["host"]) for m in analyse(page(body))._.meetings]


# -- a detached participle of a host verb opening the sentence, a place after it --------------------------

def test_an_opening_participle_before_a_town_names_the_host(analyse):
    assert meetings(analyse, "Accueilli à Canberra par le Premier ministre Anthony Albanese, Emmanuel Macron a "
                             "évoqué la sécurité du Pacifique.") == [("2024-03-14", "Canberra", "albanese")]


def test_an_opening_feminine_participle_before_a_town_names_the_host(analyse):
    assert meetings(analyse, "Reçue à Berlin par son homologue Boris Pistorius, la ministre néerlandaise de la "
                             "Défense Kajsa Ollongren a évoqué le soutien à l'Ukraine.") == [
        ("2024-03-14", "Berlin", "pistorius")]


def test_an_opening_participle_before_a_port_names_the_host(analyse):
    assert meetings(analyse, "Accueilli à Port Moresby par le Premier ministre James Marape, Emmanuel Macron a "
                             "évoqué la sécurité régionale.") == [("2024-03-14", "Port Moresby", "marape")]


def test_an_opening_participle_of_another_verb_is_no_meeting(analyse):
    assert meetings(analyse, "Interrogé à Paris par la presse, le ministre des Armées Sébastien Lecornu a évoqué "
                             "la livraison des chars.") == []


# -- a chair named by the title of a national leader only --------------------------------------------------

def test_the_head_of_state_chairing_is_the_one_president_of_the_transition(analyse):
    found = meetings(analyse, "Le colonel Assimi Goïta, président de la transition, a signé un décret. La "
                              "décision a été prise mercredi lors du Conseil des ministres tenu au palais de "
                              "Koulouba sous la présidence du chef de l'État.")
    assert [(day, host) for day, _, host in found] == [("2024-03-13", "goita")]


def test_the_head_of_state_chairing_beside_a_former_president(analyse):
    found = meetings(analyse, "L'ancien président Ibrahim Boubacar Keïta a été cité. Le colonel Assimi Goïta, "
                              "président de la transition, a présidé mercredi le Conseil des ministres. Jeudi, "
                              "un conseil de défense s'est tenu sous la présidence du chef de l'État.")
    assert found[-1] == ("2024-03-14", "", "goita")


def test_the_head_of_state_chairing_where_two_presidents_are_named_is_no_one(analyse):
    found = meetings(analyse, "Le président Emmanuel Macron a reçu jeudi le président ukrainien Volodymyr "
                              "Zelensky. Une réunion s'est tenue vendredi à l'Élysée sous la présidence du chef "
                              "de l'État.")
    assert found[-1][2] == ""


def test_a_title_of_transition_where_two_presidents_of_one_are_named_is_no_one(analyse):
    found = meetings(analyse, "Le président de la Transition, le colonel Assimi Goïta, a reçu une délégation. "
                              "Elle doit ensuite être reçue par le président de la Transition du Burkina Faso, "
                              "le capitaine Ibrahim Traoré. Un conseil de défense s'est tenu vendredi sous la "
                              "présidence du chef de l'État.")
    assert all(host != "traore" for _, _, host in found[:1])


# -- the news' present of a host verb the tagger marks future ------------------------------------------------

def test_the_present_of_accueillir_dates_the_tuesday_of_the_week(analyse):
    assert meetings(analyse, "Le ministre des Armées Sébastien Lecornu accueille mardi son homologue allemand "
                             "Boris Pistorius à Paris.") == [("2024-03-12", "Paris", "lecornu")]


def test_the_present_of_accueillir_with_ministers_dates_the_monday_of_the_week(analyse):
    assert meetings(analyse, "Le ministre de la Défense Guido Crosetto accueille lundi ses homologues du G7 à "
                             "Naples.") == [("2024-03-11", "Naples", "crosetto")]


def test_the_present_of_accueillir_a_head_of_state(analyse):
    assert meetings(analyse, "Le roi Philippe accueille mercredi le président Emmanuel Macron à Bruxelles.") == [
        ("2024-03-13", "Bruxelles", "philippe")]


def test_the_future_of_accueillir_dates_the_next_tuesday(analyse):
    assert meetings(analyse, "Le ministre des Armées Sébastien Lecornu accueillera mardi son homologue allemand "
                             "Boris Pistorius à Paris.") == [("2024-03-19", "Paris", "lecornu")]
