"""Quote speakers, round 59: a past title with a demonym (`a estimé l'ancien Premier ministre néerlandais`)
said of someone just named whose title now is an international one, of no country. Texts of our own,
each with a counter-example."""

from __future__ import annotations

from conftest import page


def speakers(analyse, body: str) -> list[str]:
    return [q["speaker"] for q in analyse(page(body))._.quotes]


# -- a past national title as the epithet of one just named with an international title -----------------

def test_a_former_prime_minister_now_at_nato(analyse):
    assert speakers(analyse, "Le sommet de l'Alliance se tiendra à La Haye, a confirmé le secrétaire général de "
                             "l'OTAN, Mark Rutte, aux côtés du Premier ministre néerlandais Dick Schoof. « L'Alliance "
                             "a montré qu'elle savait rester unie face à la menace », a estimé l'ancien Premier "
                             "ministre néerlandais.") == ["Mark Rutte"]


def test_a_former_prime_minister_now_at_the_european_council(analyse):
    assert speakers(analyse, "Le prochain sommet se tiendra à Bruxelles en juin, a annoncé le président du Conseil "
                             "européen, António Costa. « Nous avons trouvé un accord sur la défense aérienne », a "
                             "souligné l'ancien Premier ministre portugais.") == ["António Costa"]


def test_a_former_foreign_minister_now_high_representative(analyse):
    assert speakers(analyse, "La réunion des ministres se poursuivra demain, a indiqué le haut représentant de "
                             "l'Union, Josep Borrell. « L'Europe doit apprendre à parler le langage de la puissance », "
                             "a ajouté l'ancien ministre espagnol.") == ["Josep Borrell"]


def test_a_former_prime_minister_now_at_the_un(analyse):
    assert speakers(analyse, "La session extraordinaire s'ouvrira lundi à New York, a précisé le secrétaire général "
                             "des Nations unies, António Guterres. « Le monde ne peut pas se permettre une nouvelle "
                             "guerre », a martelé l'ancien Premier ministre portugais.") == ["António Guterres"]


def test_a_former_minister_of_the_other_gender_is_not_her(analyse):
    assert speakers(analyse, "Les discussions reprendront mardi, a confirmé le secrétaire général de l'OTAN, Jens "
                             "Stoltenberg. « Nous ne laisserons pas l'Ukraine seule face à l'agresseur », a insisté "
                             "l'ancien Premier ministre norvégien.") == ["Jens Stoltenberg"]


def test_a_former_prime_minister_beside_a_woman_of_no_country(analyse):
    assert speakers(analyse, "Le prochain sommet se tiendra à Copenhague, a confirmé le président du Conseil européen, "
                             "António Costa, aux côtés de la présidente de la Commission européenne, Ursula von der "
                             "Leyen. « L'Europe a su parler d'une seule voix face à Moscou », a estimé l'ancien "
                             "Premier ministre portugais.") == ["António Costa"]


# -- counter-examples ------------------------------------------------------------------------------------

def test_one_who_holds_that_title_now_is_not_its_former_holder(analyse):
    assert speakers(analyse, "Le sommet se tiendra à Oslo, a confirmé le secrétaire général de l'OTAN, Jens "
                             "Stoltenberg, aux côtés du Premier ministre norvégien Jonas Gahr Støre. « L'Alliance a "
                             "montré qu'elle savait rester unie », a estimé l'ancien Premier ministre norvégien.") \
        == ["Jens Stoltenberg"]


def test_a_document_quoted_has_no_speaker(analyse):
    assert speakers(analyse, "Le communiqué du ministère des Armées précise : « Les essais se poursuivront jusqu'à "
                             "la fin de l'année sur le site de Biscarrosse ».") == [""]


def test_a_former_prime_minister_who_spoke_just_before(analyse):
    assert speakers(analyse, "Pour Kaja Kallas, il faut « cesser de dépendre des autres pour notre sécurité ». "
                             "« Nous avons perdu trop de temps depuis 2014 », a ajouté l'ancienne Première ministre "
                             "estonienne.") == ["Kaja Kallas", "Kaja Kallas"]
