"""Round 52: a communiqué relayed inside quotation marks is the reporter's text, not a speaker's words.

An outlet that relays a communiqué often prints it whole inside « ... »: several sentences told in the
third person, or a text introduced by the communiqué itself (`indique le communiqué : « ... »`). The
meetings it tells are read as if written by the reporter. A speaker's words stay excluded: a quotation in
the first person (`« J'ai rencontré X »`) or one sentence followed by its own speech verb and speaker.
Texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def participants(analyse, body: str) -> list[set[str]]:
    return [set(m["people"]) for m in analyse(page(body))._.meetings]


def named(analyse, body: str) -> set[str]:
    """The participants of every meeting of the text, as the surnames in their keys."""
    return {k.split("_")[-1] for found in participants(analyse, body) for k in found}


# -- a relayed communiqué of several sentences in the third person -----------------------------------------

def test_a_relayed_presidency_communique_of_several_sentences(analyse):
    found = named(analyse, "Voici le communiqué de la présidence du Niger. « Le président de la République, le "
                           "général Abdourahamane Tiani, a reçu en audience ce lundi à Niamey le ministre "
                           "russe de la Défense, Andreï Belooussov. Les deux hommes ont évoqué la "
                           "coopération militaire entre les deux pays. »")
    assert {"tiani", "belooussov"} <= found


def test_a_relayed_staff_communique_with_its_delegation(analyse):
    found = named(analyse, "L'état-major a diffusé mardi un communiqué que nous reproduisons. « Le chef "
                           "d'état-major des armées, le général Thierry Burkhard, a reçu mardi à Balard une "
                           "délégation indienne. La délégation comprenait le général Anil Chauhan, chef "
                           "d'état-major de la défense, et le vice-amiral Dinesh Tripathi. »")
    assert {"burkhard", "chauhan"} <= found


def test_a_communique_introduced_by_a_colon(analyse):
    found = named(analyse, "Le ministère ivoirien de la Défense a publié un communiqué jeudi. Le texte "
                           "indique : « Le ministre Téné Birahima Ouattara a reçu le général Michael "
                           "Langley, commandant de l'US Africom, à Abidjan. Les échanges ont porté sur la "
                           "sécurité dans le golfe de Guinée. »")
    assert {"ouattara", "langley"} <= found


def test_a_relayed_communique_over_two_paragraphs(analyse):
    found = named(analyse, "Selon le communiqué du gouvernement tchadien :\n\n« Le président Mahamat Idriss "
                           "Déby a reçu vendredi à N'Djamena le général Dagvin Anderson.\n\nLes entretiens "
                           "ont porté sur la lutte contre le terrorisme dans le bassin du lac Tchad. »")
    assert {"deby", "anderson"} <= found or {"déby", "anderson"} <= found


def test_a_relayed_communique_with_a_meeting_of_ministers(analyse):
    found = named(analyse, "Le ministère grec a relayé l'information. « Le ministre de la Défense Nikos "
                           "Dendias s'est entretenu mercredi à Athènes avec son homologue chypriote Vasilis "
                           "Palmas. Les deux ministres ont signé un programme de coopération. »")
    assert {"dendias", "palmas"} <= found


# -- counter-examples: a speaker's own words stay excluded ---------------------------------------------------

def test_a_ministers_first_person_words_naming_whom_he_met_stay_excluded(analyse):
    found = named(analyse, "Le ministre est revenu sur sa tournée. « J'ai rencontré le général Abdourahamane "
                           "Tiani à Niamey. Nous avons parlé de la sécurité au Sahel », a déclaré Sébastien "
                           "Lecornu.")
    assert "tiani" not in found


def test_a_one_sentence_quote_with_its_speech_verb_stays_a_quote(analyse):
    found = named(analyse, "Le porte-parole est revenu sur la semaine. « Le général Tiani a reçu le ministre "
                           "Andreï Belooussov à Niamey », a-t-il déclaré.")
    assert "belooussov" not in found


def test_a_third_person_quote_of_several_sentences_with_a_speaker_of_its_own_stays_a_quote(analyse):
    found = named(analyse, "Le diplomate a commenté la visite. « Le général Tiani a reçu le ministre Andreï "
                           "Belooussov à Niamey. C'est un signal adressé à Paris », a estimé l'ambassadeur "
                           "Sylvain Itté.")
    assert "belooussov" not in found


def test_one_sentence_followed_by_the_communique_as_its_speaker_is_relayed(analyse):
    found = named(analyse, "La visite a été confirmée jeudi. « Le ministre des Armées Sébastien Lecornu a reçu "
                           "à l'hôtel de Brienne son homologue estonien Hanno Pevkur », indique le communiqué "
                           "du ministère.")
    assert {"lecornu", "pevkur"} <= found


def test_a_speaker_who_spoke_during_a_joint_declaration_is_still_a_speaker(analyse):
    found = named(analyse, "Le président est arrivé à Beyrouth. « Le Liban a reçu hier le général Joseph Aoun. "
                           "Il a rendez-vous avec son avenir », a lancé Emmanuel Macron lors d'une déclaration "
                           "commune.")
    assert "aoun" not in found or "macron" not in found


def test_a_phrase_the_communique_quotes_is_no_relayed_text(analyse):
    doc = analyse(page("Le ministre Sébastien Lecornu a reçu lundi son homologue allemand Boris Pistorius à "
                       "Paris. Le communiqué évoque un « dialogue stratégique » sur la dissuasion."))
    assert [m["kind"] for m in doc._.meetings if "dialogue" in (m["kind"] or "")] == []
