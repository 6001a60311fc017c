"""Dates, round 9b: a day number with a time of day (`le 7 au soir`), a day apposed to a `depuis`
phrase, a weekday the parser hung on a conjunction; meeting dates: a date in a clause hung on another
noun of the meeting phrase, `depuis` before another verb, a called-off meeting, a standfirst above the
publication line, a day told in the paragraph after a guessed one. Each with a counter-example.

The header line sets the publication date: Thursday 6 March 2025.
"""

from __future__ import annotations

HEADER = "Titre de l'article\n\n  • 6 mars 2025 -\n\n"


def _dates(analyse, text: str) -> dict[str, str]:
    doc = analyse(HEADER + text)
    return {s.text: s._.normalized for s in doc.spans["dates"]}


def _meetings(analyse, text: str, header: str = HEADER) -> list[dict]:
    return analyse(header + text)._.meetings or []


def _dates_of(meetings: list[dict], key: str) -> set[str]:
    return {m["date"] for m in meetings if key in m["people"]}


def test_day_number_with_a_time_of_day_is_in_the_month_told(analyse):
    found = _dates(analyse, "Le 3 mars, le général a quitté Niamey. Arrivé à Alger le 2 au soir, il a été reçu.")
    assert found["2 au soir"] == "2025-03-02"


def test_day_number_after_the_publication_is_in_the_month_before(analyse):
    found = _dates(analyse, "Le 3 mars, le général a quitté Niamey, où il était arrivé le 27 au matin.")
    assert found["27 au matin"] == "2025-02-27"


def test_day_number_without_its_article_is_no_date(analyse):
    found = _dates(analyse, "Le 3 mars, le général a parlé de 7 au soir jusqu'à minuit.")
    assert not any("au soir" in k for k in found)


def test_day_apposed_to_a_since_phrase_is_no_story_day(analyse):
    found = _dates(analyse, "La ministre est arrivée mardi à Vilnius. C'est sa première visite depuis le début de "
                            "la crise, le 12 février.\n\nLe même jour, elle a visité une base.")
    assert found["Le même jour"] == "2025-03-04"


def test_day_of_its_own_sentence_stays_a_story_day(analyse):
    found = _dates(analyse, "La ministre est arrivée mardi à Vilnius. La crise a commencé le 12 février.\n\n"
                            "Le même jour, elle a visité une base.")
    assert found["Le même jour"] == "2025-02-12"


def test_weekday_on_a_conjunction_takes_the_tense_of_the_verb_above(analyse):
    found = _dates(analyse, "Le ministre doit être reçu par le roi, puis, samedi, par le Premier ministre.")
    assert found["samedi"] == "2025-03-08"


def test_weekday_on_a_conjunction_after_a_past_is_the_last_one(analyse):
    found = _dates(analyse, "Le ministre a été reçu par le roi, puis, samedi, par le Premier ministre.")
    assert found["samedi"] == "2025-03-01"


def test_date_in_a_clause_on_another_noun_does_not_date_the_meeting(analyse):
    meetings = _meetings(analyse, "Le général Pierre Vautrin a présidé à Lyon le sommet consacré au plan de "
                                  "défense adopté à Berlin le 12 février.")
    assert "2025-02-12" not in {m["date"] for m in meetings}


def test_date_in_a_clause_on_the_meeting_noun_dates_it(analyse):
    meetings = _meetings(analyse, "Le général Pierre Vautrin a évoqué le sommet organisé à Berlin le 12 février "
                                  "avec ses homologues européens.")
    assert "2025-02-12" in {m["date"] for m in meetings}


def test_since_before_another_verb_bounds_nothing(analyse):
    meetings = _meetings(analyse, "Le ministre Jean Castel, en visite en Pologne depuis lundi, a été reçu mardi "
                                  "par le président Adam Nowicki.")
    assert _dates_of(meetings, "nowicki") == {"2025-03-04"}


def test_since_phrase_with_its_apposed_day_does_not_date_the_visit(analyse):
    meetings = _meetings(analyse, "Le ministre Jean Castel a effectué mardi sa première visite au Mali depuis sa "
                                  "nomination, le 4 février, et a rencontré le président Assimi Traoré.")
    assert "2025-02-04" not in {m["date"] for m in meetings}


