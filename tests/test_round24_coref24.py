"""Round 24 (coref24): one coreference reading of a description named alone (`le ministre`, `la ministre`,
`le chef du X`, `le président du Faso`): the person named before whose known titles, country and gender
are compatible with it."""

from __future__ import annotations

from conftest import page


def _official(doc, key):
    return next(p for p in doc._.officials if p["key"] == key)


def _speaker(doc, words):
    return next((q["speaker_key"] for q in doc._.quotes if words in q["quote"]), None)


def _mentioned_at(doc, key, words):
    """A mention of the person begins inside the first occurrence of `words`."""
    start = doc.text.index(words)
    return any(start <= s < start + len(words) for s, _ in _official(doc, key)["mentions"])


# --- a feminine description prefers the woman over a person of unknown gender ------------------------

PAIR = ("La ministre néerlandaise de la Défense, Femke Dijkstra, est arrivée mardi à Tallinn, où elle a "
        "rencontré Jaak Tamm. La protection des câbles sous-marins a été évoquée lors d'une conférence de "
        "presse avec le ministre estonien. {title} a ensuite visité la base d'Ämari.")


def test_feminine_description_takes_the_woman(analyse):
    """`La ministre a ensuite visité`: the minister known as a woman, not the one of unknown gender named
    since (`le ministre estonien` said of him makes him a man)."""
    doc = analyse(page(PAIR.format(title="La ministre")))
    assert _mentioned_at(doc, "dijkstra", "La ministre a ensuite")
    assert not _mentioned_at(doc, "tamm", "La ministre a ensuite")


def test_masculine_description_takes_the_man(analyse):
    """Counter-example: `Le ministre a ensuite visité` is not the woman."""
    doc = analyse(page(PAIR.format(title="Le ministre")))
    assert not _mentioned_at(doc, "dijkstra", "Le ministre a ensuite")


# --- every title said of a person counts, not only the one in the table ------------------------------

TWO_TITLES = ("Dans un communiqué publié jeudi, le ministre de l'Information, porte-parole du gouvernement, "
              "Paulin Ndongo, a démenti toute médiation étrangère. Le texte rappelle les efforts de dialogue "
              "engagés depuis trois ans. « Aucune puissance extérieure ne dictera nos choix », a insisté {title}.")


def test_second_title_of_a_chain_finds_the_person(analyse):
    """`le ministre de X, porte-parole de Y, Z`: Z is written as the spokesman and is still `le ministre`."""
    doc = analyse(page(TWO_TITLES.format(title="le ministre")))
    assert _speaker(doc, "puissance extérieure") == "ndongo"
    assert _official(doc, "ndongo")["role"].startswith("porte-parole")  # no role overwrite


def test_title_never_said_of_him_finds_nobody(analyse):
    """Counter-example: `le général` was said of nobody: not him."""
    doc = analyse(page(TWO_TITLES.format(title="le préfet")))
    assert _speaker(doc, "puissance extérieure") != "ndongo"


COORDINATED = ("Vice-président et chef du Département de la sécurité (DDS), Lukas Moser a présidé lundi la "
               "conférence des donateurs. Les délégations de vingt pays étaient présentes. « Le déminage sera "
               "notre priorité pour les cinq prochaines années », a déclaré le chef du DDS.")


def test_coordinated_title_before_a_name_is_his(analyse):
    """`X et chef du Y, Z`: `le chef du Y` later is Z."""
    doc = analyse(page(COORDINATED))
    assert _speaker(doc, "déminage") == "moser"


SIGNED = ("Le traité a été signé, en présence du chef de l'État et de ses invités, par le secrétaire général du "
          "ministère, Olivier Dubreuil, et par l'ambassadeur Carlos Ruiz.")


def test_title_across_a_preposition_is_not_the_name_after(analyse):
    """Counter-example: `en présence du chef de l'État ..., par le secrétaire général, Z`: Z is no head of state."""
    doc = analyse(page(SIGNED))
    from pipeline.components.people import _titles
    assert all(not t.startswith("chef de l") for t, _ in _titles(_official(doc, "dubreuil")))


# --- the speaker of an incise holding the title a description names ---------------------------------

INCISE = ("Le capitaine Paul Sawadogo a reçu jeudi à Ouagadougou le président russe Igor Volkov. "
          "Le chef de l'État burkinabè a ensuite présidé un conseil des ministres. "
          "Devant les officiers, le capitaine Sawadogo a défendu sa politique. « Un peuple qui ne se défend pas "
          "lui-même ne peut pas être libre », a déclaré {title}.")


def test_incise_speaker_holding_an_equivalent_title(analyse):
    """`X a défendu ... « ... », a déclaré le président du Faso`: X, the head of state named before."""
    doc = analyse(page(INCISE.format(title="le président du Faso")))
    assert _speaker(doc, "peuple") == "sawadogo"
    assert _official(doc, "sawadogo")["role"] == "chef de l'État"  # no role overwrite


def test_incise_title_of_another_country_is_not_the_speaker(analyse):
    """Counter-example: `a déclaré le président russe`: the Russian named before, not the subject X."""
    doc = analyse(page(INCISE.format(title="le président russe")))
    assert _speaker(doc, "peuple") != "sawadogo"
