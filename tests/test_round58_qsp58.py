"""Quote speakers, round 58: a single quoted word its sentence gives to a speaker, the subject of the speech
verb rather than the subject of the clause it reports, speech verbs the stage did not know, and the one
spoken to in an incise. Texts of our own, each class with counter-examples."""

from __future__ import annotations

from conftest import page


def quotes(analyse, body: str) -> dict[str, str]:
    return {q["quote"]: q["speaker"] for q in analyse(page(body))._.quotes}


# -- a single quoted word is someone's word when its sentence names who said it --------------------------------

def test_a_quoted_adjective_after_a_verb_of_denouncing(analyse):
    found = quotes(analyse, "En mars, le ministre de la Défense nationale Bill Blair avait dénoncé le comportement "
                            "« irresponsable » d'un navire chinois dans le détroit de Taïwan.")
    assert found.get("irresponsable") == "Bill Blair"


def test_a_quoted_noun_after_qualifier_de(analyse):
    found = quotes(analyse, "Le député Pierre Paul-Hus a qualifié le budget de « mirage » lors de la période "
                            "des questions.")
    assert found.get("mirage") == "Pierre Paul-Hus"


def test_a_quoted_verb_in_the_clause_a_speaker_reports(analyse):
    found = quotes(analyse, "Le secrétaire d'État Marco Rubio affirme que Pékin « menace » la liberté de "
                            "navigation en mer de Chine méridionale.")
    assert found.get("menace") == "Marco Rubio"


def test_a_quoted_plural_adjective_after_a_verb_of_denouncing(analyse):
    found = quotes(analyse, "Le ministre allemand de la Défense, Boris Pistorius, a dénoncé des menaces "
                            "« inadmissibles » contre les pays baltes.")
    assert found.get("inadmissibles") == "Boris Pistorius"


def test_a_quoted_word_with_an_elided_pronoun(analyse):
    found = quotes(analyse, "Interrogé sur la trêve, le président Volodymyr Zelensky a assuré que son armée "
                            "« tiendra » sur le front du Donbass.")
    assert found.get("tiendra") == "Volodymyr Zelensky"


def test_a_quoted_word_without_a_speaker_or_a_capitalised_name_is_no_quote(analyse):
    found = quotes(analyse, "Le colonel Marc Lemoine est devenu mardi le nouveau « patron » du 2e régiment "
                            "étranger de parachutistes.")
    assert "patron" not in found
    found = quotes(analyse, "Le général Pierre Schill a évoqué l'opération « Barkhane » devant les élèves.")
    assert "Barkhane" not in found


# -- the subject of the speech verb speaks, not the subject of the clause it reports ----------------------------

def test_the_speaker_not_the_subject_of_the_reported_clause(analyse):
    found = quotes(analyse, "Interrogé sur le traité, Donald Trump a indiqué que Keir Starmer pourrait venir le "
                            "signer à Washington « dans les tout prochains jours ».")
    assert found.get("dans les tout prochains jours") == "Donald Trump"


def test_the_speaker_in_apposition_to_a_title_not_the_reported_subject(analyse):
    found = quotes(analyse, "Le porte-parole du Pentagone, John Kirby, a expliqué que Lloyd Austin avait joint "
                            "son homologue chinois « pour éviter tout malentendu ».")
    assert found.get("pour éviter tout malentendu") == "John Kirby"


def test_the_second_of_two_speakers_keeps_his_words(analyse):
    found = quotes(analyse, "Olaf Scholz a salué un accord « très équilibré », tandis que Donald Tusk a insisté "
                            "sur le fait que la frontière « restera fermée aux provocations ».")
    assert found.get("restera fermée aux provocations") == "Donald Tusk"


# -- speech verbs the stage did not know ---------------------------------------------------------------------------

def test_a_smile_in_the_incise(analyse):
    found = quotes(analyse, "Le maire Jean-Luc Moudenc a reçu les officiers à l'hôtel de ville. « Toulouse sans ses "
                            "parachutistes, ce ne serait plus Toulouse », a souri Jean-Luc Moudenc.")
    assert found.get("Toulouse sans ses parachutistes, ce ne serait plus Toulouse") == "Jean-Luc Moudenc"


def test_an_oath_sworn_in_quotation_marks(analyse):
    found = quotes(analyse, "Devant le Parlement réuni en congrès, le président Bassirou Diomaye Faye a juré de "
                            "« respecter et faire respecter » la Constitution.")
    assert found.get("respecter et faire respecter") == "Bassirou Diomaye Faye"


def test_a_reproach_and_an_expression(analyse):
    found = quotes(analyse, "Le président Volodymyr Zelensky a reproché aux dirigeants européens de « regarder "
                            "ailleurs » pendant l'offensive.")
    assert found.get("regarder ailleurs") == "Volodymyr Zelensky"
    found = quotes(analyse, "La ministre espagnole de la Défense, Margarita Robles, a exprimé sa « totale "
                            "solidarité » avec la Pologne.")
    assert found.get("totale solidarité") == "Margarita Robles"


# -- the one an incise speaks to is not its speaker ------------------------------------------------------------

def test_the_one_spoken_to_in_an_incise_is_not_the_speaker(analyse):
    found = quotes(analyse, "Le député Georges Dallemagne a pris la parole le premier. « Les arguments techniques "
                            "ne tiennent plus », a-t-il lancé à la ministre Ludivine Dedonder.")
    assert found.get("Les arguments techniques ne tiennent plus") == "Georges Dallemagne"


def test_the_one_named_in_an_incise_as_its_subject_still_speaks(analyse):
    found = quotes(analyse, "Le député Georges Dallemagne a pris la parole le premier. « Les arguments ne "
                            "tiennent plus », a répondu la ministre Ludivine Dedonder.")
    assert found.get("Les arguments ne tiennent plus") == "Ludivine Dedonder"
