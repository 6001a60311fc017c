"""`rules/grammar.yml`: the French function words our stages read structure with, as sets.

Each list of the file becomes a frozenset of lower-case words in which a word written with an
apostrophe is there with both apostrophes (`l'` and `l’`), so a stage compares `token.lower_` with
no further care. Code never lists these words itself.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache

APOSTROPHES = ("'", "\u2019")


def _words(values: list[str] | None) -> frozenset[str]:
    out: set[str] = set()
    for value in values or []:
        word = str(value).lower()
        out.update({word, word.replace(*APOSTROPHES), word.replace(*APOSTROPHES[::-1])})
    return frozenset(out)


@dataclass(frozen=True)
class Grammar:
    determiners: frozenset[str] = frozenset()
    elided_articles: frozenset[str] = frozenset()
    definite_articles: frozenset[str] = frozenset()
    title_determiners: frozenset[str] = frozenset()
    of_words: frozenset[str] = frozenset()
    possessive_determiners: frozenset[str] = frozenset()
    speaker_possessives: frozenset[str] = frozenset()
    heading_words: frozenset[str] = frozenset()
    leading_verbs: frozenset[str] = frozenset()
    title_linkers: frozenset[str] = frozenset()
    role_complements: frozenset[str] = frozenset()
    place_prepositions: frozenset[str] = frozenset()
    reflexive_pronouns: frozenset[str] = frozenset()
    subject_pronouns: frozenset[str] = frozenset()
    feminine_words: frozenset[str] = frozenset()
    epicene_person_nouns: frozenset[str] = frozenset()
    name_particles: frozenset[str] = frozenset()
    place_relatives: frozenset[str] = frozenset()
    object_relatives: frozenset[str] = frozenset()
    owner_relatives: frozenset[str] = frozenset()
    subject_relatives: frozenset[str] = frozenset()
    portfolio_prepositions: frozenset[str] = frozenset()
    privative_marks: frozenset[str] = frozenset()
    pair_numbers: frozenset[str] = frozenset()
    pair_determiners: frozenset[str] = frozenset()
    plural_possessives: frozenset[str] = frozenset()
    negating_modals: frozenset[str] = frozenset()
    participle_endings: frozenset[str] = frozenset()
    title_abbreviations: frozenset[str] = frozenset()
    wrap_words: frozenset[str] = frozenset()
    title_adverbs: frozenset[str] = frozenset()
    past_title_words: frozenset[str] = frozenset()
    description_continuers: frozenset[str] = frozenset()
    and_words: frozenset[str] = frozenset()
    plural_determiners: frozenset[str] = frozenset()
    indefinite_articles: frozenset[str] = frozenset()
    site_prepositions: frozenset[str] = frozenset()
    country_prepositions: frozenset[str] = frozenset()
    gloss_prepositions: frozenset[str] = frozenset()
    portfolio_titles: frozenset[str] = frozenset()
    topic_prepositions: frozenset[str] = frozenset()
    time_prepositions: frozenset[str] = frozenset()
    time_nouns: frozenset[str] = frozenset()
    day_parts: frozenset[str] = frozenset()
    rank_sections: frozenset[str] = frozenset()
    retirement_phrases: frozenset[str] = frozenset()
    role_qualifiers: frozenset[str] = frozenset()
    charge_words: frozenset[str] = frozenset()
    portfolio_holders: frozenset[str] = frozenset()
    as_words: frozenset[str] = frozenset()
    share_words: frozenset[str] = frozenset()
    contracted_articles: frozenset[str] = frozenset()
    of_contractions: frozenset[str] = frozenset()
    agent_words: frozenset[str] = frozenset()
    dative_prepositions: frozenset[str] = frozenset()
    last_named_words: frozenset[str] = frozenset()
    group_leading_verbs: frozenset[str] = frozenset()
    group_member_verbs: frozenset[str] = frozenset()
    list_joiners: frozenset[str] = frozenset()
    member_list_words: frozenset[str] = frozenset()
    companion_verbs: frozenset[str] = frozenset()
    language_words: frozenset[str] = frozenset()
    representing_verbs: frozenset[str] = frozenset()
    sending_verbs: frozenset[str] = frozenset()
    peer_nouns: frozenset[str] = frozenset()
    membership_nouns: frozenset[str] = frozenset()
    besides_adverbs: frozenset[str] = frozenset()
    accredited_words: frozenset[str] = frozenset()
    machine_nouns: frozenset[str] = frozenset()
    company_nouns: frozenset[str] = frozenset()
    leadership_nouns: frozenset[str] = frozenset()
    under_words: frozenset[str] = frozenset()
    office_seeking_words: frozenset[str] = frozenset()
    demonstrative_determiners: frozenset[str] = frozenset()
    body_nouns: frozenset[str] = frozenset()
    singular_definite_articles: frozenset[str] = frozenset()
    kind_nouns: frozenset[str] = frozenset()
    kind_prepositions: frozenset[str] = frozenset()
    deployment_nouns: frozenset[str] = frozenset()

    @classmethod
    def from_book(cls, book) -> Grammar:
        return cls(**{f.name: _words(book.get("grammar", f.name, [])) for f in fields(cls)})


KEYS = [f.name for f in fields(Grammar)]


def future_ending(form: str, endings) -> bool:
    """Every simple future of French ends in `r` and a future ending (`future_endings` of dates.yml:
    `accueillera`, `sera`, `recevront`, `ira`): a form the tagger marks future without one is a present
    (`X accueille mardi Y`, the news' present of a meeting told as it happens), not a time still to come.
    Shared by the meeting stage (is the meeting planned?) and the date stage (which Tuesday is meant?)."""
    form = form.lower()
    return any(form.endswith("r" + ending) for ending in endings)


@lru_cache(maxsize=8)
def shipped_words(key: str, file: str = "grammar.yml") -> tuple[str, ...]:
    """The list `key` of the shipped rules/grammar.yml (or of another shipped rule `file`), read for the
    steps that run before any rule book (the text cleaning, the sentence stage): their output is stored
    in the parse cache, named by these words, so they read the shipped list, not an analyst's copy.
    Empty when the file cannot be read."""
    words = _shipped_file(file).get(key) or []
    return tuple(str(w) for w in words)


@lru_cache(maxsize=4)
def _shipped_file(file: str) -> dict:
    """A shipped rule file parsed once per process (each start read dates.yml three times and grammar.yml
    twice, 0.2 s), by libyaml's parser when PyYAML has it: the same data as `yaml.safe_load` (the same
    resolver and constructor, only the parser is C), in a seventh of the time."""
    import yaml

    from pipeline.rulebook import default_rules

    loader = yaml.CSafeLoader if getattr(yaml, "__with_libyaml__", False) else yaml.SafeLoader
    try:
        with open(default_rules() / file, encoding="utf-8") as handle:
            data = yaml.load(handle, Loader=loader)  # noqa: S506 - a safe loader
    except OSError:
        return {}
    return data if isinstance(data, dict) else {}
