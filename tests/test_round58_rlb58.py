"""Roles, round 58 (second pass): a head of state named with no title, then called by his title and
demonym alone (`le président français`) in the next sentence. The title refers back to the person the
sentence before was about, its subject (or the agent a subject's noun of action names, `le déplacement
de X`), not to the recipient told or given to there (`promet à Y`, `adressé à Y`). Texts of our own,
each with a counter-example."""

from __future__ import annotations

from conftest import page


def roles(analyse, body: str) -> dict[str, tuple[str, str]]:
    doc = analyse(page(body))
    return {o["name"]: (o["role"], o["country"]) for o in doc._.officials}


# -- the subject of the sentence before is who the bare title means --------------------------------------------

def test_the_subject_not_the_indirect_object(analyse):
    found = roles(analyse, "Emmanuel Macron a promis mardi à Nikol Pachinian une aide pour ses armées. "
                           "Le président français a ensuite visité une caserne à Erevan.")
    assert found["Emmanuel Macron"] == ("président", "France")
    assert found["Nikol Pachinian"][0] == ""


def test_the_agent_of_a_subjects_noun_of_action(analyse):
    found = roles(analyse, "Un message adressé à Donald Trump : le déplacement d'Emmanuel Macron à Nuuk "
                           "a été bref. Le président français a été accueilli à l'aéroport par les autorités "
                           "locales.")
    assert found["Emmanuel Macron"] == ("président", "France")
    assert found["Donald Trump"][0] == ""


def test_the_subject_not_the_one_a_plan_is_shown_to(analyse):
    found = roles(analyse, "Volodymyr Zelensky a présenté lundi à Friedrich Merz son plan de paix. Le président "
                           "ukrainien a demandé davantage de systèmes de défense aérienne.")
    assert found["Volodymyr Zelensky"] == ("président", "Ukraine")
    assert found["Friedrich Merz"][0] == ""


def test_the_subject_not_the_one_a_call_is_made_to(analyse):
    found = roles(analyse, "Andrzej Duda a téléphoné jeudi à Volodymyr Zelensky au sujet des céréales. "
                           "Le président polonais a plaidé pour un accord.")
    assert found["Andrzej Duda"] == ("président", "Pologne")
    assert found["Volodymyr Zelensky"][0] == ""


def test_the_subject_of_a_headline_like_sentence(analyse):
    found = roles(analyse, "À Dakar, Bassirou Diomaye Faye a remis à Assimi Goïta un message sur le Sahel. "
                           "Le chef de l'État sénégalais a insisté sur la sécurité des frontières.")
    assert found["Bassirou Diomaye Faye"][0] == "chef de l'État"
    assert found["Bassirou Diomaye Faye"][1] == "Sénégal"
    assert found["Assimi Goïta"][0] == ""


# -- counter-examples ---------------------------------------------------------------------------------------

def test_a_subject_of_another_country_is_not_meant(analyse):
    found = roles(analyse, "Le président brésilien Lula a téléphoné mardi à Emmanuel Macron. Le président "
                           "français a salué un dialogue franc.")
    assert found["Emmanuel Macron"] == ("président", "France")
    assert found["Lula"][1] == "Brésil"


def test_a_direct_object_named_last_is_still_meant(analyse):
    found = roles(analyse, "Volodymyr Zelensky avait défié Vladimir Poutine de venir en Turquie. Le président "
                           "russe a finalement envoyé une délégation.")
    assert found["Vladimir Poutine"] == ("président", "Russie")


def test_a_titled_subject_keeps_his_title(analyse):
    found = roles(analyse, "Le ministre des Armées Sébastien Lecornu a accueilli Olaf Scholz à Paris. "
                           "Le chancelier allemand a salué la coopération.")
    assert found["Sébastien Lecornu"][0] == "ministre des Armées"
    assert found["Olaf Scholz"][0] == "chancelier"
