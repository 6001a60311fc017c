"""Round 14 of officials, on sentences of our own: a national title with its demonym does not go to the
president of an international body; a title written right before a capitalised name refers back to no
one; `l'Espagne de X` gives X's country; `sous-ministre`, `vice-secrétaire d'État`, `envoyé personnel`
are roles; `le prochain président` refers to no one named. Each with a counter-example."""

from __future__ import annotations

from test_officials_round13 import person, role, run  # the readers of round 13


def test_national_title_not_the_president_of_an_international_body(analyse):
    doc = run(analyse, "Trente pays avaient répondu à l'invitation de Pierre Durand. Autour de la table, le "
                       "président du Conseil européen, Paulo Sousa.\n\nLa veille, le président français avait "
                       "reçu Ivan Petrenko au palais.")
    assert person(doc, "sousa")["country"] == ""
    assert person(doc, "durand")["role"] == "président"
    assert person(doc, "durand")["country"] == "France"


def test_national_title_goes_to_the_president_named_without_a_body(analyse):
    doc = run(analyse, "Autour de la table siégeait le président Paulo Sousa.\n\nLa veille, le président "
                       "portugais avait reçu ses invités au palais.")
    assert person(doc, "sousa")["country"] == "Portugal"


def test_title_before_an_unread_name_refers_back_to_no_one(analyse):
    doc = run(analyse, "Donald Brown est arrivé mardi à La Haye. Le soir, la reine Maxima a offert un dîner "
                       "aux dirigeants.")
    assert person(doc, "brown")["role"] == ""


def test_title_alone_refers_back(analyse):
    doc = run(analyse, "Donald Brown est arrivé mardi à La Haye. Le soir, le président américain a offert "
                       "un dîner aux dirigeants.")
    assert person(doc, "brown")["role"] == "président"


def test_country_before_its_leader(analyse):
    doc = run(analyse, "Seule fausse note, l'Espagne de Pedro Alvarez a obtenu un délai.")
    assert person(doc, "alvarez")["country"] == "Espagne"


def test_no_country_without_its_article(analyse):
    doc = run(analyse, "Le ministre a reçu une délégation d'Espagne de Pedro Alvarez et Luis Gomez mardi.")
    p = person(doc, "alvarez")
    assert p is None or p["country"] != "Espagne"


def test_deputy_titles_are_roles(analyse):
    doc = run(analyse, "La sous-ministre de la Défense, Julie Martin, assistait à la cérémonie. La "
                       "vice-secrétaire d'État américaine, Mary Smith, a reçu la délégation. Selon Jean "
                       "Dupont, envoyé personnel du président pour l'Afrique, les troupes partiront.")
    assert role(person(doc, "martin")).startswith("sous-ministre")
    assert role(person(doc, "smith")).startswith("vice-secrétaire d'État")
    assert person(doc, "smith")["country"] == "États-Unis"
    assert role(person(doc, "dupont")).startswith("envoyé personnel")


def test_plain_minister_is_not_a_deputy(analyse):
    doc = run(analyse, "La ministre de la Défense, Julie Martin, assistait à la cérémonie.")
    assert not role(person(doc, "martin")).startswith("sous-")


def test_next_holder_refers_to_no_one(analyse):
    doc = run(analyse, "Jens Olsen a quitté son poste mardi. Il a dit être prêt à travailler avec le "
                       "prochain président des États-Unis.")
    assert person(doc, "olsen")["role"] == ""


def test_current_holder_refers_back(analyse):
    doc = run(analyse, "Jens Olsen a quitté Oslo mardi. Le président des États-Unis a salué son hôte.")
    assert person(doc, "olsen")["role"] == "président"


def test_successor_and_predecessor_hold_the_role_after_comme(analyse):
    doc = run(analyse, "La générale Anne Tremblay a succédé jeudi au général Paul Roy comme chef d'état-major "
                       "de la défense.")
    assert role(person(doc, "tremblay")).startswith("chef d'état-major")
    assert role(person(doc, "roy")).startswith("chef d'état-major")


def test_comme_without_a_verb_of_succession(analyse):
    doc = run(analyse, "Le général Paul Roy a parlé jeudi à Ottawa comme chef d'une délégation.")
    assert not role(person(doc, "roy")).startswith("chef d'état-major")


def test_role_in_an_incise_is_the_speaker_of_the_sentence(analyse):
    doc = run(analyse, "Paris, le 3 mars 2025 - Jean Morel, arrivé mardi, a soutenu l'objectif : « Nous "
                       "devons agir ensemble », a déclaré le président de la République devant la presse.")
    assert person(doc, "morel")["role"] == "président de la République"


def test_role_in_an_incise_not_given_to_the_object(analyse):
    doc = run(analyse, "Paris, le 3 mars 2025 - La ministre a félicité Jean Morel : « Nous devons agir ensemble "
                       "», a déclaré le président de la République devant la presse.")
    assert person(doc, "morel")["role"] != "président de la République"
