"""Meeting places, round 59: a meeting held during a gathering named after its town (`lors du sommet de
l'OTAN de Vilnius`, `au cours du Forum de Halifax`), and a square or an avenue where a ceremony is held
(`sur la place de l'Indépendance`, `sur l'esplanade des Invalides`). Texts of our own, each class with
counter-examples."""

from __future__ import annotations

from conftest import page


def places(analyse, body: str) -> list[str]:
    return [m["location"] for m in analyse(page(body))._.meetings]


# -- a meeting told during a gathering named after its town took place in that town ----------------------------

def test_talks_during_a_summit_of_a_body_named_after_its_town(analyse):
    assert places(analyse, "Le ministre des Armées s'est entretenu avec son homologue estonien lors du sommet "
                           "de l'OTAN de Vilnius, le 11 juillet.") == ["Vilnius"]


def test_talks_during_a_conference_in_lower_case_named_after_a_known_town(analyse):
    assert places(analyse, "Le président du Conseil européen s'est entretenu mardi avec le président ukrainien "
                           "lors de la conférence de Genève.") == ["Genève"]


def test_a_meeting_in_the_course_of_a_forum_named_after_its_town(analyse):
    assert places(analyse, "La ministre néerlandaise de la Défense a rencontré son homologue polonais au cours "
                           "du Forum de Halifax sur la sécurité internationale, samedi.") == ["Halifax"]


def test_a_meeting_during_the_munich_conference(analyse):
    assert places(analyse, "Le chef d'état-major des armées a rencontré le général Christopher Cavoli pendant "
                           "la Conférence de Munich sur la sécurité.") == ["Munich"]


def test_a_summit_told_first_in_the_sentence(analyse):
    assert places(analyse, "Lors du sommet de Washington, le président a rencontré son homologue "
                           "turc.") == ["Washington"]


def test_a_summit_that_only_dates_the_meeting_gives_no_place(analyse):
    assert places(analyse, "Le ministre a rencontré son homologue allemand avant le sommet de Madrid.") in ([], [""])
    assert places(analyse, "Le ministre a rencontré lundi à Paris son homologue allemand, trois semaines après "
                           "le sommet de Madrid.") == ["Paris"]


def test_a_phone_call_during_a_summit_has_no_place(analyse):
    assert "Rome" not in places(analyse, "Le ministre s'est entretenu par téléphone avec son homologue italien "
                                         "lors du sommet de Rome.")


def test_guests_welcomed_at_a_forum_hung_by_the_parser_on_the_object(analyse):
    assert places(analyse, "La présidente de la Confédération Viola Amherd a accueilli lundi les délégations "
                           "étrangères au Forum économique mondial de Davos.") == ["Davos"]


def test_leaders_welcomed_at_a_summit_named_after_its_town(analyse):
    assert places(analyse, "Le Premier ministre tchèque Petr Fiala a accueilli jeudi les dirigeants européens au "
                           "sommet de Prague.") == ["Prague"]


def test_the_decisions_of_a_summit_spoken_of_give_no_place(analyse):
    assert places(analyse, "Le ministre Sébastien Lecornu a évoqué mardi avec son homologue Boris Pistorius les "
                           "décisions du sommet de Madrid.") == [""]


# -- a square, an esplanade, an avenue after `sur` and an article, with its name, is where a ceremony is held ------

def test_a_parade_ground_square_with_its_name(analyse):
    assert places(analyse, "Le président sénégalais Bassirou Diomaye Faye a présidé mardi la prise d'armes sur "
                           "la place de l'Indépendance.") == ["place de l'Indépendance"]


def test_a_boulevard_named_after_a_general(analyse):
    assert places(analyse, "Le chef de l'État présidera demain la prise d'armes sur le boulevard du "
                           "Général-De-Gaulle.") == ["boulevard du Général-De-Gaulle"]


def test_a_square_named_by_an_adjective_in_capitals(analyse):
    assert places(analyse, "Le président Vladimir Poutine a présidé jeudi la cérémonie sur la place Rouge, aux "
                           "côtés du président chinois Xi Jinping.") == ["place Rouge"]


def test_an_esplanade_is_no_topic_after_sur(analyse):
    assert places(analyse, "Le ministre des Armées Sébastien Lecornu a présidé lundi une cérémonie sur "
                           "l'esplanade des Invalides.") == ["esplanade des Invalides"]


def test_an_avenue_with_its_name(analyse):
    assert places(analyse, "Le président Emmanuel Macron a présidé vendredi la cérémonie sur l'avenue des "
                           "Champs-Élysées avec le Premier ministre indien Narendra Modi.") == [
        "avenue des Champs-Élysées"]


def test_a_rank_a_locution_or_a_topic_is_no_square(analyse):
    assert places(analyse, "Le ministre des Armées a reçu mardi son homologue italien Guido Crosetto pour évoquer "
                           "la place de la France en Afrique.") == [""]
    assert places(analyse, "Le ministre des Armées Sébastien Lecornu a rencontré sur place, mardi, son homologue "
                           "italien Guido Crosetto.") == [""]
    assert places(analyse, "La ministre a présidé lundi une conférence sur la sécurité en Europe avec son "
                           "homologue Boris Pistorius.") == [""]
