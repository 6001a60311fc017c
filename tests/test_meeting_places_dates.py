"""The place and the date of a meeting (`components/meeting_mentions.py`, `components/meeting_groups.py`):
texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import dated_page as article


def places(doc) -> list[str]:
    return [m["location"] for m in doc._.meetings]


def dates(doc) -> list[str]:
    return [m["date"] for m in doc._.meetings]


# -- places -------------------------------------------------------------------------------------

def test_a_country_after_en_is_the_place_when_nothing_more_precise(analyse):
    doc = analyse(article("15 mars 2024", "Le ministre néerlandais de la Défense, M. Pieter Verhoef, a effectué "
                          "le 14 mars 2024 une visite en Estonie pour y saluer les soldats déployés."))
    assert places(doc) == ["Estonie"]


def test_a_country_spoken_of_is_no_place(analyse):
    doc = analyse(article("15 mars 2024", "Le 14 mars 2024, le ministre néerlandais de la Défense, M. Pieter "
                          "Verhoef, a reçu son homologue estonien pour évoquer la situation sécuritaire en Ukraine."))
    assert "Ukraine" not in places(doc)


def test_a_name_given_to_a_place_is_part_of_it(analyse):
    doc = analyse(article("5 mars 2024", "Le président de la République, M. Amadou Keita, a présidé le 4 mars 2024 "
                          "au Centre international de conférences Léopold Sédar Senghor la cérémonie d'ouverture "
                          "du forum régional sur la sécurité."))
    assert places(doc)[0].startswith("Centre international de conférences Léopold Sédar Senghor")


def test_a_person_after_a_comma_is_no_part_of_the_place(analyse):
    doc = analyse(article("5 mars 2024", "Le 4 mars 2024, au Centre international de conférences, le président "
                          "de la République, M. Amadou Keita, a reçu le ministre français des Armées."))
    assert places(doc)[0] == "Centre international de conférences"


def test_a_place_word_in_a_title_is_no_meeting_place(analyse):
    doc = analyse(article("6 avril 2024", "Le 5 avril 2024, le général Marc Delorme, accompagné de l'attaché de "
                          "défense près l'ambassade de France, s'est rendu à l'état-major général des armées "
                          "ivoiriennes, où il a été reçu par le général Issa Traoré."))
    assert "ambassade de France" not in places(doc)


def test_an_embassy_where_the_meeting_is_held_is_its_place(analyse):
    doc = analyse(article("6 avril 2024", "Le 5 avril 2024, le général Marc Delorme a reçu le général Issa Traoré "
                          "à l'ambassade de France."))
    assert places(doc) == ["ambassade de France"]


def test_a_hearing_is_held_at_the_chamber_of_its_commission(analyse):
    doc = analyse(article("26 janvier 2023", "La commission de la défense nationale de l'Assemblée nationale a "
                          "procédé le 25 janvier 2023 à l'audition du général Pierre Lemoine, chef d'état-major "
                          "de l'armée de Terre."))
    assert places(doc) == ["Assemblée nationale"]


def test_a_hearing_naming_no_chamber_has_no_place(analyse):
    doc = analyse(article("26 janvier 2023", "La commission d'enquête a procédé le 25 janvier 2023 à l'audition du "
                          "général Pierre Lemoine, chef d'état-major de l'armée de Terre."))
    assert places(doc) == [""]


# -- dates --------------------------------------------------------------------------------------

def test_a_dateline_date_gives_way_to_the_day_the_sentence_gives(analyse):
    text = ("Le ministre reçoit son homologue nigérien\n\n"
            "Bamako, 14 mars 2024 (AMAP).- Le ministre de la Défense, le général Oumar Diallo, a reçu mardi "
            "son homologue nigérien, le général Salifou Mody, pour une séance de travail.")
    assert dates(analyse(text))[0] == "2024-03-12"


def test_a_dateline_date_dates_a_meeting_whose_sentence_gives_no_other(analyse):
    text = ("Le ministre reçoit son homologue nigérien\n\n"
            "Bamako, 14 mars 2024 (AMAP).- Le ministre de la Défense, le général Oumar Diallo, a reçu son "
            "homologue nigérien, le général Salifou Mody, pour une séance de travail.")
    assert dates(analyse(text))[0] == "2024-03-14"


def test_an_undated_meeting_takes_the_day_of_the_meeting_told_just_before(analyse):
    doc = analyse(article("7 mai 2024", "Le 3 mai 2024, le président Paul Mercier a été accueilli à Bucarest par "
                          "le président roumain, M. Andrei Popescu. Le 4 mai, M. Mercier s'est entretenu à "
                          "Constanța avec le ministre roumain de la Défense, M. Vasile Ionescu. Le président s'est "
                          "ensuite envolé pour Chișinău, où il a été reçu par la présidente moldave, Mme Ana Rusu."))
    found = {m["location"]: m["date"] for m in doc._.meetings}
    assert found.get("Chișinău") == "2024-05-04"


def test_a_meeting_to_come_dates_no_later_meeting(analyse):
    doc = analyse(article("7 mai 2024", "Le 3 mai 2024, le président Paul Mercier a été accueilli à Bucarest par "
                          "le président roumain, M. Andrei Popescu. Il recevra le 20 mai à Paris le chancelier "
                          "autrichien, M. Karl Huber. Le président s'est ensuite envolé pour Chișinău, où il a été "
                          "reçu par la présidente moldave, Mme Ana Rusu."))
    found = {m["location"]: m["date"] for m in doc._.meetings}
    assert found.get("Chișinău") == "2024-05-03"


# -- dates told around the meeting's sentence -----------------------------------------------------

def test_a_bound_of_a_period_dates_no_meeting(analyse):
    doc = analyse(article("14 mai 2024", "L'exercice Orage de printemps a commencé hier en Bavière. Jusqu'au 24 mai, "
                          "plus de 3 000 soldats doivent y manœuvrer. Au camp de Grafenwöhr, la journée d'ouverture "
                          "a réuni le général Hans Keller et la ministre-présidente Anna Vogt."))
    assert dates(doc) == ["2024-05-13"]


def test_a_day_told_before_without_a_bound_dates_the_meeting(analyse):
    # a meeting to come (`réunira`): a held one takes no day after the page's (round 38)
    doc = analyse(article("14 mai 2024", "L'exercice Orage de printemps a commencé hier en Bavière. Le 24 mai, "
                          "plus de 3 000 soldats doivent y manœuvrer. Au camp de Grafenwöhr, la journée d'ouverture "
                          "réunira le général Hans Keller et la ministre-présidente Anna Vogt."))
    assert dates(doc) == ["2024-05-24"]


def test_a_day_within_the_trip_told_after_it_dates_the_next_meetings(analyse):
    doc = analyse(article("5 avril 2024", "Le ministre néerlandais de la Défense, M. Pieter Verhoef, se rendra en "
                          "Estonie du 8 au 10 avril 2024 pour saluer les soldats déployés.\n\n"
                          "Le 9 avril, le ministre visitera le camp de Tapa.\n\n"
                          "Sur place, il doit rencontrer son homologue estonien, M. Jaak Tamm."))
    met = [m for m in doc._.meetings if "tamm" in m["people"]]
    assert met and met[0]["date"] == "2024-04-09"


def test_a_day_outside_the_trip_does_not_date_the_next_meetings(analyse):
    doc = analyse(article("5 avril 2024", "Le ministre néerlandais de la Défense, M. Pieter Verhoef, se rendra en "
                          "Estonie du 8 au 10 avril 2024 pour saluer les soldats déployés.\n\n"
                          "Le 20 avril, le ministre présentera son rapport au Parlement.\n\n"
                          "Sur place, il doit rencontrer son homologue estonien, M. Jaak Tamm."))
    met = [m for m in doc._.meetings if "tamm" in m["people"]]
    assert met and met[0]["date"] == "2024-04-08"


def test_a_participle_saying_when_the_works_opened_starts_the_meeting(analyse):
    doc = analyse(article("17 juin 2022", "La session de la commission mixte de sécurité s'est achevée hier à "
                          "Yaoundé, sous la présidence du ministre Paul Nkoulou. Ouverts lundi dernier, les travaux "
                          "se sont déroulés dans le calme."))
    assert dates(doc) == ["2022-06-13/2022-06-16"]


def test_a_participle_opening_something_else_leaves_the_meeting_alone(analyse):
    doc = analyse(article("17 juin 2022", "La session de la commission mixte de sécurité s'est achevée hier à "
                          "Yaoundé, sous la présidence du ministre Paul Nkoulou. Ouverts en 2019, les locaux ont "
                          "été rénovés."))
    assert dates(doc) == ["2022-06-16"]


# -- the place of a visitor's next day ------------------------------------------------------------

def test_a_visitor_received_the_next_day_is_still_where_he_visits(analyse):
    doc = analyse(article("14 octobre 2024", "Le ministre vietnamien de la Défense, Phan Van Giang, s'est entretenu "
                          "lundi à Hanoï avec le ministre laotien de la Défense, Chansamone Chanyalath, en visite "
                          "officielle au Vietnam.\n\nM. Chanyalath doit être reçu mardi par le Premier ministre, "
                          "Pham Minh Chinh."))
    met = [m for m in doc._.meetings if "chinh" in m["people"]]
    assert met and met[0]["date"] == "2024-10-15" and met[0]["location"] == "Hanoï"


def test_a_host_seen_the_next_day_is_not_kept_where_he_received(analyse):
    doc = analyse(article("14 octobre 2024", "Le ministre vietnamien de la Défense, Phan Van Giang, a reçu lundi à "
                          "Hanoï le ministre laotien de la Défense, Chansamone Chanyalath.\n\nM. Giang doit "
                          "rencontrer mardi le ministre cambodgien de la Défense, Tea Seiha."))
    met = [m for m in doc._.meetings if "seiha" in m["people"]]
    assert met and met[0]["location"] != "Hanoï"


# -- dates read in the sentence -----------------------------------------------------------------

def day_values(doc) -> dict[str, str]:
    return {e.text.lower(): e._.normalized for e in doc.ents if e.label_ == "DATE"}


def test_a_passive_infinitive_after_devoir_is_a_future(analyse):
    doc = analyse(article("14 octobre 2024", "Le ministre laotien de la Défense doit être reçu mardi par le "
                          "Premier ministre."))
    assert day_values(doc)["mardi"] == "2024-10-15"


def test_a_passive_past_is_the_last_such_day(analyse):
    doc = analyse(article("14 octobre 2024", "Le ministre laotien de la Défense a été reçu mardi par le "
                          "Premier ministre."))
    assert day_values(doc)["mardi"] == "2024-10-08"


def test_a_day_in_the_name_of_a_building_is_no_date(analyse):
    doc = analyse(article("14 octobre 2024", "Le ministre a présidé une cérémonie de bienvenue au Bâtiment du "
                          "1er Août, en l'honneur de son hôte."))
    assert "1er août" not in day_values(doc)


def test_a_day_after_a_ceremony_is_a_date(analyse):
    doc = analyse(article("14 octobre 2024", "Le ministre a présidé la cérémonie du 1er août en l'honneur des "
                          "soldats tombés."))
    assert day_values(doc)["1er août"] == "2024-08-01"


# -- places: adjectives of a place word, complements of another noun (wire texts) ---------------

def test_a_place_words_adjectives_lead_to_its_name(analyse):
    doc = analyse(article("14 mars 2024", "Le ministre de la Défense, M. Pieter Verhoef, a reçu mercredi à "
                          "l'aéroport militaire de Toulouse son homologue estonien, M. Hanno Pevkur."))
    # the adjective read through to the name; an airport named after its town then gives the town (as the gold does)
    assert places(doc)[0] == "Toulouse"


def test_a_place_words_adjectives_without_a_name_take_nothing_after_them(analyse):
    doc = analyse(article("14 mars 2024", "Le ministre de la Défense, M. Pieter Verhoef, a reçu mercredi son "
                          "homologue estonien, M. Hanno Pevkur, à l'aéroport militaire, avant la Conférence de "
                          "Munich."))
    assert not any("Conférence" in p for p in places(doc))


def test_a_place_word_completing_another_noun_is_no_place(analyse):
    doc = analyse(article("14 mars 2024", "Zhang Wei, membre du Bureau politique du Comité central du Parti "
                          "communiste chinois (PCC), a rencontré jeudi Jake Morrison, conseiller du président "
                          "américain."))
    assert not any(p.startswith("Bureau") for p in places(doc))


def test_a_place_word_completing_the_meeting_noun_is_its_place(analyse):
    doc = analyse(article("14 mars 2024", "Le ministre de la Défense, M. Pieter Verhoef, a effectué mercredi "
                          "une visite de la base aérienne de Volkel."))
    assert places(doc)[0] == "base aérienne de Volkel"


# -- dates: the day of the sentence just before --------------------------------------------------

def test_a_day_told_just_before_a_dateless_meeting_dates_it(analyse):
    doc = analyse(article("20 mars 2024", "Le ministre de la Défense, M. Pieter Verhoef, avait reçu son homologue "
                          "estonien à La Haye en septembre 2022.\n\nLe tournant a lieu le 23 octobre 2023. Le "
                          "ministre estonien, M. Hanno Pevkur, est accueilli à Amsterdam par M. Pieter Verhoef."))
    assert "2023-10-23" in dates(doc)


def test_a_day_to_come_told_just_before_dates_no_meeting(analyse):
    doc = analyse(article("20 mars 2024", "Le ministre de la Défense, M. Pieter Verhoef, a reçu lundi son homologue "
                          "estonien, M. Hanno Pevkur.\n\nLe navire doit quitter le port le 24 mars 2024. M. Pieter "
                          "Verhoef a reçu M. Hanno Pevkur à bord."))
    assert "2024-03-24" not in dates(doc)


# -- a pluperfect relative clause on a person tells of an earlier event ---------------------------

def test_a_place_in_a_pluperfect_relative_on_the_host_is_no_place(analyse):
    doc = analyse(article("23 février 2024", "Le ministre de la Défense, M. Pieter Verhoef, a été reçu vendredi par "
                          "le Premier ministre, M. Karl Nehammer, qui avait rencontré le président de la République "
                          "deux jours plus tôt à Paris."))
    assert "Paris" not in places(doc)


def test_a_meeting_told_in_a_pluperfect_relative_keeps_its_place(analyse):
    doc = analyse(article("28 mai 2024", "M. Pieter Verhoef, qui avait signé la veille à Madrid un accord avec le "
                          "chef du gouvernement espagnol, M. Pedro Sánchez, a remercié la Belgique."))
    assert "Madrid" in places(doc)
