"""spaCy's token-pattern schema (`spacy.schemas.TokenPatternSchema`, spaCy 3.8), without spaCy.

`rules check` must not import spaCy (a second or more of start-up): importing `spacy.schemas`
imports spaCy whole. The schema is a pydantic model, and pydantic is already installed as
spaCy's own dependency; this is that model, copied (pydantic 2), so that a token pattern of
`rules/patterns.jsonl` is accepted or refused, with the same messages, as `Matcher.add(...,
validate=True)` would. `tests/test_rules.py` compares the two on good and bad patterns, so a
spaCy upgrade that changes its schema shows there.
"""

# ruff: noqa: UP007, UP037, UP045 - written as spaCy writes it: pydantic reports the errors of a union in the
# order of its members, and `X | None` or an unquoted self-reference (typing caches unions as equal
# whatever their order) change that order: the messages would differ from spaCy's
from __future__ import annotations

from collections import defaultdict
from enum import StrEnum
from typing import Any, Literal, Optional, Union

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictFloat,
    StrictInt,
    StrictStr,
    ValidationError,
    constr,
    field_validator,
)

_STRICT = ConfigDict(extra="forbid", populate_by_name=True)


def _no_none(value: Any) -> Any:
    if value is None:
        raise ValueError("None / null is not allowed")
    return value


class TokenPatternString(BaseModel):
    REGEX: Optional[Union[StrictStr, "TokenPatternString"]] = Field(None, alias="regex")
    IN: Optional[list[StrictStr]] = Field(None, alias="in")
    NOT_IN: Optional[list[StrictStr]] = Field(None, alias="not_in")
    IS_SUBSET: Optional[list[StrictStr]] = Field(None, alias="is_subset")
    IS_SUPERSET: Optional[list[StrictStr]] = Field(None, alias="is_superset")
    INTERSECTS: Optional[list[StrictStr]] = Field(None, alias="intersects")
    FUZZY: Optional[Union[StrictStr, "TokenPatternString"]] = Field(None, alias="fuzzy")
    FUZZY1: Optional[Union[StrictStr, "TokenPatternString"]] = Field(None, alias="fuzzy1")
    FUZZY2: Optional[Union[StrictStr, "TokenPatternString"]] = Field(None, alias="fuzzy2")
    FUZZY3: Optional[Union[StrictStr, "TokenPatternString"]] = Field(None, alias="fuzzy3")
    FUZZY4: Optional[Union[StrictStr, "TokenPatternString"]] = Field(None, alias="fuzzy4")
    FUZZY5: Optional[Union[StrictStr, "TokenPatternString"]] = Field(None, alias="fuzzy5")
    FUZZY6: Optional[Union[StrictStr, "TokenPatternString"]] = Field(None, alias="fuzzy6")
    FUZZY7: Optional[Union[StrictStr, "TokenPatternString"]] = Field(None, alias="fuzzy7")
    FUZZY8: Optional[Union[StrictStr, "TokenPatternString"]] = Field(None, alias="fuzzy8")
    FUZZY9: Optional[Union[StrictStr, "TokenPatternString"]] = Field(None, alias="fuzzy9")

    model_config = _STRICT
    raise_for_none = field_validator("*", mode="before")(classmethod(lambda cls, v: _no_none(v)))


class TokenPatternNumber(BaseModel):
    REGEX: Optional[StrictStr] = Field(None, alias="regex")
    IN: Optional[list[StrictInt]] = Field(None, alias="in")
    NOT_IN: Optional[list[StrictInt]] = Field(None, alias="not_in")
    IS_SUBSET: Optional[list[StrictInt]] = Field(None, alias="is_subset")
    IS_SUPERSET: Optional[list[StrictInt]] = Field(None, alias="is_superset")
    INTERSECTS: Optional[list[StrictInt]] = Field(None, alias="intersects")
    EQ: Optional[Union[StrictInt, StrictFloat]] = Field(None, alias="==")
    NEQ: Optional[Union[StrictInt, StrictFloat]] = Field(None, alias="!=")
    GEQ: Optional[Union[StrictInt, StrictFloat]] = Field(None, alias=">=")
    LEQ: Optional[Union[StrictInt, StrictFloat]] = Field(None, alias="<=")
    GT: Optional[Union[StrictInt, StrictFloat]] = Field(None, alias=">")
    LT: Optional[Union[StrictInt, StrictFloat]] = Field(None, alias="<")

    model_config = _STRICT
    raise_for_none = field_validator("*", mode="before")(classmethod(lambda cls, v: _no_none(v)))


