"""Meeting participants, round 56: people a meeting's story names who did not take part. Someone said not
to be there (`X n'était pas présent`), and the source of the account in an incise after it (`..., a précisé
le porte-parole du ministère, X`). Texts of our own, each class with a real participant who stays."""

from __future__ import annotations

from conftest import page


def everyone(analyse, body: str) -> set[str]:
    return {p for m in analyse(page(body))._.meetings for p in m["people"]}


# -- `X n'était pas présent`: a negated presence keeps X out of the meeting ---------------------------------

def test_a_minister_said_not_present_after_a_visit_is_not_in_it(analyse):
    found = everyone(analyse, "Le ministre des Armées a reçu lundi à Paris son homologue italien Guido Crosetto. "
                              "Le ministre allemand Boris Pistorius n'était pas présent.")
    assert "crosetto" in found
    assert "pistorius" not in found


def test_an_admiral_said_not_present_after_talks_is_not_in_them(analyse):
    found = everyone(analyse, "Le chef d'état-major des armées, le général Thierry Burkhard, a rencontré mardi "
                              "à Rome le général Luciano Portolano. L'amiral Rob Bauer n'était pas présent.")
    assert {"burkhard", "portolano"} <= found
    assert "bauer" not in found


def test_two_chiefs_said_not_present_are_not_in_the_meeting(analyse):
    found = everyone(analyse, "Le ministre des Armées a reçu mardi à l'hôtel de Brienne son homologue néerlandais "
                              "Ruben Brekelmans. Le général Fabien Mandon et l'amiral Pierre Vandier n'étaient "
                              "pas présents.")
    assert "brekelmans" in found
    assert not found & {"mandon", "vandier"}


def test_a_minister_said_not_present_at_the_ceremony_is_not_in_it(analyse):
    found = everyone(analyse, "La générale Jennie Carignan a présidé jeudi à Valcartier la cérémonie de passation "
                              "de commandement de la brigade. Le ministre de la Défense nationale, David McGuinty, "
                              "retenu à Ottawa, n'était pas présent.")
    assert "mcguinty" not in found


def test_a_secretary_not_present_at_the_meeting_named_in_his_sentence(analyse):
    found = everyone(analyse, "Les ministres de la Défense de l'OTAN se sont réunis jeudi à Bruxelles autour de "
                              "Mark Rutte. Le secrétaire américain à la Défense, Pete Hegseth, n'était pas présent "
                              "à la réunion.")
    assert "hegseth" not in found


def test_a_general_said_present_stays(analyse):
    found = everyone(analyse, "Le ministre des Armées a reçu mardi à l'hôtel de Brienne son homologue néerlandais "
                              "Ruben Brekelmans. Le général Fabien Mandon était également présent.")
    assert {"brekelmans", "mandon"} <= found


# -- `..., a précisé le porte-parole, X`: the source of the account is not at the meeting -------------------

def test_a_spokesman_who_gave_the_account_is_not_at_the_meeting(analyse):
    found = everyone(analyse, "Le ministre Sébastien Lecornu a reçu lundi son homologue britannique John Healey "
                              "à Paris, a précisé le porte-parole du ministère, Hervé Grandjean.")
    assert {"lecornu", "healey"} <= found
    assert "grandjean" not in found


def test_a_government_spokeswoman_who_told_of_talks_is_not_in_them(analyse):
    found = everyone(analyse, "Le président Emmanuel Macron s'est entretenu lundi à l'Élysée avec le président "
                              "ukrainien Volodymyr Zelensky, a indiqué la porte-parole du gouvernement, Maud Bregeon.")
    assert {"macron", "zelensky"} <= found
    assert "bregeon" not in found


def test_a_palace_spokesman_who_told_of_an_audience_is_not_in_it(analyse):
    found = everyone(analyse, "Le roi Abdallah II a reçu dimanche à Amman le général Michael Kurilla, a déclaré "
                              "le porte-parole du palais royal, Jamal Haddad.")
    assert "kurilla" in found
    assert "haddad" not in found


def test_a_ministry_spokesman_who_announced_a_meeting_is_not_in_it(analyse):
    found = everyone(analyse, "Le ministre Ruben Brekelmans a rencontré jeudi à La Haye son homologue allemand "
                              "Boris Pistorius, a affirmé le porte-parole du ministère, Peter Visser.")
    assert {"brekelmans", "pistorius"} <= found
    assert "visser" not in found


def test_a_spokesman_who_confirmed_a_meeting_abroad_is_not_in_it(analyse):
    found = everyone(analyse, "La ministre Catherine Vautrin a rencontré vendredi à Berlin son homologue Boris "
                              "Pistorius, a confirmé le porte-parole du ministère des Armées, Guillaume Vernet.")
    assert "pistorius" in found
    assert "vernet" not in found


def test_a_speaker_quoted_before_the_incise_stays(analyse):
    found = everyone(analyse, "Le ministre Sébastien Lecornu a reçu lundi à Paris son homologue britannique John "
                              "Healey. « Nous coordonnerons nos porte-avions », a souligné le ministre britannique.")
    assert {"lecornu", "healey"} <= found


def test_a_speaker_who_spoke_after_the_talks_stays(analyse):
    found = everyone(analyse, "Le ministre a reçu lundi à Paris son homologue britannique John Healey, a déclaré "
                              "le ministre Sébastien Lecornu à l'issue de l'entretien.")
    assert "healey" in found
    assert "lecornu" in found
