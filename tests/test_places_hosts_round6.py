"""Where a meeting took place and who hosted it, round 6 (`components/meeting_mentions.py`,
`components/meeting_groups.py`, HOSTED in `components/relations.py`): texts of our own, each
behaviour with a counter-example."""

from __future__ import annotations

from conftest import dated_page as article


def places(doc) -> list[str]:
    return [m["location"] for m in doc._.meetings]


def hosts(doc) -> list[str]:
    return [m["host"] for m in doc._.meetings]


def hosted(doc) -> set[tuple[str, str]]:
    return {(r["subject_id"], r["object_id"]) for r in doc._.relations if r["relation"] == "HOSTED"}


# -- a place said in the sentence after the meeting's ---------------------------------------------

def test_the_sentence_after_says_where_the_talks_took_place(analyse):
    doc = analyse(article("9 mai 2024", "Le 8 mai 2024, l'amiral Henrik Solberg s'est entretenu avec le général "
                          "Ari Laaksonen. Les échanges se sont déroulés à Turku."))
    assert places(doc) == ["Turku"]


def test_a_sentence_after_about_the_subject_of_the_talks_gives_no_place(analyse):
    doc = analyse(article("9 mai 2024", "Le 8 mai 2024, l'amiral Henrik Solberg s'est entretenu avec le général "
                          "Ari Laaksonen. Les échanges ont porté sur la sécurité en mer Baltique."))
    assert places(doc) == [""]


def test_a_venue_sentence_in_the_next_paragraph_gives_no_place(analyse):
    doc = analyse(article("9 mai 2024", "Le 8 mai 2024, l'amiral Henrik Solberg s'est entretenu avec le général "
                          "Ari Laaksonen.\n\nLa foire navale a eu lieu à Turku."))
    assert "Turku" not in places(doc)


# -- a place in the header ---------------------------------------------------------------------

def test_the_headline_place_after_a_serves_when_the_body_names_none(analyse):
    doc = analyse(article("9 mai 2024", "Le ministre Arvid Lund a rencontré le 8 mai 2024 son homologue danois "
                          "Mads Kjær.", headline="À Tromsø, les ministres nordiques parlent de l'Arctique"))
    assert places(doc) == ["Tromsø"]


def test_the_headline_place_before_a_colon_serves_too(analyse):
    doc = analyse(article("9 mai 2024", "Le ministre Arvid Lund a rencontré le 8 mai 2024 son homologue danois "
                          "Mads Kjær.", headline="Tromsø : les ministres nordiques parlent de l'Arctique"))
    assert places(doc) == ["Tromsø"]


def test_the_body_place_wins_over_the_headline_place(analyse):
    doc = analyse(article("9 mai 2024", "Le ministre Arvid Lund a rencontré le 8 mai 2024 à Bodø son homologue "
                          "danois Mads Kjær.", headline="À Tromsø, les ministres nordiques parlent de l'Arctique"))
    assert places(doc) == ["Bodø"]


def test_a_dateline_with_a_day_in_figures_and_no_comma(analyse):
    doc = analyse("Nouvelles\n\nTROMSØ 08/05 (NTB) = Le ministre Arvid Lund a reçu mercredi son homologue danois, "
                  "M. Mads Kjær.")
    assert places(doc) == ["Tromsø"]


def test_a_name_and_a_dash_is_no_dateline(analyse):
    doc = analyse("Nouvelles\n\nArvid Lund - Le ministre a reçu mercredi son homologue danois, M. Mads Kjær.")
    assert places(doc) == [""]


# -- a place of another event ----------------------------------------------------------------------

def test_the_place_of_an_earlier_days_meeting_is_not_carried_over(analyse):
    doc = analyse(article("9 mai 2024", "Le 2 mai 2024, le ministre Arvid Lund avait participé à Bodø à une "
                          "réunion régionale. Le 8 mai 2024, il a reçu son homologue danois, M. Mads Kjær."))
    assert places(doc) == ["Bodø", ""]


def test_the_place_of_the_same_trip_just_before_is_carried_over(analyse):
    doc = analyse(article("9 mai 2024", "Le ministre Arvid Lund est arrivé le 8 mai 2024 à Bodø. Il y a rencontré "
                          "son homologue danois, M. Mads Kjær."))
    assert places(doc)[-1] == "Bodø"


