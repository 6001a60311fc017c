"""Round 16: meeting dates (a caption's date, a participle on a misparsed epithet) and the tense of a
weekday completing a noun."""

from __future__ import annotations


def _dates(analyse, text: str) -> dict[str, str]:
    doc = analyse(text)
    return {s.text: s._.normalized for s in doc.spans["dates"]}


def _meetings(analyse, text: str) -> list[dict]:
    return analyse(text)._.meetings


CAPTION = ("Sahel : la rencontre de Niamey reportée\n\nPublié le : 9 mars 2025\n\n"
           "Le ministre nigérien Ali Garba, à Niamey en janvier 2025. © Reuters\n\n")


def test_caption_date_does_not_date_an_undated_meeting(analyse):
    text = CAPTION + ("Le ministre malien Oumar Traoré est arrivé à Niamey. Il a été reçu par Ali Garba "
                      "au palais présidentiel pour un entretien.")
    dates = {m["date"] for m in _meetings(analyse, text)}
    assert "2025-01" not in dates


def test_same_date_in_a_plain_sentence_dates_the_meeting(analyse):
    text = ("Sahel : la rencontre de Niamey\n\nPublié le : 9 mars 2025\n\n"
            "Le ministre nigérien Ali Garba était à Niamey en janvier 2025.\n\n"
            "Le ministre malien Oumar Traoré est arrivé à Niamey. Il a été reçu par Ali Garba "
            "au palais présidentiel pour un entretien.")
    assert "2025-01" in {m["date"] for m in _meetings(analyse, text)}


def test_participle_on_a_misread_epithet_dates_the_meeting(analyse):
    text = ("Publié le : 9 mars 2025\n\n"
            "Le sommet tripartite prévu ce samedi 8 mars à Lomé, sous l'égide du président togolais "
            "Paul Mensah, a été annulé.")
    assert "2025-03-08" in {m["date"] for m in _meetings(analyse, text)}


def test_participle_on_another_noun_still_dates_that_noun(analyse):
    text = ("Publié le : 9 mars 2025\n\n"
            "Le sommet consacré à la feuille de route arrêtée le 13 janvier s'est tenu ce samedi 8 mars "
            "à Lomé, sous l'égide du président togolais Paul Mensah.")
    dates = {m["date"] for m in _meetings(analyse, text)}
    assert "2025-01-13" not in dates


def test_weekday_of_a_noun_takes_the_future_of_its_verb(analyse):
    text = ("Publié le 16 juin 2024\n\nLe forum s'est achevé dimanche. "
            "Le gouvernement en tirera le bilan lors de sa séance de mercredi.")
    assert _dates(analyse, text)["mercredi"] == "2024-06-19"


def test_weekday_of_a_noun_under_a_past_verb_stays_past(analyse):
    text = ("Publié le 16 juin 2024\n\nLe forum s'est achevé dimanche. "
            "Le gouvernement en a tiré le bilan lors de sa séance de mercredi.")
    assert _dates(analyse, text)["mercredi"] == "2024-06-12"


def test_present_misread_as_imperfect_points_to_the_nearest_month(analyse):
    text = ("Propos recueillis par Anne Roy\nPublié le 3 février 2025\n\nOù en est la brigade ?\n\n"
            "Le quartier général est prêt. Je me rends sur place en mars pour rencontrer nos troupes.")
    assert _dates(analyse, text)["mars"] == "2025-03"


def test_a_true_imperfect_stays_past(analyse):
    text = ("Propos recueillis par Anne Roy\nPublié le 3 février 2025\n\nOù en est la brigade ?\n\n"
            "Le quartier général était prêt. Je me rendais sur place en mars pour rencontrer nos troupes.")
    assert _dates(analyse, text)["mars"] == "2024-03"



def test_a_year_closing_a_bracket_after_a_comma_is_a_date(analyse):
    text = ("Publié le 9 mai 2025\n\nCe traité rejoint ceux signés avec l'Espagne [Barcelone, 2023] "
            "et le Portugal (Porto, 2020).")
    dates = _dates(analyse, text)
    assert dates.get("2023") == "2023" and dates.get("2020") == "2020"


def test_a_number_in_brackets_without_a_comma_is_no_date(analyse):
    text = ("Publié le 9 mai 2025\n\nLe régiment compte désormais 2023 soldats (contre 1800 un an plus tôt) "
            "et des blindés [modèle 2020].")
    dates = _dates(analyse, text)
    assert "2023" not in dates and "2020" not in dates


def test_weekday_an_event_is_moved_to_is_the_nearest_one(analyse):
    text = ("Publié le 25 janvier 2025\n\nLe comité devait se réunir lundi 27 janvier. "
            "La réunion du comité a été avancée à dimanche, a annoncé la présidence.")
    assert _dates(analyse, text)["dimanche"] == "2025-01-26"


def test_weekday_after_jusqua_under_a_past_verb_stays_past(analyse):
    text = ("Publié le 25 janvier 2025\n\nLe ministre est resté à Goma jusqu'à dimanche, "
            "avant de regagner la capitale.")
    assert _dates(analyse, text)["dimanche"] == "2025-01-19"
