"""Meeting participants, round 58: the members of a delegation named once take part in the later meetings
that name that delegation (`la délégation a été reçue par X`, `la délégation belge s'est entretenue avec Y`).
Texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def meetings(analyse, body: str) -> list[tuple[str, set[str]]]:
    return [(m["host"], set(m["people"])) for m in analyse(page(body))._.meetings]


def people_with(analyse, body: str, host: str) -> set[str]:
    found = [people for h, people in meetings(analyse, body) if h == host]
    assert found, meetings(analyse, body)
    return found[0]


# -- the members named once join a later meeting of that delegation ---------------------------------------

def test_members_then_the_delegation_received(analyse):
    people = people_with(analyse, (
        "Le ministre des Affaires étrangères Jean-Noël Barrot et la ministre des Armées Catherine Vautrin ont "
        "conduit la délégation française à Rabat lundi. Dans la journée, la délégation française a été reçue par "
        "le chef du gouvernement marocain, Aziz Akhannouch."), "akhannouch")
    assert {"barrot", "vautrin", "akhannouch"} <= people


def test_outre_adds_the_one_named_first(analyse):
    body = ("Une délégation belge, conduite par le ministre de la Défense Theo Francken, est arrivée mardi à Kiev. "
            "Outre M. Francken, la délégation belge comprenait le chef de la Défense, l'amiral Michel Hofman, et "
            "le ministre des Affaires étrangères Maxime Prévot. Mercredi, la délégation belge a été reçue par le "
            "président ukrainien Volodymyr Zelensky.")
    people = people_with(analyse, body, "zelensky")
    assert {"francken", "hofman", "prevot", "zelensky"} <= people


def test_a_bare_delegation_points_back_to_the_one_named(analyse):
    body = ("La délégation sénégalaise comprenait le ministre des Forces armées Birame Diop et le chef "
            "d'état-major général des armées, le général Mbaye Cissé. Jeudi, la délégation a été accueillie à "
            "Bamako par le ministre malien de la Défense, le général Sadio Camara.")
    people = people_with(analyse, body, "camara")
    assert {"diop", "cisse", "camara"} <= people


def test_the_delegation_talks_with_someone(analyse):
    body = ("Le général Thierry Burkhard et l'amiral Pierre Vandier ont conduit la délégation française à "
            "Varsovie lundi. La délégation française s'est entretenue mardi avec le chef d'état-major général "
            "polonais, le général Wiesław Kukuła.")
    found = [people for _, people in meetings(analyse, body) if "kukuła" in people]
    assert found and {"burkhard", "vandier"} <= found[0]


def test_someone_receives_the_delegation(analyse):
    body = ("La délégation nigérienne était conduite par le ministre de la Défense, le général Salifou Mody, et "
            "comprenait le général Moussa Salaou Barmou. Vendredi, le président burkinabè, le capitaine Ibrahim "
            "Traoré, a reçu la délégation nigérienne au palais de Kosyam.")
    people = people_with(analyse, body, "traore")
    assert {"mody", "barmou", "traore"} <= people


# -- counter-examples -------------------------------------------------------------------------------------

def test_an_indefinite_delegation_with_no_members_adds_nobody(analyse):
    body = ("Le ministre des Armées Sébastien Lecornu a présidé lundi une réunion à Paris. Mardi, une délégation "
            "a été reçue par le ministre de la Défense grec Nikos Dendias.")
    people = people_with(analyse, body, "dendias")
    assert "lecornu" not in people


def test_a_delegation_of_another_country_is_another_group(analyse):
    body = ("La délégation française comprenait le général Thierry Burkhard et l'amiral Pierre Vandier. "
            "Mardi, la délégation allemande a été reçue par le chef d'état-major polonais, le général Wiesław "
            "Kukuła.")
    people = people_with(analyse, body, "kukuła")
    assert not {"burkhard", "vandier"} & people


def test_a_member_named_absent_is_not_added(analyse):
    body = ("La délégation belge comprenait le ministre de la Défense Theo Francken, sans le chef de la Défense, "
            "l'amiral Michel Hofman. Mercredi, la délégation belge a été reçue par le président ukrainien "
            "Volodymyr Zelensky.")
    people = people_with(analyse, body, "zelensky")
    assert "francken" in people and "hofman" not in people
