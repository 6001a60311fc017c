"""Meeting groups, round 52: who `a assisté aux entretiens` (the preposition `à` fused with the definite
article: `au`, `aux`) attended the talks just told, as after `à la cérémonie`; the talks are not a meeting
of their own between the attendants. Texts of our own, with counter-examples."""

from __future__ import annotations

from conftest import page


def meetings(analyse, body: str) -> list[tuple[str, list[str]]]:
    return [(m["kind"], sorted(m["people"])) for m in analyse(page(body))._.meetings]


def test_attendants_of_the_talks_after_a_reception_join_it(analyse):
    found = meetings(analyse, "Le président ivoirien Alassane Ouattara a reçu lundi au palais de la Présidence à "
                              "Abidjan le ministre des Armées Sébastien Lecornu. Ont assisté aux entretiens, côté "
                              "ivoirien, le ministre de la Défense, le général Lassina Zerbo, et, côté français, "
                              "l'ambassadeur de France, Jean-Christophe Belliard.")
    assert len(found) == 1
    assert {"zerbo", "belliard", "ouattara"} <= set(found[0][1])


def test_attendants_of_the_talks_of_a_visit_join_it(analyse):
    found = meetings(analyse, "Le roi Abdallah II a reçu mardi au palais de Raghadan le ministre des Armées Sébastien "
                              "Lecornu. Ont pris part aux entretiens, côté jordanien, le chef d'état-major, le général "
                              "Youssef Al-Hnaity, et, côté français, l'ambassadeur Alexis Le Cour Grandmaison.")
    assert len(found) == 1
    assert {"al-hnaity", "grandmaison"} <= set(found[0][1])


def test_attendants_of_the_talks_after_a_welcome_join_it(analyse):
    found = meetings(analyse, "Le président tchadien Mahamat Idriss Déby a reçu jeudi au palais Rose à N'Djamena le "
                              "chef d'état-major des armées. Ont pris part aux entretiens, côté tchadien, le ministre "
                              "des Armées, le général Issakha Malloua Djamous, et, côté français, l'ambassadeur Éric "
                              "Gérard.")
    assert len(found) == 1
    assert {"djamous", "gerard", "deby"} <= set(found[0][1])


def test_attendants_of_the_talks_of_a_working_visit_join_it(analyse):
    found = meetings(analyse, "Le président sénégalais Bassirou Diomaye Faye a reçu mercredi au palais de la "
                              "République à Dakar le ministre délégué Thani Mohamed Soilihi. Ont assisté aux "
                              "entretiens, côté sénégalais, le ministre des Forces armées, le général Birame Diop, et, "
                              "côté français, l'ambassadrice de France, Christine Fages.")
    assert len(found) == 1
    assert {"diop", "fages", "faye"} <= set(found[0][1])


# -- counter-examples: a talk of another day, or at another place named, stays apart ----------------------------

def test_talks_that_say_which_ones_stay_apart(analyse):
    found = meetings(analyse, "Le président Emmanuel Macron a reçu lundi à l'Élysée le président ukrainien Volodymyr "
                              "Zelensky. Le ministre des Armées, Sébastien Lecornu, a assisté jeudi aux entretiens "
                              "organisés à Bruxelles avec son homologue belge Theo Francken.")
    assert not any({"lecornu", "macron"} <= set(p) for _, p in found)


def test_a_dated_other_meeting_at_the_fused_article_stays_apart(analyse):
    found = meetings(analyse, "Le président Emmanuel Macron a reçu le 3 mars à l'Élysée le président ukrainien "
                              "Volodymyr Zelensky. Le 10 mars, le général Thierry Burkhard et le général Carsten "
                              "Breuer ont assisté aux manœuvres de l'OTAN en Norvège.")
    assert not any({"burkhard", "macron"} <= set(p) for _, p in found)
