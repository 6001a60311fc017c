"""Officials and quotes: a role named alone that refers back to a person named before (issue #10, part 4).

`le président ukrainien`, `le nouveau Premier ministre australien`, `la présidente du Conseil italien`:
a definite role that nobody holds yet names the person spoken of in the sentences just before, who
has no role and no other country; it gives that person the role and the country, and names the
speaker of a quotation. Each behaviour has a counter-example.
"""

from __future__ import annotations

HEADER = "Actualités de la défense\n\n"


def person(doc, key: str) -> dict:
    found = [p for p in doc._.officials if p["key"] == key]
    assert len(found) == 1, [p["key"] for p in doc._.officials]
    return found[0]


def test_a_role_with_a_nationality_refers_to_the_person_named_before(analyse):
    doc = analyse(HEADER + "Le scrutin de mai a porté au pouvoir Jonas Vilkaitis. Le nouveau Premier ministre "
                           "lituanien a été reçu jeudi à Paris.")
    assert {k: person(doc, "vilkaitis")[k] for k in ("role", "country")} == {"role": "Premier ministre",
                                                                            "country": "Lituanie"}


def test_the_subject_of_the_same_sentence_is_not_the_role_it_meets(analyse):
    doc = analyse(HEADER + "Le ministre a salué le travail des équipes. Marco Delvaux a reçu le président "
                           "ukrainien à Bruxelles.")
    assert person(doc, "delvaux")["role"] == ""


def test_a_role_after_a_preposition_without_nationality_names_someone_new(analyse):
    doc = analyse(HEADER + "Le ministre Paul Etoundi est arrivé à Goma. Il était accompagné du gouverneur "
                           "militaire de la province.")
    assert person(doc, "etoundi")["role"] == "ministre"
    doc = analyse(HEADER + "Paul Etoundi est arrivé à Goma mardi. Il était accompagné du gouverneur militaire "
                           "de la province.")
    assert person(doc, "etoundi")["role"] == ""


def test_an_apposed_role_describes_its_own_name(analyse):
    doc = analyse(HEADER + "Le sommet s'est tenu sous la présidence de Samuel Okonkwo. « Nous sommes prêts », a "
                           "déclaré Kofi Mensah-Boateng, le commissaire chargé des affaires politiques.")
    assert person(doc, "okonkwo")["role"] == ""


def test_a_description_over_commas_before_a_name_is_not_a_reference(analyse):
    doc = analyse(HEADER + "La délégation était conduite par le général Issa Maïga. Le président de la Transition, "
                           "chef de l'État, le colonel Amadou Diarra, l'a reçue au palais.")
    assert person(doc, "maiga")["role"] == ""


def test_a_role_of_another_nationality_is_not_given(analyse):
    doc = analyse(HEADER + "Le Premier ministre britannique, Henry Ashcombe, a reçu Lucia Ferranti. « Il faut "
                           "rester unis », a insisté la présidente du Conseil italien.")
    meloni = person(doc, "ferranti")
    assert (meloni["role"], meloni["country"]) == ("président", "Italie")
    assert doc._.quotes[0]["speaker_key"] == "ferranti"
    assert person(doc, "ashcombe")["country"] == "Royaume-Uni"


def test_the_head_of_state_named_alone_speaks_for_the_person_named_just_before(analyse):
    doc = analyse(HEADER + "Le président du Conseil européen, Pieter Van Damme, a ouvert la séance. Le soir, "
                           "Henri Delmas s'adresse aux Français. « Qui peut croire à une paix durable ? », "
                           "demande le chef de l'État.")
    assert doc._.quotes[0]["speaker_key"] == "delmas"
    assert person(doc, "delmas")["role"] == "chef de l'État"


def test_a_one_word_name_takes_no_role(analyse):
    doc = analyse(HEADER + "La conférence a tourné à la fronde contre Washington. « Il faut rester unis », a "
                           "insisté la présidente du Conseil italien.")
    assert all(p["key"] != "washington" for p in doc._.officials)
