"""Relations, round 13 (`components/relations.py`): MET in a crowd received by one host, plural guests that are
no one named, a pair that chaired together, a listed body inside an institutional name; on texts of our own,
each behaviour with a counter-example."""

from __future__ import annotations

from conftest import HEADLINE, page


def article(body: str, published: str = "12 mars 2024", headline: str = HEADLINE) -> str:
    return page(body, published, headline)


def related(doc, relation: str) -> set[tuple[str, str]]:
    rows = {(r["subject_id"], r["object_id"]) for r in doc._.relations if r["relation"] == relation}
    return rows | {(b, a) for a, b in rows} if relation == "MET" else rows


# -- MET: a crowd received by one host -------------------------------------------------------------

CROWD = ("Le président estonien, Lauri Kask, a accueilli mardi à Tallinn le sommet régional sur la sécurité de la "
         "Baltique. Le président letton Edgars Ozols, le Premier ministre finlandais Mikko Virtanen, le chancelier "
         "autrichien Karl Huber et le Premier ministre suédois Erik Lindqvist figuraient parmi les participants.")


def test_as_shipped_every_participant_of_a_summit_met_every_other(analyse):
    met = related(analyse(article(CROWD)), "MET")
    assert ("kask", "ozols") in met and ("ozols", "virtanen") in met and ("huber", "lindqvist") in met


def test_a_crowd_size_pairs_each_guest_with_the_host_only(analyse, pipeline):
    linker = dict(pipeline.stages)["defnews_relations"].worker  # the stage this pipeline runs
    linker.crowd_size = 5  # what an analyst sets in relations.yml
    try:
        met = related(analyse(article(CROWD)), "MET")
    finally:
        linker.crowd_size = 0
    assert ("kask", "ozols") in met and ("kask", "lindqvist") in met
    assert ("ozols", "virtanen") not in met and ("huber", "lindqvist") not in met


def test_a_small_meeting_pairs_everyone(analyse):
    doc = analyse(article("Le ministre estonien de la Défense, Lauri Kask, a reçu mardi à Tallinn le ministre letton "
                          "de la Défense, Edgars Ozols, et le ministre finlandais de la Défense, Mikko Virtanen."))
    met = related(doc, "MET")
    assert ("kask", "ozols") in met and ("ozols", "virtanen") in met


def test_guests_of_one_country_pair_everyone(analyse, pipeline):
    linker = dict(pipeline.stages)["defnews_relations"].worker  # the stage this pipeline runs
    linker.crowd_size = 5
    try:
        doc = analyse(article("Le président estonien, Lauri Kask, a accueilli mardi à Tallinn le sommet régional sur "
                              "la sécurité de la Baltique. Le président letton Edgars Ozols, le ministre letton de la "
                              "Défense Janis Berzins, le ministre letton des Affaires étrangères Andris Kalnins et le "
                              "Premier ministre letton Arturs Liepa figuraient parmi les participants."))
    finally:
        linker.crowd_size = 0
    met = related(doc, "MET")
    assert ("kask", "ozols") in met and ("ozols", "berzins") in met


# -- HOSTED: plural guests named by no name ---------------------------------------------------------

def test_a_plain_plural_noun_received_is_no_participant(analyse):
    doc = analyse(article("Le président ghanéen, Kwame Mensah, a accueilli dimanche à Accra les militaires libérés. "
                          "Dès leur descente, les soldats ont été salués par le chef de l'État, entouré du "
                          "vice-président, John Owusu, et du Premier ministre Kofi Boateng."))
    hosted = related(doc, "HOSTED")
    assert ("mensah", "owusu") not in hosted and ("mensah", "boateng") not in hosted


def _guest_phrase(analyse, sentence: str):
    doc = analyse(article(sentence))
    return next(t for t in doc if t.dep_ in ("obj", "nsubj:pass") and t.head.lemma_ in ("accueillir", "recevoir"))


def test_a_plural_guest_phrase_stands_for_people_when_titled_counted_or_a_pronoun(analyse):
    from pipeline.components.relations import _office_holders

    assert _office_holders(_guest_phrase(analyse, "Le général Jan Novak a reçu les ministres de la Défense."))
    assert _office_holders(_guest_phrase(analyse, "Les trois émissaires ont été reçus lundi par le général Jan Novak."))
    assert not _office_holders(_guest_phrase(analyse, "Le général Jan Novak a accueilli les familles."))


# -- HOSTED: a pair that chaired together ------------------------------------------------------------

def test_who_presided_with_the_host_was_not_received(analyse):
    doc = analyse(article("La conférence sur la reconstruction s'est tenue lundi à Genève. La présidente de la "
                          "Confédération Anna Keller, qui présidait la conférence avec le ministre des Affaires "
                          "étrangères Marco Rossi, a salué un premier pas."))
    assert ("keller", "rossi") not in related(doc, "HOSTED")


def test_who_was_received_by_the_host_was_hosted(analyse):
    doc = analyse(article("La présidente de la Confédération Anna Keller a reçu lundi à Berne le président "
                          "moldave, Ion Rusu, pour un entretien."))
    assert ("keller", "rusu") in related(doc, "HOSTED")


# -- PART_OF: a listed body inside an institutional name -----------------------------------------------

def test_a_listed_word_that_starts_another_name_is_no_parent(analyse):
    doc = analyse(article("Les chefs d'état-major ont examiné lundi à Bamako le déploiement de la force conjointe de "
                          "l'Alliance des États du Sahel."))
    parts = related(doc, "PART_OF")
    assert not any(parent == "OTAN" for _, parent in parts)


def test_a_listed_body_ending_the_name_is_its_parent(analyse):
    doc = analyse(article("Le général Paul Martin a présenté lundi à Bruxelles les travaux de la cellule de "
                          "planification de l'OTAN."))
    assert any(parent == "OTAN" for _, parent in related(doc, "PART_OF"))
