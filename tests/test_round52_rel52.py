"""Participants, round 52: the sender of a message (a letter, greetings) carried to the meeting is named after a comma,
with his own title, as an apposition to the title that is the complement of the thing carried (`porteur d'un
message du chef de l'État, le capitaine X`, `à qui il a remis une lettre de son homologue, le président Y`): he is
spoken of, not at the meeting, and meets no one. Texts of our own, with counter-examples."""

from __future__ import annotations

from conftest import page


def people(analyse, body: str) -> list[list[str]]:
    return [sorted(m["people"]) for m in analyse(page(body))._.meetings]


def met(analyse, body: str) -> set[tuple[str, str]]:
    return {tuple(sorted((r["subject_id"], r["object_id"]))) for r in analyse(page(body))._.relations
            if r["relation"] == "MET"}


# -- the sender, his rank between the title and the name ---------------------------------------------------------

def test_the_head_of_state_who_sent_the_message_with_his_rank(analyse):
    assert people(analyse, "Le président malien Assimi Goïta a reçu mardi à Koulouba le ministre nigérien de la "
                           "Défense, le général Salifou Mody, porteur d'un message du chef de l'État nigérien, le "
                           "général Abdourahamane Tiani.") == [["goita", "mody"]]


def test_the_sender_of_an_audience_message_meets_no_one(analyse):
    found = met(analyse, "Le Premier ministre ivoirien Robert Beugré Mambé a accordé vendredi une audience au "
                         "ministre burkinabè de la Défense, le général Kassoum Coulibaly, porteur d'un message du "
                         "chef de l'État, le capitaine Ibrahim Traoré.")
    assert found == {("coulibaly", "mambe")}


# -- the sender named as the counterpart, after a comma, in a relative clause or an apposition -------------------

def test_a_counterpart_who_sent_a_message_in_a_relative_clause(analyse):
    assert people(analyse, "Le ministre malien de la Défense, Sadio Camara, a été reçu mardi par le président "
                           "tchadien Mahamat Idriss Déby, à qui il a remis un message de son homologue malien, le "
                           "colonel Assimi Goïta.") == [["camara", "deby"]]


def test_a_counterpart_who_sent_a_letter_by_his_minister(analyse):
    assert people(analyse, "Le président sénégalais Macky Sall a reçu lundi à Dakar le ministre gambien des "
                           "Affaires étrangères, Mamadou Tangara, porteur d'une lettre de son homologue gambien, le "
                           "président Adama Barrow.") == [["sall", "tangara"]]


def test_the_head_of_state_who_sent_greetings(analyse):
    assert people(analyse, "Le président congolais Denis Sassou Nguesso a reçu jeudi à Brazzaville le ministre "
                           "angolais de la Défense, João Ernesto dos Santos, porteur d'un message du président "
                           "angolais, M. João Lourenço.") == [["nguesso", "santos"]]


# -- counter-examples: an apposition to a person, a list, a noun of presence keep the name ----------------------------

def test_the_title_of_the_guest_himself_keeps_him(analyse):
    assert met(analyse, "Le ministre des Armées Sébastien Lecornu a reçu mardi à Paris le chef d'état-major de la "
                        "défense italienne, l'amiral Giuseppe Cavo Dragone.") == {("dragone", "lecornu")}


def test_a_guest_listed_after_the_carrier_of_a_message_stays(analyse):
    found = met(analyse, "Le président malien Assimi Goïta a reçu mardi le ministre nigérien de la Défense, le "
                         "général Salifou Mody, porteur d'un message du général Abdourahamane Tiani, et le ministre "
                         "burkinabè de la Défense, le général Kassoum Coulibaly.")
    assert ("coulibaly", "goita") in found and ("goita", "mody") in found
    assert not any("tiani" in pair for pair in found)


def test_a_chief_named_after_a_noun_of_presence_stays(analyse):
    found = met(analyse, "Le ministre ivoirien de la Défense, Téné Birahima Ouattara, a reçu jeudi à Abidjan son "
                         "homologue ghanéen Dominic Nitiwul, en présence du chef d'état-major général des armées, le "
                         "général Lassina Doumbia.")
    assert ("nitiwul", "ouattara") in found


# -- a spouse named only as such (`et son épouse, X`) comes along on the protocol, not to the talks -----------------

def test_a_spouse_beside_the_guest_meets_no_one(analyse):
    found = met(analyse, "Le président ukrainien Volodymyr Zelensky et son épouse, Olena Zelenska, ont été accueillis "
                         "jeudi à Ottawa par le premier ministre Justin Trudeau.")
    assert found == {("trudeau", "zelensky")}


def test_a_spouse_beside_the_host_offering_a_banquet(analyse):
    assert people(analyse, "Le président chinois Xi Jinping et son épouse Peng Liyuan ont reçu vendredi à Pékin le "
                           "président brésilien Luiz Inácio Lula da Silva.") == [["jinping", "silva"]]


def test_a_spouse_who_came_along(analyse):
    assert people(analyse, "Le président sud-africain Cyril Ramaphosa, accompagné de son épouse Tshepo Motsepe, a été "
                           "reçu mardi à Stockholm par le Premier ministre suédois Ulf Kristersson.") == [
        ["kristersson", "ramaphosa"]]


def test_a_husband_beside_the_minister(analyse):
    found = met(analyse, "La Première ministre danoise Mette Frederiksen et son mari Bo Tengberg ont été reçus lundi "
                         "à Paris par le président Emmanuel Macron.")
    assert found == {("frederiksen", "macron")}


def test_a_wife_at_the_dinner_in_her_husband_s_honour(analyse):
    found = met(analyse, "Le roi Philippe a reçu mercredi à Bruxelles le président sud-coréen Yoon Suk Yeol, "
                         "accompagné de sa femme, Kim Keon-hee.")
    assert found == {("philippe", "yeol")}


def test_a_first_lady_named_on_her_own_who_meets_another_stays(analyse):
    found = met(analyse, "La première dame des États-Unis, Jill Biden, s'est rendue dimanche à Oujhorod, où elle "
                         "a rencontré Olena Zelenska.")
    assert found == {("biden", "zelenska")}


def test_a_title_whose_body_names_another_title_keeps_its_holder(analyse):
    """`du chef de la Maison militaire du Roi, le général X`: the title before the comma (`Roi`, `Grand-Duc`)
    closes the body of X's own title; X is listed among those present, not spoken of."""
    for body, present in (
            ("La cérémonie s'est tenue jeudi à Luxembourg en présence du ministre de la Défense, François Bausch, "
             "et du chef de la Maison du Grand-Duc, le colonel Jean Schmit.", {"bausch", "schmit"}),
            ("Le ministre a été reçu jeudi à Madrid en présence du chef d'état-major, le général Teodoro López "
             "Calderón, et du chef de la Maison militaire du Roi, le général Emilio Gracia.", {"calderon", "gracia"})):
        assert set(analyse(page(body))._.meetings[0]["people"]) == present
