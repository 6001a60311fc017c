"""Round 18 (loc18): meeting places read from the story: a dateline's place for the days around the
story's day, a wrapped dateline, an agency acronym closing a dateline with no dash, a host receiving
again the day before or after at the place he already received at."""

from tests.conftest import page


def _meetings(analyse, text):
    return analyse(text)._.meetings


def _place_of(meetings, day):
    return next((m["location"] for m in meetings if m["date"] == day), None)


def test_dateline_place_for_a_meeting_later_in_the_week(analyse):
    text = page("LOMÉ, 8 mai (APA) - Le ministre togolais de la Défense, Paul Akakpo, a reçu mercredi son "
                "homologue ghanéen, Kwame Mensah.\n\nLes deux ministres doivent participer vendredi à la "
                "réunion des chefs d'état-major de la région, présidée par le général Ama Kodjo.",
                published="8 mai 2024")
    meetings = _meetings(analyse, text)
    assert _place_of(meetings, "2024-05-08") == "Lomé"
    assert _place_of(meetings, "2024-05-10") == "Lomé"


def test_dateline_place_not_for_a_meeting_of_another_month(analyse):
    text = page("LOMÉ, 8 mai (APA) - Le ministre togolais de la Défense, Paul Akakpo, a reçu mercredi son "
                "homologue ghanéen, Kwame Mensah.\n\nLes deux hommes s'étaient déjà rencontrés le 3 février "
                "lors d'une réunion des ministres de la région.",
                published="8 mai 2024")
    meetings = _meetings(analyse, text)
    assert _place_of(meetings, "2024-05-08") == "Lomé"
    assert not _place_of(meetings, "2024-02-03")


def test_agency_acronym_closes_a_dateline_without_dash(analyse):
    text = page("Cotonou, 14 juin (ABP) Le ministre béninois de la Défense, Jean Houngbo, a reçu jeudi "
                "l'ambassadeur de France, Marc Durand, pour un entretien sur la coopération militaire.",
                published="14 juin 2024")
    assert _place_of(_meetings(analyse, text), "2024-06-13") == "Cotonou"


def test_acronym_in_brackets_inside_a_sentence_is_no_dateline(analyse):
    text = page("Jean Houngbo, 54 ans (ABP) a reçu jeudi l'ambassadeur de France, Marc Durand, pour un "
                "entretien sur la coopération militaire.",
                published="14 juin 2024")
    assert _place_of(_meetings(analyse, text), "2024-06-13") in ("", None)


def test_wrapped_dateline_paragraph(analyse):
    text = page("Yaoundé, 3 mars 2024 (CRTV).- Le ministre délégué à la Défense, Paul Mbarga,\n"
                "a présidé dimanche une réunion du comité de sécurité consacrée à la\n"
                "situation dans l'Extrême-Nord.",
                published="3 mars 2024")
    assert _place_of(_meetings(analyse, text), "2024-03-03") == "Yaoundé"


def test_host_receives_again_the_day_before_at_the_same_place(analyse):
    text = page("Le directeur général sortant, Hans Keller, a reçu mardi 12 mars au quartier général de "
                "l'Agence, à Genève, son successeur, Karl Berger.\n\n"
                "La veille, lundi, Hans Keller avait reçu une dernière fois les chefs de service lors d'une "
                "réunion d'adieu.", published="12 mars 2024")
    meetings = _meetings(analyse, text)
    placed = _place_of(meetings, "2024-03-12")
    assert placed
    assert _place_of(meetings, "2024-03-11") == placed


def test_another_host_the_day_before_takes_no_place(analyse):
    text = page("Le directeur général sortant, Hans Keller, a reçu mardi 12 mars au quartier général de "
                "l'Agence, à Genève, son successeur, Karl Berger.\n\n"
                "La veille, lundi, le ministre Paul Adjovi avait reçu les chefs de service lors d'une "
                "réunion de travail.", published="12 mars 2024")
    meetings = _meetings(analyse, text)
    assert _place_of(meetings, "2024-03-12")
    assert not _place_of(meetings, "2024-03-11")


def test_weekday_after_avant_is_the_next_one_even_past_a_year(analyse):
    text = page("Le conseil doit se réunir mercredi à Rome, pour la première fois depuis 2018, avant une "
                "session du comité jeudi à Vienne.", published="lundi 15 avril 2024")
    days = {e._.normalized for e in analyse(text).spans["dates"]}
    assert {"2024-04-17", "2024-04-18"} <= days


def test_weekday_without_sequence_word_stays_the_nearest_past_one(analyse):
    text = page("Le conseil s'est réuni mercredi à Rome, pour la première fois depuis 2018. Le comité a "
                "siégé jeudi à Vienne.", published="lundi 15 avril 2024")
    days = {e._.normalized for e in analyse(text).spans["dates"]}
    assert "2024-04-11" in days and "2024-04-18" not in days


def test_city_in_capitals_and_a_dash_is_a_dateline(analyse):
    text = page("MADRID – La ministre espagnole de la Défense, Elena Ruiz, a reçu jeudi son homologue "
                "portugais, Nuno Costa, pour un entretien sur la coopération navale.",
                published="14 mars 2024")
    assert _place_of(_meetings(analyse, text), "2024-03-14") == "Madrid"


