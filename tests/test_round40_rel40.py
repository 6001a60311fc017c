"""Meeting participants and relations, round 40: texts of our own, each behaviour with a counter-example."""

from __future__ import annotations

from conftest import page


def people(analyse, body: str) -> list[set[str]]:
    return [set(m["people"]) for m in analyse(page(body))._.meetings]


def met(analyse, body: str) -> set[tuple[str, str]]:
    return {(r["subject"], r["object"]) for r in analyse(page(body))._.relations if r["relation"] == "MET"}


# -- the one a title serves or stands for (`Y, conseiller du président X`) is spoken of, not there ------------

def test_the_president_an_envoy_speaks_for_is_no_participant(analyse):
    found = people(analyse, "Le Premier ministre Ousmane Sonko a reçu lundi Téné Birahima Diallo, émissaire "
                            "du président ivoirien Alassane Ouattara.")
    assert found and all("ouattara" not in p for p in found)
    assert any({"sonko", "diallo"} <= p for p in found)


def test_the_president_an_adviser_serves_is_no_participant_and_meets_no_one(analyse):
    body = ("Le président Félix Tshisekedi a reçu jeudi à Kinshasa le conseiller du président américain "
            "Donald Trump, Massad Boulos.")
    found = people(analyse, body)
    assert found and all("trump" not in p for p in found)
    assert any("boulos" in p for p in found)  # the adviser, named after his master's name, still came
    assert not any("trump" in pair for pair in met(analyse, body))


def test_a_name_after_the_masters_name_is_the_adviser_who_came(analyse):
    found = people(analyse, "Le roi Mohammed VI a reçu mercredi à Rabat le conseiller diplomatique du président "
                            "Emmanuel Macron, Emmanuel Bonne, porteur d'un message écrit.")
    assert any("bonne" in p for p in found) and all("macron" not in p for p in found)


def test_a_president_received_beside_an_envoy_is_a_participant(analyse):
    # counter-example: two people named side by side, neither the complement of the other's title
    found = people(analyse, "Le président Macky Sall a reçu mardi au palais l'envoyé spécial Abdou Karim Fofana "
                            "et le président ivoirien Alassane Ouattara.")
    assert any({"sall", "fofana", "ouattara"} <= p for p in found)


def test_a_title_of_one_span_keeps_its_holder(analyse):
    # counter-example: `ministre de la Défense` is one title, its `de` no other person's
    found = people(analyse, "Le général Thierry Burkhard a reçu vendredi à Paris le ministre de la Défense du "
                            "Niger, le général Salifou Mody.")
    assert any({"burkhard", "mody"} <= p for p in found)
