"""Round 24 (hst24): meeting hosts read from the frame: talks of a stay are hosted by whoever received the visitor."""

from __future__ import annotations

from tests.conftest import page


def _hosts(analyse, body: str) -> dict[str, str]:
    return {m["kind"]: m["host"] for m in analyse(page(body))._.meetings}


def _meetings(analyse, body: str) -> list[dict]:
    return list(analyse(page(body))._.meetings)


def test_talks_of_stay_hosted_by_receiver(analyse):
    body = ("Arrivé mardi soir à Oslo, le ministre danois de la Défense, Karl Jensen, a été accueilli à l'aéroport "
            "par son homologue norvégien, Tor Haugen. Mercredi matin, les deux ministres se sont entretenus au "
            "ministère de la Défense.")
    talks = [m for m in _meetings(analyse, body) if m["kind"].startswith("entretien")]
    assert talks and talks[0]["host"] == "haugen"


def test_talks_in_another_town_keep_no_host(analyse):  # counter-example: the visitor moved on to another town
    body = ("Le ministre norvégien de la Défense, Tor Haugen, a reçu lundi à Oslo son homologue danois, Karl Jensen. "
            "Le lendemain, Karl Jensen s'est rendu à Stockholm, où il s'est entretenu avec Tor Haugen.")
    later = [m for m in _meetings(analyse, body) if m["location"] == "Stockholm"]
    assert later and not later[0]["host"]


def test_talks_with_newcomer_not_hosted_by_receiver(analyse):  # counter-example: someone else is met
    body = ("Le ministre norvégien de la Défense, Tor Haugen, a reçu lundi à Oslo son homologue danois, Karl Jensen. "
            "Mardi, Karl Jensen s'est entretenu avec le ministre suédois de la Défense, Pål Berg.")
    talks = [m for m in _meetings(analyse, body) if "berg" in m["people"]]
    assert talks and talks[0]["host"] != "haugen"


def test_stay_talks_unit_rule():
    """The grouper's reading alone: a person merely accompanying is no guest of the receiver."""
    from pipeline.components.meeting_groups import MeetingGrouper
    from pipeline.rulebook import default_rules, load_rules

    grouper = MeetingGrouper(load_rules(default_rules()))
    base = {"remote": False, "side": False, "date_own": True, "verb_only": False}
    stay = {**base, "kind": "visite", "host": "a", "strong_host": True, "people": ["a", "b", "c"],
            "hosted": [("a", "b", "", 0, 1)], "guests": ["b"], "date": "2024-03-12", "location": "Oslo",
            "start_char": 0}
    talks = {**base, "kind": "entretien", "host": "", "strong_host": False, "people": ["b", "a"], "hosted": [],
             "guests": [], "date": "2024-03-13", "location": "", "start_char": 50}
    escort = {**base, "kind": "entretien", "host": "", "strong_host": False, "people": ["c", "a"], "hosted": [],
              "guests": [], "date": "2024-03-13", "location": "", "start_char": 90}
    grouper.host_of_stay_talks([stay, talks, escort])
    assert talks["host"] == "a" and escort["host"] == ""


def test_welcome_at_event_one_chairs_stays_his(analyse):
    body = ("Le président finlandais, Matti Koski, a présidé mardi à Turku la cérémonie du centenaire de la marine. "
            "A son arrivée sur la tribune, le président a été accueilli par le chef d'état-major des armées, "
            "le général Pekka Lind.")
    meetings = _meetings(analyse, body)
    assert len(meetings) == 1 and meetings[0]["host"] == "koski" and "lind" in meetings[0]["people"]


def test_reception_next_day_elsewhere_is_its_own(analyse):  # counter-example: another day, another town
    body = ("Le président finlandais, Matti Koski, a présidé mardi à Turku la cérémonie du centenaire de la marine. "
            "Mercredi, le président a été reçu à Stockholm par le roi Carl Gustaf.")
    meetings = _meetings(analyse, body)
    assert len(meetings) == 2 and {m["host"] for m in meetings} == {"koski", "gustaf"}