def _tour(middle: str) -> str:
    return ("Mardi, le ministre Jean Castel a été reçu à Londres par le Premier ministre Tom Hardy. "
            f"{middle} En fin d'après-midi, le ministre a retrouvé le président Paul Morel à l'Élysée.")


def test_called_off_meeting_dates_no_later_meeting(analyse):
    meetings = _meetings(analyse, _tour("Le sommet que le président Max Weber devait présider samedi prochain à "
                                        "Berlin a été annulé."))
    assert _dates_of(meetings, "morel") == {"2025-03-04"}


def test_held_meeting_dates_the_meeting_after_it(analyse):
    meetings = _meetings(analyse, "Mardi, le ministre Jean Castel a été reçu à Londres par le Premier ministre Tom "
                                  "Hardy. Le sommet présidé par Max Weber s'est tenu mercredi à Berlin. Il a ensuite "
                                  "retrouvé le président Paul Morel.")
    assert _dates_of(meetings, "morel") == {"2025-03-05"}


def _weekly(body_day: str) -> str:
    return ("Le Journal\n\nLe ministre à Rabat\n\nLe ministre Jean Castel a été reçu par le roi Karim Idrissi, "
            "dans le cadre d'une tournée régionale.\n\nPublié le jeudi, 6 mars 2025 - 11:20\n\n"
            f"{body_day}, le roi Karim Idrissi a accueilli au palais le ministre Jean Castel.\n")


def test_standfirst_meeting_takes_the_body_day(analyse):
    meetings = analyse(_weekly("Mardi 4 mars"))._.meetings or []
    assert _dates_of(meetings, "idrissi") == {"2025-03-04"}


def test_standfirst_meeting_keeps_the_page_date_when_the_body_day_is_old(analyse):
    meetings = analyse(_weekly("Mardi 11 février"))._.meetings or []
    assert "2025-03-06" in _dates_of(meetings, "idrissi")


def _turn(gap: str) -> str:
    return ("Le ministre Jean Castel a reçu à Paris le général Omar Diallo.\n\n"
            f"Le tournant a lieu le 12 novembre 2024.{gap}Le ministre Aram Petrossian est accueilli à Brest par "
            "son homologue Jean Castel.")


def test_day_told_in_the_paragraph_beats_a_guessed_day(analyse):
    assert _dates_of(_meetings(analyse, _turn(" ")), "petrossian") == {"2024-11-12"}


def test_day_told_in_another_paragraph_leaves_the_guess(analyse):
    assert _dates_of(_meetings(analyse, _turn("\n\n")), "petrossian") == {"2025-03-06"}


def test_day_after_a_conjunction_dates_the_next_step(analyse):
    meetings = _meetings(analyse, "Le ministre Jean Castel doit être reçu par le roi Karim Idrissi, puis, samedi, "
                                  "par le Premier ministre Ali Benali.")
    assert "2025-03-08" not in _dates_of(meetings, "idrissi")


def test_day_before_the_conjunction_dates_the_meeting(analyse):
    meetings = _meetings(analyse, "Le ministre Jean Castel doit être reçu samedi par le roi Karim Idrissi, puis par "
                                  "le Premier ministre Ali Benali.")
    assert _dates_of(meetings, "idrissi") == {"2025-03-08"}


def test_part_of_a_year_after_a_bound_word_carries_no_year(analyse):
    found = _dates(analyse, "Cette visite, annoncée depuis la fin 2023, avait été reportée. Le prochain sommet "
                            "se tiendra en août à Johannesburg.")
    assert found["août"] == "2025-08"


def test_part_of_a_year_alone_carries_its_year(analyse):
    found = _dates(analyse, "Le chantier a pris du retard à la fin 2023, et les essais ont eu lieu en août.")
    assert found["août"] == "2023-08"


def test_weekday_on_a_named_object_of_a_verb_to_come(analyse):
    found = _dates(analyse, "Le président doit regagner N'Djamena samedi, au terme de son séjour.")
    assert found["samedi"] == "2025-03-08"


def test_weekday_on_a_named_object_of_a_past_verb(analyse):
    found = _dates(analyse, "Le président a regagné N'Djamena samedi, au terme de son séjour.")
    assert found["samedi"] == "2025-03-01"
