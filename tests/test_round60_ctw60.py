"""Officials' country, round 60: a title any state has (`le président de la République`, `le président du
Sénat`, `l'état-major particulier du président de la République`) said bare in a story about another country,
France named there only in passing, is not France's by default; `lao`, the invariable demonym of Laos, gives the
country in the official's own title. Texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def countries(analyse, body: str) -> dict[str, str]:
    return {o["name"]: o["country"] for o in analyse(page(body))._.officials}


# -- a bare national title in a story about another country, France named in passing --------------------------

def test_the_president_of_the_republic_in_a_story_of_prague_is_not_french(analyse):
    found = countries(analyse, "Le secrétaire général de l'OTAN Mark Rutte est arrivé lundi à Prague. Il a été "
                               "reçu au château de Prague par le président de la République, Petr Pavel, ancien chef "
                               "de l'armée tchèque. La République tchèque consacre désormais plus de 2 % de son PIB "
                               "à sa défense, a rappelé le chef de l'État, qui a cité l'exemple de la Pologne et de "
                               "la France. Les deux hommes ont évoqué la modernisation de l'armée tchèque et l'achat "
                               "de chars Leopard par Prague.")
    assert found["Petr Pavel"] != "France"


def test_the_president_of_the_republic_receiving_a_french_envoy_in_beirut_is_not_french(analyse):
    found = countries(analyse, "L'envoyé spécial Jean-Yves Le Drian a été reçu mardi à Baabda par le président de "
                               "la République, Joseph Aoun. Le Liban attend de la France un appui à l'armée "
                               "libanaise. Les discussions ont porté sur le déploiement de l'armée libanaise au "
                               "Sud-Liban et sur la reconstruction du Liban, a indiqué la présidence libanaise.")
    assert found["Joseph Aoun"] != "France"


def test_the_president_of_the_senate_in_phnom_penh_is_not_french(analyse):
    found = countries(analyse, "Le secrétaire d'État américain a été reçu mardi à Phnom Penh par le président du "
                               "Sénat, Hun Sen. Le Cambodge et les États-Unis ont évoqué la base navale de Ream, que "
                               "le Cambodge modernise avec l'appui de la Chine. L'armée cambodgienne participera à un "
                               "exercice avec la France, a ajouté le Cambodge, qui souhaite diversifier ses "
                               "partenaires. Les forces cambodgiennes sont en pleine modernisation.")
    assert found["Hun Sen"] != "France"


def test_the_president_s_own_staff_in_niamey_is_not_the_elysee_s(analyse):
    found = countries(analyse, "Le général Salifou Mody a reçu jeudi à Niamey une délégation malienne, en présence "
                               "du chef d'état-major particulier du président de la République, le général de "
                               "brigade Moussa Salaou Barmou. Le Niger et le Mali ont évoqué la sécurité des "
                               "frontières.")
    assert found["Moussa Salaou Barmou"] != "France"


def test_counter_the_president_of_the_republic_in_a_story_that_names_france_as_often_is_french(analyse):
    found = countries(analyse, "Le président de la République, Emmanuel Macron, a reçu mardi à Paris le Premier "
                               "ministre libanais. La France soutiendra l'armée libanaise, a-t-il dit. Le Liban "
                               "attend de la France un appui à l'armée libanaise.")
    assert found["Emmanuel Macron"] == "France"


def test_counter_the_president_s_own_staff_in_a_french_story_is_french(analyse):
    found = countries(analyse, "Le chef d'état-major particulier du président de la République, le général Fabien "
                               "Mandon, a accompagné jeudi le chef de l'État à Toulon. La France renforcera sa "
                               "marine.")
    assert found["Fabien Mandon"] == "France"


# -- `lao`, the invariable demonym of Laos, in the official's own title -----------------------------------------

def test_the_lao_minister_of_defence_is_of_laos(analyse):
    found = countries(analyse, "Le ministre lao de la Défense, le général Chansamone Chanyalath, a reçu mercredi à "
                               "Vientiane son homologue vietnamien Phan Van Giang.")
    assert found == {"Chansamone Chanyalath": "Laos", "Phan Van Giang": "Vietnam"}


def test_a_lao_counterpart_is_of_laos(analyse):
    found = countries(analyse, "Le ministre vietnamien de la Défense Phan Van Giang a rencontré mercredi à Hanoï "
                               "son homologue lao, le général Chansamone Chanyalath.")
    assert found["Chansamone Chanyalath"] == "Laos"
