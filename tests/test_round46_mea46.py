"""Middle East and Gulf outlets, round 46: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def people(analyse, body: str) -> dict[str, tuple[str, str]]:
    doc = analyse(page(body))
    return {o["name"]: (o["role"], o["country"]) for o in doc._.officials}


# -- `Son Altesse Cheikh X bin Y Al Z`: a Gulf prince's name after a civility the model reads as a place ----

def test_a_name_opened_by_son_altesse_is_a_person_with_its_role(analyse):
    found = people(analyse, "Son Altesse Cheikh Hamdan bin Mohammed bin Rashid Al Maktoum, prince héritier de Dubaï, "
                            "vice-Premier ministre et ministre de la Défense, a reçu lundi la ministre française des "
                            "Armées, Catherine Vautrin.")
    assert found.get("Cheikh Hamdan bin Mohammed bin Rashid Al Maktoum", ("",))[0] == "prince héritier"


def test_the_prince_named_later_by_cheikh_and_his_given_name_is_the_same_person(analyse):
    found = people(analyse, "Son Altesse Cheikh Hamdan bin Mohammed bin Rashid Al Maktoum, prince héritier de Dubaï, "
                            "a reçu lundi la ministre française des Armées, Catherine Vautrin. Cheikh Hamdan a salué "
                            "les relations entre les deux pays.")
    assert [n for n in found if "Hamdan" in n] == ["Cheikh Hamdan bin Mohammed bin Rashid Al Maktoum"]


def test_cheikh_as_a_given_name_stays_in_the_name(analyse):
    found = people(analyse, "Le chef d'état-major général des armées, le général Cheikh Wade, a reçu mardi à Dakar "
                            "le général Michael Langley.")
    assert "Cheikh Wade" in found


def test_a_deputy_ruler_of_an_emirate_holds_his_title(analyse):
    found = people(analyse, "La ministre doit se rendre mardi à Abou Dhabi, où elle sera reçue par Son Altesse "
                            "Cheikh Tahnoun bin Zayed Al Nahyan, vice-gouverneur d'Abou Dhabi et conseiller à la "
                            "sécurité nationale.")
    assert [r for n, (r, _) in found.items() if n.endswith("Nahyan")] == ["vice-gouverneur"]


def test_a_military_governor_stays_a_military_governor(analyse):
    found = people(analyse, "Le gouverneur militaire de Paris, le général Christophe Abad, a reçu jeudi aux Invalides "
                            "le vice-gouverneur d'Abou Dhabi.")
    assert found.get("Christophe Abad", ("",))[0] == "gouverneur militaire"


# -- `au Grand Sérail`: the seat of Lebanon's government is a place, never a person ----------------------

SHUTTLE = ("Le médiateur américain Amos Hochstein a été reçu mardi à Aïn el-Tiné par le président du Parlement, "
           "Nabih Berry. Il s'est ensuite rendu {place}, où il s'est entretenu avec le Premier ministre sortant, "
           "Najib Mikati.")


def test_a_meeting_at_the_grand_serail_is_held_there(analyse):
    doc = analyse(page(SHUTTLE.format(place="au Grand Sérail")))
    assert [m["location"] for m in doc._.meetings] == ["Aïn el-Tiné", "Grand Sérail"]
    assert all("Sérail" not in o["name"] for o in doc._.officials)


def test_a_meeting_at_a_palace_named_after_its_town_keeps_the_palace(analyse):
    doc = analyse(page(SHUTTLE.format(place="au palais de Baabda")))
    assert [m["location"] for m in doc._.meetings] == ["Aïn el-Tiné", "palais de Baabda"]


# -- `l'officier américain`: the American named last who holds a rank, not the ambassador after him -------

WELCOME = ("Le président Abdel-Fattah Al-Sissi a reçu dimanche au Caire le général Michael Kurilla, commandant du "
           "CENTCOM, en présence de l'ambassadrice des États-Unis, Herro Mustafa Garg. Plus tôt dans la journée, "
           "le général Abdel-Méguid Saqr avait accueilli {guest} au siège du Commandement général des forces armées.")


def saqr_guests(analyse, guest: str) -> list[list[str]]:
    doc = analyse(page(WELCOME.format(guest=guest)))
    return [m["people"] for m in doc._.meetings if m["host"] == "saqr"]


def test_the_officer_described_by_his_country_is_the_ranked_one(analyse):
    assert saqr_guests(analyse, "l'officier américain") == [["saqr", "kurilla"]]


def test_the_diplomat_described_by_her_country_is_still_the_last_named(analyse):
    found = saqr_guests(analyse, "la diplomate américaine")
    assert found and "kurilla" not in found[0]


def test_an_officer_of_no_stated_article_stands_for_no_one(analyse):
    found = saqr_guests(analyse, "un officier américain")
    assert all("kurilla" not in parts for parts in found)
