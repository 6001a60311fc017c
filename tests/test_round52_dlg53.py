"""Meeting participants, round 52: the members of a side or a delegation told in the sentence after the
meeting (`La partie américaine comprenait X et Y`, `Côté burkinabè, X et Y ont pris part à l'échange`) join
the meeting just told. Texts of our own, each class with counter-examples."""

from __future__ import annotations

from conftest import page


def people(analyse, body: str) -> list[list[str]]:
    return [m["people"] for m in analyse(page(body))._.meetings]


# -- a side (`la partie malienne`) made of people: a verb of composition whose subject is the side -----------

def test_the_side_of_a_country_comprised_people(analyse):
    assert people(analyse, "Le président Ismaïl Omar Guelleh a reçu jeudi le secrétaire américain à la Défense "
                           "Lloyd Austin. La partie américaine comprenait l'ambassadeur Jonathan Pratt et le "
                           "général Jami Shawley.") == [["guelleh", "austin", "pratt", "shawley"]]


def test_the_side_of_a_country_was_made_of_people(analyse):
    assert people(analyse, "Le ministre Abdoulaye Diop s'est entretenu mardi à Bamako avec son homologue "
                           "algérien Ahmed Attaf. La partie algérienne était composée du général Saïd "
                           "Chanegriha et de l'ambassadeur Kamel Rezzag-Bara.") == [
        ["diop", "attaf", "chanegriha", "rezzag-bara"]]


def test_the_side_of_a_country_counted_people(analyse):
    found = people(analyse, "Le président Mohamed Bazoum a reçu lundi à Niamey le ministre des Armées Florence "
                            "Parly. La partie française comptait aussi le général François Lecointre et "
                            "l'ambassadeur Sylvain Itté.")
    assert len(found) == 1 and {"lecointre", "itte"} <= set(found[0])


# -- a side opening the sentence (`Côté burkinabè, X et Y ont pris part à ...`) -----------------------------

def test_a_side_took_part_in_the_exchange(analyse):
    found = people(analyse, "Le président Ibrahim Traoré a reçu jeudi le ministre togolais Robert Dussey. "
                            "Côté burkinabè, le ministre de la Défense, le général Kassoum Coulibaly, et la "
                            "ministre Olivia Rouamba ont pris part à l'échange.")
    assert len(found) == 1 and {"traore", "dussey", "coulibaly", "rouamba"} <= set(found[0])


def test_a_side_took_part_in_the_working_session_told_before(analyse):
    found = people(analyse, "Le président Alassane Ouattara a reçu mardi le président John Mahama pour une "
                            "séance de travail élargie aux délégations. Côté ivoirien, le Premier ministre "
                            "Robert Beugré Mambé et le ministre Téné Birahima Ouattara ont pris part à la "
                            "séance de travail.")
    assert len(found) == 1 and {"mahama", "mambe"} <= set(found[0])


# -- counter-examples ---------------------------------------------------------------------------------------

def test_a_committee_made_of_people_with_no_side_adds_no_one(analyse):
    found = people(analyse, "Le ministre Lecornu a reçu lundi son homologue roumain Angel Tilvar. Le comité "
                            "d'audit comprend le général Daniel Petrescu et l'amiral Mihai Panait.")
    assert found == [["lecornu", "tilvar"]]


def test_a_part_with_no_country_is_no_side(analyse):
    found = people(analyse, "Le ministre Lecornu a reçu lundi son homologue roumain Angel Tilvar. La partie "
                            "la plus ancienne du programme comprenait le général Daniel Petrescu.")
    assert found == [["lecornu", "tilvar"]]


def test_a_side_with_no_meeting_told_makes_no_meeting(analyse):
    assert people(analyse, "La loi de programmation a été votée mardi. Côté français, le général Pierre "
                           "Schill et l'amiral Nicolas Vaujour ont pris part aux travaux préparatoires.") in (
        [], [["schill", "vaujour"]])


def test_a_side_speaking_of_the_meeting_is_no_attendance(analyse):
    found = people(analyse, "Le président Volodymyr Zelensky a rencontré samedi le président Donald Trump à "
                            "Rome. Côté américain, le porte-parole Steven Cheung a évoqué une discussion "
                            "très productive.")
    assert all("cheung" not in meeting for meeting in found)


def test_a_side_made_of_chiefs_of_staff_named_after_their_title(analyse):
    found = people(analyse, "Le ministre Sébastien Lecornu a reçu lundi son homologue estonien Hanno Pevkur. "
                            "La partie française était composée du chef d'état-major général des armées, le "
                            "général de corps d'armée Thierry Burkhard, et du chef d'état-major de la Marine, "
                            "l'amiral Nicolas Vaujour.")
    assert len(found) == 1 and {"burkhard", "vaujour"} <= set(found[0])
