"""Quote speakers, round 56: a pronoun after a quotation (`a-t-il déclaré`) stands for the subject the
story goes on from. A paragraph that opens with the quotation goes on from the subject of the paragraph
before it; a subject named by a role with an adjective after it (`le président réélu`, `le chef de l'État
rwandais`) is the holder of that role. A subject described by a noun of either gender with no name, title
or country (`le diplomate`, `le responsable onusien`) is the one the sentence before spoke of. Texts of
our own, with counter-examples."""

from __future__ import annotations

from conftest import page


def speakers(analyse, body: str) -> list[str]:
    return [q["speaker"] for q in analyse(page(body))._.quotes]


# -- a paragraph opening with a quotation goes on from the subject of the paragraph before --------------------

def test_a_quote_opening_its_paragraph_is_the_head_of_state_s_not_the_general_he_met(analyse):
    assert speakers(analyse, "Le président sénégalais Bassirou Diomaye Faye a présidé mardi à Dakar un Conseil "
                             "de défense.\n\nLe chef de l'État s'est ensuite entretenu avec le chef d'état-major "
                             "des armées, le général Mbaye Cissé, de la situation à la frontière malienne.\n\n"
                             "« La sécurité de nos frontières n'est pas négociable », a-t-il affirmé.") \
        == ["Bassirou Diomaye Faye"]


def test_a_quote_opening_its_paragraph_is_the_host_s_not_his_guest_s(analyse):
    assert speakers(analyse, "Le président américain Joe Biden a reçu jeudi le président kényan William Ruto à "
                             "la Maison Blanche.\n\nLe dirigeant américain a défendu l'envoi de policiers "
                             "kényans en Haïti, une mission dont Nairobi assure le commandement depuis que le "
                             "président Ruto l'a acceptée.\n\n« Le Kenya montre la voie », a-t-il déclaré.") \
        == ["Joe Biden"]


def test_a_quote_opening_its_paragraph_is_not_the_one_named_in_a_relative_clause(analyse):
    assert speakers(analyse, "Le président kényan William Ruto a accueilli jeudi à Nairobi les chefs "
                             "d'état-major de la région.\n\nLe chef de l'État a ouvert les travaux, que le "
                             "général Charles Kahariri, chef des forces de défense, a ensuite présidés.\n\n"
                             "« La paix dans la Corne de l'Afrique se construit ensemble », a-t-il déclaré.") \
        == ["William Ruto"]


def test_a_quote_opening_its_paragraph_after_a_minister_named_by_title(analyse):
    assert speakers(analyse, "La ministre des Armées, Catherine Vautrin, a visité lundi la base aérienne de "
                             "Mont-de-Marsan.\n\nLa ministre s'est ensuite rendue au centre d'expertise "
                             "aérienne, que dirige la générale Sophie Martin.\n\n« Nos aviateurs sont au "
                             "rendez-vous », a-t-elle souligné.") == ["Catherine Vautrin"]


def test_a_paragraph_with_a_subject_of_its_own_keeps_it(analyse):
    assert speakers(analyse, "Le chef de l'État a présidé lundi le Conseil de défense.\n\nLe général Fabien "
                             "Mandon a ensuite pris la parole devant les auditeurs de l'IHEDN. « La guerre est à "
                             "nos portes », a-t-il dit.") == ["Fabien Mandon"]


# -- a role with an adjective after it names its holder (`le président réélu`, `le ministre allemand`) --------

def test_a_re_elected_president_is_the_one_sworn_in_not_his_guest(analyse):
    assert speakers(analyse, "Le président ivoirien Alassane Ouattara a prêté serment lundi à Abidjan, en "
                             "présence du président ghanéen John Mahama. Le président réélu a d'abord évoqué la "
                             "sécurité. « Nos forces resteront mobilisées », a-t-il déclaré.") == ["Alassane Ouattara"]


def test_a_minister_named_by_his_nationality_not_the_general_he_visited_with(analyse):
    assert speakers(analyse, "Le ministre polonais Władysław Kosiniak-Kamysz a reçu mardi à Varsovie le ministre "
                             "allemand de la Défense, Boris Pistorius. Le ministre allemand a insisté sur la "
                             "menace russe, avant de visiter une usine avec le général Wiesław Kukuła. "
                             "« L'Allemagne sera au rendez-vous », a-t-il déclaré.") == ["Boris Pistorius"]


