"""Round 17 of officials: a rank wrapped at a line's end, an exercise's edition, a monarch's number,
a role naming a country that is not the holder of another country's."""

from __future__ import annotations


def _officials(analyse, text):
    return {o["name"]: o for o in analyse(text)._.officials}


WRAPPED = ("Une page se tourne à Brest. Ce jeudi, la flotte a remis à la marine deux de\n"
           "ses navires, situés dans le port militaire. La délégation comprenait le\n"
           "commandant du 3e régiment, le général de brigade{}Jean Morvan. Il a salué les marins venus\n"
           "nombreux ce matin.\n")


def test_a_rank_at_a_line_end_titles_the_name_on_the_next_line(analyse):
    person = _officials(analyse, WRAPPED.format("\n"))["Jean Morvan"]
    assert person["rank"] == "général de brigade"
    assert person["role"] == "commandant"


def test_the_same_sentence_on_one_line_reads_the_same(analyse):
    # counter-example: nothing changes when the line is not wrapped
    person = _officials(analyse, WRAPPED.format(" "))["Jean Morvan"]
    assert person["rank"] == "général de brigade"
    assert person["role"] == "commandant"


def test_a_namesake_after_a_wrapped_rank_in_a_base_name_is_no_official(analyse):
    text = ("Une page se tourne à Brest. Ce jeudi, les militaires ont quitté la base\n"
            "aérienne Adjudant-chef\nRené Tallard, rétrocédée à l'armée. Ils ont salué les\n"
            "marins venus nombreux ce matin.\n")
    assert "René Tallard" not in _officials(analyse, text)


def test_a_name_with_a_year_after_it_is_an_exercise(analyse):
    text = ("Pologne : avec Steadfast Jackal 2024, la brigade teste le passage à la division.\n\n"
            "Le général Paul Roux, commandant de la brigade, était présent.\n\n"
            "Tags : Pologne, Steadfast Jackal, OTAN\n")
    people = _officials(analyse, text)
    assert "Steadfast Jackal" not in people
    assert people["Paul Roux"]["rank"] == "général"


def test_a_year_later_in_the_sentence_leaves_the_person(analyse):
    # counter-example: the year is not written right after the name
    people = _officials(analyse, "Le général Paul Roux a déclaré en 2024 que la brigade était prête.\n")
    assert "Paul Roux" in people


def test_a_monarchs_number_belongs_to_the_name(analyse):
    people = _officials(analyse, "Le ministre s'est recueilli devant la tombe où repose le roi Mohammed V, "
                                 "père de l'indépendance.\n")
    assert "Mohammed V" in people and "Mohammed" not in people


def test_a_roman_number_opening_the_next_line_is_a_section(analyse):
    # counter-example: a section's number on the next line is not the monarch's
    people = _officials(analyse, "Le ministre a reçu à Rabat le colonel Martin\nII Les enjeux de la visite\n\n"
                                 "Le colonel a présenté la brigade.\n")
    assert not any(name.endswith("II") for name in people)


def test_a_role_naming_a_country_is_not_another_countrys_minister(analyse):
    text = ("À Berlin, le ministre italien Marco Rossi a rencontré ses homologues. Boris Keller a accueilli "
            "les délégations au siège du ministère. Les ministres ont parlé de l'Ukraine. "
            "Le ministre allemand de la Défense a ensuite tenu une conférence de presse.\n")
    people = _officials(analyse, text)
    assert people["Marco Rossi"]["country"] == "Italie"
    assert people["Boris Keller"]["country"] == "Allemagne"
    assert people["Boris Keller"]["role"] == "ministre de la Défense"


def test_a_role_naming_the_holders_country_still_refers_to_him(analyse):
    # counter-example: the Italian minister called back as `le ministre italien`
    text = ("À Rome, le ministre Marco Rossi a reçu ses homologues. "
            "Le ministre italien de la Défense a ensuite tenu une conférence de presse.\n")
    people = _officials(analyse, text)
    assert people["Marco Rossi"]["role"].startswith("ministre")


def test_the_subject_leading_a_national_delegation_is_of_that_nation(analyse):
    text = ("À Dakar, le général Paul Roux, commandant des forces, conduisait la délégation française"
            " lors de la cérémonie.\n")
    assert _officials(analyse, text)["Paul Roux"]["country"] == "France"


def test_the_subject_greeting_a_national_delegation_is_not_of_it(analyse):
    # counter-example: a verb of no leading
    text = ("À Dakar, le général Paul Roux, commandant des forces, a salué la délégation française"
            " lors de la cérémonie.\n")
    assert _officials(analyse, text)["Paul Roux"]["country"] == ""


PEER = ("Le ministre italien Marco Rossi a rappelé les contraintes budgétaires. {}, Jan Nowak, "
        "vice-Premier ministre, a fait valoir l'effort de Varsovie.\n")


def test_a_peers_demonym_is_the_persons_country(analyse):
    person = _officials(analyse, PEER.format("Son collègue polonais"))["Jan Nowak"]
    assert person["country"] == "Pologne" and person["role"] == "vice-Premier ministre"


def test_a_demonym_of_no_peer_before_the_name_says_nothing(analyse):
    # counter-example: the delegation faced is not the person's
    person = _officials(analyse, PEER.format("Face à la délégation polonaise"))["Jan Nowak"]
    assert person["country"] == ""
