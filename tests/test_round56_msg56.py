"""Meeting participants, round 56: people a meeting's story names who did not take part in it. The sender of
a message or of an invitation its bearer carries (`porteur d'un message de son homologue X`, `porteur d'une
invitation du roi Y pour une visite d'État`), and the people of an earlier event the sentence names as its
landmark (`Cette rencontre intervient après la visite de X`). Texts of our own, each class with the real
participants, who stay."""

from __future__ import annotations

from conftest import page


def everyone(analyse, body: str) -> set[str]:
    return {p for m in analyse(page(body))._.meetings for p in m["people"]}


# -- `porteur d'un message / d'une invitation de X`: X sent it and stayed at home ---------------------------

def test_the_sender_of_a_message_named_in_three_words_is_not_received(analyse):
    found = everyone(analyse, "Le président Bassirou Diomaye Faye a reçu lundi au palais de la République le "
                              "ministre mauritanien des Affaires étrangères, Mohamed Salem Ould Merzoug, porteur "
                              "d'un message de son homologue Mohamed Ould Cheikh El Ghazouani.")
    assert {"faye", "merzoug"} <= found
    assert not any("ghazouani" in p for p in found)


def test_the_sender_of_an_invitation_to_a_state_visit_is_not_at_the_white_house(analyse):
    found = everyone(analyse, "Le Premier ministre britannique Keir Starmer a été reçu jeudi à la Maison-Blanche "
                              "par Donald Trump, porteur d'une invitation du roi Charles III pour une visite d'État.")
    assert {"starmer", "trump"} <= found
    assert not any("charles" in p for p in found)


def test_the_sender_of_an_invitation_to_an_official_visit_is_not_at_the_elysee(analyse):
    found = everyone(analyse, "Le président Emmanuel Macron a reçu vendredi à l'Élysée le ministre indien des "
                              "Affaires étrangères, Subrahmanyam Jaishankar, porteur d'une invitation du Premier "
                              "ministre Narendra Modi pour une visite officielle.")
    assert {"macron", "jaishankar"} <= found
    assert "modi" not in found


def test_the_sender_of_a_letter_a_woman_carried_is_not_received(analyse):
    found = everyone(analyse, "Le roi Mohammed VI a reçu mercredi à Rabat la ministre espagnole de la Défense, "
                              "Margarita Robles, porteuse d'une invitation du roi Felipe VI pour une visite "
                              "officielle à Madrid.")
    assert "robles" in found
    assert not any("felipe" in p for p in found)


def test_the_host_who_invited_stays_when_the_visit_is_made(analyse):
    found = everyone(analyse, "À l'invitation du roi Charles III, le président Emmanuel Macron a effectué mardi "
                              "une visite d'État au Royaume-Uni.")
    assert "macron" in found
    assert any("charles" in p for p in found)


def test_a_bearer_of_a_message_is_himself_received(analyse):
    found = everyone(analyse, "Le général Mamadi Doumbouya a reçu mardi à Conakry le ministre nigérien de la "
                              "Défense, le général Salifou Mody, porteur d'un message du général Abdourahamane "
                              "Tiani.")
    assert {"doumbouya", "mody"} <= found
    assert "tiani" not in found


# -- `Cette rencontre intervient après la visite de X`: X took part in the earlier event -----------------------

def test_the_visitor_of_an_earlier_trip_is_not_merged_into_the_audience(analyse):
    found = everyone(analyse, "Le président sénégalais Bassirou Diomaye Faye a été reçu mardi à l'Élysée par "
                              "Emmanuel Macron. Cette rencontre intervient après la visite de Sébastien Lecornu "
                              "à Dakar.")
    assert {"faye", "macron"} <= found
    assert "lecornu" not in found


def test_the_organiser_of_the_meeting_the_day_before_is_not_in_this_one(analyse):
    meetings = [set(m["people"]) for m in analyse(page(
        "Le ministre Sébastien Lecornu a réuni mercredi à Paris ses homologues allemand, Boris Pistorius, et "
        "britannique, John Healey. La réunion intervenait au lendemain de la rencontre organisée par le chef "
        "d'état-major des armées, le général Thierry Burkhard, avec ses homologues européens."))._.meetings]
    assert any({"lecornu", "pistorius", "healey"} <= m for m in meetings)
    assert not any({"lecornu", "burkhard"} <= m for m in meetings)


def test_the_visitor_of_a_visit_weeks_before_is_not_at_the_talks(analyse):
    found = everyone(analyse, "Le ministre Guido Crosetto s'est entretenu lundi à Rome avec son homologue "
                              "ukrainien Roustem Oumerov. Cet entretien intervient trois semaines après la "
                              "visite de Volodymyr Zelensky.")
    assert {"crosetto", "oumerov"} <= found
    assert "zelensky" not in found


def test_the_people_of_the_meeting_itself_named_in_the_landmark_sentence_stay(analyse):
    found = everyone(analyse, "La rencontre entre Emmanuel Macron et Olaf Scholz s'est tenue lundi à Berlin, "
                              "après la visite de Sébastien Lecornu.")
    assert {"macron", "scholz"} <= found
    assert "lecornu" not in found


def test_a_visit_told_without_a_landmark_keeps_its_visitor(analyse):
    found = everyone(analyse, "Le président Emmanuel Macron a reçu lundi à l'Élysée le président Volodymyr "
                              "Zelensky. La visite de Volodymyr Zelensky a duré deux heures.")
    assert {"macron", "zelensky"} <= found


def test_a_meeting_held_after_a_minister_arrived_keeps_him(analyse):
    found = everyone(analyse, "Le président Emmanuel Macron a reçu lundi à l'Élysée le chancelier Olaf Scholz. La "
                              "réunion s'est tenue après l'arrivée du ministre Boris Pistorius.")
    assert {"macron", "scholz", "pistorius"} <= found


def test_an_earlier_audience_told_with_its_own_day_stays_a_meeting_of_its_own(analyse):
    meetings = [set(m["people"]) for m in analyse(page(
        "Le général Saïd Chanegriha a reçu mardi à Alger l'amiral Giuseppe Cavo Dragone. Cette visite intervient "
        "deux semaines après celle de la présidente du Conseil italien, Giorgia Meloni, reçue le 23 janvier par "
        "le président Abdelmadjid Tebboune."))._.meetings]
    assert any({"chanegriha", "dragone"} <= m or {"chanegriha", "cavo dragone"} <= m for m in meetings)
    assert not any("chanegriha" in m and "tebboune" in m for m in meetings)
