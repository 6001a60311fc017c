"""Meeting participants, round 60: a plural description of officials (`les deux ministres`, `les deux chefs
d'état-major`, `les trois chefs d'État`) stands for the people named before whose office fits its head noun,
nearest first, as many as its number says, when those of the sentence before cannot hold it. Texts of our
own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def peoples(analyse, body: str) -> list[list[str]]:
    return [sorted(m["people"]) for m in analyse(page(body))._.meetings]


# -- the office the description names picks the people, over those of the sentence before ----------------

def test_two_ministers_after_two_chiefs_of_staff_are_the_ministers(analyse):
    found = peoples(analyse, "La ministre des Armées Catherine Vautrin a reçu lundi à Paris son homologue "
                             "allemand Boris Pistorius. Le général Fabien Mandon accompagnait la ministre. "
                             "Le général Carsten Breuer, inspecteur général de la Bundeswehr, était aussi du "
                             "déplacement. Les deux ministres se retrouveront en octobre à Berlin.")
    assert found.count(["pistorius", "vautrin"]) == 2  # the visit, and the meeting they plan
    assert ["breuer", "mandon"] not in found


def test_a_swiss_federal_councillor_is_one_of_the_two_ministers(analyse):
    found = peoples(analyse, "Le conseiller fédéral Martin Pfister a été reçu vendredi à Rome par le ministre "
                             "italien de la Défense, Guido Crosetto. Le chef de l'Armée, le commandant de corps "
                             "Thomas Süssli, accompagnait le conseiller fédéral. Il a rencontré le chef "
                             "d'état-major de la Défense, le général Luciano Portolano. Les deux ministres "
                             "sont convenus de se revoir au printemps.")
    assert found.count(["crosetto", "pfister"]) == 2  # the visit, and the meeting they plan
    assert ["portolano", "sussli"] not in found


def test_two_chiefs_of_staff_after_their_ministers(analyse):
    found = peoples(analyse, "Le chef d'état-major des armées, le général Fabien Mandon, a reçu mardi le chef "
                             "d'état-major de la défense britannique, l'amiral Tony Radakin. Le ministre des "
                             "Armées Sébastien Lecornu s'est entretenu avec son homologue John Healey. Les deux "
                             "chefs d'état-major se retrouveront en juin à Londres.")
    assert found.count(["mandon", "radakin"]) == 2  # the visit, and the meeting they plan
    assert found.count(["healey", "lecornu"]) == 1  # the ministers' talks only


def test_two_heads_of_government_after_a_president_are_the_prime_ministers(analyse):
    found = peoples(analyse, "Le Premier ministre indien Narendra Modi a été reçu mardi à Port-Louis par le "
                             "Premier ministre mauricien Navin Ramgoolam. Le président de la République, "
                             "Dharam Gokhool, a ensuite offert un déjeuner aux délégations. Les deux chefs de "
                             "gouvernement se retrouveront en juin à New Delhi.")
    assert found.count(["modi", "ramgoolam"]) == 2  # the visit, and the meeting they plan
    assert not any("gokhool" in p and len(p) == 2 for p in found)


def test_three_heads_of_state_are_the_presidents(analyse):
    found = peoples(analyse, "Le président Emmanuel Macron a réuni jeudi à l'Élysée le président ghanéen John "
                             "Mahama et le président sénégalais Bassirou Diomaye Faye. Le ministre des Armées "
                             "Sébastien Lecornu était présent. Les trois chefs d'État se retrouveront en mai "
                             "à Accra.")
    assert ["faye", "macron", "mahama"] in found


# -- counter-examples ------------------------------------------------------------------------------------

def test_two_men_of_different_offices_are_still_the_two_named_before(analyse):
    found = peoples(analyse, "Le ministre des Armées Sébastien Lecornu a reçu lundi le général Carsten Breuer, "
                             "inspecteur général de la Bundeswehr. Les deux hommes se sont entretenus de la "
                             "défense aérienne.")
    assert all(p == ["breuer", "lecornu"] for p in found)


def test_two_countries_are_no_people(analyse):
    found = peoples(analyse, "Le ministre des Armées Sébastien Lecornu a reçu lundi à Paris son homologue "
                             "polonais Władysław Kosiniak-Kamysz. Les deux pays se sont entretenus d'un traité.")
    assert all(len(p) <= 2 for p in found)


def test_more_ministers_than_named_take_none_rather_than_wrong_ones(analyse):
    found = peoples(analyse, "Le ministre des Armées Sébastien Lecornu s'est rendu lundi à Varsovie. Le chef "
                             "d'état-major des armées, le général Fabien Mandon, et son homologue, le général "
                             "Wiesław Kukuła, étaient présents. Les deux ministres "
                             "se retrouveront en juin à Paris.")
    assert not any({"mandon", "kukuła"} <= set(p) and "lecornu" not in p
                   for p in found)
