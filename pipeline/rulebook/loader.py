"""Load and check the rule files in `rules/`.

Every stage reads its knowledge from here, never from Python literals, so an analyst can tune a
beat by editing YAML. A broken rule file must stop the run before anything is written, with a
message naming the file and line: the loader keeps the line of every entry for that purpose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from pipeline.rulebook.grammar import KEYS as GRAMMAR_KEYS

LINE = "__line__"
ID_RE = re.compile(r"^[a-z0-9][a-z0-9._-]*$")

# file -> top-level key -> allowed entry keys (None: the value is not a list of entries)
SCHEMAS: dict[str, dict[str, set[str] | None]] = {
    "ranks": {"ranks": {"id", "rank", "service", "code", "terms", "feminine_terms"},
              "promotion_verbs": None, "grade_nouns": None, "enumeration_verbs": None},
    "roles": {"roles": {"id", "role", "terms", "organisation", "same_as", "country", "default_country", "office",
                        "office_kind", "given_name", "counterpart_role", "office_family",
                        "national_ministry", "with_body", "national_leader", "leader_alone", "house_head",
                        "case_sensitive",
                        "presided_kinds", "presided_words", "leading_verb", "house_title",
                        "acting_participle"},
              "holding_verbs": None, "office_nouns": None, "new_holder_words": None,
              "next_holder_words": None, "beside_nouns": None, "succession_verbs": None, "receiving_verbs": None,
              "house_words": None},
    "organisations": {
        "organisations": {"id", "name", "acronyms", "aliases", "case_sensitive", "parent", "country", "kind",
                          "shared_name", "portfolio", "seats", "heads", "short_name", "also_named"}
    },
    "countries": {
        "countries": {"id", "name", "aliases", "demonyms", "places", "demonyms_also_of", "periphrases"},
        "regions": {"id", "name", "aliases", "demonyms"},
        "generic_domains": None,
        "country_titles": None,
    },
    "dates": {
        "months": None,
        "weekdays": None,
        "ordinals": None,
        "relative": {"id", "terms", "unit", "offset", "anchor", "nearest", "not_before", "not_after"},
        "parts_of_month": {"id", "prefix", "terms", "unit", "day"},
        "not_dates": None,
        "published_markers": None,
        "past_words": None,
        "month_prefixes": None,
        "year_prefixes": None,
        "next_words": None,
        "updated_markers": None,
        "century_pivot": None,
        "two_digit_year_next": None,
        "numbers": None,
        "units": None,
        "approx_words": None,
        "offsets": {"id", "terms", "direction", "closed"},
        "seasons": {"id", "code", "month", "terms"},
        "season_prefixes": None,
        "season_not_before": None,
        "holidays": {"id", "terms", "month", "day", "easter", "not_before"},
        "holiday_prefixes": None,
        "decade_words": None,
        "century_words": None,
        "year_range_starts": None,
        "year_range_links": None,
        "same_day_words": None,
        "habit_words": None,
        "recurring_words": None,
        "moved_to_words": None,
        "moved_to_day_words": None,
        "future_auxiliaries": None,
        "etre_compound_verbs": None,
        "past_cues": None,
        "future_endings": None,
        "conditional_endings": None,
        "future_cues": None,
        "superseded_plan_words": None,
        "header_suffix_words": None,
        "byline_openers": None,
        "weekday_abbreviations": None,
        "year_not_carried_after": None,
        "anniversary_words": None,
        "denied_words": None,
        "period_ordinals": None,
        "periods": {"id", "terms", "months"},
        "week_number_words": None,
        "sequence_words": None,
        "weekday_range_starts": None,
        "weekday_range_links": None,
        "weekday_pair_times": None,
        "weekday_pair_ends": None,
        "following_words": None,
        "announcing_verbs": None,
        "apposed_bound_words": None,
        "day_number_times": None,
        "range_days_are_entities": None,
        "whole_range_days_are_entities": None,
    },
    "meetings": {
        "nouns": {"id", "kind", "terms", "session", "host_verbs", "host_with", "proceedings", "handover",
                  "handover_next", "sitting_verbs", "sitting_times", "dated_sittings"},
        "verbs": {"id", "lemma", "kind", "host", "forms", "terms", "reflexive", "partner", "objects", "active", "agent",
                  "chamber", "sits", "locution", "things", "joint"},
        "locations": {"id", "terms", "phrase", "complement", "arrival", "room", "acronym", "after"},
        "beside_visits": {"id", "kind", "terms", "journeys", "named", "verbs"},
        "topic_verbs": None,
        "host_nouns": None,
        "guest_nouns": None,
        "described_person_nouns": None,
        "officer_nouns": None,
        "seat_nouns": None,
        "office_rooms": None,
        "invite_verbs": None,
        "head_roles": None,
        "houses": {"id", "words", "roles", "country"},
        "home_hosts": None,
        "summit_nouns": None,
        "guest_body_kinds": None,
        "state_leader_roles": None,
        "government_leader_roles": None,
        "talks_kinds": None,
        "programme_kinds": None,
        "hosted_meal_kinds": None,
        "arrival_verbs": None,
        "visit_nouns": None,
        "journey_nouns": None,
        "gathering_kinds": None,
        "sitting_parts": None,
        "stay_prepositions": None,
        "place_anaphors": None,
        "same_place_markers": None,
        "place_clitics": None,
        "venue_verbs": None,
        "held_participles": None,
        "subject_modals": None,
        "return_verbs": None,
        "return_nouns": None,
        "site_places": None,
        "site_town_nouns": None,
        "room_sites": None,
        "length_prepositions": None,
        "end_prepositions": None,
        "leaving_verbs": None,
        "stay_hours": None,
        "chambers": None,
        "chamber_kinds": None, "record_sitting_kinds": None,
        "committee_chambers": None,
        "chair_lines": None,
        "hearing_kinds": None,
        "hearing_chair_roles": None,
        "hearing_chair_titles": None,
        "committee_words": None,
        "end_verbs": None,
        "start_verbs": None,
        "start_nouns": None,
        "not_place_prepositions": None,
        "session_speech_verbs": None,
        "side_markers": None,
        "gathering_of_city": None,
        "anaphoric_determiners": None,
        "anaphoric_verbs": None,
        "dateline": None,
        "dateline_reach_days": None,
        "byline_place": None,
        "place_line": None,
        "headline_town": None,
        "breadcrumb_town": None,
        "capital_words": None,
        "overnight_words": None,
        "trip_verbs": None,
        "trip_verbs_passive_only": None,
        "next_leg_marks": None,
        "gathering_nouns": None,
        "gathering_attendance": None,
        "gathering_hosting": None,
        "group_words": None,
        "pair_words": None,
        "group_counts": None,
        "described_offices": {"id", "terms", "roles", "ranked"},
        "host_markers": None,
        "around_markers": None,
        "sponsor_markers": None,
        "modes": {"id", "kind", "terms", "applies_to", "remote"},
        "planned_tenses": None,
        "planned_modals": None,
        "unstated_later_words": None,
        "later_same_day": None,
        "edition_words": None,
        "planned_words": None,
        "cancelled_words": None,
        "postponed_words": None,
        "noun_other_heads": None,
        "procedure_prepositions": None,
        "denying_determiners": None,
        "denying_prepositions": None,
        "definite_prepositions": None,
        "top_nouns": None,
        "top_of": None,
        "assembly_verbs": None,
        "noun_other_verbs": None,
        "report_verbs": None,
        "not_participant_markers": None,
        "not_participant_states": None,
        "order_nouns": None,
        "carrier_nouns": None,
        "participant_nouns": None,
        "spoken_of_pronouns": None,
        "noun_complement_words": None,
        "partner_words": None,
        "companion_verbs": None,
        "representation_verbs": None,
        "absence_verbs": None,
        "leader_nouns": None,
        "chair_markers": None,
        "presence_verbs": None,
        "presence_words": None,
        "roster_verbs": None,
        "roster_nouns": None,
        "dignitary_nouns": None,
        "presence_nouns": None,
        "sequence_prepositions": None,
        "pair_prepositions": None,
        "since_prepositions": None,
        "landmark_nouns": None,
        "landmark_verbs": None,
        "prospect_words": None,
        "purpose_prepositions": None,
        "sequence_nouns": None,
        "separate_words": None,
        "in_turn_words": None,
        "in_turn_arrival_verbs": None,
        "per_partner_nouns": None,
        "series_nouns": None,
        "repeat_words": None,
        "repeat_kinds": None,
        "repeat_verbs": None,
        "restricted_words": None,
        "restricted_articles": None,
        "widened_words": None,
        "attendance_phrases": None,
        "membership_phrases": None,
        "honour_phrases": None,
        "honour_verbs": None,
        "becoming_verbs": None,
        "honour_kinds": None,
        "composition_verbs": None,
        "side_party_nouns": None,
        "besides_words": None,
        "leader_verbs": None,
        "audience_kinds": None,
        "clitic_attendance": None,
        "office_taking": None,
        "command_handover": None,
        "seating_phrases": None,
        "told_proceedings": None,
        "succession_nouns": None,
        "spouse_nouns": None,
        "welcome_verbs": None,
        "opening_verbs": None,
        "chair_verbs": None,
        "opening_nouns": None,
        "lone_trip_rules": None,
        "clitic_objects": None,
        "causative_verbs": None,
        "conduct_verbs": None,
        "holding_verbs": None,
        "future_stems": None,
    },
    "names": {"civilities": None, "lower_civilities": None, "not_names": None, "thing_nouns": None,
              "thing_last_words": None},
    "grammar": dict.fromkeys(GRAMMAR_KEYS),  # word lists, one per field of `grammar.Grammar`
    "institutions": {"heads": {"id", "terms", "needs", "numbered", "apposition", "coordinated_names", "titles",
                               "site", "national_marks", "capitalised", "namesake", "regional",
                               "act_verbs", "act_prepositions", "seat", "inner_body", "article"},
                     "linkers": None, "place_linkers": None, "event_heads": None, "document_heads": None,
                     "national_adjectives": None,
                     "unit_codes": None, "compass_points": None, "domain_names": None, "domain_adjectives": None,
                     "time_words": None, "locution_nouns": None, "trip_nouns": None, "membership_words": None,
                     "collegial_heads": None},
    "relations": {"counterparts": None, "member_nouns": None, "named_back_heads": None, "lead_verbs": None,
                  "head_nouns": None, "guest_nouns": None, "dependency_words": None,
                  "capacity_words": None, "chair_titles": None,
                  "crowd_size": None, "chair_verbs": None,
                  "side_words": None, "international_kinds": None,
                  "forces_chief_roles": None, "forces_kinds": None, "attendance_nouns": None,
                  "gathering_verbs": None, "sitting_words": None, "masthead_kinds": None, "house_kinds": None,
                  "answer_possessives": None, "question_possessives": None, "handover_to_words": None,
                  "command_taking": None, "handover_from_words": None,
                  "organisation_readings": None, "corps_heads": None, "staff_heads": None, "corps_role": None,
                  "command_role": None, "turn_verbs": None, "turn_partner_words": None},
    "speech": {"verbs": {"id", "lemma", "forms"}, "markers": {"id", "terms"}, "attribution_dashes": None,
               "first_person_words": None, "inverting_auxiliaries": None, "relayed_document_words": None,
               "turn_numbering": None, "turn_honorifics": None, "turn_marks": None, "turn_functions": None,
               "chair_functions": None, "chair_markers": None},
    "furniture": {"openers": {"id", "terms"}, "contains": None, "closers": None, "blocks": None, "bylines": None,
                  "signed_by": None,
                  "byline_max_words": None, "separators": None, "menu_min_items": None, "menu_item_max_words": None,
                  "signoff_max_words": None, "headline_min_words": None, "headline_max_words": None,
                  "masthead_max_words": None, "outlet_name_max_words": None, "masthead_markers": None,
                  "tagline_markers": None, "menu_gap_spaces": None,
                  "call_max_words": None},
}
REQUIRED = {
    "ranks": {"id", "rank"},
    "roles": {"id", "role"},
    "organisations": {"id", "name"},
    "countries": {"id", "name"},
    "regions": {"id", "name"},
    "relative": {"id", "terms", "unit", "offset"},
    "offsets": {"id", "terms", "direction"},
    "seasons": {"id", "code", "month", "terms"},
    "holidays": {"id", "terms"},
    "nouns": {"id", "kind", "terms"},
    "verbs": {"id", "lemma"},
    "locations": {"id", "terms"},
    "markers": {"id", "terms"},
    "openers": {"id", "terms"},
    "heads": {"id", "terms", "needs"},
}
NEEDS = {"complement", "mark", "national"}
LIST_KEYS = {"terms", "acronyms", "aliases", "case_sensitive", "demonyms", "forms"}
UNITS = {"day", "week", "weekend", "month", "year"}

# The type of every value, beside SCHEMAS (whose shape others extend): a key SCHEMAS gains without an
# entry here gets the lenient default (text, a number, yes/no, or a list of text; never a mapping or
# nested lists, which no stage reads). Types: "text", "int", "bool", "texts" (a list of text),
# "months" (month number 1-12 -> a list of text).
VALUE_TYPES: dict[str, dict[str, str]] = {  # file -> top-level key (None in SCHEMAS) -> type
    "dates": {"months": "months", "century_pivot": "int", "numbers": "number_words", "units": "unit_words",
              "period_ordinals": "numbered_words",
              "range_days_are_entities": "bool", "whole_range_days_are_entities": "bool"},
    "meetings": {"dateline": "regex", "byline_place": "regex", "place_line": "regex", "headline_town": "regex",
                 "breadcrumb_town": "regex",
                 "dateline_reach_days": "int", "stay_hours": "number_words"},
    "relations": {"crowd_size": "int"},
    "furniture": {"byline_max_words": "int", "signoff_max_words": "int", "menu_min_items": "int",
                  "menu_item_max_words": "int", "headline_min_words": "int", "headline_max_words": "int",
                  "masthead_max_words": "int", "outlet_name_max_words": "int", "menu_gap_spaces": "int",
                  "call_max_words": "int"},
}
TOP_LEVEL_TYPE = "texts"  # a top-level key that is not a list of entries, when not in VALUE_TYPES
FIELD_TYPES: dict[str, str] = {  # entry key -> type, in any file
    **{key: "texts" for key in LIST_KEYS}, "same_as": "texts", "applies_to": "texts", "journeys": "texts",
    "id": "text", "rank": "text", "service": "text", "code": "text", "role": "text", "organisation": "text",
    "country": "text", "name": "text", "parent": "text", "kind": "text", "unit": "text", "anchor": "text",
    "prefix": "text", "lemma": "text", "host": "text", "counterpart_role": "text",
    "offset": "int", "day": "int", "reflexive": "bool", "remote": "bool", "office": "bool",
    "portfolio": "texts", "national_ministry": "bool", "with_body": "bool", "national_leader": "bool",
    "leader_alone": "bool", "house_head": "bool", "seats": "texts", "heads": "texts",
    "short_name": "text", "also_named": "texts", "presided_kinds": "texts", "presided_words": "texts",
    "leading_verb": "text", "joint": "bool",
}
MAX_VALUES = 200_000  # values in one file once YAML aliases are expanded: more is an alias bomb


class RuleError(Exception):
    """A problem in a rule file, printed as `file:line: message`."""

    def __init__(self, path: Path | str, line: int, message: str) -> None:
        self.path, self.line, self.message = str(path), line, message
        super().__init__(f"{path}:{line}: {message}")


class _LineLoader(yaml.SafeLoader):
    """A safe YAML loader that remembers the line (1-based) where each mapping starts."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        seen: set[str] = set()
        for key_node, _value in node.value:  # PyYAML keeps the last of two equal keys without a word
            key = getattr(key_node, "value", None)
            if isinstance(key, str) and key in seen:
                raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
            seen.add(key)
        mapping = yaml.SafeLoader.construct_mapping(self, node, deep=deep)
        mapping[LINE] = node.start_mark.line + 1
        return mapping


