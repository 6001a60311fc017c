"""Quote speakers, round 58 (second pass): a title said in the past (`l'ancien ministre`, `l'ex-chef
d'état-major`) names a former holder, never the one who holds that title now. It is the one person the
text described with that past title, else the one person of the title's country, named before and most
often, whose title now is another (`l'émissaire ..., X` then `l'ancien ministre français`). Texts of our
own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def speakers(analyse, body: str) -> list[str]:
    return [q["speaker"] for q in analyse(page(body))._.quotes]


# -- a past title for the one described with it before ---------------------------------------------------

def test_a_former_minister_described_so_not_the_minister_now(analyse):
    assert speakers(analyse, "Michèle Alliot-Marie, ancienne ministre de la Défense, a rencontré mardi le "
                             "ministre des Armées, Sébastien Lecornu, à Paris. L'ancienne ministre a plaidé "
                             "pour « une défense européenne qui protège vraiment nos concitoyens ».") \
        == ["Michèle Alliot-Marie"]


def test_a_former_minister_after_the_quote(analyse):
    assert speakers(analyse, "Hervé Morin, ancien ministre de la Défense, a visité vendredi la base aérienne "
                             "d'Évreux avec le ministre des Armées, Sébastien Lecornu. « Cette base reste un "
                             "atout majeur pour toute la Normandie », a déclaré l'ancien ministre.") \
        == ["Hervé Morin"]


def test_a_former_chief_of_staff_not_the_chief_now(analyse):
    assert speakers(analyse, "L'ancien chef d'état-major des armées, le général Pierre de Villiers, a "
                             "participé jeudi à un colloque à l'École militaire avec le général Thierry "
                             "Burkhard, chef d'état-major des armées. « L'armée doit rester au cœur de la "
                             "nation », a insisté l'ancien chef d'état-major.") == ["Pierre de Villiers"]


# -- a past title with a demonym for the one of that country the story follows ------------------------------

def test_a_former_prime_minister_is_the_envoy_the_story_follows(analyse):
    assert speakers(analyse, "Le représentant spécial de la France pour la Chine, Jean-Pierre Raffarin, s'est "
                             "rendu lundi à Pékin, où il a rencontré le ministre chinois des Affaires "
                             "étrangères, Wang Yi, en présence de l'ambassadeur de France en Chine, Bertrand "
                             "Lortholary. Jean-Pierre Raffarin a ensuite visité une usine à Tianjin. L'ancien "
                             "Premier ministre français a salué « un dialogue stratégique qui reste "
                             "indispensable ».") == ["Jean-Pierre Raffarin"]


def test_a_former_president_is_the_mediator_the_story_follows(analyse):
    assert speakers(analyse, "Le haut représentant de l'Union africaine pour la Corne de l'Afrique, Olusegun "
                             "Obasanjo, est arrivé lundi à Addis-Abeba, où il a rencontré le Premier ministre "
                             "éthiopien Abiy Ahmed. Olusegun Obasanjo doit aussi se rendre à Mekele. L'ancien "
                             "président nigérian a appelé à « un cessez-le-feu immédiat et sans conditions ».") \
        == ["Olusegun Obasanjo"]


# -- counter-examples -----------------------------------------------------------------------------------------

def test_two_former_ministers_named_give_nobody(analyse):
    found = speakers(analyse, "Hervé Morin, ancien ministre de la Défense, et Alain Richard, ancien ministre de "
                              "la Défense, ont débattu jeudi au Sénat. « Le budget des armées doit encore "
                              "augmenter », a déclaré l'ancien ministre.")
    assert "Hervé Morin" not in found and "Alain Richard" not in found


def test_a_title_said_now_is_still_its_holder_now(analyse):
    assert speakers(analyse, "Hervé Morin, ancien ministre de la Défense, a visité vendredi la base aérienne "
                             "d'Évreux avec le ministre des Armées, Sébastien Lecornu. « Cette base reste un "
                             "atout majeur pour toute la Normandie », a déclaré le ministre.") \
        == ["Sébastien Lecornu"]


def test_a_person_named_inside_the_quote_is_not_the_former_holder(analyse):
    found = speakers(analyse, "Le général Thierry Burkhard, chef d'état-major des armées, a reçu jeudi des "
                              "officiers. L'ancien chef d'état-major de l'armée de Terre a jugé que « le "
                              "général Pierre Schill avait vu juste sur la haute intensité ».")
    assert "Pierre Schill" not in found and "Thierry Burkhard" not in found


# -- `son successeur` as a subject: the one the text set beside that noun before ------------------------------

def test_the_successor_named_in_apposition_speaks_through_a_pronoun(analyse):
    assert speakers(analyse, "Le général Pierre Schill a transmis jeudi le commandement de l'armée de Terre "
                             "à son successeur, le général Pierre Gillet. Son successeur a longtemps servi au "
                             "Sahel. « Je mesure l'honneur qui m'est fait ce matin », a-t-il déclaré.") \
        == ["Pierre Gillet"]


def test_the_successor_speaks_by_the_noun_itself(analyse):
    assert speakers(analyse, "L'amiral Pierre Vandier a remis mardi le commandement de la Marine à son "
                             "successeur, l'amiral Nicolas Vaujour, à Brest. « La Marine doit se préparer à "
                             "la haute intensité », a affirmé son successeur.") == ["Nicolas Vaujour"]


def test_the_predecessor_named_in_apposition(analyse):
    assert speakers(analyse, "Le général Fabien Mandon a pris mercredi ses fonctions de chef d'état-major des "
                             "armées, en présence de son prédécesseur, le général Thierry Burkhard. Son "
                             "prédécesseur a salué « une armée prête à faire face aux crises qui viennent ».") \
        == ["Thierry Burkhard"]


def test_the_successor_named_right_after_the_noun(analyse):
    assert speakers(analyse, "Le secrétaire général de l'Otan Jens Stoltenberg a accueilli mardi à Bruxelles son "
                             "successeur Mark Rutte. Son successeur a promis « une Alliance plus forte et plus "
                             "juste ».") == ["Mark Rutte"]


def test_a_woman_successor(analyse):
    assert speakers(analyse, "Le commissaire européen Thierry Breton a reçu lundi à Bruxelles sa successeure, "
                             "Henna Virkkunen. Sa successeure a jugé « urgente la relance de l'industrie de "
                             "défense ».") == ["Henna Virkkunen"]


def test_a_predecessor_is_not_the_successor_set_beside_before(analyse):
    found = speakers(analyse, "Le général Pierre Schill a transmis jeudi le commandement de l'armée de Terre "
                              "à son successeur, le général Pierre Gillet. Son prédécesseur a salué « une "
                              "armée prête à durer dans la haute intensité ».")
    assert "Pierre Gillet" not in found