def test_a_place_in_a_persons_title_is_not_the_meetings(analyse):
    doc = analyse(article("9 mai 2024", "Le 8 mai 2024, le ministre Arvid Lund a reçu le nouvel attaché de défense, "
                          "M. Pierre Vasseur, ancien consul à Bergen."))
    assert "Bergen" not in places(doc)


def test_a_place_said_of_the_meeting_beside_a_title_stays(analyse):
    doc = analyse(article("9 mai 2024", "Le 8 mai 2024, le ministre Arvid Lund a reçu à Bergen le nouvel attaché "
                          "de défense, M. Pierre Vasseur."))
    assert places(doc) == ["Bergen"]


def test_a_room_of_a_hyphenated_headquarters_is_named_whole(analyse):
    doc = analyse(article("9 mai 2024", "La réunion s'est tenue le 8 mai 2024 dans la salle de conférence de "
                          "l'état-major, sous la présidence du général Ari Laaksonen."))
    assert places(doc)[0].startswith("salle de conférence de l'état-major")


# -- hosts -------------------------------------------------------------------------------------------

def test_people_coordinated_with_the_host_host_with_it(analyse):
    doc = analyse(article("9 mai 2024", "Arrivé le 8 mai 2024 à Oslo, le général Ari Laaksonen a été accueilli "
                          "par le ministre Arvid Lund et par l'amiral Henrik Solberg."))
    assert {("lund", "laaksonen"), ("solberg", "laaksonen")} <= hosted(doc)


def test_a_person_present_beside_the_host_is_no_host(analyse):
    doc = analyse(article("9 mai 2024", "Le 8 mai 2024, le général Ari Laaksonen a été accueilli à Oslo par le "
                          "ministre Arvid Lund, en présence de l'ambassadeur Pierre Vasseur."))
    assert ("lund", "laaksonen") in hosted(doc)
    assert not any(host == "vasseur" for host, _ in hosted(doc))


def test_a_passive_pronoun_subject_is_the_guest(analyse):
    doc = analyse(article("9 mai 2024", "La ministre finlandaise Aino Virtanen est arrivée le 8 mai 2024 à Oslo. "
                          "Elle a ensuite été reçue par son homologue, le ministre Arvid Lund."))
    assert ("lund", "virtanen") in hosted(doc)


def test_a_person_whose_instructions_are_cited_is_no_host(analyse):
    doc = analyse(article("9 mai 2024", "Conformément aux instructions du président Olav Berg, le général Ari "
                          "Laaksonen s'est entretenu le 8 mai 2024 avec l'amiral Henrik Solberg."))
    assert "berg" not in hosts(doc)
    assert not any(host == "berg" for host, _ in hosted(doc))


def test_a_place_of_a_coordinated_act_is_not_the_meetings(analyse):
    doc = analyse(article("9 mai 2024", "Le 8 mai 2024, le ministre Arvid Lund a reçu son homologue danois, M. Mads "
                          "Kjær, à Oslo, et a décidé l'ouverture d'une mission de liaison auprès de l'ambassade de "
                          "Norvège."))
    assert places(doc) == ["Oslo"]


def test_a_place_of_the_meeting_verb_itself_stays_when_another_act_follows(analyse):
    doc = analyse(article("9 mai 2024", "Le ministre Arvid Lund est arrivé le 8 mai 2024 à Oslo et a reçu son "
                          "homologue danois, M. Mads Kjær, à l'ambassade de Norvège."))
    assert places(doc)[0].startswith("ambassade de Norvège")


def test_a_host_noun_in_apposition_names_the_person_before_it(analyse):
    doc = analyse(article("9 mai 2024", "La réunion des chefs d'état-major s'est tenue le 8 mai 2024 à Oslo. Le "
                          "général Eirik Kristoffersen, hôte de la réunion, a salué la présence du général Ari "
                          "Laaksonen."))
    assert hosts(doc) == ["kristoffersen"]


def test_a_person_saluted_after_the_host_noun_is_no_host(analyse):
    doc = analyse(article("9 mai 2024", "La réunion des chefs d'état-major s'est tenue le 8 mai 2024 à Oslo. Son "
                          "hôte, très satisfait, a salué la présence du général Ari Laaksonen."))
    assert "laaksonen" not in hosts(doc)
