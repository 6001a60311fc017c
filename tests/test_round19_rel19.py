"""Round 19, relations: unnamed counterparts by office, hosting by a counterpart, titles held in part."""

from __future__ import annotations

from tests.conftest import page


def _rels(doc) -> set[tuple[str, str, str]]:
    return {(r["subject_id"], r["relation"], r["object_id"]) for r in doc._.relations or []}


VISIT = ("Le président portugais Luis Ferreira est arrivé mardi à Rome pour une visite d'État de trois jours. "
         "Reçu à sa sortie de l'avion par son homologue, le chef de l'État portugais s'est ensuite entretenu "
         "avec lui au palais du Quirinal. Le président italien, Marco Bellini, a salué une amitié ancienne.")


def test_unnamed_counterpart_is_the_one_of_the_same_office_abroad(analyse):
    found = _rels(analyse(page(VISIT)))
    assert ("bellini", "COUNTERPART_OF", "ferreira") in found or ("ferreira", "COUNTERPART_OF", "bellini") in found


def test_received_by_his_counterpart_hosted_him(analyse):
    found = _rels(analyse(page(VISIT)))
    assert ("bellini", "HOSTED", "ferreira") in found
    assert ("ferreira", "HOSTED", "bellini") not in found


def test_unnamed_counterpart_of_another_office_is_no_one(analyse):
    text = VISIT.replace("Le président italien, Marco Bellini,", "Le ministre italien de la Culture, Marco Bellini,")
    found = _rels(analyse(page(text)))
    assert not {r for r in found if r[1] == "COUNTERPART_OF"}
    assert ("bellini", "HOSTED", "ferreira") not in found


def test_title_held_in_part_of_a_body_apposed_to_a_name(analyse):
    doc = analyse(page("Le texte est signé de la Secrétaire exécutive du Conseil supérieur de la défense, "
                       "la ministre Awa Koné."))
    assert ("kone", "MEMBER_OF", "Conseil supérieur de la défense") in _rels(doc)


def test_no_title_noun_before_the_body_links_no_one(analyse):
    doc = analyse(page("Le texte est signé du bureau exécutif du Conseil supérieur de la défense, "
                       "la ministre Awa Koné l'a transmis."))
    assert not {r for r in _rels(doc) if r[1] == "MEMBER_OF"}


def test_chief_of_defence_serves_in_the_forces_the_article_names(analyse):
    doc = analyse(page("Le chef d'état-major de la défense, le général Tomas Berg, a visité mardi une base de "
                       "l'Armée suisse près de Thoune."))
    assert ("berg", "MEMBER_OF", "Armée suisse") in _rels(doc)


def test_chief_of_defence_of_two_forces_named_is_of_none(analyse):
    for text in ("Le chef d'état-major de la défense, le général Tomas Berg, a visité mardi une caserne "
                 "près de Thoune.",
                 "Le chef d'état-major de la défense, le général Tomas Berg, a visité mardi l'Armée suisse puis "
                 "la Bundeswehr."):
        assert not {r for r in _rels(analyse(page(text))) if r[0] == "berg" and r[1] == "MEMBER_OF"}


def test_received_by_his_counterpart_of_a_named_country(analyse):
    doc = analyse(page("Le ministre sénégalais des Forces armées, Moussa Ndiaye, préside cette semaine les manoeuvres "
                       "de la marine. Arrivé lundi soir à Dakar, le ministre belge de la Défense, Marc Peeters, a été "
                       "accueilli à l'aéroport par son homologue sénégalais. Ils ont signé un accord mardi."))
    found = _rels(doc)
    assert ("ndiaye", "HOSTED", "peeters") in found and ("peeters", "HOSTED", "ndiaye") not in found
