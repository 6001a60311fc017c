"""Meeting participants, round 58: who a meeting verb's frame holds. A verb coordinated with another and
naming a subject of its own (`où il avait été reçu par A, le ministre X a rencontré B`) shares none of the
other verb's people; a subject pronoun never stands for a person its own verb names as a complement
(`il a été reçu par X`: not X). Texts of our own, with counter-examples."""

from __future__ import annotations

from conftest import page


def meetings(analyse, body: str) -> list[tuple[str, list[str]]]:
    return [(m["host"], sorted(m["people"])) for m in analyse(page(body))._.meetings]


def people_with(analyse, body: str, key: str) -> list[list[str]]:
    return [people for _host, people in meetings(analyse, body) if key in people]


# -- a conjunct with a subject of its own: the person of the other clause stays out ---------------------------

def test_the_receiver_of_the_relative_clause_is_not_at_the_meeting_of_the_main_clause(analyse):
    found = people_with(analyse, "Le chef d'état-major des armées, le général Thierry Burkhard, a présidé lundi "
                                 "une réunion à Paris. Arrivé mardi soir à Dakar, où il avait été accueilli par le "
                                 "ministre sénégalais des Forces armées Birame Diop, le ministre des Armées Sébastien "
                                 "Lecornu a rencontré mercredi le président Macky Sall.", "sall")
    assert found == [["lecornu", "sall"]]


def test_the_pronoun_of_the_relative_clause_is_not_the_receiver_named_as_a_subject_before(analyse):
    found = meetings(analyse, "Le président sénégalais Macky Sall est arrivé lundi à Paris. Le président Emmanuel "
                              "Macron a présidé le soir un conseil de défense à l'Élysée. Mardi, il a été reçu par "
                              "le président Emmanuel Macron.")
    assert ("macron", ["macron", "sall"]) in found


def test_the_pronoun_received_by_the_last_subject_stands_for_the_guest_named_before(analyse):
    found = meetings(analyse, "Le ministre indien de la Défense Rajnath Singh est arrivé lundi à Paris. Le ministre "
                              "des Armées Sébastien Lecornu a inauguré le soir un salon à Villepinte. Mercredi, il a "
                              "été accueilli par le ministre Sébastien Lecornu à l'hôtel de Brienne.")
    assert ("lecornu", ["lecornu", "singh"]) in found


def test_a_pronoun_that_receives_keeps_the_guest_named_as_its_object_out_of_the_subject(analyse):
    found = meetings(analyse, "Le ministre Boris Pistorius a visité lundi une caserne à Munster. Le chancelier "
                              "Olaf Scholz a présidé le même jour un conseil à Berlin. Mardi, il a reçu le ministre "
                              "Boris Pistorius à la chancellerie.")
    assert ("scholz", ["pistorius", "scholz"]) in found


def test_the_conjunct_with_its_own_subject_after_a_relative_of_place(analyse):
    found = people_with(analyse, "L'amiral Pierre Vandier a présidé lundi une cérémonie à Toulon. Arrivé jeudi soir "
                                 "à Canberra, où il avait été accueilli par le ministre australien de la Défense "
                                 "Richard Marles, le ministre des Armées Sébastien Lecornu a rencontré vendredi le "
                                 "Premier ministre Anthony Albanese.", "albanese")
    assert found == [["albanese", "lecornu"]]


def test_the_conjunct_with_its_own_subject_names_its_host_alone(analyse):
    found = people_with(analyse, "Le général Pierre Schill a présidé lundi une prise d'armes à Satory. Arrivé mardi "
                                 "à Vilnius, où il avait été accueilli par le ministre lituanien de la Défense "
                                 "Laurynas Kasčiūnas, le ministre des Armées Sébastien Lecornu a rencontré mercredi "
                                 "le président Gitanas Nausėda.", "nauseda")
    assert found == [["lecornu", "nauseda"]]


# -- counter-examples: the frame keeps its own people ----------------------------------------------------------

def test_a_companion_of_the_guest_stays(analyse):
    found = meetings(analyse, "Le président Emmanuel Macron a reçu mardi à l'Élysée son homologue ukrainien "
                              "Volodymyr Zelensky, accompagné du ministre de la Défense Roustem Oumerov.")
    assert found == [("macron", ["macron", "oumerov", "zelensky"])]


def test_the_subjects_of_a_relative_meeting_clause_stay(analyse):
    found = meetings(analyse, "Le chancelier Olaf Scholz et le président Emmanuel Macron, qui se sont entretenus "
                              "mardi à Berlin, ont annoncé un nouveau fonds.")
    assert [people for _host, people in found] == [["macron", "scholz"]]


def test_a_conjunct_without_a_subject_shares_the_first_verbs_subject(analyse):
    found = meetings(analyse, "Le ministre des Armées Sébastien Lecornu s'est entretenu lundi avec son homologue "
                              "allemand Boris Pistorius, puis a été reçu par le chancelier Olaf Scholz.")
    assert sorted(people for _host, people in found) == [["lecornu", "pistorius"], ["lecornu", "scholz"]]
