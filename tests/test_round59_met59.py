"""Who takes part in a ceremony of promotion, round 59 (`components/meeting_mentions.py`: `_honoured`): an officer
whose new rank is told by `devenir` (`X est devenu contre-amiral`) is honoured there, as one who `a reçu ses
étoiles`. Texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def ceremony_people(analyse, body: str) -> set[str]:
    meetings = [m for m in analyse(page(body))._.meetings if m["kind"] == "cérémonie"]
    assert meetings
    return set(meetings[0]["people"])


# -- the subject of `devenir` with a rank as attribute is honoured at the ceremony --------------------------

def test_an_officer_who_became_rear_admiral_after_tandis_que(analyse):
    people = ceremony_people(analyse, "Le ministre des Armées a présidé mardi une cérémonie de remise d'attributs "
                             "à Paris. Le colonel Jean Martin a reçu ses étoiles de général de brigade, tandis que "
                             "le capitaine de vaisseau Paul Durand est devenu contre-amiral.")
    assert {"martin", "durand"} <= people


def test_an_officer_who_became_general_of_division(analyse):
    people = ceremony_people(analyse, "Une cérémonie de remise d'attributs s'est tenue jeudi au camp de Kati, "
                             "présidée par le ministre de la Défense, le général Sadio Camara. Le général de "
                             "brigade Oumar Diarra est devenu général de division.")
    assert "diarra" in people


def test_a_gendarme_who_became_general(analyse):
    people = ceremony_people(analyse, "La cérémonie s'est déroulée lundi à la caserne Babel de Rennes, sous la "
                             "présidence du directeur général de la gendarmerie nationale, le général Hubert "
                             "Bonneau. Le colonel Anne Lefort, première femme de la région à ce grade, est "
                             "devenue générale de brigade.")
    assert "lefort" in people


def test_a_naval_officer_who_became_vice_admiral_joined_by_et(analyse):
    people = ceremony_people(analyse, "Le chef d'état-major de la Marine, l'amiral Nicolas Vaujour, a présidé "
                             "vendredi à Toulon une cérémonie militaire. Le contre-amiral Marc Allain a reçu "
                             "ses attributs et le contre-amiral Hervé Lemoine est devenu vice-amiral.")
    assert {"allain", "lemoine"} <= people


def test_an_airman_who_became_general_of_air_brigade(analyse):
    people = ceremony_people(analyse, "Une cérémonie militaire a été organisée mercredi sur la base aérienne "
                             "de Ouagadougou sous la présidence du ministre de la Défense. Le colonel-major "
                             "Adama Ouédraogo est devenu général de brigade aérienne.")
    assert "ouédraogo" in people or "ouedraogo" in people


# -- counter-examples: a post is no rank; a career told beside talks is no ceremony ---------------------------

def test_one_who_became_chief_of_staff_is_not_honoured(analyse):
    people = ceremony_people(analyse, "Le ministre des Armées a présidé mardi une cérémonie de remise "
                             "d'attributs à Paris. Le colonel Jean Martin a reçu ses étoiles de général. Le "
                             "prédécesseur du ministre, Pierre Dubois, est devenu président de la commission.")
    assert "martin" in people and "dubois" not in people


def test_becoming_general_beside_talks_is_a_career(analyse):
    doc = analyse(page("Le ministre des Armées a reçu mardi à Paris son homologue belge Ludivine Dedonder. "
                       "Son conseiller, Luc Peeters, est devenu général en 2019."))
    assert all("peeters" not in m["people"] for m in doc._.meetings)


# -- a change of command told in the lead is the one the ceremony told further down marks ---------------------

def test_a_handover_in_the_lead_brings_both_officers_to_the_ceremony(analyse):
    people = ceremony_people(analyse, "Le colonel Marc Dubois a transmis vendredi le commandement du 3e régiment "
                             "d'infanterie de marine au colonel Luc Bernard.\n\nSous un ciel gris, les compagnies "
                             "étaient alignées sur la place d'armes du quartier Foch de Vannes. Les familles avaient "
                             "pris place dans la tribune.\n\nLa prise d'armes était présidée par le général de "
                             "brigade Pierre Lenoir, commandant la 9e brigade d'infanterie de marine.")
    assert {"dubois", "bernard", "lenoir"} <= people


def test_a_succession_in_the_lead_brings_both_officers_to_the_ceremony(analyse):
    people = ceremony_people(analyse, "Le colonel Anne Roche a succédé mardi au colonel Paul Girard à la tête du "
                             "1er régiment de hussards parachutistes.\n\nLes escadrons avaient revêtu leur tenue de "
                             "parade. La musique de la brigade jouait sur le terrain de sport.\n\nLa cérémonie "
                             "était présidée par le général Jean Morel, commandant la 11e brigade parachutiste.")
    assert {"roche", "girard", "morel"} <= people


def test_a_change_told_in_the_past_in_the_lead_brings_no_one(analyse):
    people = ceremony_people(analyse, "Le colonel Anne Roche avait succédé au colonel Paul Girard en 2022 à la tête "
                             "du 1er régiment de hussards parachutistes.\n\nLes escadrons avaient revêtu leur tenue "
                             "de parade. La musique de la brigade jouait sur le terrain de sport.\n\nLa cérémonie "
                             "était présidée par le général Jean Morel, commandant la 11e brigade parachutiste.")
    assert "morel" in people and "girard" not in people


def test_a_flag_handed_over_in_the_lead_brings_both_officers(analyse):
    people = ceremony_people(analyse, "Le capitaine de vaisseau Yann Le Goff a remis lundi le drapeau de la base "
                             "navale au capitaine de vaisseau Hugo Marchal.\n\nLes équipages formaient un carré sur "
                             "le quai. Des élus de la région étaient venus.\n\nLa cérémonie était présidée par le "
                             "vice-amiral d'escadre Eric Janicot, préfet maritime de l'Atlantique.")
    assert {"goff", "marchal", "janicot"} <= people or {"le goff", "marchal", "janicot"} <= people


def test_a_command_ceded_in_the_lead_brings_both_officers(analyse):
    people = ceremony_people(analyse, "Le lieutenant-colonel Karim Benali a cédé jeudi le commandement du 2e "
                             "régiment étranger de génie au colonel Olivier Perrin.\n\nLes sapeurs légionnaires "
                             "défilaient devant la tribune. Le soleil tapait sur le plateau.\n\nLa prise d'armes était "
                             "présidée par le général Cyrille Blanc, commandant la 6e brigade légère blindée.")
    assert {"benali", "perrin", "blanc"} <= people


# -- the guests shown seated before the ceremony is named take part in it; before talks, no one joins ----------

def test_guests_in_the_stand_before_the_ceremony_is_named(analyse):
    people = ceremony_people(analyse, "Les escadrons étaient alignés vendredi sur la place d'armes du quartier "
                             "Delestraint de Valence. Dans la tribune, le préfet de la Drôme, Thierry Devimeux, et la "
                             "maire de Valence, Nicolas Daragon, avaient pris place aux côtés des anciens chefs de "
                             "corps.\n\nLa prise d'armes était présidée par le général Pierre Schill.")
    assert {"devimeux", "daragon", "schill"} <= people


def test_people_seated_before_talks_do_not_join_them(analyse):
    doc = analyse(page("Dans la salle des fêtes, le préfet du Var, Simon Babre, avait pris place aux côtés des élus "
                       "du département.\n\nLe ministre des Armées s'est entretenu mardi à Toulon avec son homologue "
                       "italien Guido Crosetto."))
    assert doc._.meetings and all("babre" not in m["people"] for m in doc._.meetings)
