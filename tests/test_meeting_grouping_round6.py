"""Meeting grouping and dates, sixth round: two coordinated meeting verbs with people of their own are
two meetings; days within a coarser period of the same sentence date the meeting; a begin day already
told by a meeting of that kind changes no other meeting; someone new receiving the visitor during a
trip over several days holds an audience of its own; a meeting naming nobody and dated by a season at
most is no meeting. Each behaviour with a counter-example. People are person keys.
"""

from __future__ import annotations

from conftest import dated_page as article


def summary(doc) -> list[tuple]:
    return [(m["kind"], m["date"], m["host"], m["people"]) for m in doc._.meetings]


def test_coordinated_meeting_verbs_with_their_own_people_are_two_meetings(analyse):
    doc = analyse(article("12 Avr. 2024", "Le 11 avril, le ministre de la Défense, Paul Arnaud, s'est entretenu "
                                          "avec le général Marc Tessier, puis a été reçu par le président "
                                          "Henri Valmont."))
    assert len(doc._.meetings) == 2, summary(doc)
    assert {m["date"] for m in doc._.meetings} == {"2024-04-11"}, summary(doc)
    assert any(m["host"] == "valmont" for m in doc._.meetings), summary(doc)


def test_coordinated_verbs_with_one_set_of_people_are_one_meeting(analyse):
    """Counter-example: `a reçu et s'est entretenu avec` one person tells one meeting."""
    doc = analyse(article("12 Avr. 2024", "Le 11 avril, le ministre de la Défense, Paul Arnaud, a reçu le "
                                          "général Marc Tessier et s'est entretenu avec lui."))
    assert len(doc._.meetings) == 1, summary(doc)


def test_days_within_the_week_of_the_verb_date_the_meeting(analyse):
    doc = analyse(article("17 Juin 2025", "Le ministre Paul Arnaud doit se rendre la semaine prochaine aux "
                                          "Pays-Bas pour le sommet de l'OTAN, prévu les 24 et 25 juin à La Haye."))
    assert [m["date"] for m in doc._.meetings] == ["2025-06-24/2025-06-25"], summary(doc)


def test_a_week_told_alone_dates_the_meeting_by_its_month(analyse):
    """Counter-example: with no days within it, the week gives the meeting its month (one day of the
    week, not seven: `week_as_month`, round 11)."""
    doc = analyse(article("17 Juin 2025", "Le ministre Paul Arnaud doit se rendre la semaine prochaine aux "
                                          "Pays-Bas pour le sommet de l'OTAN."))
    assert [m["date"] for m in doc._.meetings] == ["2025-06"], summary(doc)


STATE_VISIT = ("Le président Luc Morel effectue au Maroc une visite d'État du 28 au 30 octobre. Le 29 octobre, "
               "le ministre Omar Benali a reçu à Rabat le ministre français Paul Arnaud. ")


def test_a_begin_day_already_told_changes_no_other_meeting(analyse):
    doc = analyse(article("29 Oct. 2024", STATE_VISIT + "La visite d'État, entamée lundi à Rabat, est marquée "
                                                        "par la signature de plusieurs accords."))
    dates = sorted(m["date"] for m in doc._.meetings)
    assert "2024-10-29" in dates and "2024-10-28/2024-10-29" not in dates, summary(doc)


def test_a_begin_day_extends_the_meeting_just_told(analyse):
    """Counter-example: a session told by its last day, then by the day it opened, spans both."""
    doc = analyse(article("15 Mar. 2024", "La session du comité de défense, présidée par le général Marc Tessier, "
                                          "s'est achevée jeudi 14 mars à Dakar. Ouverts lundi dernier, les travaux "
                                          "ont porté sur la sécurité maritime."))
    assert [m["date"] for m in doc._.meetings] == ["2024-03-11/2024-03-14"], summary(doc)


TRIP = ("Les lundi 4 et mardi 5 mars, le ministre des Armées, Paul Arnaud, s'est rendu à Lisbonne. "
        "Mardi matin, il a été reçu au ministère portugais de la Défense par son homologue, Rui Matos. ")


def test_someone_new_receiving_the_visitor_of_a_trip_holds_an_audience_of_its_own(analyse):
    doc = analyse(article("6 Mar. 2024", TRIP + "\n\nLe ministre a également été reçu par le Premier ministre, "
                                                "Nuno Costa."))
    audience = [m for m in doc._.meetings if m["host"] == "costa"]
    assert len(audience) == 1 and audience[0]["date"] == "2024-03-05", summary(doc)
    assert all("costa" not in m["people"] for m in doc._.meetings if m["host"] != "costa"), summary(doc)


def test_the_host_of_a_one_day_visit_receiving_the_visitor_is_that_visit(analyse):
    """Counter-example: a visit of one day, its host receiving the visitor, is that one visit."""
    doc = analyse(article("6 Mar. 2024", "Le 5 mars, le ministre des Armées, Paul Arnaud, s'est rendu à Brest. "
                                         "Il a été reçu par le préfet maritime, l'amiral Yves Le Bihan."))
    assert len(doc._.meetings) == 1, summary(doc)


