"""Meeting hosts, round 52: talks in a building of the town the story is in, between a visitor of a known
country and an official whose country the text leaves to the reader (`le Premier ministre X`, no demonym):
the official brought in by the place is of the place and hosts. Texts of our own, with counter-examples."""

from __future__ import annotations

from conftest import page


def hosts(analyse, body: str) -> list[tuple[str, str]]:
    return [(m["location"], m["host"]) for m in analyse(page(body))._.meetings]


# -- a building of the stop's town, the local official of no stated country hosts ----------------------------

def test_a_prime_minister_at_her_palace_in_the_dateline_town_hosts(analyse):
    found = hosts(analyse, "ROME, 12 mars (AFP) - Le chancelier allemand Olaf Scholz est arrivé mardi dans la "
                           "capitale italienne. Il s'est entretenu mercredi avec la présidente du Conseil Giorgia "
                           "Meloni au palais Chigi.")
    assert any(h == "meloni" for _, h in found)


def test_a_head_of_government_at_his_palace_after_an_arrival_hosts(analyse):
    found = hosts(analyse, "Le président français Emmanuel Macron est arrivé lundi à Madrid pour une visite de "
                           "deux jours. Mardi, il s'est entretenu avec le président du gouvernement Pedro "
                           "Sánchez au palais de la Moncloa.")
    assert any(h == "sanchez" for _, h in found)


def test_a_president_at_the_presidential_palace_of_the_visited_capital_hosts(analyse):
    found = hosts(analyse, "Le Premier ministre canadien Justin Trudeau est arrivé jeudi à Kiev. Dans "
                           "l'après-midi, il s'est entretenu avec le président Volodymyr Zelensky au palais "
                           "Mariinsky.")
    assert any(h == "zelensky" for _, h in found)


def test_a_king_at_the_royal_palace_of_the_dateline_town_hosts(analyse):
    found = hosts(analyse, "COPENHAGUE, 4 mai (AFP) - Le président finlandais Alexander Stubb est arrivé "
                           "jeudi au Danemark. Il s'est entretenu vendredi avec le roi Frederik X au palais "
                           "d'Amalienborg.")
    assert any(h == "frederik x" or h.startswith("frederik") for _, h in found)


def test_a_prime_minister_at_the_chancellery_of_the_visited_capital_hosts(analyse):
    found = hosts(analyse, "Le ministre britannique des Affaires étrangères David Lammy est arrivé lundi à "
                           "Varsovie. Il s'est entretenu mardi avec le Premier ministre Donald Tusk à la "
                           "Chancellerie.")
    assert any(h == "tusk" for _, h in found)


# -- counter-examples: no visitor of a known country, or the official named before as the story's own ----------

def test_two_officials_of_no_stated_country_in_a_palace_give_no_host(analyse):
    found = hosts(analyse, "Le Premier ministre Jonas Gahr Støre est arrivé mardi à Oslo. Il s'est entretenu "
                           "mercredi avec le ministre Bjørn Arild Gram au palais royal.")
    assert all(h == "" for _, h in found)


def test_an_official_named_before_as_the_travellers_own_gives_no_host(analyse):
    found = hosts(analyse, "Le Premier ministre Jonas Gahr Støre accompagnait la délégation. Le chancelier "
                           "allemand Olaf Scholz est arrivé mardi à Madrid. Il s'est entretenu mercredi avec "
                           "le Premier ministre Jonas Gahr Støre au palais de la Moncloa.")
    assert all(h != "støre" for _, h in found)


# -- a head of state's palace: the one head of state among the talks' people is at home there ----------------

def test_a_president_at_the_presidential_palace_hosts_a_foreign_minister(analyse):
    found = hosts(analyse, "Le ministre britannique de la Défense Grant Shapps s'est entretenu lundi avec le "
                           "président nigérien Mohamed Bazoum au palais présidentiel.")
    assert ("palais présidentiel", "bazoum") in found


def test_a_president_at_the_palace_of_the_republic_hosts_a_foreign_secretary(analyse):
    found = hosts(analyse, "Le secrétaire d'État américain Antony Blinken a été accueilli mardi à l'aéroport. Il "
                           "s'est ensuite entretenu avec le président congolais Denis Sassou Nguesso au palais de "
                           "la République.")
    assert any(h == "nguesso" or h == "sassou nguesso" for loc, h in found if "palais" in loc.lower())


def test_a_president_at_the_presidential_palace_hosts_a_foreign_prime_minister(analyse):
    found = hosts(analyse, "Le Premier ministre canadien Justin Trudeau s'est entretenu jeudi avec le président "
                           "polonais Andrzej Duda au palais présidentiel.")
    assert any(h == "duda" for loc, h in found if "palais" in loc.lower())


def test_two_presidents_at_a_presidential_palace_give_no_host(analyse):
    found = hosts(analyse, "Le président français Emmanuel Macron s'est entretenu lundi avec le président "
                           "sénégalais Macky Sall au palais présidentiel.")
    assert all(h == "" for _, h in found)


def test_a_chief_of_staff_at_a_staff_seat_beside_a_foreign_minister_stays_without_host(analyse):
    found = hosts(analyse, "Le ministre britannique de la Défense Grant Shapps s'est entretenu lundi avec le chef "
                           "d'état-major des armées nigérien, le général Salifou Mody, au siège de l'état-major.")
    assert all(h == "" for _, h in found)
