"""Round 25 of officials' countries and roles, on texts of our own, each with a counter-example: a
national title's default country (France) only when the text names that country; the outlet's country
from an upper-case web address and from a country named on its first line; `le chef de la diplomatie
française` is the French minister; a title written with the body it heads (`with_body`); a title with a
demonym refers to the one person of that country named before, however far; a counterpart of the same
country takes no role from the one he is linked to."""

from __future__ import annotations

BODY = ("Le président de la République, Joseph Mbemba, a inauguré mardi un nouveau camp militaire "
        "dans le nord du pays.")


def person(doc, key: str) -> dict | None:
    return next((o for o in doc._.officials if o["key"].endswith(key)), None)


# --- a national title's default country ----------------------------------------------------------

def test_a_bare_title_in_a_text_that_never_names_france_is_not_french(analyse):
    doc = analyse(f"Le Veilleur\n\nUn camp inauguré\n\n{BODY} Des instructeurs turcs l'accompagnaient.\n")
    assert person(doc, "mbemba")["country"] == ""  # a text naming other countries only


def test_a_bare_title_in_a_text_that_names_france_keeps_its_default(analyse):
    doc = analyse(f"Le Veilleur\n\nUn camp inauguré\n\n{BODY} Des instructeurs français l'accompagnaient.\n")
    assert person(doc, "mbemba")["country"] == "France"


# --- the outlet's country --------------------------------------------------------------------------

def test_an_upper_case_web_address_gives_the_outlet_country(analyse):
    doc = analyse(f"LE VEILLEUR.SN\nPolitique   Société   Sport\n\nUn camp inauguré\n\n{BODY}\n")
    assert person(doc, "mbemba")["country"] == "Sénégal"


def test_an_abbreviation_in_capitals_is_no_web_address(analyse):
    doc = analyse(f"J.SN\nPolitique   Société   Sport\n\nUn camp inauguré\n\n{BODY}\n")
    assert person(doc, "mbemba")["country"] != "Sénégal"


def test_a_country_named_on_the_outlet_first_line_gives_its_country(analyse):
    doc = analyse(f"VDN - Toute l'actualité du Niger\nActualité   Politique   Sport   Culture\nAccueil > Politique\n\n"
                  f"Un camp inauguré dans le nord\n\nPar : Rédaction\n10 Oct. 2022 à 18:20\n\n{BODY}\n")
    assert person(doc, "mbemba")["country"] == "Niger"


def test_a_country_named_in_a_long_first_line_says_nothing(analyse):
    doc = analyse(f"Le camp militaire que le gouvernement du Niger a promis depuis des années aux habitants "
                  f"du nord\n\nUn camp inauguré\n\n{BODY}\n")
    assert person(doc, "mbemba")["country"] != "Niger"


# --- `le chef de la diplomatie française` -----------------------------------------------------------

DIPLOMACY = ("Le ministre français de l'Europe et des Affaires étrangères, Paul Lenoir, a été reçu jeudi à "
             "Dakar. L'entretien s'est tenu en présence du ministre des Affaires étrangères, Amadou Sy. "
             "Un accord de coopération a été signé au terme de la visite. {tail}")


def test_the_french_chief_diplomat_is_the_french_minister_not_the_local_one(analyse):
    doc = analyse("Le Veilleur\n\nUne visite\n\n" + DIPLOMACY.format(
        tail="Le chef de la diplomatie française a salué un partenariat renouvelé.") + "\n")
    assert person(doc, "sy")["country"] != "France"


def test_a_chief_diplomat_of_another_country_may_still_be_the_local_minister(analyse):
    doc = analyse("Le Veilleur\n\nUne visite\n\n" + DIPLOMACY.format(
        tail="Le chef de la diplomatie sénégalaise a salué un partenariat renouvelé.") + "\n")
    assert person(doc, "sy")["country"] == "Sénégal"


# --- a title written with the body it heads --------------------------------------------------------

def test_a_head_of_office_keeps_the_adjective_of_his_office(analyse):
    doc = analyse("Le Veilleur\n\nUne réunion\n\nLa réunion était présidée par le chef du bureau présidentiel "
                  "malien, Ousmane Keita, mardi à Bamako.\n")
    assert person(doc, "keita")["role"] == "chef du bureau présidentiel"


def test_a_head_of_office_with_no_adjective_keeps_the_plain_title(analyse):
    doc = analyse("Le Veilleur\n\nUne réunion\n\nLa réunion était présidée par le chef du bureau, "
                  "Ousmane Keita, mardi à Bamako.\n")
    assert person(doc, "keita")["role"] == "chef de bureau"


# --- a title with a demonym, far from the name ------------------------------------------------------

FAR = ("Le président malien Moussa Traoré a été reçu lundi à Ankara par le Turc Mehmet Aydin. "
       "La visite s'inscrit dans un programme de coopération. "
       "Les deux délégations ont évoqué la formation des cadres. Le président "
       "Traoré a salué l'appui apporté à son pays. Des accords ont été signés. {tail} a pour sa part "
       "souligné la qualité des relations.")


def test_a_title_with_a_demonym_refers_to_the_one_person_of_that_country(analyse):
    doc = analyse("Le Veilleur\n\nUne visite\n\n" + FAR.format(tail="Le président turc") + "\n")
    assert person(doc, "aydin")["role"] == "président"


def test_two_people_of_that_country_named_before_leave_the_title_to_no_one(analyse):
    text = FAR.replace("par le Turc Mehmet Aydin.", "par le Turc Mehmet Aydin et le Turc Ali Demir.")
    doc = analyse("Le Veilleur\n\nUne visite\n\n" + text.format(tail="Le président turc") + "\n")
    assert person(doc, "aydin")["role"] == "" or person(doc, "demir")["role"] == ""


def test_a_seat_of_a_french_body_names_france(analyse):
    doc = analyse("Le Veilleur\n\nUne visite\n\nLe président de la République, Joseph Mbemba, a reçu mardi à "
                  "l'Élysée son homologue sénégalais, Amadou Sy.\n")
    assert person(doc, "mbemba")["country"] == "France"


# --- a counterpart of the same country ---------------------------------------------------------------

def test_a_counterpart_linked_to_someone_of_his_own_country_takes_no_role_from_him(analyse):
    doc = analyse("Le Veilleur\n\nUne visite\n\nLe ministre français de l'Europe et des Affaires étrangères, "
                  "Paul Lenoir, a été reçu jeudi à Dakar. Sa visite suit l'entretien du 3 mars entre le chef de "
                  "l'Etat et son homologue français, Jean Dupuis.\n")
    assert person(doc, "dupuis")["role"] != "ministre des Affaires étrangères"
