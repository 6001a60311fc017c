"""Which of several people `son homologue [démonyme]` stands for, shared by the meeting and relation stages.

A counterpart holds the same office in another country: the minister of defence of one is the counterpart
of the minister of defence of the other (the French `ministre des Armées` too: `counterpart_role` in
roles.yml names the office his counterparts abroad hold), a chief of staff of a chief of staff. Among the
people of the country the demonym names, the one holding the office of the person whose counterpart he is
wins; then the one spoken of last before `homologue`; when still tied, no one.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from pipeline.rulebook.loader import RuleBook


def office_classes(book: RuleBook) -> dict[str, str]:
    """`rule:roles:<id>` -> the office shared by its holder and his counterparts abroad: the role's
    `counterpart_role` where it has one (`ministre des Armées` -> `ministre-defense`), else its own id."""
    return {f"rule:roles:{e['id']}": e.get("counterpart_role") or e["id"] for e in book.entries("roles", "roles")}


def office_of(classes: dict[str, str], role_rule: str) -> str:
    """The office class of a person's role rule (`rule:roles:ministre-armees#head` too), "" if none."""
    return classes.get((role_rule or "").removesuffix("#head"), "")


def last_before(mentions: Iterable[Iterable[int]], char: int, doc: Doc | None = None) -> int:
    """The start of a person's last mention before `char`, -1 when none comes before; with `doc`, the
    start of that mention's sentence: two people named in one sentence (`le ministre des Armées, X, et le
    ministre de l'Intérieur, Y, sont arrivés`) are as near as each other."""
    start = max((m[0] for m in mentions if m[0] < char), default=-1)
    if doc is None or start < 0:
        return start
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span[0].sent.start_char if span is not None and len(span) else start


def pick_counterpart(candidates: list[str], subjects: Iterable[str], offices: dict[str, str],
                     latest: dict[str, int]) -> list[str]:
    """Of several people of the country `son homologue X` names (`candidates`), the one whose office
    (`offices`: key -> office class) is that of one of `subjects` (whose counterpart he is); then, of
    those left, the one spoken of last before (`latest`: key -> start of the last mention before `homologue`,
    -1 for none). No one ([]) when still tied."""
    if len(candidates) <= 1:
        return list(candidates)
    wanted = {offices.get(s, "") for s in subjects} - {""}
    same = [k for k in candidates if offices.get(k, "") in wanted]
    if len(same) == 1:
        return same
    pool = same or candidates
    ranked = sorted(pool, key=lambda k: latest.get(k, -1), reverse=True)
    first, second = latest.get(ranked[0], -1), latest.get(ranked[1], -1)
    return [ranked[0]] if first >= 0 and first > second else []
