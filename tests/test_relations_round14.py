"""Relations, round 14 (`components/relations.py`): the counterpart of a bare title in a headline, the side words
that give people a country (`Côté malien, ...`), a host at home in the country of the meeting's place, guests
named as the subject of a passive host verb, a role whose complement is a body the article names; on texts of
our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def related(doc, relation: str) -> set[tuple[str, str]]:
    rows = {(r["subject_id"], r["object_id"]) for r in doc._.relations if r["relation"] == relation}
    return rows | {(b, a) for a, b in rows} if relation == "COUNTERPART_OF" else rows


def members(doc) -> set[tuple[str, str]]:
    return {(r["subject_id"], r["object_id"]) for r in doc._.relations if r["relation"] == "MEMBER_OF"}


# -- COUNTERPART_OF: a bare title in a headline -----------------------------------------------------

TITLE_BODY = ("Le chef de l'armée autrichienne, le général Rudolf Striedinger, a reçu mardi à Vienne le général "
              "Tomasz Piotrowski, chef d'état-major polonais. Les deux officiers ont parlé de défense aérienne.")


def test_a_headline_title_is_the_person_holding_that_office(analyse):
    doc = analyse(page(TITLE_BODY, headline="Le chef de l'armée autrichienne reçoit son homologue polonais"))
    assert ("striedinger", "piotrowski") in related(doc, "COUNTERPART_OF")


def test_a_headline_title_no_one_holds_links_no_one(analyse):
    doc = analyse(page(TITLE_BODY, headline="Le ministre de la Culture reçoit son homologue polonais"))
    assert ("striedinger", "piotrowski") not in related(doc, "COUNTERPART_OF")


# -- side words: `Côté malien, X` ------------------------------------------------------------------

SIDES = ("Les ministres de la Défense se sont réunis jeudi à Niamey. Côté togolais, le ministre de la Défense, "
         "Komlan Adjévi, était accompagné de ses conseillers ; côté béninois, le ministre de la Défense, Fortuné "
         "Houngbo, conduisait la délégation. Mercredi déjà, le ministre béninois avait été reçu par son homologue "
         "togolais pour préparer la réunion.")


def test_a_side_word_gives_the_people_after_it_their_country(analyse):
    assert ("adjevi", "houngbo") in related(analyse(page(SIDES)), "COUNTERPART_OF")


def test_aux_cotes_de_gives_no_country(analyse):
    text = SIDES.replace("Côté togolais, le ministre", "Aux côtés des militaires, le ministre")
    assert ("adjevi", "houngbo") not in related(analyse(page(text)), "COUNTERPART_OF")


# -- HOSTED: a host at home, guests named as the subject of a passive verb ----------------------------

SUMMIT = ("Le président Kaarel Tamm a réuni lundi à Tallinn le Premier ministre letton Edgars Ozols et le président "
          "lituanien Rokas Vaitkus pour un sommet régional consacré à la défense aérienne.")


def test_a_host_of_unknown_country_is_at_home_where_the_meeting_is_held(analyse):
    hosted = related(analyse(page(SUMMIT)), "HOSTED")
    assert ("tamm", "ozols") in hosted and ("tamm", "vaitkus") in hosted


def test_a_host_at_home_does_not_host_a_guest_of_his_own_country(analyse):
    text = SUMMIT.replace("Le président Kaarel Tamm a réuni lundi à Tallinn", "Le président Kaarel Tamm a réuni lundi "
                          "à Riga")
    abroad = {(r["subject_id"], r["object_id"]) for r in analyse(page(text))._.relations
              if r["rule"] == "rule:relations:host-of-foreign-guests"}
    assert ("tamm", "ozols") not in abroad and ("tamm", "vaitkus") in abroad


PASSIVE = ("Le ministre grec de la Défense, Nikos Pappas, et le chef d'état-major grec, le général Yannis Kostas, "
           "ont été reçus mercredi à Lisbonne par le ministre portugais de la Défense, Rui Almeida.")


def test_each_person_named_as_subject_of_a_passive_host_verb_was_hosted(analyse):
    hosted = related(analyse(page(PASSIVE)), "HOSTED")
    assert ("almeida", "pappas") in hosted and ("almeida", "kostas") in hosted


def test_a_passive_verb_with_no_host_named_hosts_no_one(analyse):
    text = PASSIVE.replace("par le ministre portugais de la Défense, Rui Almeida", "en présence du ministre "
                           "portugais de la Défense, Rui Almeida")
    assert ("almeida", "kostas") not in related(analyse(page(text)), "HOSTED")


# -- MEMBER_OF: the body a role names -----------------------------------------------------------------

BODY = ("Le général Ousmane Baldé a été nommé chef d'état-major général des armées. Il a présenté jeudi son plan "
        "aux officiers de l'état-major général des armées réunis à Conakry.")


def test_a_role_whose_complement_is_a_named_body_makes_a_member(analyse):
    assert ("balde", "état-major général des armées") in members(analyse(page(BODY)))


def test_a_body_the_role_does_not_head_makes_no_member(analyse):
    text = BODY.replace("aux officiers de l'état-major général des armées", "aux officiers de l'état-major "
                        "général des armées guinéennes")
    assert not any(o.startswith("état-major général") for _, o in members(analyse(page(text))))