# The same loader on libyaml's parser, when PyYAML was built with it: the same data (the nodes and
# marks are alike, the constructor is the same Python one) in a seventh of the time (0.1 s against
# 0.7 s for the rule files, at every start of a run that compiles them). A file it refuses is read
# again by `_LineLoader`, so every error message is PyYAML's own.
_FastLineLoader = type("_FastLineLoader", (yaml.CSafeLoader,), {"construct_mapping": _LineLoader.construct_mapping}) \
    if getattr(yaml, "__with_libyaml__", False) else None


@dataclass
class RuleBook:
    """All rule files of one folder, checked, as plain data."""

    folder: Path
    files: dict[str, dict[str, Any]] = field(default_factory=dict)

    def entries(self, name: str, key: str) -> list[dict]:
        return self.files.get(name, {}).get(key) or []

    def get(self, name: str, key: str, default: Any = None) -> Any:
        value = self.files.get(name, {}).get(key)
        return default if value is None else value


def read_yaml(path: Path) -> Any:
    """Parse one YAML file, turning syntax errors into a RuleError with the line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise RuleError(path, 1, f"cannot read the file: {error}") from None
    try:
        data = _fast_load(text)
        if data is _FAILED:
            data = yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        line = mark.line + 1 if mark else 1
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise RuleError(path, line, f"YAML syntax error: {problem}") from None
    except RecursionError:  # `[[[[…` a few thousand deep: the YAML parser recurses per level
        raise RuleError(path, 1, "YAML syntax error: nested too deeply") from None
    except (ValueError, TypeError, OverflowError) as error:  # a tag PyYAML cannot build (a date out of range...)
        raise RuleError(path, 1, f"YAML value error: {error}") from None
    if _expanded_size(data, MAX_VALUES) > MAX_VALUES:
        raise RuleError(path, 1, f"YAML aliases expand to more than {MAX_VALUES:,} values (an alias bomb?): "
                                 "write the values out")
    return data


_FAILED = object()


def _fast_load(text: str) -> Any:
    """The data of `text` by `_FastLineLoader`, or `_FAILED` (no libyaml, or any problem: the slow
    loader then reads it again and says what is wrong as it always did)."""
    if _FastLineLoader is None:
        return _FAILED
    try:
        return yaml.load(text, Loader=_FastLineLoader)  # noqa: S506 - a CSafeLoader subclass
    except Exception:  # read again by the slow loader, which raises its own error (RecursionError too)
        return _FAILED


def _expanded_size(data: Any, limit: int) -> int:
    """How many values `data` holds with every alias counted where it is used; stops past `limit`.

    PyYAML builds an alias as a second reference to one object, so a "billion laughs" file loads in
    no memory, then explodes in whatever walks it (the checks, the stages)."""
    count, stack = 0, [data]
    while stack and count <= limit:
        value = stack.pop()
        count += 1
        if isinstance(value, dict):
            stack.extend(value.keys())
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return count


def _key_lines(path: Path) -> dict[str, int]:
    """The line of each top-level key of a YAML file (`key:` at the start of a line)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return {}
    found: dict[str, int] = {}
    for number, line in enumerate(lines, 1):
        match = re.match(r"([A-Za-z_][\w-]*)\s*:", line)
        if match:
            found.setdefault(match[1], number)
    return found


