"""Who hosted a meeting, round 7 (`components/meeting_mentions.py` host functions, HOSTED and
COUNTERPART_OF in `components/relations.py`): texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import HEADLINE, page


def article(body: str, published: str = "9 mai 2024", headline: str = HEADLINE) -> str:
    return page(body, published, headline)


def hosts(doc) -> list[str]:
    return [m["host"] for m in doc._.meetings]


def related(doc, relation: str) -> set[tuple[str, str]]:
    return {(r["subject_id"], r["object_id"]) for r in doc._.relations if r["relation"] == relation}


def counterparts(doc) -> set[frozenset[str]]:
    return {frozenset(pair) for pair in related(doc, "COUNTERPART_OF")}


# -- the guest of a passive host verb ---------------------------------------------------------------

def test_the_antecedent_of_qui_is_the_guest_of_a_passive_relative(analyse):
    doc = analyse(article("La visite du général Pavel Novak intervient deux mois après celle du chef d'état-major "
                          "tchèque, le général Jan Hora, qui avait été reçu le 7 février par le général Martin Herem."))
    assert ("herem", "hora") in related(doc, "HOSTED")


def test_a_passive_relative_of_another_verb_hosts_no_one(analyse):
    doc = analyse(article("Le général Jan Hora, qui avait été décoré le 7 février par le général Martin Herem, "
                          "a pris sa retraite."))
    assert not related(doc, "HOSTED")


def test_a_coordinated_passive_shares_the_pronoun_subject(analyse):
    doc = analyse(article("Le ministre Arvid Lund est arrivé lundi à Oslo. Le lendemain, il s'entretient avec "
                          "Mads Kjær, puis est reçu par le Premier ministre Jonas Støre."))
    assert ("støre", "lund") in related(doc, "HOSTED")


def test_a_coordinated_passive_of_another_verb_hosts_no_one(analyse):
    doc = analyse(article("Le ministre Arvid Lund est arrivé lundi à Oslo. Le lendemain, il s'entretient avec "
                          "Mads Kjær, puis est décoré par le Premier ministre Jonas Støre."))
    assert ("støre", "lund") not in related(doc, "HOSTED")


def test_a_guest_noun_as_passive_subject_stands_for_the_visitor(analyse):
    doc = analyse(article("Le général Pavel Novak, chef d'état-major des forces tchèques, a effectué mardi une "
                          "visite de travail à Tallinn. À son arrivée, le visiteur a été accueilli par son homologue "
                          "estonien, le général Martin Herem."))
    assert ("herem", "novak") in related(doc, "HOSTED")


def test_a_named_passive_subject_is_the_guest_not_the_visitor_before(analyse):
    doc = analyse(article("Le général Pavel Novak, chef d'état-major des forces tchèques, a effectué mardi une "
                          "visite de travail à Tallinn. À son arrivée, le général Jan Hora a été accueilli par son "
                          "homologue estonien, le général Martin Herem."))
    assert ("herem", "hora") in related(doc, "HOSTED")
    assert ("herem", "novak") not in related(doc, "HOSTED")


def test_a_visitor_is_not_the_host_of_the_country_he_visits(analyse):
    doc = analyse(article("Le général Pavel Novak, chef d'état-major des forces tchèques, a effectué mardi une "
                          "visite de travail à Tallinn. À son arrivée, le visiteur a été accueilli par son homologue "
                          "estonien, le général Martin Herem."))
    assert ("novak", "herem") not in related(doc, "HOSTED")
    assert "novak" not in hosts(doc)


# -- ceremonies and meals: the host read from the parse ---------------------------------------------

def test_who_presents_the_new_year_wishes_to_the_forces_hosts(analyse):
    doc = analyse(article("Le 8 mai, le président Emmanuel Macron a présenté ses vœux aux armées sur la base navale "
                          "de Brest, en présence du ministre des Armées, Sébastien Lecornu."))
    assert hosts(doc) == ["macron"]


def test_who_offers_a_dinner_hosts_it(analyse):
    doc = analyse(article("Le roi Harald a offert mardi un dîner officiel en l'honneur du président finlandais "
                          "Alexander Stubb."))
    assert hosts(doc) == ["harald"]
    assert ("harald", "stubb") in related(doc, "HOSTED")


def test_who_merely_mentions_a_dinner_does_not_host_it(analyse):
    doc = analyse(article("Le ministre Arvid Lund a évoqué le dîner offert par le Premier ministre Jonas Støre."))
    assert "lund" not in hosts(doc)


def test_a_summit_organised_by_his_host_names_the_other_party(analyse):
    doc = analyse(article("Le président Emmanuel Macron est arrivé lundi à Lisbonne. Il a signé avec le Premier "
                          "ministre portugais, Luís Montenegro, un traité de coopération, à l'issue d'un sommet "
                          "bilatéral organisé par son hôte."))
    assert hosts(doc) == ["montenegro"]


def test_a_summit_organised_by_an_institution_names_no_host(analyse):
    doc = analyse(article("Le président Emmanuel Macron est arrivé lundi à Lisbonne. Il a signé avec le Premier "
                          "ministre portugais, Luís Montenegro, un traité de coopération, à l'issue d'un sommet "
                          "bilatéral organisé par le gouvernement."))
    assert hosts(doc) == [""]


# -- co-hosts and several host clauses --------------------------------------------------------------

def test_a_plural_host_verb_makes_a_co_host_of_the_second_subject(analyse):
    doc = analyse(article("M. Arvid Lund, ministre délégué auprès du Premier ministre, chargé de la Défense, et le "
                          "général Erik Dahl, inspecteur général des forces armées, ont reçu mardi à Oslo le ministre "
                          "finlandais de la Défense, Antti Häkkänen."))
    assert {("lund", "hakkanen"), ("dahl", "hakkanen")} <= related(doc, "HOSTED")


def test_a_person_merely_cited_beside_the_host_is_no_co_host(analyse):
    doc = analyse(article("M. Arvid Lund, ministre délégué auprès du Premier ministre, a reçu mardi à Oslo le "
                          "ministre finlandais de la Défense, Antti Häkkänen, porteur d'un message du président "
                          "Alexander Stubb."))
    assert ("lund", "hakkanen") in related(doc, "HOSTED")
    assert not {s for s, _ in related(doc, "HOSTED")} - {"lund"}


def test_each_host_clause_of_a_sentence_hosts_its_own_guest(analyse):
    doc = analyse(article("La ministre des Affaires étrangères, Anna Berg, a accueilli son homologue polonaise Ewa "
                          "Nowak, tandis que le ministre de la Défense, Pål Jonson, recevait Marek Kowal, ministre "
                          "de la Défense de la Pologne."))
    assert {("berg", "nowak"), ("jonson", "kowal")} <= related(doc, "HOSTED")
    assert ("berg", "kowal") not in related(doc, "HOSTED")


# -- counterparts ---------------------------------------------------------------------------------

def test_the_counterpart_of_a_demonym_is_the_one_of_the_same_kind_of_office(analyse):
    doc = analyse(article("Le ministre arménien de la Défense, Suren Papikyan, et le Premier ministre arménien "
                          "Nikol Pachinian ont reçu l'ambassadeur Paul Morel. Le ministre des Armées, Sébastien "
                          "Lecornu, avait reçu son homologue arménien à Paris en septembre."))
    assert frozenset(("lecornu", "papikyan")) in counterparts(doc)
    assert frozenset(("lecornu", "pachinian")) not in counterparts(doc)


def test_a_rank_named_alone_as_passive_subject_stands_for_the_officer(analyse):
    doc = analyse(article("Le général Pavel Novak, chef d'état-major des forces tchèques, est arrivé lundi à "
                          "Tallinn. Mardi, le général a été reçu par le ministre estonien de la Défense, "
                          "Hanno Pevkur."))
    assert ("pevkur", "novak") in related(doc, "HOSTED")


def test_a_rank_with_a_name_as_passive_subject_is_that_officer(analyse):
    doc = analyse(article("Le général Pavel Novak, chef d'état-major des forces tchèques, est arrivé lundi à "
                          "Tallinn. Mardi, le général Jan Hora a été reçu par le ministre estonien de la Défense, "
                          "Hanno Pevkur."))
    assert ("pevkur", "hora") in related(doc, "HOSTED")
    assert ("pevkur", "novak") not in related(doc, "HOSTED")
