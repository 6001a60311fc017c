"""Round 16 on the eighth blind set: roles of a plural title shared by the list of names after it."""


def _roles(analyse, text):
    return {o["name"]: o["role"] for o in analyse(text)._.officials}


def test_plural_title_then_list_of_names_with_demonyms(analyse):
    roles = _roles(analyse, "Vendredi, les ministres de la Défense des deux pays, le Béninois Paul Adjovi "
                            "et le Togolais Marc Koffi, se sont retrouvés à Lomé.")
    assert roles.get("Paul Adjovi") == "ministre de la Défense"
    assert roles.get("Marc Koffi") == "ministre de la Défense"


def test_plural_title_with_a_savoir(analyse):
    roles = _roles(analyse, "Des réunions sont prévues entre les ministres de l'Intérieur, à savoir "
                            "Jean Dupuis et Karl Berger.")
    assert roles.get("Jean Dupuis") == "ministre de l'Intérieur"
    assert roles.get("Karl Berger") == "ministre de l'Intérieur"


def test_a_verb_after_the_plural_title_keeps_the_names_apart(analyse):
    roles = _roles(analyse, "Les ministres de la Défense ont salué, hier, Jean Dupuis et Karl Berger.")
    assert roles.get("Jean Dupuis", "") != "ministre de la Défense"
    assert roles.get("Karl Berger", "") != "ministre de la Défense"


def test_a_singular_title_is_not_shared(analyse):
    roles = _roles(analyse, "Le ministre de la Défense, Jean Dupuis, et Karl Berger ont visité la base.")
    assert roles.get("Jean Dupuis") == "ministre de la Défense"
    assert roles.get("Karl Berger", "") != "ministre de la Défense"


def test_a_shared_plural_title_gives_way_to_the_fuller_feminine_title(analyse):
    roles = _roles(analyse, "Nos rapporteurs du budget, Paul Adjovi et Marie Koffi, vous interrogeront.\n\n"
                            "Mme Marie Koffi, rapporteure pour avis. - La question porte sur les crédits.")
    assert roles.get("Marie Koffi") == "rapporteur pour avis"


def _members(analyse, text):
    return {(r["subject"], r["object"]) for r in analyse(text)._.relations if r["relation"] == "MEMBER_OF"}


def test_a_second_role_said_with_egalement_makes_a_member(analyse):
    text = ("La présidente de la Confédération, Jeanne Muller, a ouvert la séance. Pour Jeanne Muller, "
            "également cheffe du Département fédéral de la défense, de la protection de la population et des "
            "sports (DDPS), le pari est tenu.")
    assert any(s == "Jeanne Muller" and o.startswith("Département fédéral de la défense")
               for s, o in _members(analyse, text))


def test_a_role_after_a_verb_makes_no_member(analyse):
    text = ("Jeanne Muller a rencontré la cheffe du Département fédéral de la défense, de la protection de la "
            "population et des sports (DDPS).")
    assert not any(s == "Jeanne Muller" for s, o in _members(analyse, text))


def test_a_chain_of_titles_before_the_next_name_is_that_name_s(analyse):
    roles = _roles(analyse, "Ont pris part à la réunion la Première ministre, Anne Mabiala, le vice-Premier "
                            "ministre, ministre de l'Intérieur, Sécurité et Affaires coutumières, Paul Kabasele, "
                            "ainsi que les chefs militaires.")
    assert roles.get("Anne Mabiala", "").lower() in ("premier ministre", "première ministre")


def test_a_title_after_a_name_then_a_verb_stays_the_name_s(analyse):
    roles = _roles(analyse, "Anne Mabiala, le vice-Premier ministre, ministre de l'Intérieur, a reçu hier "
                            "Paul Kabasele.")
    assert roles.get("Anne Mabiala") == "vice-Premier ministre"


def test_a_second_title_with_its_own_determiner_is_the_next_person_s(analyse):
    roles = _roles(analyse, "À l'invitation de Karl Berger, le secrétaire américain à la Défense, la ministre "
                            "belge de la Défense, Anne Mabiala, a pris part à la réunion.")
    assert roles.get("Karl Berger") == "secrétaire à la Défense"