def type_problem(kind: str, value: Any) -> str:
    """What is wrong with `value` for a type of VALUE_TYPES / FIELD_TYPES ('' when it fits)."""
    if kind == "text":
        return "" if isinstance(value, str) else f"must be text, not {_what(value)}"
    if kind == "int":
        whole = isinstance(value, int) and not isinstance(value, bool)
        return "" if whole else f"must be a whole number, not {_what(value)}"
    if kind == "bool":
        return "" if isinstance(value, bool) else f"must be true or false, not {_what(value)}"
    if kind == "texts":
        if value is None:
            return ""
        if not isinstance(value, list):
            return f"must be a list of text, not {_what(value)}"
        wrong = next((v for v in value if not isinstance(v, str)), None)
        return "" if wrong is None and all(isinstance(v, str) for v in value) else \
            f"must be a list of text, but holds {_what(wrong)}"
    if kind == "regex":
        if not isinstance(value, str):
            return f"must be a regular expression (text), not {_what(value)}"
        try:
            re.compile(value)
        except re.error as error:
            return f"is not a valid regular expression: {error}"
        return ""
    if kind == "number_words":  # `douze: 12`
        if not isinstance(value, dict):
            return f"must map words to whole numbers, not {_what(value)}"
        wrong = next((k for k, v in value.items()
                      if k != LINE and not (isinstance(v, int) and not isinstance(v, bool))), None)
        return "" if wrong is None else f"{wrong!r} must map to a whole number"
    if kind == "numbered_words":  # `1: [premier, 1er]`
        if not isinstance(value, dict):
            return f"must map whole numbers to lists of text, not {_what(value)}"
        for number, words in value.items():
            if number == LINE:
                continue
            if not (isinstance(number, int) and not isinstance(number, bool) and number > 0):
                return f"{number!r} is not a whole number above 0"
            problem = type_problem("texts", words)
            if problem:
                return f"{number}: {problem}"
        return ""
    if kind == "unit_words":  # `month: [mois, mensualité]`
        if not isinstance(value, dict):
            return f"must map units to lists of text, not {_what(value)}"
        for unit, words in value.items():
            problem = "" if unit == LINE else type_problem("texts", words)
            if problem:
                return f"{unit}: {problem}"
        return ""
    if kind == "months":
        if not isinstance(value, dict):
            return f"must map month numbers 1-12 to lists of text, not {_what(value)}"
        for month, names in value.items():
            if month == LINE:
                continue
            if not (isinstance(month, int) and not isinstance(month, bool) and 1 <= month <= 12):
                return f"month {month!r} is not a month number 1-12"
            problem = type_problem("texts", names)
            if problem:
                return f"month {month}: {problem}"
        return ""
    # the lenient default of a key SCHEMAS gained without a type here
    if isinstance(value, (str, int, float, bool)) or value is None:
        return ""
    return type_problem("texts", value)


