"""Meeting places, round 60: a meeting naming no place takes the town of a meeting of the same people told
the same day, and a local outlet's breadcrumb ending on a town places the story's meetings that name none.
Texts of our own, each with a counter-example."""

from __future__ import annotations


def places(analyse, text: str) -> list[str]:
    return [m["location"] for m in analyse(text)._.meetings]


def crumb_page(crumb: str, body: str) -> str:
    """A regional daily's page: the outlet, its breadcrumb, the headline, the date line, then the body."""
    return (f"Le Journal de la Région\n{crumb}\n\nLe ministre en visite dans la ville\n\n"
            f"  • 14 mars 2024 -\n\n{body}")


# -- a local outlet's breadcrumb ending on a town: the story's meetings naming no place were held there -------

def test_breadcrumb_town_places_a_ceremony_naming_none(analyse):
    assert places(analyse, crumb_page(
        "Accueil > Région > Toulon",
        "Le ministre des Armées a présidé vendredi la cérémonie d'hommage aux marins disparus, aux côtés du préfet "
        "maritime, le vice-amiral Christophe Lucas. La ville de Toulon a rendu hommage aux disparus.")) == ["Toulon"]


def test_breadcrumb_town_the_mayor_is_of(analyse):
    assert places(analyse, crumb_page(
        "Accueil > Région > Bordeaux",
        "Le chef d'état-major de l'armée de l'Air, le général Stéphane Mille, a présidé mardi une prise d'armes "
        "en présence du maire de Bordeaux, Pierre Hurmic.")) == ["Bordeaux"]


def test_breadcrumb_town_of_the_crews_gathered(analyse):
    assert places(analyse, crumb_page(
        "Bretagne > Finistère > Brest",
        "Le chef d'état-major de la Marine, l'amiral Nicolas Vaujour, a présidé jeudi la cérémonie de passation "
        "de commandement de la force océanique stratégique. Les sous-mariniers de Brest étaient rassemblés.")) == [
        "Brest"]


def test_breadcrumb_town_gives_way_to_the_place_the_sentence_names(analyse):
    assert places(analyse, crumb_page(
        "Accueil > Région > Brest",
        "Le ministre des Armées Sébastien Lecornu a rencontré mardi à Lorient le chef d'état-major de la "
        "Marine, l'amiral Nicolas Vaujour.")) == ["Lorient"]


def test_breadcrumb_section_word_is_no_town(analyse):
    assert places(analyse, crumb_page(
        "Accueil > Monde > Défense",
        "Le ministre des Armées a présidé samedi la cérémonie d'hommage aux soldats tombés, en présence du "
        "chef d'état-major des armées, le général Thierry Burkhard.")) == [""]


def test_breadcrumb_town_the_body_never_names_is_no_place(analyse):
    assert places(analyse, crumb_page(
        "Accueil > Région > Colmar",
        "Le ministre des Armées a présidé samedi la cérémonie d'hommage aux soldats tombés, en présence du "
        "chef d'état-major des armées, le général Thierry Burkhard.")) == [""]


def test_breadcrumb_region_written_with_its_article_is_no_town(analyse):
    assert places(analyse, crumb_page(
        "Accueil > Analyses > Sahel",
        "Le ministre des Armées a présidé samedi la cérémonie d'hommage aux soldats tombés, en présence du chef "
        "d'état-major des armées, le général Thierry Burkhard. Les opérations du Sahel ont marqué une "
        "génération de soldats.")) == [""]


# -- the same people the same day: the town of the meeting that names one ---------------------------------

def test_same_day_same_people_take_the_named_town(analyse):
    from conftest import page
    assert places(analyse, page(
        "Accompagné du chef d'état-major de l'armée de Terre, le général Pierre Schill, le ministre des Armées "
        "Sébastien Lecornu a rencontré lundi 17 juin les industriels du salon. Lundi 17 juin "
        "en fin de matinée, le ministre s'est entretenu avec son homologue ukrainien, Roustem Oumerov, "
        "présent à Villepinte.")) == ["Villepinte", "Villepinte"]


def test_same_day_other_people_keep_no_place(analyse):
    from conftest import page
    assert places(analyse, page(
        "Le chef d'état-major des armées, le général Thierry Burkhard, a reçu lundi 17 juin le général "
        "Christopher Cavoli. Le même jour, le ministre des Armées Sébastien Lecornu s'est entretenu à Berlin "
        "avec son homologue allemand Boris Pistorius.")) == ["", "Berlin"]