def test_a_meeting_naming_nobody_dated_by_a_season_is_no_meeting(analyse):
    doc = analyse(article("2 Juil. 2024", "Le 1er juillet, le ministre Paul Arnaud a reçu son homologue Rui Matos "
                                          "à Paris. Une prochaine étape est attendue à l'automne, avec la réunion "
                                          "d'un nouveau dialogue stratégique."))
    assert len(doc._.meetings) == 1, summary(doc)


def test_a_meeting_naming_nobody_with_its_own_day_is_a_meeting(analyse):
    """Counter-example: a meeting naming nobody but dated by its day is told."""
    doc = analyse(article("2 Juil. 2024", "Le 1er juillet, le ministre Paul Arnaud a reçu son homologue Rui Matos "
                                          "à Paris. Le conseil de défense se réunira le 15 octobre à Bruxelles."))
    assert len(doc._.meetings) == 2, summary(doc)


ROME = "Le 2 mai 2024, le ministre Paul Arnaud a reçu à Rome son homologue Rui Matos. "


def test_a_meeting_announced_with_its_own_days_after_a_meeting_referred_back_to(analyse):
    doc = analyse(article("3 Mai 2024", ROME + "La visite s'inscrit dans la préparation du sommet de l'Alliance, "
                                               "qui se tiendra les 20 et 21 juin à Madrid."))
    assert sorted(m["date"] for m in doc._.meetings) == ["2024-05-02", "2024-06-20/2024-06-21"], summary(doc)


def test_a_meeting_referred_back_to_with_a_date_of_another_event_opens_none(analyse):
    """Counter-example: the date belongs to no meeting noun (`la crise de juin`): one meeting, its own date."""
    doc = analyse(article("3 Mai 2024", ROME + "La visite intervient après la crise qui a éclaté le 20 avril "
                                               "à la frontière."))
    assert [m["date"] for m in doc._.meetings] == ["2024-05-02"], summary(doc)


def test_an_announced_meeting_dates_no_later_undated_event(analyse):
    """The meeting told in passing is not the one spoken of next."""
    doc = analyse(article("3 Mai 2024", ROME + "La visite s'inscrit dans la préparation du sommet de l'Alliance, "
                                               "qui se tiendra les 20 et 21 juin à Madrid. Le ministre a également "
                                               "été reçu par le président Luc Morel."))
    audience = [m for m in doc._.meetings if m["host"] == "morel"]
    assert audience and audience[0]["date"] == "2024-05-02", summary(doc)


NIAMEY = ("Le 4 décembre 2023, le ministre Paul Arnaud a été reçu à Niamey par le président Luc Morel. "
          "Fin août, Paul Arnaud s'était rendu en Libye, où il avait rencontré le maréchal Hugo Vance. ")


def test_an_undated_pluperfect_meeting_after_a_flashback_takes_its_time(analyse):
    doc = analyse(article("5 Déc. 2023", NIAMEY + "À Tripoli, il avait été reçu par le général Yves Marin."))
    marin = [m for m in doc._.meetings if "marin" in m["people"]]
    assert marin and marin[0]["date"] == "2023-08", summary(doc)


def test_an_undated_meeting_told_in_the_story_s_time_is_the_story_s(analyse):
    """Counter-example: in the passé composé, back to the story's day."""
    doc = analyse(article("5 Déc. 2023", NIAMEY + "À Niamey, il a ensuite été reçu par le général Yves Marin."))
    marin = [m for m in doc._.meetings if "marin" in m["people"]]
    assert marin and marin[0]["date"] == "2023-12-04", summary(doc)


def test_days_told_within_next_week_are_the_meeting_s(analyse):
    doc = analyse(article("8 Jan. 2025", "Les ministres de la Défense de l'Alliance se retrouvent la semaine "
                                         "prochaine à Bruxelles. La réunion ministérielle se tiendra les 15 et 16 "
                                         "janvier, sous la présidence du général Marc Tessier."))
    assert [m["date"] for m in doc._.meetings] == ["2025-01-15/2025-01-16"], summary(doc)


def test_a_day_of_a_visit_over_several_days_does_not_shorten_it(analyse):
    """Counter-example: a visit told from one day to another keeps its days when one of them is told."""
    doc = analyse(article("10 Jan. 2025", "Du 6 au 9 janvier, le ministre Paul Arnaud a effectué une visite à "
                                          "Dakar. Le 7 janvier, la visite du ministre Paul Arnaud s'est poursuivie "
                                          "à Thiès."))
    assert [m["date"] for m in doc._.meetings][:1] == ["2025-01-06/2025-01-09"], summary(doc)


PARIS = "Le samedi 2 mars, le ministre Paul Arnaud a reçu son homologue Rui Matos à Paris.\n\n"


def test_an_undated_meeting_takes_the_day_that_opens_a_sentence_of_its_paragraph(analyse):
    doc = analyse(article("8 Mar. 2024", PARIS + "Le mercredi 6 mars, le ministre Paul Arnaud s'adresse aux "
                                                 "députés. Le soir même, il reçoit à dîner le Premier ministre "
                                                 "Nuno Costa."))
    costa = [m for m in doc._.meetings if "costa" in m["people"]]
    assert costa and costa[0]["date"] == "2024-03-06", summary(doc)