_BALTIC = ("Le ministre letton de la Défense, Andris Ozols, a annoncé lundi à Riga une aide nouvelle. Mardi, la "
           "réunion des ministres de la Défense des pays baltes, présidée par le ministre {} de la Défense, s'est "
           "tenue à Riga en présence du ministre estonien de la Défense, Tiit Kask.")


def test_chair_described_by_role_is_its_holder(analyse):
    meetings = [m for m in _meetings(analyse, _BALTIC.format("letton")) if m["kind"].startswith("réunion")]
    assert meetings and meetings[0]["host"] == "ozols"


def test_person_named_after_the_marker_clause_is_no_chair(analyse):  # counter-example: Kask merely attends
    meetings = [m for m in _meetings(analyse, _BALTIC.format("lituanien")) if m["kind"].startswith("réunion")]
    assert meetings and meetings[0]["host"] != "kask"


def test_talks_with_his_host_named_in_apposition(analyse):
    body = ("En marge du forum de Riga, le ministre estonien de la Défense, Tiit Kask, a eu un entretien avec son "
            "hôte, le ministre letton de la Défense, Andris Ozols.")
    talks = [m for m in _meetings(analyse, body) if m["kind"].startswith("entretien")]
    assert talks and talks[0]["host"] == "ozols"


def test_host_thanked_in_another_clause_hosts_no_talks(analyse):  # counter-example: not the talks' complement
    body = ("En marge du forum de Riga, le ministre estonien de la Défense, Tiit Kask, a eu un entretien avec le "
            "ministre letton de la Défense, Andris Ozols, après avoir remercié son hôte, le président Karlis Berzins.")
    talks = [m for m in _meetings(analyse, body) if m["kind"].startswith("entretien")]
    assert talks and talks[0]["host"] != "berzins"


def test_press_conference_given_by_someone_is_his(analyse):
    body = "Le premier ministre norvégien, Erik Dahl, a donné mardi une conférence de presse à Oslo."
    pressers = [m for m in _meetings(analyse, body) if "presse" in m["kind"]]
    assert pressers and pressers[0]["host"] == "dahl"


def test_press_conference_beside_others_has_no_host(analyse):  # counter-example: no verb says who gives it
    body = ("Le retrait a été annoncé mardi lors d'une conférence de presse à Oslo, aux côtés du premier ministre "
            "norvégien, Erik Dahl, et du ministre danois de la Défense, Karl Jensen.")
    pressers = [m for m in _meetings(analyse, body) if "presse" in m["kind"]]
    assert pressers and not pressers[0]["host"]


_OSLO = ("Arrivé jeudi soir à Oslo, le président finlandais Matti Koski a été accueilli à sa descente d'avion par le "
         "premier ministre norvégien, Erik Dahl. Vendredi matin, Matti Koski et Erik Dahl se sont entretenus en privé "
         "dans le bureau du premier ministre. {}")


def test_chair_of_a_sitting_hosts_no_talks_of_others(analyse):
    body = _OSLO.format("Le président du Storting, Ola Berg, a présidé ensuite la séance solennelle des députés.")
    meetings = _meetings(analyse, body)
    assert not any(m["host"] == "berg" and {"koski", "dahl"} & set(m["people"]) for m in meetings)
    assert any(m["host"] == "dahl" and "koski" in m["people"] for m in meetings)


def test_chair_among_the_talks_people_still_folds(analyse):  # counter-example: the chair is one of the two
    from pipeline.components.meeting_groups import MeetingGrouper
    from pipeline.rulebook import default_rules, load_rules

    grouper = MeetingGrouper(load_rules(default_rules()))
    talks = {"kind": "entretiens", "people": ["koski", "dahl"]}
    chaired = {"kind": "séance", "host": "dahl", "strong_host": True, "people": ["dahl"], "anaphoric": False,
               "verb_only": False}
    stranger = {**chaired, "host": "berg", "people": ["berg"]}
    assert not grouper._chair_beside_talks(chaired, talks) and grouper._chair_beside_talks(stranger, talks)
