"""Quote speakers, round 15, on sentences of our own: a demonym written inside a title (`le ministre
portugais de la Défense`) says the speaker's country, as one after it does, and a person whose country is
not recorded but whose name follows that demonym (`son homologue portugais, X`) is of that country; `le
chef de l'État` names a president of a transition too. Each with a counter-example."""

from __future__ import annotations

HEADER = "Actualités de la défense\n\n"


def speakers(analyse, text: str) -> list[str]:
    return [q["speaker"] for q in analyse(HEADER + text)._.quotes]


TWO_MINISTERS = ("Le ministre espagnol Marco Ruiz a rappelé les limites du budget de Madrid. Son homologue "
                 "portugais, Rui Falcão, ancien député de Porto, a défendu l'effort de Lisbonne. ")


def test_demonym_inside_the_title_names_the_person_of_that_country(analyse):
    text = TWO_MINISTERS + "« Nous tenons nos engagements », a déclaré le ministre portugais de la Défense nationale."
    assert speakers(analyse, text) == ["Rui Falcão"]


def test_demonym_inside_the_title_counter_example_other_country(analyse):
    text = TWO_MINISTERS + "« Nous tenons nos engagements », a déclaré le ministre espagnol de la Défense."
    assert speakers(analyse, text) == ["Marco Ruiz"]


def test_demonym_by_the_name_counter_example_title_without_demonym(analyse):
    """Without a nationality, the title names the minister the text calls so."""
    text = TWO_MINISTERS + "« Nous tenons nos engagements », a déclaré le ministre."
    assert speakers(analyse, text) == ["Marco Ruiz"]


TRANSITION = ("Le président de la Transition, le général Idriss Koné, a reçu jeudi les chefs de la diplomatie "
              "du Niger et du Mali, Ali Mahamat et Omar Kassem, au palais présidentiel. ")


def test_head_of_state_names_the_president_of_a_transition(analyse):
    text = TRANSITION + ("Selon une source proche de la présidence, le chef de l'État a demandé aux ministres de "
                         "« renforcer sans tarder la coopération entre nos armées ».")
    assert speakers(analyse, text) == ["Idriss Koné"]


def test_head_of_state_counter_example_a_named_guest_speaks(analyse):
    text = TRANSITION + ("Selon une source proche de la présidence, Omar Kassem a demandé aux militaires de "
                         "« renforcer sans tarder la coopération entre nos armées ».")
    assert speakers(analyse, text) == ["Omar Kassem"]


TALKS = ("Les négociateurs se sont retrouvés mardi à Vienne. Le vice-ministre russe Pavel Orlov a parlé "
         "d'un dialogue difficile. L'ambassadrice des Pays-Bas à Vienne, Anna de Wit, a reçu ensuite le "
         "général Hans Bauer. ")


def test_epicene_noun_after_la_names_the_woman_named_last(analyse):
    """`la diplomate`: a woman, whose title as written (`ambassadrice`) says her gender."""
    text = TALKS + "La diplomate a toutefois jugé la rencontre « utile et sincère »."
    assert speakers(analyse, text) == ["Anna de Wit"]


def test_epicene_noun_after_la_introduces_a_quotation(analyse):
    text = TALKS + "La diplomate y voyait un signal adressé aux Européens : « Nous ne fermerons aucune porte. »"
    assert speakers(analyse, text) == ["Anna de Wit"]


def test_epicene_noun_counter_example_a_feminine_body_is_no_speaker(analyse):
    """`la délégation` is no person: a short phrase keeps no speaker."""
    text = TALKS + "La délégation a toutefois jugé la rencontre « utile et sincère »."
    assert speakers(analyse, text) == []


def test_epicene_noun_counter_example_masculine_article(analyse):
    """`le diplomate` says no gender: not the woman by this rule."""
    text = TALKS + "Le diplomate a toutefois jugé la rencontre « utile et sincère »."
    assert "Anna de Wit" not in speakers(analyse, text)


RECORD = ("Commission de la défense\n\nAudition de M. Paul Marchand, directeur du service de santé des armées\n\n"
          "M. Jean Morel, président. -  Mon général, je vous remercie d'être venu devant notre commission.\n\n"
          "M. Paul Marchand, directeur du service de santé des armées. -  Merci, monsieur le président. "
          "Nos hôpitaux tiennent, mais nos équipes sont fatiguées.\n\n")


def test_record_of_a_hearing_gives_each_turn_to_its_label(analyse):
    doc = analyse(RECORD)
    turns = [(q["speaker"], q["quote"][:12]) for q in doc._.quotes]
    assert turns == [("Jean Morel", "Mon général,"), ("Paul Marchand", "Merci, monsi")]


def test_record_counter_example_a_sentence_about_a_person_is_no_turn(analyse):
    """Without the dash after the label, a paragraph opening with `M. X` is a sentence about X."""
    doc = analyse("Commission de la défense\n\nM. Jean Morel, président de la commission, a ouvert la séance. "
                  "Les sénateurs ont ensuite interrogé le directeur.\n\n")
    assert doc._.quotes == []
