"""Dates, round 59: a day without its year placed by `dernier` or `prochain` (`le 30 mai dernier`, `le 4
juillet prochain`) is the last or the next such day from the day of writing; the year a sentence before
gave (`entré en vigueur en 2014`) is not carried onto it. Texts of our own, each with a counter-example."""

from __future__ import annotations

from conftest import page


def value_of(analyse, body: str, published: str, words: str) -> str:
    doc = analyse(page(body, published))
    return next(s._.normalized for s in doc.spans["dates"] if s.text == words)


# -- `dernier` / `prochain` after a day: counted from the day of writing, not from a year told before ----------

def test_a_last_day_after_a_treaty_year_is_the_last_one_before_writing(analyse):
    body = ("Le traité de défense est entré en vigueur en 2014. Sa révision avait été lancée à Paris le 30 mai "
            "dernier par les deux ministres.")
    assert value_of(analyse, body, "16 décembre 2023", "30 mai") == "2023-05-30"


def test_a_last_day_after_a_programme_year(analyse):
    body = ("Le programme a été lancé en 2018. Le ministre des Armées a visité le chantier de Lorient le 12 "
            "février dernier.")
    assert value_of(analyse, body, "3 avril 2024", "12 février") == "2024-02-12"


def test_a_last_day_early_in_the_year_lies_in_the_year_before(analyse):
    body = ("Le régiment, créé en 1994, a été dissous en 2010. Son drapeau a été confié au musée de l'Armée "
            "le 20 novembre dernier.")
    assert value_of(analyse, body, "15 janvier 2024", "20 novembre") == "2023-11-20"


def test_a_next_day_after_an_old_year_lies_ahead(analyse):
    body = ("Le partenariat stratégique a été conclu en 2008. Le général Thierry Burkhard se rendra à Abou "
            "Dhabi le 4 juillet prochain.")
    assert value_of(analyse, body, "10 mai 2024", "4 juillet") == "2024-07-04"


def test_a_next_day_in_january_written_in_december(analyse):
    body = ("L'accord de défense a été signé en 2012. Les deux ministres le reconduiront à Dakar le 15 "
            "janvier prochain.")
    assert value_of(analyse, body, "5 décembre 2023", "15 janvier") == "2024-01-15"


# -- counter-examples: a day with no `dernier` still takes the year its paragraph told ----------------------

def test_a_plain_day_after_a_year_of_its_paragraph_keeps_that_year(analyse):
    body = ("En 2019, le sommet de l'OTAN s'est tenu à Londres. Les chefs d'État s'y étaient réunis le 3 "
            "décembre.")
    assert value_of(analyse, body, "14 mars 2024", "3 décembre") == "2019-12-03"


def test_a_last_day_with_its_year_keeps_it(analyse):
    body = ("Le traité est entré en vigueur en 2014. Sa révision a été lancée le 30 mai 2022 à Paris.")
    assert value_of(analyse, body, "16 décembre 2023", "30 mai 2022") == "2022-05-30"


# -- a range of years (`la loi de programmation militaire 2024-2030`) dates no day: no flashback from it ------

def test_a_programme_span_of_years_is_no_day_the_paragraph_told(analyse):
    body = ("Le chef d'état-major des armées a été entendu par la commission. La loi de programmation "
            "militaire 2024-2030 intègre l'effort annoncé par le président de la République le 13 juillet.")
    assert value_of(analyse, body, "29 octobre 2025", "13 juillet") == "2025-07-13"


def test_a_budget_span_before_a_day_of_spring(analyse):
    body = ("Le plan d'investissement 2019-2025 a été révisé. Le ministre l'a présenté aux députés le 4 avril, "
            "à l'Assemblée nationale.")
    assert value_of(analyse, body, "2 juin 2024", "4 avril") == "2024-04-04"


def test_a_dated_day_of_another_year_still_sets_the_paragraph_back(analyse):
    body = ("Le traité a été signé le 12 mars 2019 à Paris. Les deux ministres s'étaient retrouvés le 10 "
            "mars pour en arrêter le texte.")
    assert value_of(analyse, body, "2 juin 2024", "10 mars") == "2019-03-10"
