"""Round 15 of officials, on sentences of our own: a surname in capitals after a given name read alone
joins it; the demonym of a group led by the agent of a passive participle (`la délégation polonaise était
emmenée par X`) is X's country, not that of one received (`accueilli par X`); `Côté italien, la ministre
X` gives X's country up to the sentence's verb. Each with a counter-example."""

from __future__ import annotations

HEADER = "Actualités de la défense\n\n"


def run(analyse, text: str):
    return analyse(HEADER + text)


def person(doc, key: str) -> dict | None:
    return next((o for o in doc._.officials if o["key"].endswith(key)), None)


def test_surname_in_capitals_joins_the_given_name(analyse):
    doc = run(analyse, "La séance était ouverte par Son Excellence le Colonel Amadou KOÏTALÉ, Président de la "
                       "Transition, Chef de l'Etat.")
    assert person(doc, "koitale") is not None
    assert person(doc, "koitale")["rank"] == "colonel"


def test_led_group_by_a_passive_participle(analyse):
    doc = run(analyse, "La délégation polonaise était emmenée par le ministre de la Défense, Piotr Nowak.")
    assert person(doc, "nowak")["country"] == "Pologne"


def test_one_received_gives_no_country_to_his_host(analyse):
    doc = run(analyse, "Le ministre polonais a été accueilli par le général Jan Kowal devant le palais.")
    assert person(doc, "kowal")["country"] == ""


def test_side_at_the_head_of_the_sentence(analyse):
    doc = run(analyse, "Côté italien, la ministre de la Défense Maria Rossi a annoncé une livraison.")
    assert person(doc, "rossi")["country"] == "Italie"


def test_side_stops_at_the_sentence_verb(analyse):
    doc = run(analyse, "Côté italien, la ministre de la Défense Maria Rossi a reçu le général Paolo Bianchi.")
    assert person(doc, "bianchi")["country"] == ""


def test_bare_headline_title_gives_way_to_the_head_of_a_list_of_titles(analyse):
    doc = run(analyse, "Le Président Amadou Kéita reçoit une délégation\nBamako, 3 mai (AMAP) - Le Président de la "
                       "Transition, Chef de l'Etat, le Colonel Amadou Kéita, a reçu jeudi une délégation.")
    assert person(doc, "keita")["role"] == "président de la Transition"


def test_bare_title_stays_when_no_list_completes_it(analyse):
    doc = run(analyse, "Le président Amadou Kéita a reçu jeudi une délégation. Le Chef de l'Etat, le Colonel "
                       "Amadou Kéita, a ensuite parlé.")
    assert person(doc, "keita")["role"] == "président"


def test_outlet_tagline_gives_the_story_country(analyse):
    doc = analyse("Le Journal du Fleuve\nPremier quotidien gabonais d'informations\n\nLe président Paul Mba a "
                  "accueilli les soldats. Le Président de la République, Paul Mba, a salué leur courage.")
    assert person(doc, "mba")["role"] == "président de la République"
    assert person(doc, "mba")["country"] == "Gabon"


def test_second_line_without_an_outlet_word_is_no_tagline(analyse):
    doc = analyse("Le Journal du Fleuve\nLes soldats gabonais rentrent au pays\n\nLe président Paul Mba a "
                  "accueilli les soldats. Le Président de la République, Paul Mba, a salué leur courage.")
    assert person(doc, "mba")["country"] != "Gabon"


def speaker_of(doc, words: str) -> str:
    return next((q["speaker_key"] for q in doc._.quotes if words in q["quote"]), "")


def test_cemga_is_the_chief_of_general_staff(analyse):
    doc = run(analyse, "Le général de division Ali Bako a été installé mardi à Niamey. Le nouveau CEMGA a "
                       "déclaré : « Nous tiendrons toutes nos positions. »")
    assert "bako" in speaker_of(doc, "Nous tiendrons")


def test_a_document_says_nothing_for_the_last_person(analyse):
    doc = run(analyse, "Le général de division Ali Bako a été installé mardi à Niamey. Le communiqué du "
                       "gouvernement a précisé : « Nous tiendrons toutes nos positions. »")
    assert "bako" not in speaker_of(doc, "Nous tiendrons")


def test_second_portfolio_after_et(analyse):
    doc = run(analyse, "Le ministre de la Défense et des Anciens combattants, le colonel Paul Zongo, a reçu la "
                       "délégation.")
    assert person(doc, "zongo")["role_as_written"] == "ministre de la Défense et des Anciens combattants"


def test_no_portfolio_after_et_in_lower_case(analyse):
    doc = run(analyse, "Le ministre de la Défense, le colonel Paul Zongo, et des officiers ont reçu la délégation.")
    assert person(doc, "zongo")["role_as_written"] == "ministre de la Défense"


def test_et_and_a_determiner_join_another_description(analyse):
    doc = run(analyse, "Le Président Amadou Kéita a reçu jeudi une délégation. La visite prolonge la rencontre "
                       "entre le chef de l'Etat et le président turc Ahmet Yilmaz à Ankara.")
    assert person(doc, "yilmaz")["role"] == "président"


def test_et_without_a_determiner_stays_in_the_description(analyse):
    doc = run(analyse, "La rencontre s'est tenue avec le ministre de l'Intérieur et de la Sécurité, Ahmet Yilmaz.")
    assert person(doc, "yilmaz")["role"].startswith("ministre de l'Intérieur")
