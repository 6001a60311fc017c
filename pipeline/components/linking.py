"""Linking helpers shared by the stages that read people: officials, meetings and quotes.

How a mention is matched to a person (`person_key`), whether a word names the subject of its clause
(`in_subject`), and who holds a role a text names alone (`role_holders`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from spacy.tokens import Span

from pipeline.rows import Official


def person_key(name: str) -> str:
    """The surname, lower case, without accents: how people are matched across mentions."""
    text = unicodedata.normalize("NFKD", name.replace("\u2019", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    tokens = re.sub(r"\s+", " ", text).strip(" .,;:").split()
    return tokens[-1] if tokens else ""


def in_subject(token) -> bool:
    """The token names the subject of its clause (`le général Breuer avait été reçu`), directly or
    through the name, apposition or complement it belongs to."""
    for _ in range(4):
        if token.dep_ in ("nsubj", "nsubj:pass"):
            return True
        if token.head.i == token.i or token.dep_ not in ("flat:name", "appos", "nmod", "flat"):
            return False
        token = token.head
    return False


def role_holders(people: Iterable[Official], role: Span, same_as: list[str] | None) -> list[Official]:
    """The people holding the role a ROLE span names: the same role, a longer form of it
    (`ministre` -> `ministre des Armées`) or a role it stands for (`same_as` in roles.yml)."""
    name = role._.normalized
    same = {f"rule:roles:{r}" for r in same_as or []}
    return [p for p in people if p["role"] == name or p["role"].startswith(name + " ")
            or p["rules"].get("role") in same and not p["organisation"]]


# `le chef de l'État` stands for `le président` of a country, not for the president of a body the text
# names (`António Costa, président du Conseil européen`): a role it stands for counts without an organisation.
