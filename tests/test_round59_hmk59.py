"""Meeting hosts, round 59: talks between two parties that a third convenes (`sous la médiation de X`,
`sous les auspices de la Chine`, the sponsoring country's one representative told in a later sentence).
Texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def hosts(analyse, body: str, published: str = "14 mars 2024") -> list[str]:
    return [m["host"] for m in analyse(page(body, published))._.meetings]


# -- `sous la médiation de X`: the mediator named convenes the talks and hosts them ---------------------------

def test_talks_under_the_mediation_of_a_named_president_are_his(analyse):
    assert hosts(analyse, "Des pourparlers de paix entre l'Éthiopie et l'Érythrée se sont tenus mardi à Djeddah, "
                          "sous la médiation du prince héritier saoudien Mohammed ben Salmane.") == ["salmane"]


def test_a_meeting_under_the_mediation_of_a_minister_model_in_apposition(analyse):
    assert hosts(analyse, "La réunion entre les délégations arménienne et azerbaïdjanaise s'est déroulée "
                          "jeudi à Washington, sous la médiation du secrétaire d'État américain, Antony "
                          "Blinken.") == ["blinken"]


def test_a_meeting_beside_a_mediator_present_only_has_no_host(analyse):
    # counter-example: a mediator named as one present (no marker of convening) does not host neutral talks
    assert hosts(analyse, "La réunion entre les délégations arménienne et azerbaïdjanaise s'est déroulée "
                          "jeudi à Genève, en présence du secrétaire d'État américain, Antony Blinken.") == [""]


# -- `sous les auspices de la Chine`: the sponsoring country's one representative hosts -----------------------

def test_talks_under_a_country_auspices_are_hosted_by_its_one_representative_told_after(analyse):
    assert hosts(analyse, "L'Arménie et l'Azerbaïdjan ont repris jeudi des pourparlers à Moscou sous les "
                          "auspices de la Russie. La délégation arménienne était conduite par Ararat "
                          "Mirzoyan, celle de l'Azerbaïdjan par Djeyhoun Baïramov. La partie russe était "
                          "représentée par le ministre russe des Affaires étrangères Sergueï Lavrov.") == ["lavrov"]


def test_talks_under_the_aegis_of_a_country_hosted_by_its_minister_among_the_participants(analyse):
    assert hosts(analyse, "Des négociations entre le Soudan et le Soudan du Sud se sont tenues lundi à "
                          "Addis-Abeba sous l'égide de l'Éthiopie, avec le ministre soudanais Ali Sadiq, "
                          "le ministre sud-soudanais Mayiik Ayii Deng et le ministre éthiopien Taye "
                          "Atske Selassie.") == ["selassie"]


def test_talks_under_a_country_auspices_with_none_of_its_people_have_no_host(analyse):
    # counter-example: the sponsoring country names nobody among the talks' people: no host
    assert hosts(analyse, "L'Arménie et l'Azerbaïdjan ont repris jeudi des pourparlers à Prague sous les "
                          "auspices de l'Union européenne. La délégation arménienne était conduite par "
                          "Ararat Mirzoyan, celle de l'Azerbaïdjan par Djeyhoun Baïramov.") == [""]


def test_talks_between_equals_on_neutral_ground_keep_no_host(analyse):
    # counter-example: two sides meeting in a third country with no marker of convening
    assert hosts(analyse, "Le ministre arménien Ararat Mirzoyan et son homologue azerbaïdjanais Djeyhoun "
                          "Baïramov se sont rencontrés jeudi à Genève.") == [""]
