"""Finding meetings, round 36: talks inside a ceremony or a visit, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def keys(analyse, body: str) -> list[tuple[str, list[str]]]:
    doc = analyse(page(body))
    return [(m["kind"], sorted(m["people"])) for m in doc._.meetings]


CEREMONY = ("La cérémonie de remise des diplômes s'est tenue jeudi à l'Académie militaire de Kigali, en présence de "
            "plusieurs ministres de la région. ")


# -- `avec plusieurs de ses hôtes, dont A et B`: the members the relative names are the partners -------------

def test_partners_listed_after_dont_take_part_in_talks_after_a_ceremony(analyse):
    found = keys(analyse, CEREMONY + "À l'issue de la cérémonie, le président Paul Kagame a eu des entretiens "
                                     "en aparté avec plusieurs de ses invités, dont le président Évariste "
                                     "Ndayishimiye et le président Yoweri Museveni.")
    talks = [people for kind, people in found if kind == "entretiens"]
    assert sorted(talks) == [["kagame", "museveni"], ["kagame", "ndayishimiye"]]


def test_a_single_talk_with_two_partners_stays_one_meeting(analyse):
    found = keys(analyse, CEREMONY + "À l'issue de la cérémonie, le président Paul Kagame a eu un entretien "
                                     "avec le président Évariste Ndayishimiye et le président Yoweri Museveni.")
    talks = [people for kind, people in found if kind != "cérémonie"]
    assert talks == [["kagame", "museveni", "ndayishimiye"]]


def test_people_listed_after_dont_under_a_thing_take_no_part(analyse):
    found = keys(analyse, "Le président Paul Kagame a eu jeudi des entretiens avec le ministre Vincent Biruta. "
                          "Ils ont évoqué les propositions soumises aux chefs d'État de la région, dont le "
                          "président Yoweri Museveni.")
    assert all("museveni" not in people for _, people in found)


# -- `a prêté serment`: a swearing-in, however the parser hangs the bare object -----------------------------

def test_a_swearing_in_opens_a_ceremony_with_the_one_sworn_in(analyse):
    # the parser makes `serment` the head of the sentence here, `prêté` hung on it
    found = keys(analyse, "Monrovia, 22 janvier 2024 (LNA) - Le président élu, Joseph Boakai, a prêté serment ce "
                          "lundi 22 janvier 2024 à Monrovia, devant la Cour suprême, ouvrant un nouveau mandat de "
                          "six ans.")
    assert [kind for kind, _ in found] == ["cérémonie"] and "boakai" in found[0][1]


def test_lending_a_hand_is_no_ceremony(analyse):
    found = keys(analyse, "Le ministre Joseph Boakai a prêté main-forte lundi 22 janvier 2024 aux sauveteurs "
                          "de Monrovia.")
    assert found == []


# -- `X a participé à une séance ..., puis a rencontré Y`: the session and the meeting are two ---------------

def test_a_meeting_verb_joined_to_a_session_noun_opens_its_own_meeting(analyse):
    found = keys(analyse, "Mardi 12 mars, la ministre canadienne Anita Anand a participé à une séance consacrée à "
                          "l'Arctique, puis a rencontré le ministre norvégien Bjørn Arild Gram.")
    assert sorted(found) == [("rencontre", ["anand", "gram"]), ("séance", ["anand"])]


def test_a_session_joined_to_a_verb_naming_no_one_stays_one_meeting(analyse):
    found = keys(analyse, "Mardi 12 mars, la ministre canadienne Anita Anand a participé à une séance consacrée à "
                          "l'Arctique, puis a rencontré la presse.")
    assert found == [("séance", ["anand"])]