def _what(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    return repr(value)[:40]


def check_file(name: str, path: Path, data: Any) -> list[RuleError]:
    """Every schema problem of one parsed file (empty when it is fine)."""
    errors: list[RuleError] = []
    if not isinstance(data, dict):
        return [RuleError(path, 1, "expected a mapping of lists at the top level")]
    schema = SCHEMAS[name]
    key_lines = _key_lines(path)
    for key, value in data.items():
        if key == LINE:
            continue
        line = key_lines.get(str(key), data[LINE])
        if key not in schema:
            known = ", ".join(sorted(schema))
            errors.append(RuleError(path, line, f"unknown key {key!r} (expected one of: {known})"))
            continue
        allowed = schema[key]
        if allowed is None:
            problem = type_problem(VALUE_TYPES.get(name, {}).get(key, TOP_LEVEL_TYPE), value)
            if problem:
                errors.append(RuleError(path, line, f"{key!r} {problem}"))
            continue
        if not isinstance(value, list):
            errors.append(RuleError(path, line, f"{key!r} must be a list of entries"))
            continue
        errors.extend(_check_entries(path, key, value, allowed))
    return errors


def _check_entries(path: Path, key: str, entries: list, allowed: set[str]) -> list[RuleError]:
    errors: list[RuleError] = []
    seen: dict[str, int] = {}
    for entry in entries:
        if not isinstance(entry, dict):
            errors.append(RuleError(path, 1, f"an entry of {key!r} is not a mapping: {entry!r}"))
            continue
        line = entry[LINE]
        for unknown in sorted(set(entry) - allowed - {LINE}, key=str):
            errors.append(RuleError(path, line, f"unknown key {unknown!r} in {key!r} entry"))
        typed = [(field_name, type_problem(FIELD_TYPES.get(field_name, ""), value))
                 for field_name, value in entry.items() if field_name in allowed]
        wrong = {field_name for field_name, problem in typed if problem}
        errors.extend(RuleError(path, line, f"{field_name!r} {problem}") for field_name, problem in typed if problem)
        if wrong:
            continue  # the checks below read the values: only on well-typed entries
        for missing in sorted(REQUIRED.get(key, set()) - set(entry)):
            errors.append(RuleError(path, line, f"missing key {missing!r}"))
        ident = str(entry.get("id", ""))
        if ident and not ID_RE.match(ident):
            errors.append(RuleError(path, line, f"bad id {ident!r}: use lower case letters, digits, . _ -"))
        if ident in seen:
            errors.append(RuleError(path, line, f"duplicate id {ident!r} (first at line {seen[ident]})"))
        seen.setdefault(ident, line)
        for list_key in LIST_KEYS & set(entry):
            value = entry[list_key]
            if value is not None and not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
                errors.append(RuleError(path, line, f"{list_key!r} must be a list of strings"))
            elif value is not None and any(not v.strip() for v in value):
                errors.append(RuleError(path, line, f"{list_key!r} holds an empty string, which can never match"))
        if key == "heads" and not (isinstance(entry.get("needs"), str) and entry["needs"] in NEEDS):
            errors.append(RuleError(path, line, f"needs must be one of {sorted(NEEDS)}"))
        if key == "relative" and not (isinstance(entry.get("unit"), str) and entry["unit"] in UNITS):
            errors.append(RuleError(path, line, f"unit must be one of {sorted(UNITS)}"))
        if key == "relative" and not isinstance(entry.get("offset"), int):
            errors.append(RuleError(path, line, "offset must be a whole number"))
    return errors


def check_references(book: RuleBook) -> list[RuleError]:
    """Cross-file checks: parents and implied organisations must exist."""
    errors: list[RuleError] = []
    folder = book.folder
    orgs = {e["id"]: e for e in book.entries("organisations", "organisations")}
    countries = {e["id"] for e in book.entries("countries", "countries")}
    for entry in orgs.values():
        if entry.get("parent") and entry["parent"] not in orgs:
            errors.append(RuleError(folder / "organisations.yml", entry[LINE], f"unknown parent {entry['parent']!r}"))
        if entry.get("country") and countries and entry["country"] not in countries:
            errors.append(
                RuleError(folder / "organisations.yml", entry[LINE], f"unknown country {entry['country']!r}")
            )
    for entry in book.entries("roles", "roles"):
        if entry.get("organisation") and orgs and entry["organisation"] not in orgs:
            message = f"unknown organisation {entry['organisation']!r}"
            errors.append(RuleError(folder / "roles.yml", entry[LINE], message))
        for key in ("country", "default_country"):
            if entry.get(key) and countries and entry[key] not in countries:
                errors.append(RuleError(folder / "roles.yml", entry[LINE], f"unknown country {entry[key]!r}"))
    return errors
