"""Meeting hosts, participants and grouping, round 9d (`components/meeting_mentions.py` host functions,
`rules/meetings.yml`): texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def meetings(doc) -> list[tuple[str, str, list[str]]]:
    return [(m["kind"], m["host"], sorted(m["people"])) for m in doc._.meetings]


# -- a participle with its own agent is a passive, however hung: the main subject does not host ------

FORUM = ("Le colonel Paul Martin, attaché de défense de la France, prend part lundi et mardi à la Conférence "
         "navale de l'Atlantique (CNA), organisée conjointement par la marine brésilienne et la marine portugaise.")


def test_a_meeting_organised_by_a_body_is_not_hosted_by_the_guest(analyse):
    doc = analyse(page(FORUM))
    assert [h for _, h, _ in meetings(doc)] == [""]
    assert "martin" in meetings(doc)[0][2]


def test_a_meeting_organised_by_a_person_is_hosted_by_that_person(analyse):
    doc = analyse(page(FORUM.replace("la marine brésilienne et la marine portugaise",
                                     "le chef de la marine brésilienne, l'amiral Ricardo Souza")))
    assert [h for _, h, _ in meetings(doc)] == ["souza"]


def test_a_receiving_subject_still_hosts(analyse):
    doc = analyse(page("Recevant jeudi à Dakar le colonel Paul Martin, le ministre Ousmane Fall a salué "
                       "la coopération entre les deux armées."))
    assert [h for _, h, _ in meetings(doc)] == ["fall"]


# -- `un échange avec X` is a talk; an exchange of fire or of goods is not ---------------------------

def test_an_exchange_with_someone_is_a_meeting(analyse):
    doc = analyse(page("Mardi, à Abidjan, le général Jean Koffi a eu un long échange avec le chef "
                       "d'état-major ghanéen, le général Kwame Asante, sur la sécurité du golfe de Guinée."))
    assert [(k, p) for k, _, p in meetings(doc)] == [("échange", ["asante", "koffi"])]


def test_an_exchange_of_fire_is_no_meeting(analyse):
    doc = analyse(page("Mardi, près de la frontière, le général Jean Koffi a signalé un échange de tirs "
                       "avec des hommes armés, selon le porte-parole Kwame Asante."))
    assert meetings(doc) == []
