"""Meetings, round 59: an event of a visit's programme (`le déjeuner de travail`, `le dîner officiel`) told by
its noun as called off (cancelled, put off) after the meeting it would belong to took place is an event of its
own that did not happen: dated that day, between the principals of the visit, and the visit stays held. Texts
of our own, with counter-examples."""

from __future__ import annotations

from conftest import page


def meetings(analyse, body: str) -> list[tuple[str, str, str, list[str]]]:
    return [(m["kind"], m["status"], m["date"], sorted(m["people"])) for m in analyse(page(body))._.meetings]


# -- a meal of the programme called off beside a held visit is its own --------------------------------------------

def test_a_working_lunch_cancelled_after_the_talks(analyse):
    found = meetings(analyse, "Le président Emmanuel Macron a accueilli mardi 12 mars à l'Élysée le chancelier "
                              "Olaf Scholz. Les deux dirigeants se sont entretenus pendant deux heures. Le déjeuner "
                              "de travail prévu a finalement été annulé.")
    assert found == [("visite", "held", "2024-03-12", ["macron", "scholz"]),
                     ("déjeuner de travail", "cancelled", "2024-03-12", ["macron", "scholz"])]


def test_a_lunch_with_the_delegations_put_off_after_a_tete_a_tete(analyse):
    found = meetings(analyse, "Le chancelier Olaf Scholz a reçu lundi 11 mars à Berlin le Premier ministre "
                              "polonais Donald Tusk pour un tête-à-tête. Le déjeuner de travail avec des "
                              "délégations élargies a été reporté.")
    assert found == [("tête-à-tête", "held", "2024-03-11", ["scholz", "tusk"]),
                     ("déjeuner de travail", "cancelled", "2024-03-11", ["scholz", "tusk"])]


def test_an_official_dinner_cancelled_for_a_national_mourning(analyse):
    found = meetings(analyse, "Le président Bassirou Diomaye Faye a accueilli vendredi 8 mars à Dakar son "
                              "homologue mauritanien Mohamed Ould Ghazouani. Les deux chefs d'État ont eu un long "
                              "entretien. Le dîner officiel prévu au palais a été annulé en raison du deuil "
                              "national.")
    assert [(k, s) for k, s, _, _ in found] == [("visite", "held"), ("dîner", "cancelled")]
    assert found[1][2:] == ("2024-03-08", ["faye", "ghazouani"])


def test_a_banquet_put_off_after_a_reception(analyse):
    found = meetings(analyse, "Le Premier ministre Justin Trudeau a reçu mercredi 6 mars à Ottawa le président "
                              "Joe Biden. Le banquet prévu en soirée a été reporté.")
    assert found == [("visite", "held", "2024-03-06", ["biden", "trudeau"]),
                     ("banquet", "cancelled", "2024-03-06", ["biden", "trudeau"])]


def test_a_cancelled_dinner_keeps_the_visit_held(analyse):
    found = meetings(analyse, "Le président Emmanuel Macron a reçu mardi 12 mars à l'Élysée le président "
                              "Volodymyr Zelensky. Le dîner prévu avec des délégations élargies a été annulé.")
    assert found[0][:2] == ("visite", "held") and ("dîner", "cancelled") in [(k, s) for k, s, _, _ in found]


# -- counter-examples: a meal held, or a visit itself called off, stays one ----------------------------------------

def test_a_state_dinner_held_the_same_evening_is_no_cancelled_event(analyse):
    found = meetings(analyse, "Le roi Mohammed VI a reçu jeudi 7 mars à Rabat le président Emmanuel Macron. Le "
                              "dîner d'État offert par le souverain s'est tenu le soir au palais royal.")
    assert all(s == "held" for _, s, _, _ in found)


def test_a_cancelled_visit_and_its_cancelled_dinner_stay_one(analyse):
    found = meetings(analyse, "La visite du président Emmanuel Macron à Rabat, prévue mardi 12 mars, a été "
                              "annulée. Le dîner d'État prévu au palais royal a lui aussi été annulé.")
    assert len(found) == 1