class TokenPatternOperatorSimple(StrEnum):
    plus = "+"
    star = "*"
    question = "?"
    exclamation = "!"


TokenPatternOperatorMinMax = constr(pattern=r"^(\{\d+\}|\{\d+,\d*\}|\{\d*,\d+\})$")
TokenPatternOperator = Union[TokenPatternOperatorSimple, TokenPatternOperatorMinMax]  # type: ignore[valid-type]
StringValue = Union[TokenPatternString, StrictStr]
NumberValue = Union[TokenPatternNumber, StrictInt, StrictFloat]
UnderscoreValue = Union[TokenPatternString, TokenPatternNumber, str, int, float, list, bool]
IobValue = Literal["", "I", "O", "B", 0, 1, 2, 3]


class TokenPattern(BaseModel):
    orth: Optional[StringValue] = None
    text: Optional[StringValue] = None
    lower: Optional[StringValue] = None
    pos: Optional[StringValue] = None
    tag: Optional[StringValue] = None
    morph: Optional[StringValue] = None
    dep: Optional[StringValue] = None
    lemma: Optional[StringValue] = None
    shape: Optional[StringValue] = None
    ent_type: Optional[StringValue] = None
    ent_iob: Optional[IobValue] = None
    ent_id: Optional[StringValue] = None
    ent_kb_id: Optional[StringValue] = None
    norm: Optional[StringValue] = None
    length: Optional[NumberValue] = None
    spacy: Optional[StrictBool] = None
    is_alpha: Optional[StrictBool] = None
    is_ascii: Optional[StrictBool] = None
    is_digit: Optional[StrictBool] = None
    is_lower: Optional[StrictBool] = None
    is_upper: Optional[StrictBool] = None
    is_title: Optional[StrictBool] = None
    is_punct: Optional[StrictBool] = None
    is_space: Optional[StrictBool] = None
    is_bracket: Optional[StrictBool] = None
    is_quote: Optional[StrictBool] = None
    is_left_punct: Optional[StrictBool] = None
    is_right_punct: Optional[StrictBool] = None
    is_currency: Optional[StrictBool] = None
    is_stop: Optional[StrictBool] = None
    is_sent_start: Optional[StrictBool] = None
    sent_start: Optional[StrictBool] = None
    like_num: Optional[StrictBool] = None
    like_url: Optional[StrictBool] = None
    like_email: Optional[StrictBool] = None
    op: Optional[TokenPatternOperator] = None
    underscore: Optional[dict[StrictStr, UnderscoreValue]] = Field(None, alias="_")

    model_config = ConfigDict(extra="forbid", populate_by_name=True, alias_generator=lambda value: value.upper())
    raise_for_none = field_validator("*", mode="before")(classmethod(lambda cls, v: _no_none(v)))


class TokenPatternSchema(BaseModel):
    pattern: list[TokenPattern] = Field(..., min_length=1)

    model_config = ConfigDict(extra="forbid")


def validate_token_pattern(pattern: Any) -> list[str]:
    """spaCy's `validate_token_pattern` messages for `pattern` (empty: valid), as
    `[pattern -> 0 -> LOWR] Extra inputs are not permitted`. JSON keys are strings, so spaCy's
    conversion of integer attribute ids has nothing to do here."""
    try:
        TokenPatternSchema(pattern=pattern)
        return []
    except ValidationError as error:
        found: dict[str, list[str]] = defaultdict(list)
        for problem in error.errors():
            found[" -> ".join(str(part) for part in problem.get("loc", []))].append(problem.get("msg"))
        return [f"[{where}] {', '.join(messages)}" for where, messages in found.items()]