def test_a_word_in_capitals_and_a_dash_that_is_no_city_is_no_dateline(analyse):
    text = page("COOPÉRATION – La ministre espagnole de la Défense, Elena Ruiz, a reçu jeudi son homologue "
                "portugais, Nuno Costa, pour un entretien sur la coopération navale.",
                published="14 mars 2024")
    assert not _place_of(_meetings(analyse, text), "2024-03-14")


def test_a_dateless_dateline_gives_way_to_the_place_the_story_names(analyse):
    text = page("MADRID – La ministre espagnole de la Défense, Elena Ruiz, s'est entretenue jeudi avec son "
                "homologue portugais, Nuno Costa. L'entretien s'est tenu à Lisbonne, au ministère de la "
                "Défense.",
                published="14 mars 2024")
    assert _place_of(_meetings(analyse, text), "2024-03-14") != "Madrid"


def _signed(day: str, town: str, talks: str) -> str:
    return page("Le Gabon et le Maroc renforcent leur coopération militaire, a annoncé le gouvernement gabonais."
                f"\n\nLe ministre gabonais de la Défense, Paul Ndong, a apposé, {day} à {town}, sa signature au "
                "bas d'un accord de coopération militaire.\n\nL'accord prévoit la formation des officiers et des "
                f"exercices communs dans le golfe de Guinée.\n\n{talks}", published="14 mars 2024")


def test_a_day_written_before_a_city_places_the_meeting_of_that_day(analyse):
    text = _signed("mardi 12 mars 2024", "Rabat",
                   "Les deux délégations ont eu un échange de vues sur la sécurité régionale.")
    assert _place_of(_meetings(analyse, text), "2024-03-12") == "Rabat"


def test_a_day_before_a_city_places_no_meeting_of_another_day(analyse):
    text = _signed("lundi 11 mars 2024", "Rabat",
                   "Mercredi 13 mars, les deux délégations ont eu un échange de vues sur la sécurité régionale.")
    assert not _place_of(_meetings(analyse, text), "2024-03-13")


def test_a_town_outside_the_gazetteer_after_the_day_places_nothing(analyse):
    text = _signed("mardi 12 mars 2024", "Bellecombe",
                   "Les deux délégations ont eu un échange de vues sur la sécurité régionale.")
    assert not _place_of(_meetings(analyse, text), "2024-03-12")


def _recalled(sidelines: str) -> str:
    return page("Le ministre malien de la Défense, Oumar Traoré, a reçu jeudi à Bamako l'ambassadeur de Turquie."
                "\n\nCette audience intervient deux mois après l'entretien que le ministre avait eu avec son "
                f"homologue turc, Ahmet Yilmaz, {sidelines}, le 4 avril.", published="14 juin 2024")


def test_sidelines_of_a_gathering_in_a_city_place_the_meeting(analyse):
    meetings = _meetings(analyse, _recalled("en marge du forum de défense à Dakar"))
    assert _place_of(meetings, "2024-04-04") == "Dakar"


def test_sidelines_with_no_city_place_nothing(analyse):
    meetings = _meetings(analyse, _recalled("en marge du forum de défense de l'Union africaine"))
    assert _place_of(meetings, "2024-04-04") != "Dakar"
    assert _place_of(meetings, "2024-04-04") != "Bamako"


def _sidelined_place(analyse, text: str) -> str:
    from pathlib import Path

    from pipeline.components.meeting_groups import MeetingGrouper
    from pipeline.components.stage import shared_rules

    grouper = MeetingGrouper(shared_rules(Path(__file__).resolve().parents[1] / "rules")[0])
    meeting = {"location": "", "remote": False, "start_char": text.index("entretien")}
    grouper.place_of_sidelined_gathering(analyse(text), [meeting])
    return meeting["location"]


def test_the_grouper_reads_the_gathering_s_city_on_the_sidelines(analyse):
    text = "L'entretien a eu lieu en marge du Dialogue Atlantique-Sahel à Dakar, le 4 avril."
    assert _sidelined_place(analyse, text) == "Dakar"


def test_the_grouper_reads_no_city_after_a_comma_on_the_sidelines(analyse):
    text = "L'entretien a eu lieu en marge du Dialogue Atlantique-Sahel, puis le ministre est reparti à Dakar."
    assert _sidelined_place(analyse, text) == ""


def test_a_planned_meeting_the_next_day_is_not_placed_by_the_host_s_last_one(analyse):
    text = page("Le directeur général sortant, Hans Keller, a reçu mardi 12 mars au quartier général de "
                "l'Agence, à Genève, son successeur, Karl Berger.\n\nHans Keller doit recevoir mercredi les "
                "chefs de service lors d'une réunion d'adieu.", published="12 mars 2024")
    meetings = _meetings(analyse, text)
    assert _place_of(meetings, "2024-03-12")
    assert _place_of(meetings, "2024-03-13") != _place_of(meetings, "2024-03-12")
