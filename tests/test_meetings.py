"""Meetings: triggers, host, participants, kind, date, place, side meetings, and how mentions group.

Each text starts with a headline and a publication date, as news pages do. People are person keys.
"""

from __future__ import annotations

import pytest

from conftest import dated_page as article

CASES = {
    "hosting-accueilli": (
        article("14 Mar. 2023", "Le 13 mars 2023, le général Thierry Burkhard a accueilli le général Carsten Breuer "
                                "à Balard."),
        {"kind": "visite", "date": "2023-03-13", "location": "Balard", "host": "burkhard",
         "people": {"burkhard", "breuer"}},
    ),
    "hosting-recu": (
        article("16 Feb. 2023", "Le 15 février 2023, le secrétaire général de l'OTAN, Jens Stoltenberg, a reçu le "
                                "ministre suédois de la Défense, Pål Jonson, à Bruxelles."),
        {"kind": "visite", "date": "2023-02-15", "location": "Bruxelles", "host": "stoltenberg",
         "people": {"stoltenberg", "jonson"}},
    ),
    "hosting-recu-counterpart-apposition": (
        article("14 Mar. 2023", "Le 13 mars 2023, le général Thierry Burkhard a reçu son homologue allemand, le "
                                "général Carsten Breuer, à Paris."),
        {"kind": "visite", "date": "2023-03-13", "location": "Paris", "host": "burkhard",
         "people": {"burkhard", "breuer"}},
    ),
    "passive-recu-par": (
        article("14 Mar. 2023", "Le 13 mars 2023, le général Carsten Breuer a été reçu par le général Thierry "
                                "Burkhard à Paris."),
        {"kind": "visite", "date": "2023-03-13", "location": "Paris", "host": "burkhard",
         "people": {"burkhard", "breuer"}},
    ),
    "passive-accueilli-date-inside": (
        article("16 Feb. 2023", "Le ministre suédois de la Défense, Pål Jonson, a été accueilli le 15 février 2023 "
                                "à Bruxelles par le secrétaire général de l'OTAN, Jens Stoltenberg."),
        {"date": "2023-02-15", "location": "Bruxelles", "host": "stoltenberg", "people": {"stoltenberg", "jonson"}},
    ),
    "s-est-entretenu-avec": (
        article("6 Jun. 2023", "Le 5 juin 2023, le ministre des Armées, Sébastien Lecornu, s'est entretenu avec son "
                               "homologue allemand, Boris Pistorius, à Berlin."),
        # round 18 host convention (rules/README.md): talks in the home town of one side, hosted by it
        {"kind": "entretiens", "date": "2023-06-05", "location": "Berlin", "host": "pistorius",
         "people": {"lecornu", "pistorius"}},
    ),
    "phone-call-noun": (
        article("6 Jun. 2023", "Le 5 juin 2023, le général Mark Milley a eu un entretien téléphonique avec le "
                               "général Valeri Guerassimov."),
        {"kind": "entretien téléphonique", "date": "2023-06-05", "location": "", "host": "",
         "people": {"milley", "guerassimov"}},
    ),
    "phone-call-exchange": (
        article("6 Jun. 2023", "Le 5 juin 2023, Sébastien Lecornu a eu un échange téléphonique avec son homologue "
                               "ukrainien, Oleksii Reznikov."),
        {"kind": "échange téléphonique", "date": "2023-06-05", "location": "", "people": {"lecornu", "reznikov"}},
    ),
    "date-range-at-nato-headquarters": (
        article("24 Nov. 2021", "Du 22 au 25 novembre 2021, l'amiral Rob Bauer a présidé une réunion du Comité "
                                "militaire au siège de l'OTAN."),
        {"kind": "réunion", "date": "2021-11-22/2021-11-25", "location": "siège de l'OTAN", "host": "bauer"},
    ),
    "date-pair": (
        article("12 Jul. 2023", "Les 11 et 12 juillet 2023, les chefs d'État et de gouvernement des pays de l'OTAN "
                                "se sont réunis en sommet à Vilnius."),
        {"kind": "sommet", "date": "2023-07-11/2023-07-12", "location": "Vilnius", "host": "", "people": set()},
    ),
    "location-city": (
        article("16 Feb. 2023", "Les ministres de la Défense de l'OTAN se sont réunis le 15 février 2023 à "
                                "Bruxelles."),
        {"kind": "réunion", "date": "2023-02-15", "location": "Bruxelles", "host": ""},
    ),
    "location-seat-then-city": (
        article("16 Feb. 2023", "Le 15 février 2023, Jens Stoltenberg a reçu Pål Jonson au siège de l'OTAN, à "
                                "Bruxelles."),
        {"date": "2023-02-15", "location": "siège de l'OTAN", "host": "stoltenberg"},
    ),
    "location-named-building": (
        article("16 Feb. 2023", "Le 15 février 2023, Sébastien Lecornu a reçu Boris Pistorius à l'hôtel de "
                                "Brienne."),
        {"date": "2023-02-15", "location": "hôtel de Brienne", "host": "lecornu", "people": {"lecornu", "pistorius"}},
    ),
    "date-without-year": (
        article("6 Jun. 2023", "Le 5 juin, le ministre des Armées, Sébastien Lecornu, s'est entretenu avec Boris "
                               "Pistorius à Berlin."),
        {"date": "2023-06-05", "location": "Berlin", "people": {"lecornu", "pistorius"}},
    ),
    "undated-meeting-takes-publication-date": (
        article("14 Mar. 2023", "Le général Thierry Burkhard a accueilli le général Carsten Breuer à Balard."),
        {"date": "2023-03-14", "host": "burkhard", "people": {"burkhard", "breuer"}},
    ),
}


