"""Spurious meetings, round 28: meetings only named to date or describe something else. Texts of our own,
each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page

OPENING = "Le ministre estonien de la Défense Hanno Pevkur a reçu mardi à Tallinn son homologue letton Andris Sprūds. "


def rows(analyse, body: str, **kw) -> list[tuple[str, str, list[str]]]:
    doc = analyse(page(body, **kw))
    return [(m["kind"], m["date"], m["people"]) for m in doc._.meetings]


# -- `depuis le sommet de X`: a past landmark; the one who speaks of it did not attend it ---------------------

def test_a_summit_named_as_the_start_of_a_time_makes_no_row_of_the_speaker(analyse):
    found = rows(analyse, OPENING + "Le ministre lituanien Laurynas Kasčiūnas a pour sa part affirmé que la "
                                    "position de Vilnius n'avait pas varié depuis le sommet de Washington, le 10 "
                                    "juillet dernier.")
    assert not any(kind == "sommet" for kind, _, _ in found)
    assert all("kasciunas" not in people for _, _, people in found)


def test_a_summit_where_the_speaker_spoke_keeps_its_row(analyse):
    found = rows(analyse, OPENING + "Le ministre lituanien Laurynas Kasčiūnas a pris la parole au sommet de "
                                    "Washington, le 10 juillet dernier.")
    assert any("kasciunas" in people for _, _, people in found)


def test_a_landmark_with_a_possessive_keeps_its_people(analyse):
    found = rows(analyse, OPENING + "Les deux ministres ont salué les progrès accomplis depuis leur rencontre de Riga, "
                                    "le 4 février.")
    assert any({"pevkur", "spruds"} <= set(people) for _, _, people in found)


# -- `la déclaration signée à l'issue de la conférence`: the circumstance of a thing, not a meeting told ------

def test_a_conference_ending_in_a_signed_text_recalled_by_someone_is_not_his_meeting(analyse):
    found = rows(analyse, OPENING + "Le président Alar Karis a également rappelé la charte signée le 2 mars dernier "
                                    "par les partis, à l'issue de la conférence de concertation abritée par Tartu.")
    assert all("karis" not in people for _, _, people in found)
    assert not any(kind == "conférence" for kind, _, _ in found)


def test_the_signers_of_a_text_are_at_the_visit_it_was_signed_during(analyse):
    found = rows(analyse, "L'ambassadrice Hélène Dubois a inscrit cette escale dans le cadre de la lettre d'intention "
                          "signée à Tallinn en mars 2023 par le ministre estonien de la Défense, Hanno Pevkur, et le "
                          "ministre des Armées, Sébastien Lecornu, lors de la visite de ce dernier en Estonie.")
    assert any({"pevkur", "lecornu"} <= set(people) and "dubois" not in people for _, _, people in found)


def test_a_truce_decreed_for_commemorations_makes_no_ceremony(analyse):
    found = rows(analyse, OPENING + "Le ministre a dénoncé la trêve de deux jours décrétée par le président Viktor "
                                    "Orbán pour les commémorations du 15 mars.")
    assert not any(kind in ("cérémonie", "commémoration") for kind, _, _ in found)


def test_people_who_attended_a_ceremony_keep_it(analyse):
    found = rows(analyse, "La commémoration s'est tenue le 15 mars à Budapest. Le Premier ministre Viktor Orbán, "
                          "le ministre de la Défense, Kristóf Szalay-Bobrovniczky, ainsi que des délégations ont "
                          "également assisté à la cérémonie.")
    assert any({"orban", "szalay-bobrovniczky"} <= set(people) for _, _, people in found)


# -- a headline naming a meeting by someone the body names only by title restates the body's meeting --------

BODY = ("Le sommet prévu ce dimanche 10 mars à Riga, sous l'égide du président letton Edgars Rinkēvičs, a été annulé "
        "à la dernière minute, en l'absence du président lituanien. ")


def test_a_headline_summit_is_the_body_summit_of_its_kind(analyse):
    found = rows(analyse, BODY, headline="Le sommet de Riga annulé, Gitanas Nausėda n'a pas fait le déplacement")
    summits = [people for kind, _, people in found if kind == "sommet"]
    assert len(summits) == 1 and "nauseda" in summits[0]


def test_a_headline_of_another_kind_stays_its_own(analyse):
    found = rows(analyse, BODY, headline="Gitanas Nausėda en visite à Vilnius")
    summits = [people for kind, _, people in found if kind == "sommet"]
    assert len(summits) == 1 and "nauseda" not in summits[0]
