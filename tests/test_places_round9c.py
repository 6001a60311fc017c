"""Round 9c: a region a trip went through (`dans le massif X`) is no city of the meeting noun; a
detached participle agreeing with a meeting noun (`un sommet ..., prévu dimanche à X`) gives its place."""

from __future__ import annotations


def _locations(analyse, text):
    return [m["location"] for m in analyse(text)._.meetings]


HEAD = "Hommage aux soldats\n\n14 mars 2024\n\n"


def test_region_after_dans_does_not_beat_the_city_of_the_lead(analyse):
    text = HEAD + ("Vers 11 heures, ce mardi, le cortège du président Pierre Lenoir est entré dans le cimetière "
                   "militaire de Lavandou, à Fréjus. À l'invitation de Pierre Lenoir, plusieurs chefs d'État "
                   "avaient fait le déplacement dans l'Estérel pour commémorer la bataille, parmi lesquels le "
                   "président malien Amadou Keïta et le président tchadien Idriss Mahamat.")
    # round 13: a cemetery is a place of its own (`cimetière militaire de X`), as precise as its town
    assert _locations(analyse, text)[0] in ("Fréjus", "cimetière militaire de Lavandou")


def test_city_complement_of_the_meeting_noun_kept(analyse):
    # counter-example: `le déplacement de Fréjus`, a `de` complement, is the meeting's city
    text = HEAD + ("Le déplacement de Toulon a réuni mardi le président Pierre Lenoir et le président malien "
                   "Amadou Keïta.")
    assert _locations(analyse, text)[0] == "Toulon"


SUMMIT = ("Sahel : Bamako accueille samedi le sommet de l'Alliance\n\nPublié le : 05/07/2024 - 13:12\n\n"
          "Par : RFI\nAvec notre correspondant à Bamako\n\n"
          "Le général Oumar Diallo accueillera samedi 6 juillet ses homologues, le colonel Ali Touré et le "
          "capitaine Moussa Sanou.\n\n")


def test_detached_participle_of_the_summit_gives_its_place(analyse):
    text = SUMMIT + ("La réunion de Bamako intervient à la veille d'un sommet ordinaire de la Communauté "
                     "économique des États de l'Afrique de l'Ouest (Cédéao), prévu dimanche 7 juillet à "
                     "Addis-Abeba, au Nigeria, sous la présidence du président éthiopien Abiy Tesfaye.")
    assert "Addis-Abeba" in _locations(analyse, text)


def test_participle_with_a_subject_of_its_own_gives_no_place(analyse):
    # counter-example: a clause with its own subject tells of another act
    text = SUMMIT + ("La réunion de Bamako intervient à la veille d'un sommet ordinaire de la Cédéao, "
                     "alors que le ministre est attendu dimanche à Dakar.")
    assert "Dakar" not in _locations(analyse, text)