KNOWN_BUGS: dict[str, str] = {}  # case id -> why it fails, while a bug is open


def params(table: dict, known_bugs: dict[str, str]) -> list:
    """The cases of `table` as pytest params, the known bugs marked as strict expected failures."""
    return [pytest.param(*case, id=name, marks=[pytest.mark.xfail(reason=known_bugs[name], strict=True)]
                         if name in known_bugs else []) for name, case in table.items()]


def meeting_fields(meeting: dict, expected: dict) -> dict:
    return {k: set(meeting[k]) if k == "people" else meeting[k] for k in expected}


@pytest.mark.parametrize(("text", "expected"), params(CASES, KNOWN_BUGS))
def test_single_meeting(analyse, text, expected):
    meetings = analyse(text)._.meetings
    assert len(meetings) == 1, meetings
    assert meeting_fields(meetings[0], expected) == expected


def test_phone_call_by_verb(analyse):
    doc = analyse(article("6 Jun. 2023", "Le 5 juin 2023, le général Mark Milley s'est entretenu par téléphone avec "
                                         "le général Valeri Guerassimov."))
    assert len(doc._.meetings) == 1
    assert "téléphon" in doc._.meetings[0]["kind"], doc._.meetings[0]["kind"]


SIDE = article("12 Jul. 2023", "Le 11 juillet 2023, les chefs d'État et de gouvernement des pays de l'OTAN se sont "
                               "réunis en sommet à Vilnius. En marge du sommet, le président Emmanuel Macron s'est "
                               "entretenu avec le président Volodymyr Zelensky.")


def test_side_meeting_is_its_own(analyse):
    meetings = analyse(SIDE)._.meetings
    assert [m["side"] for m in meetings] == [False, True]
    main, side = meetings
    assert (main["kind"], main["date"], main["location"], main["people"]) == ("sommet", "2023-07-11", "Vilnius", [])
    assert set(side["people"]) == {"macron", "zelensky"}
    assert (side["date"], side["location"], side["host"]) == ("2023-07-11", "Vilnius", "")


def test_side_meeting_kind_is_what_happened_on_the_side(analyse):
    """The side meeting is talks between two presidents; the summit is only where they happened."""
    side = analyse(SIDE)._.meetings[1]
    assert side["kind"].startswith("entretiens"), side["kind"]


def test_two_dates_two_meetings(analyse):
    doc = analyse(article("30 Jun. 2023", "Le 12 juin 2023, l'amiral Rob Bauer a rencontré le général Christopher "
                                          "Cavoli à Mons. Le 28 juin 2023, l'amiral Rob Bauer a rencontré le général "
                                          "Carsten Breuer à Berlin."))
    got = [(m["date"], m["location"], set(m["people"])) for m in doc._.meetings]
    assert got == [("2023-06-12", "Mons", {"bauer", "cavoli"}), ("2023-06-28", "Berlin", {"bauer", "breuer"})]


