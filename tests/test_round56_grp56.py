"""Meeting groups, round 56: two meetings of one story told apart. The same day in another place with another
partner, the same host receiving another party later, and audiences given in turn (`successivement`, `tour à
tour`, `l'un après l'autre`) are meetings of their own; a sentence telling more of the same talks still joins
them. Texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def meetings(analyse, body: str) -> list[tuple[str, list[str]]]:
    return [(m["host"], sorted(m["people"])) for m in analyse(page(body))._.meetings]


# -- the same day, another place and another partner: another meeting ------------------------------------

def test_an_audience_told_before_in_another_town_the_same_day(analyse):
    found = meetings(analyse, "Le ministre Sébastien Lecornu s'est rendu mardi 12 mars à Toulon, où il s'est "
                              "entretenu avec le préfet maritime, le vice-amiral Christophe Lucas. Mardi 12 mars au "
                              "matin, il avait été reçu à l'Élysée par le président Emmanuel Macron.")
    assert len(found) == 2
    assert all("macron" not in p or "lucas" not in p for _, p in found)


def test_talks_in_another_building_with_two_others_the_same_day(analyse):
    found = meetings(analyse, "Le ministre des Armées Sébastien Lecornu s'est rendu jeudi 14 mars au quartier "
                              "général de l'Eurocorps à Strasbourg, où il s'est entretenu avec le général Peter "
                              "Devogelaere. Jeudi matin, il s'était entretenu à l'hôtel de Brienne avec le chef "
                              "d'état-major des armées, le général Thierry Burkhard.")
    assert len(found) == 2
    assert all("burkhard" not in p or "devogelaere" not in p for _, p in found)


def test_a_dated_audience_in_another_palace_with_another_host(analyse):
    found = meetings(analyse, "L'émissaire Jean-Yves Le Drian s'est rendu mercredi 13 mars au ministère de la "
                              "Défense à Yarzé, où il s'est entretenu avec le général Joseph Aoun. Mercredi 13 "
                              "mars, il avait été reçu au Grand Sérail par le Premier ministre Najib Mikati.")
    assert len(found) == 2
    assert all("mikati" not in p or "aoun" not in p for _, p in found)


def test_the_same_building_told_again_the_same_day_is_the_same_meeting(analyse):
    found = meetings(analyse, "Le ministre Sébastien Lecornu a rencontré jeudi 14 mars son homologue belge "
                              "Ludivine Dedonder à l'hôtel de Brienne. Jeudi 14 mars, dans la cour de l'hôtel de "
                              "Brienne, les deux ministres ont passé en revue un détachement.")
    assert [p for _, p in found] == [["dedonder", "lecornu"]]


def test_the_meeting_told_again_with_its_place_is_the_same_meeting(analyse):
    found = meetings(analyse, "Le ministre Sébastien Lecornu s'est entretenu jeudi 14 mars avec son homologue "
                              "belge Ludivine Dedonder. La rencontre s'est tenue jeudi 14 mars à l'hôtel de "
                              "Brienne. Les deux hommes ont ensuite évoqué le soutien à l'Ukraine.")
    assert [p for _, p in found] == [["dedonder", "lecornu"]]


# -- the same host receiving another party later: another meeting -----------------------------------------

def test_a_second_delegation_welcomed_hours_later(analyse):
    found = meetings(analyse, "Le chef d'état-major des armées ivoiriennes, le général Lassina Doumbia, a accueilli "
                              "dimanche à l'aéroport d'Abidjan la délégation ghanéenne. Elle est conduite par le "
                              "général Thomas Oppong-Peprah. Quelques heures plus tard, le général Lassina Doumbia a "
                              "reçu, au même aéroport, la délégation des Forces armées togolaises. Celle-ci est "
                              "conduite par le général Dadja Maganawe.")
    assert len(found) == 2
    assert all(host == "doumbia" for host, _ in found)
    assert all("maganawe" not in p or "oppong-peprah" not in p for _, p in found)


def test_the_same_delegation_received_again_later_stays_one_visit(analyse):
    found = meetings(analyse, "Le général Lassina Doumbia a accueilli dimanche à l'aéroport d'Abidjan la délégation "
                              "ghanéenne. Elle est conduite par le général Thomas Oppong-Peprah. Quelques heures "
                              "plus tard, le général Lassina Doumbia a reçu la délégation au palais présidentiel.")
    assert [p for _, p in found] == [["doumbia", "oppong-peprah"]]


def test_the_same_guest_received_again_later_stays_one_visit(analyse):
    found = meetings(analyse, "Le ministre de la Défense Sébastien Lecornu a accueilli lundi à l'aéroport de "
                              "Villacoublay son homologue italien Guido Crosetto. Quelques heures plus tard, "
                              "Sébastien Lecornu a reçu Guido Crosetto à l'hôtel de Brienne pour un entretien.")
    assert [p for _, p in found] == [["crosetto", "lecornu"]]


# -- audiences in turn: one meeting with each ---------------------------------------------------------------

def test_received_successively_is_one_audience_each(analyse):
    found = meetings(analyse, "Le président Emmanuel Macron a reçu successivement jeudi à l'Élysée le président "
                              "sénégalais Bassirou Diomaye Faye et le président ivoirien Alassane Ouattara.")
    assert sorted(p for _, p in found) == [["faye", "macron"], ["macron", "ouattara"]]
    assert all(host == "macron" for host, _ in found)


def test_talks_in_turn_are_one_meeting_each(analyse):
    found = meetings(analyse, "Le ministre des Armées Sébastien Lecornu s'est entretenu tour à tour avec son "
                              "homologue allemand Boris Pistorius et son homologue polonais Władysław "
                              "Kosiniak-Kamysz.")
    assert sorted(p for _, p in found) == [["kosiniak-kamysz", "lecornu"], ["lecornu", "pistorius"]]


def test_guests_received_one_after_the_other_in_the_passive(analyse):
    found = meetings(analyse, "Le président sénégalais Bassirou Diomaye Faye et le président ivoirien Alassane "
                              "Ouattara ont été reçus l'un après l'autre par le président Emmanuel Macron à "
                              "l'Élysée.")
    assert sorted(p for _, p in found) == [["faye", "macron"], ["macron", "ouattara"]]
    assert all(host == "macron" for host, _ in found)


def test_received_together_stays_one_audience(analyse):
    found = meetings(analyse, "Le président Emmanuel Macron a reçu ensemble jeudi à l'Élysée le président "
                              "sénégalais Bassirou Diomaye Faye et le président ivoirien Alassane Ouattara.")
    assert [p for _, p in found] == [["faye", "macron", "ouattara"]]


def test_guests_welcomed_in_turn_to_one_gathering_stay_one_meeting(analyse):
    found = meetings(analyse, "Lundi, au Bendlerblock, le ministre allemand Boris Pistorius accueille successivement "
                              "ses homologues Sébastien Lecornu, John Healey et Guido Crosetto.")
    assert [p for _, p in found] == [["crosetto", "healey", "lecornu", "pistorius"]]


def test_one_after_the_other_of_things_is_no_split(analyse):
    found = meetings(analyse, "Le ministre Sébastien Lecornu a reçu jeudi ses homologues Boris Pistorius et "
                              "Ludivine Dedonder, avec qui il a passé en revue les dossiers l'un après l'autre.")
    assert [p for _, p in found] == [["dedonder", "lecornu", "pistorius"]]
