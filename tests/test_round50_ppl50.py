"""People, round 50: things read as people (titles, outlets, machines). Texts of our own, each behaviour
with a counter-example."""

from __future__ import annotations

from conftest import page


def people(analyse, body: str) -> set[str]:
    doc = analyse(page(body))
    return {o["name"] for o in doc._.officials}


def person_mentions(analyse, body: str) -> set[str]:
    return {e.text for e in analyse(page(body)).ents if e.label_ == "PERSON"}


def met(analyse, body: str) -> set[tuple[str, str]]:
    doc = analyse(page(body))
    return {(r["subject"], r["object"]) for r in doc._.relations if r["relation"] == "MET"}


# -- an academic or a churchman's title before a name is no name (`Prof. X`, `Pr X`, `Mgr X`) ----------------

def test_an_academic_title_with_its_full_stop_is_no_person(analyse):
    found = people(analyse, "Le chef de l'État a reçu lundi le ministre malien de la Défense, en présence du "
                            "ministre des Affaires étrangères, Prof. Alain Kossivi Amegah. Prof. Amegah a pris "
                            "la parole à l'issue de l'audience.")
    assert "Alain Kossivi Amegah" in found
    assert not any(n.startswith("Prof") for n in found)


def test_an_academic_title_written_in_full_is_no_person(analyse):
    found = people(analyse, "Le ministre de l'Enseignement supérieur, le Professeur Mamadou Kéita, a accompagné "
                            "la délégation à Bamako mardi.")
    assert any(n.endswith("Kéita") for n in found)
    assert not any("Professeur" in n for n in found)


def test_a_churchman_s_title_is_no_person(analyse):
    found = people(analyse, "Le président de la République a reçu jeudi Mgr Joseph Ndayisenga, archevêque de "
                            "Gitega, au palais présidentiel.")
    assert "Joseph Ndayisenga" in found
    assert not any(n.startswith("Mgr") for n in found)


def test_a_name_without_title_is_unchanged(analyse):
    found = people(analyse, "Le ministre des Affaires étrangères, Alain Kossivi Amegah, a reçu lundi "
                            "l'ambassadeur de France.")
    assert "Alain Kossivi Amegah" in found


# -- an outlet's name in a dateline or a sign-off is no person ----------------------------------------------

def test_an_outlet_told_is_no_person(analyse):
    found = people(analyse, "Le ministre de la Défense, Alain Kossi, a reçu mardi son homologue béninois. "
                            "Le ministre Alain Kossi l'a dit à Kalo News mardi.")
    assert not any("News" in n for n in found)
    assert "Alain Kossi" in found


def test_a_person_s_name_beside_an_outlet_stays_a_person(analyse):
    found = people(analyse, "Interrogé par Sahel News, le ministre Mahamane Sani Mahamadou a salué la "
                            "coopération avec le Tchad.")
    assert "Mahamane Sani Mahamadou" in found


# -- a machine's type (after a plural determiner) is no person wherever it stands ----------------------------

def test_a_helicopter_type_piloted_is_no_person(analyse):
    body = ("Les Tigre et les Caïman étaient alignés sur le tarmac pour la prise d'armes présidée par le général "
            "Marc Delorme. Le colonel Hugo Vasseur a pris le commandement du régiment. Son successeur, pilote de "
            "Tigre passé par le 1er RHC, connaît bien la maison. « Je reviens chez moi », a-t-il déclaré.")
    found = person_mentions(analyse, body)
    assert "Tigre" not in found and "Caïman" not in found
    assert {"Marc Delorme", "Hugo Vasseur"} <= found
    assert not any("Tigre" in pair for pair in met(analyse, body))


def test_a_light_helicopter_type_is_no_person(analyse):
    found = person_mentions(analyse, "Les Gazelle de l'escadrille ont été remplacées cette année. Son adjoint, "
                                     "pilote de Gazelle formé au Luc, a été décoré par le général Anne Roux.")
    assert "Gazelle" not in found
    assert "Anne Roux" in found


def test_an_armoured_vehicle_type_aboard_is_no_person(analyse):
    found = person_mentions(analyse, "Des Griffon du régiment ont défilé devant le ministre Sébastien Arnaud. "
                                     "À bord d'un Griffon, le ministre a traversé le camp avec le colonel "
                                     "Louis Perrier.")
    assert "Griffon" not in found
    assert {"Sébastien Arnaud", "Louis Perrier"} <= found


def test_a_one_word_surname_without_a_plural_determiner_stays_a_person(analyse):
    found = person_mentions(analyse, "Le colonel Paul Faucon a pris le commandement du régiment vendredi. "
                                     "Le successeur de Faucon, le colonel Éric Morel, arrive de Phalsbourg.")
    assert {"Paul Faucon", "Faucon", "Éric Morel"} <= found
