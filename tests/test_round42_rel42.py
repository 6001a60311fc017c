"""Relations, round 42: counterparts of a person named by a title only (a headline). Texts of our own, each
behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def counterparts(analyse, body: str, headline: str) -> set[frozenset[str]]:
    doc = analyse(page(body, headline=headline))
    return {frozenset((r["subject_id"], r["object_id"])) for r in doc._.relations if r["relation"] == "COUNTERPART_OF"}


# -- `le ministre japonais de la Défense s'entretient avec son homologue australien`: the title's holder ---------

TOKYO = ("Le ministre japonais de la Défense, Kenji Moriyama, s'est entretenu lundi à Tokyo avec le ministre "
         "australien de la Défense, Peter Langford. Le Premier ministre australien, David Whitcombe, doit se rendre "
         "au Japon en mai.")


def test_a_headline_title_of_a_country_names_the_possessor_among_holders_of_that_office(analyse):
    headline = "Le ministre japonais de la Défense s'entretient avec son homologue australien"
    found = counterparts(analyse, TOKYO, headline)
    assert frozenset(("moriyama", "langford")) in found
    assert not any("whitcombe" in pair for pair in found)


def test_a_headline_title_of_no_country_names_no_one_among_two_holders(analyse):
    found = counterparts(analyse, TOKYO, "Le ministre de la Défense s'entretient avec son homologue australien")
    assert not any("whitcombe" in pair for pair in found)


def test_a_later_sentence_with_the_title_does_not_pair_the_prime_minister(analyse):
    found = counterparts(analyse, TOKYO + " Le ministre japonais a ensuite reçu son homologue australien au ministère.",
                         "Défense : Tokyo et Canberra resserrent leurs liens")
    assert not any("whitcombe" in pair for pair in found)


# -- a headline, before any name: the title names the one of its country the story names first -----------------

DELHI = ("Le vice-Premier ministre et ministre indien de la Défense, Arjun Mehra, a rencontré mardi à New Delhi le "
         "ministre brésilien de la Défense, Paulo Ferraz. Les deux hommes ont évoqué la coopération navale. Le "
         "président indien, Ravi Kapoor, a reçu plus tard la délégation brésilienne.")


def test_a_headline_title_names_the_first_person_of_its_country_whatever_role_he_is_given(analyse):
    found = counterparts(analyse, DELHI, "Le ministre indien de la Défense rencontre son homologue brésilien")
    assert frozenset(("mehra", "ferraz")) in found
    assert not any("kapoor" in pair for pair in found)


def test_a_title_after_the_names_is_no_headline_and_picks_no_one_by_order(analyse):
    body = ("Le président indien, Ravi Kapoor, a ouvert mardi le salon de l'armement de New Delhi. Le Premier ministre "
            "indien, Vikram Sethi, y a prononcé un discours. Le ministre indien de l'Industrie a rencontré son "
            "homologue brésilien.")
    found = counterparts(analyse, body, "Salon de l'armement à New Delhi")
    assert not any("kapoor" in pair or "sethi" in pair for pair in found)


# -- `le secrétaire à la Défense X` of no organisation, the article naming `le Pentagone`: member of the ministry ---

def members(analyse, body: str) -> set[tuple[str, str]]:
    doc = analyse(page(body))
    return {(r["subject_id"], r["object_id"]) for r in doc._.relations if r["relation"] == "MEMBER_OF"}


def test_the_head_of_a_ministry_the_article_names_by_its_seat_is_its_member(analyse):
    found = members(analyse, "Le secrétaire américain à la Défense, Tom Bradley, est arrivé mardi à Manille. "
                              "Le Pentagone a confirmé que les deux pays renforceraient leurs patrouilles communes.")
    assert ("bradley", "Pentagone") in found


def test_a_head_of_state_is_no_member_of_his_palace(analyse):
    found = members(analyse, "Le président américain, Tom Bradley, est arrivé mardi à Manille. "
                              "La Maison-Blanche a confirmé que les deux pays renforceraient leurs patrouilles.")
    assert not any(who == "bradley" for who, _ in found)


def test_a_ministry_of_another_country_makes_no_member(analyse):
    found = members(analyse, "Le ministre philippin de la Défense, Ramon Castillo, a reçu mardi à Manille une "
                              "délégation. Le Pentagone a confirmé que les deux pays renforceraient leurs patrouilles.")
    assert ("castillo", "Pentagone") not in found