def test_the_day_of_another_paragraph_sets_no_scene(analyse):
    """Counter-example: the day opening a sentence of another paragraph dates nothing here."""
    doc = analyse(article("8 Mar. 2024", PARIS + "Le mercredi 6 mars, le ministre Paul Arnaud s'adresse aux "
                                                 "députés.\n\nIl reçoit à dîner le Premier ministre Nuno Costa."))
    costa = [m for m in doc._.meetings if "costa" in m["people"]]
    assert costa and costa[0]["date"] == "2024-03-02", summary(doc)


def test_a_participle_after_the_meeting_s_name_dates_it(analyse):
    doc = analyse(article("14 Juin 2022", "Le Forum Atlantique, organisé à Lisbonne du 10 au 12 juin par "
                                          "l'Institut naval, a réuni le ministre Paul Arnaud et le ministre "
                                          "Rui Matos."))
    assert [m["date"] for m in doc._.meetings] == ["2022-06-10/2022-06-12"], summary(doc)


def test_a_participle_on_an_earlier_meeting_spoken_of_dates_no_meeting_told(analyse):
    """Counter-example: the meeting noun is a complement (`depuis le dernier sommet, tenu à Rome le 3 mars
    2020`): that date is not the meeting's told."""
    doc = analyse(article("16 Fév. 2021", "Le 15 février 2021, le sommet du G5 s'est ouvert à Niamey sous la "
                                          "présidence de Paul Arnaud. Le secrétaire Rui Matos y a présenté le "
                                          "bilan depuis le dernier sommet, tenu à Rome le 3 mars 2020."))
    assert "2020-03-03" not in [m["date"] for m in doc._.meetings], summary(doc)


CALLS = ("Leur dernier échange remontait à l'automne 2022. Le 21 octobre 2022, Igor Volkov s'était entretenu avec "
         "le ministre Hugo Vance.\n\n")


def test_a_demonstrative_noun_in_the_story_s_time_is_not_a_flashback_meeting(analyse):
    doc = analyse(article("4 Avr. 2024", CALLS + "Mercredi, c'est Paris qui a pris l'initiative. Le ministre Paul "
                                                 "Arnaud a sollicité cet entretien avec Igor Volkov."))
    dates = sorted(m["date"] for m in doc._.meetings)
    assert dates == ["2022-10-21", "2024-04-03"], summary(doc)


def test_a_demonstrative_noun_after_a_meeting_of_the_story_refers_back_to_it(analyse):
    """Counter-example: after a meeting told in the story's time, `cet entretien` is that one: no new meeting."""
    doc = analyse(article("4 Avr. 2024", "Le 3 avril, le ministre Paul Arnaud s'est entretenu avec Igor Volkov. "
                                         "Le ministre Paul Arnaud a sollicité cet entretien."))
    assert [m["date"] for m in doc._.meetings] == ["2024-04-03"], summary(doc)


SUMMIT = ("Le sommet de l'OTAN s'est ouvert le 11 juillet 2023 à Vilnius, sous la présidence du secrétaire "
          "général Luc Morel. ")


def test_a_verb_before_en_marge_de_tells_talks_beside_the_meeting(analyse):
    doc = analyse(article("12 Juil. 2023", SUMMIT + "Le ministre Paul Arnaud s'est entretenu mardi avec son "
                                                    "homologue Rui Matos en marge du sommet."))
    assert len(doc._.meetings) == 2, summary(doc)
    talks = [m for m in doc._.meetings if "matos" in m["people"]]
    assert talks and talks[0]["kind"] != "sommet" and "morel" not in talks[0]["people"], summary(doc)


def test_a_meeting_noun_before_en_marge_de_is_that_meeting(analyse):
    """Counter-example: `La réunion s'est tenue en marge du sommet`: the noun tells the meeting itself."""
    doc = analyse(article("12 Juil. 2023", "Le 11 juillet 2023, la réunion des ministres Paul Arnaud et Rui Matos "
                                           "s'est tenue à Vilnius en marge du sommet de l'OTAN."))
    assert len(doc._.meetings) == 1, summary(doc)


def test_a_meeting_in_a_relative_clause_after_a_noun_referring_back_has_its_own_day(analyse):
    doc = analyse(article("30 Août 2024", "Le 29 août, le général Paul Arnaud a rencontré à Pékin Jean Morel. "
                                          "Cette rencontre intervient trois mois après l'entretien que le ministre "
                                          "de la Défense, Hugo Vance, avait eu avec le secrétaire à la Défense, "
                                          "Igor Volkov, à Rome, le 31 mai."))
    by_date = {m["date"]: m for m in doc._.meetings}
    assert set(by_date) == {"2024-08-29", "2024-05-31"}, summary(doc)
    assert {"vance", "volkov"} <= set(by_date["2024-05-31"]["people"]), summary(doc)
    assert "vance" not in by_date["2024-08-29"]["people"], summary(doc)
