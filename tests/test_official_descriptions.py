"""Officials: titles and descriptions as the world writes them (issue #10, part 4).

A role after a name over a time adverb, one description over commas, a nationality written as a
noun, demonyms in a list of counterparts, honorifics, a role's short form in brackets, a role whose
tail is an organisation, shared demonyms, a role's own country against a default one, the leader
of a national group. Each behaviour has its counter-example: a case where the same words give nothing.
"""

from __future__ import annotations

import pytest

HEADER = "Actualités de la défense\n\n"

CASES = {
    "role-after-alors": (
        "La cérémonie s'est tenue en présence de Gérard Moulinier, alors ministre de l'Intérieur, et de "
        "nombreux élus.",
        "moulinier", {"role": "ministre de l'Intérieur"},
    ),
    "alors-que-is-no-role": (
        "Après la réunion avec Gérard Moulinier, alors que la nuit tombait, le convoi a quitté la ville.",
        "moulinier", {"role": ""},
    ),
    "role-after-devenu-depuis": (
        "Le ministre s'était entretenu avec Ivan Petrovski, devenu depuis secrétaire du Conseil de sécurité, "
        "lors de sa visite.",
        "petrovski", {"role": "secrétaire du Conseil de sécurité"},
    ),
    "description-over-a-charge-comma": (
        "Le ministre délégué auprès du Premier ministre, chargé de l'Administration de la Défense nationale, "
        "Karim Benslimane, a reçu mardi l'attaché de défense.",
        "benslimane", {"role": "ministre délégué"},
    ),
    "description-over-a-complement-comma": (
        "La réunion s'est ouverte en présence du commissaire chargé des affaires politiques, de la paix et de "
        "la sécurité, Kwame Asante.",
        "asante", {"role": "commissaire"},
    ),
    "nearest-of-two-apposed-roles": (
        "Le ministre de la Défense, chef d'état-major général des armées, le général Omar Dialloké, a présidé "
        "la cérémonie.",
        "dialloke", {"role": "chef d'état-major général des armées"},
    ),
    "role-beside-role-before-a-rank-and-country": (
        "Le président de la République, chef de l'État, le maréchal du Tchad Hassan Abakar, a ouvert le sommet.",
        "abakar", {"role": "chef de l'État"},
    ),
    "comma-after-a-place-ends-the-description": (
        "Le président de la République a rappelé le rôle de Dakar, Ousmane Ndiayène prenant la parole ensuite.",
        "ndiayene", {"role": ""},
    ),
    "nationality-as-a-noun": (
        "Le porte-parole de la mission, le Sénégalais Ousmane Ndiayène, a présenté le rapport annuel.",
        "ndiayene", {"role": "porte-parole", "country": "Sénégal"},
    ),
    "lower-case-adjective-is-no-nationality": (
        "Au forum sénégalais Ousmane Ndiayène a présenté le rapport annuel.",
        "ndiayene", {"country": ""},
    ),
    "counterparts-listed-with-demonyms": (
        "Le ministre a reçu ses homologues espagnol Luis Ortegano, portugais Nuno Castrelo et grec Nikos "
        "Pappadis.",
        "pappadis", {"country": "Grèce"},
    ),
    "counterparts-listed-with-commas": (
        "Le ministre a réuni ses homologues japonais, Kenji Morimoto, et australien, Peter Hallworth, à Tokyo.",
        "hallworth", {"country": "Australie"},
    ),
    "a-list-without-counterparts-gives-no-country": (
        "Sur le podium figuraient les coureurs espagnol Luis Ortegano et portugais Nuno Castrelo.",
        "castrelo", {"country": ""},
    ),
    "honorable-is-a-civility": (
        "La Stratégie a été présentée par la ministre des Affaires étrangères, l'honorable Ginette Bellefleur.",
        "bellefleur", {"name": "Ginette Bellefleur", "role": "ministre des Affaires étrangères"},
    ),
    "role-head-keeps-the-whole-role": (
        "Le chef d'état-major général des Forces armées béninoises, le général Abou Issaka, est arrivé à Abuja.",
        "issaka", {"role": "chef d'état-major général", "country": "Bénin"},
    ),
    "led-by-a-national-delegation": (
        "Le ministre a reçu une délégation malienne conduite par le colonel Ibrahim Tourémé.",
        "toureme", {"country": "Mali"},
    ),
    "led-by-an-unqualified-delegation": (
        "Le ministre a reçu une délégation conduite par le colonel Ibrahim Tourémé.",
        "toureme", {"country": ""},
    ),
}

STORIES = {
    "shared-demonym-in-a-story-from-the-other-country": (
        "POINTE-NOIRE, 20 septembre (Xinhua) -- Le ministre congolais de la Défense, Jean Mbembani, a visité le "
        "port.",
        "mbembani", {"country": "Congo"},
    ),
    "shared-demonym-in-a-story-from-the-listed-country": (
        "KINSHASA, 20 septembre (Xinhua) -- Le ministre congolais de la Défense, Jean Mbembani, a visité le port.",
        "mbembani", {"country": "République démocratique du Congo"},
    ),
    "own-country-of-a-role-beats-the-story": (
        "NIAMEY, 3 mars (ANP) - Le président du Faso, Ibrahim Sawadogué, a été reçu au palais.",
        "sawadogue", {"country": "Burkina Faso"},
    ),
    "default-country-of-a-role-gives-way-to-the-story": (
        "NIAMEY, 3 mars (ANP) - Le président de la République, Abdou Moussané, a reçu les ambassadeurs.",
        "moussane", {"country": "Niger"},
    ),
    "default-country-of-a-role-without-a-story-country": (
        "Le président de la République, Marc Lefébure, a reçu les ambassadeurs à l'Élysée.",
        "lefebure", {"country": "France"},
    ),
    "a-region-is-no-country": (
        "Le lieutenant-général Paul Bisimwana, gouverneur militaire du Nord-Kivu, a inspecté les troupes.",
        "bisimwana", {"role": "gouverneur militaire", "country": ""},
    ),
}


def official(doc, key: str) -> dict:
    found = [p for p in doc._.officials if p["key"] == key]
    assert len(found) == 1, [p["key"] for p in doc._.officials]
    return found[0]


@pytest.mark.parametrize(("text", "key", "expected"), CASES.values(), ids=CASES.keys())
def test_description_fields(analyse, text, key, expected):
    person = official(analyse(HEADER + text), key)
    assert {field: person[field] for field in expected} == expected


@pytest.mark.parametrize(("text", "key", "expected"), STORIES.values(), ids=STORIES.keys())
def test_country_against_the_story(analyse, text, key, expected):
    person = official(analyse(text), key)
    assert {field: person[field] for field in expected} == expected


def test_role_short_form_in_brackets_is_no_person(analyse):
    doc = analyse(HEADER + "La session s'est ouverte sous la présidence du ministre de l'Administration territoriale "
                           "(Minat), Paul Ebodène, et du gouverneur de la région.")
    assert [p["key"] for p in doc._.officials] == ["ebodene"]
    assert doc._.officials[0]["role"] == "ministre de l'Administration territoriale"


def test_a_bracketed_word_after_a_name_is_kept(analyse):
    doc = analyse(HEADER + "Le sergent Paul Ebodène (Garoua) et le caporal Jean Fotsing ont été décorés.")
    assert {p["key"] for p in doc._.officials} >= {"ebodene", "fotsing"}
