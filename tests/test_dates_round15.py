"""Round 15: meeting dates and places (a relative day restated by a weekday, ...)."""

from __future__ import annotations


def _dates(analyse, text: str) -> dict[str, str]:
    doc = analyse(text)
    return {s.text: s._.normalized for s in doc.spans["dates"]}


def test_veille_restated_by_weekday_counts_from_the_day_it_names(analyse):
    text = ("Publié le 3 octobre 2024\n\nLe général a pris son commandement le jeudi 3 octobre 2024. "
            "Son choix avait été arrêté par le conseil le 12 juin 2024.\n\n"
            "La veille, mercredi, son prédécesseur avait réuni une dernière fois ses adjoints.")
    assert _dates(analyse, text)["La veille"] == "2024-10-02"


def test_veille_without_weekday_keeps_the_last_day_told(analyse):
    text = ("Publié le 3 octobre 2024\n\nLe général a pris son commandement le jeudi 3 octobre 2024. "
            "Son choix avait été arrêté par le conseil le 12 juin 2024. "
            "La veille, son prédécesseur avait réuni une dernière fois ses adjoints.")
    assert _dates(analyse, text)["La veille"] == "2024-06-11"


def test_lendemain_agreeing_with_its_weekday_is_unchanged(analyse):
    text = ("Publié le 9 mars 2024\n\nLe ministre est arrivé à Dakar le jeudi 7 mars 2024. "
            "Le lendemain, vendredi, il a rencontré son homologue.")
    assert _dates(analyse, text)["Le lendemain"] == "2024-03-08"


HEAD = "Défense : les rendez-vous de la semaine\n\n12 mars 2024\n\n"


def _meetings(analyse, text):
    return analyse(text)._.meetings


def test_awaited_by_a_person_is_a_planned_meeting(analyse):
    text = HEAD + ("Le ministre Luc Fabre a quitté Dakar mardi. Il doit ensuite gagner Rome, "
                   "où il est attendu par le président italien, Paolo Rossi.")
    found = [m for m in _meetings(analyse, text) if "rossi" in m["people"]]
    assert found and found[0]["location"] == "Rome" and found[0]["status"] == "planned"


def test_awaited_by_no_one_is_no_meeting(analyse):
    # counter-example: a decision awaited, an answer waited for: no one meets
    text = HEAD + ("La décision du ministre Luc Fabre est attendue par les industriels. "
                   "Le général Paul Marchand attend une réponse de Paris.")
    assert not _meetings(analyse, text)


def test_place_line_under_the_byline_places_the_story(analyse):
    text = ("Hommage aux soldats du 2e régiment\n\nMardi 12 mars 2024 à 11:02\n\nPar Julie Morel, Radio Ouest\n"
            "Saint-Malo, France\n\nLe président Paul Marchand a accueilli ce mardi le ministre Luc Fabre "
            "devant le monument aux morts.")
    assert [m["location"] for m in _meetings(analyse, text)] == ["Saint-Malo"]


def test_a_byline_with_an_outlet_is_no_place_line(analyse):
    # counter-example: `Par X, Radio Ouest` names an outlet, not a country: no place
    text = ("Hommage aux soldats du 2e régiment\n\nMardi 12 mars 2024 à 11:02\n\nPar Julie Morel, Radio Ouest\n\n"
            "Le président Paul Marchand a accueilli ce mardi le ministre Luc Fabre devant le monument aux morts.")
    assert [m["location"] for m in _meetings(analyse, text)] == [""]


def test_participle_on_the_body_of_a_summit_places_the_summit(analyse):
    text = HEAD + "Le Premier ministre, Luc Fabre, a participé lundi 11 mars au sommet de l'Otan organisé à Madrid."
    assert [m["location"] for m in _meetings(analyse, text)] == ["Madrid"]


def test_participle_on_a_summit_only_prepared_places_nothing(analyse):
    # counter-example: the summit is what talks prepare (`la préparation du sommet ... prévu à X`), not the meeting
    text = HEAD + ("Le ministre Luc Fabre a reçu lundi 11 mars son homologue Paul Marchand pour la préparation "
                   "du sommet de l'Otan prévu à Madrid.")
    assert all("Madrid" not in m["location"] for m in _meetings(analyse, text))


def test_meeting_in_a_night_over_two_days_is_dated_by_its_first(analyse):
    text = HEAD + ("Le ministre Luc Fabre a accueilli dans la nuit du samedi 9 au dimanche 10 mars à l'aéroport "
                   "de Dakar le général Paul Marchand.")
    doc = analyse(text)
    assert [m["date"] for m in doc._.meetings] == ["2024-03-09"]
    assert "2024-03-09/2024-03-10" in {s._.normalized for s in doc.spans["dates"]}


def test_meeting_over_two_days_keeps_both(analyse):
    # counter-example: `les 9 et 10 mars` are two days of talks, not one night
    text = HEAD + "Le ministre Luc Fabre a accueilli les 9 et 10 mars à Dakar le général Paul Marchand."
    assert [m["date"] for m in _meetings(analyse, text)] == ["2024-03-09/2024-03-10"]


def test_participle_meeting_takes_the_day_of_its_scene(analyse):
    text = HEAD + ("Devant une vingtaine de ministres réunis sur le port de Brest, le président Luc Fabre a salué "
                   "lundi 11 mars les marins, et appelé à rester unis « aujourd'hui comme hier ».")
    assert [m["date"] for m in _meetings(analyse, text)] == ["2024-03-11"]


def test_date_within_guillemets_dates_no_meeting(analyse):
    # counter-example: `hier` inside guillemets is someone's words; the meeting keeps no day from it
    text = HEAD + ("Le président Luc Fabre a reçu le général Paul Marchand, qui a promis de rester unis "
                   "« demain comme hier ».")
    assert all(m["date"] != "2024-03-11" for m in _meetings(analyse, text))