def test_two_dates_two_meetings_second_host_a_pronoun(analyse):
    """`il a reçu`: the admiral named in the sentence before is the host of the second meeting."""
    doc = analyse(article("30 Jun. 2023", "Le 12 juin 2023, l'amiral Rob Bauer a rencontré le général Christopher "
                                          "Cavoli à Mons. Le 28 juin 2023, il a reçu le général Carsten Breuer à "
                                          "Bruxelles."))
    got = [(m["date"], m["location"], m["host"], set(m["people"])) for m in doc._.meetings]
    assert got == [("2023-06-12", "Mons", "", {"bauer", "cavoli"}),
                   ("2023-06-28", "Bruxelles", "bauer", {"bauer", "breuer"})]


def test_next_day_is_another_meeting(analyse):
    doc = analyse(article("16 Feb. 2023", "Le 15 février 2023, Sébastien Lecornu a reçu Boris Pistorius à Paris. "
                                          "Le lendemain, les deux ministres se sont rendus ensemble à Bourges."))
    got = [(m["date"], m["location"], set(m["people"])) for m in doc._.meetings]
    assert got == [("2023-02-15", "Paris", {"lecornu", "pistorius"}),
                   ("2023-02-16", "Bourges", {"lecornu", "pistorius"})]


def test_videoconference_on_another_day_takes_no_place_from_the_visit(analyse):
    """A videoconference has no common place; the visit of the day before is no place of it."""
    doc = analyse(article("16 Feb. 2023", "Le 14 février 2023, le général Thierry Burkhard a accueilli le général "
                                          "Carsten Breuer à Balard. Le 15 février 2023, le général Thierry Burkhard "
                                          "s'est entretenu par visioconférence avec le général Mark Milley."))
    got = [(m["kind"], m["date"], m["location"], set(m["people"])) for m in doc._.meetings]
    assert got == [("visite", "2023-02-14", "Balard", {"burkhard", "breuer"}),
                   ("visioconférence", "2023-02-15", "", {"burkhard", "milley"})]


def test_later_mentions_join_the_same_meeting(analyse):
    doc = analyse(article("14 Mar. 2023", "Le 13 mars 2023, le général Thierry Burkhard a accueilli le général "
                                          "Carsten Breuer à Balard. Au cours de ces entretiens, les deux chefs "
                                          "d'état-major ont évoqué le soutien à l'Ukraine. La visite s'est achevée "
                                          "par la signature d'une feuille de route."))
    meetings = doc._.meetings
    assert len(meetings) == 1, meetings
    meeting = meetings[0]
    assert (meeting["date"], meeting["location"], meeting["host"]) == ("2023-03-13", "Balard", "burkhard")
    assert set(meeting["people"]) == {"burkhard", "breuer"}
    assert len(meeting["sentences"]) == 3


def test_headline_is_no_meeting_of_its_own(analyse):
    doc = analyse("Le CEMA reçoit son homologue allemand\n\n  • 14 Mar. 2023 -\n\nLe 13 mars 2023, le général "
                  "Thierry Burkhard a accueilli le général Carsten Breuer à Balard.")
    assert len(doc._.meetings) == 1


NO_MEETING = {
    "quoted-sentence": "Le général Thierry Burkhard a rappelé le contexte. « Nous nous sommes réunis avec nos alliés "
                       "à Bruxelles pour préparer le sommet », a-t-il déclaré.",
    "quoted-hosting": "« La France a accueilli des réfugiés ukrainiens dès les premiers jours de la guerre », a "
                      "souligné la ministre des Armées.",
    "no-trigger": "Le général Pierre Schill a présenté le plan de transformation de l'armée de Terre.",
}


@pytest.mark.parametrize("body", NO_MEETING.values(), ids=NO_MEETING.keys())
def test_no_meeting(analyse, body):
    assert analyse(article("14 Mar. 2023", body))._.meetings == []