def test_a_chief_of_staff_with_his_nationality_and_an_incise(analyse):
    assert speakers(analyse, "Le chef d'état-major des armées, le général Thierry Burkhard, a reçu le chef "
                             "d'état-major italien, l'amiral Giuseppe Cavo Dragone. Le chef d'état-major français, "
                             "arrivé la veille, a salué la coopération entre les deux marines. « Nous avons "
                             "besoin de nos alliés », a-t-il dit.") == ["Thierry Burkhard"]


def test_a_title_before_a_name_is_the_name_not_another_holder_of_the_title(analyse):
    assert speakers(analyse, "Le président émirati Mohammed ben Zayed a été reçu à l'Élysée. Le Président "
                             "Macron a salué le rôle des Emirats dans la région. « Les Emirats sont un "
                             "partenaire stratégique », a-t-il dit.") == ["Macron"]


def test_a_chief_of_staff_with_his_nationality_after_a_paragraph_break_is_no_foreign_chief(analyse):
    assert speakers(analyse, "Le président rwandais Paul Kagame a reçu samedi à Kigali le président mozambicain "
                             "Daniel Chapo, accompagné de son ministre de la Défense, Cristóvão Chume. Lors de la "
                             "conférence de presse, le chef de l'État rwandais a rappelé le sens de la coopération "
                             "avec le général Chume. « Nous resterons aussi longtemps que nos voisins le "
                             "souhaiteront », a-t-il déclaré.") == ["Paul Kagame"]


# -- `le diplomate`, `le responsable onusien`: the subject of the sentence before ---------------------------

def test_the_diplomat_is_the_ambassador_who_presented_the_text(analyse):
    assert speakers(analyse, "À New York, le représentant permanent de la France auprès des Nations unies, "
                             "Jérôme Bonnafont, a présenté un texte qui donne, selon lui, « les moyens de protéger "
                             "les civils ». Le diplomate a reconnu que la mission « n'avait jamais eu les moyens "
                             "de son mandat ».") == ["Jérôme Bonnafont", "Jérôme Bonnafont"]


def test_the_diplomat_is_the_ambassador_not_the_spokeswoman_named_before(analyse):
    assert speakers(analyse, "À Bruxelles, la porte-parole de l'Otan, Farah Dakhlallah, a présenté le calendrier. "
                             "À Washington, l'ambassadeur américain auprès de l'Otan, Matthew Whitaker, a défendu "
                             "l'objectif de 5 %, qui donne selon lui « les moyens de dissuader Moscou ». Le "
                             "diplomate a admis que plusieurs alliés « ne tiendront pas cet objectif avant "
                             "2030 ».")[-1] == "Matthew Whitaker"


def test_the_diplomat_is_the_spokesman_who_presented_the_priorities(analyse):
    assert speakers(analyse, "Le porte-parole du Quai d'Orsay, Christophe Lemoine, a présenté jeudi les priorités "
                             "de la présidence française, qui visent selon lui « une Europe capable de se défendre "
                             "seule ». Le diplomate a reconnu que plusieurs partenaires « ne partagent pas encore "
                             "cette ambition ».")[-1] == "Christophe Lemoine"


def test_the_un_official_is_the_special_representative(analyse):
    assert speakers(analyse, "Le représentant spécial des Nations unies au Mali, El-Ghassim Wane, a présenté mardi "
                             "son rapport au Conseil de sécurité, qui décrit selon lui « une situation sécuritaire "
                             "très dégradée ». Le responsable onusien a admis que la mission « ne pouvait plus "
                             "protéger les civils du centre ».")[-1] == "El-Ghassim Wane"


def test_the_feminine_diplomat_is_still_the_woman_named_before(analyse):
    assert speakers(analyse, "La haute représentante Kaja Kallas a reçu lundi le ministre ukrainien Andriï Sybiha. "
                             "La diplomate a reconnu que l'Europe « doit aller plus vite dans ses livraisons "
                             "d'armes ».") == ["Kaja Kallas"]


def test_the_masculine_diplomat_is_never_the_woman_minister(analyse):
    found = speakers(analyse, "La ministre des Affaires étrangères, Catherine Colonna, a reçu mardi l'ambassadeur "
                              "de France au Niger, Sylvain Itté. Le diplomate a reconnu que la situation « restait "
                              "très incertaine à Niamey ».")
    assert "Catherine Colonna" not in found
