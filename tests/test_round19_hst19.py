"""Round 19 (hst19): visit hosts, the city of a gathering's name, planned trips as neighbours."""

from __future__ import annotations


def _meetings(analyse, text: str):
    return analyse(text)._.meetings


def test_visit_hosted_by_the_visited_side(analyse):
    # the visitor is the subject of the talks' verb: the visited side still hosts the visit
    doc = analyse(
        "Paris, le 12 mai 2025.\n\nLe Sénégal a commandé lundi six patrouilleurs, en présence du Premier ministre "
        "belge Bart De Wever, arrivé lundi à Dakar pour une visite de deux jours, a indiqué le président sénégalais "
        "Bassirou Diomaye Faye. Accueilli à l'aéroport par son homologue, le chef du gouvernement belge s'est "
        "ensuite entretenu avec lui au palais, avant une cérémonie de signature.\n")
    visits = [m for m in doc._.meetings if m["kind"].startswith("visite")]
    assert visits and all("faye" in m["host"] for m in visits)


def test_visit_without_home_participant_keeps_no_foreign_host(analyse):
    meetings = _meetings(analyse,
        "Paris, le 12 mai 2025.\n\nLe Premier ministre belge Bart De Wever a effectué lundi une visite à Dakar, "
        "où il a rencontré des soldats belges.\n")
    for m in meetings:
        assert "faye" not in (m["host"] or "")


def test_side_meeting_placed_in_the_city_of_its_gathering(analyse):
    meetings = _meetings(analyse,
        "Rome, le 9 juin 2025.\n\nLe ministre italien de la Défense, Guido Crosetto, a rencontré samedi son homologue "
        "japonais, Gen Nakatani, en marge du Forum sur la sécurité de Halifax.\n")
    talks = [m for m in meetings if "crosetto" in " ".join(m["people"]).lower()]
    assert talks and talks[0]["location"] == "Halifax"


def test_side_meeting_of_a_country_gets_no_city(analyse):
    meetings = _meetings(analyse,
        "Rome, le 9 juin 2025.\n\nLe ministre italien de la Défense, Guido Crosetto, a rencontré samedi son homologue "
        "japonais, Gen Nakatani, en marge de la réunion des ministres du Canada.\n")
    talks = [m for m in meetings if "crosetto" in " ".join(m["people"]).lower()]
    assert talks and talks[0]["location"] != "Canada"


def test_planned_trip_gives_no_place_to_the_day_before(analyse):
    meetings = _meetings(analyse,
        "Le 14 mars 2025.\n\nLe ministre turc des Affaires étrangères, Hakan Fidan, s'est entretenu jeudi "
        "avec le chef de la diplomatie indienne, Subrahmanyam Jaishankar. "
        "Hakan Fidan doit se rendre vendredi à Tokyo.\n")
    talks = [m for m in meetings if m["status"] == "held" and len(m["people"]) >= 2]
    assert talks and talks[0]["location"] != "Tokyo"


def test_held_trip_still_places_the_day_before(analyse):
    meetings = _meetings(analyse,
        "Le 14 mars 2025.\n\nLe ministre turc de la Défense, Yasar Güler, a reçu vendredi à Ankara son homologue "
        "polonais, Wladyslaw Kosiniak-Kamysz. La veille, Yasar Güler avait reçu le chef d'état-major roumain, "
        "le général Gheorghita Vlad.\n")
    received = [m for m in meetings if "vlad" in " ".join(m["people"]).lower()]
    assert received and received[0]["location"] == "Ankara"


def test_a_host_verb_keeps_its_host_of_a_visit(analyse):
    meetings = _meetings(analyse,
        "Lisbonne, le 12 mars 2025.\n\nLe ministre espagnol de la Défense, Ana Torres, est arrivée mardi à Lisbonne. "
        "Cette visite fait suite à celle effectuée à Madrid, en juin, par le ministre portugais Nuno Melo, qui avait "
        "été reçu par son homologue espagnole.\n")
    earlier = [m for m in meetings if m["date"].startswith("2025-06")]
    assert all("melo" not in (m["host"] or "") for m in earlier)


def test_guests_received_in_another_building_meet_apart(analyse):
    meetings = _meetings(analyse,
        "Publié le 8 octobre 2025.\n\nLa conférence des ministres de la Défense de la CEDEAO s'est tenue mardi au "
        "Palais des congrès de Lomé. A l'issue des travaux, les ministres, conduits par Issa Traoré et Amadou Ba, "
        "ont été reçus en audience mardi au palais de la Marina par le président togolais Faure Gnassingbé.\n")
    audience = [m for m in meetings if "gnassingbe" in (m["host"] or "")]
    assert len(audience) == 1 and audience[0]["location"] == "palais de la Marina"
    assert any(m["location"] == "Palais des congrès de Lomé" and not m["host"] for m in meetings)


def test_guests_received_in_the_same_building_stay_in_the_meeting(analyse):
    meetings = _meetings(analyse,
        "Publié le 8 octobre 2025.\n\nLa conférence des ministres de la Défense de la CEDEAO s'est tenue mardi au "
        "palais de la Marina. A l'issue des travaux, les ministres, conduits par Issa Traoré et Amadou Ba, "
        "ont été reçus en audience mardi au palais de la Marina par le président togolais Faure Gnassingbé.\n")
    assert len([m for m in meetings if m["location"] == "palais de la Marina"]) == 1
