"""Which of several people `son homologue [démonyme]` stands for, shared by the meeting and relation stages.

A counterpart holds the same office in another country: the minister of defence of one is the counterpart
of the minister of defence of the other (the French `ministre des Armées` too: `counterpart_role` in
roles.yml names the office his counterparts abroad hold), a chief of staff of a chief of staff. Among the
people of the country the demonym names, the one holding the office of the person whose counterpart he is
wins; then the one spoken of last before `homologue`; when still tied, no one. An office belongs to a
family (`office_family` in roles.yml: a head of state or government, a foreign minister, a defence minister,
a chief of staff): one holding an office of another family than the one whose counterpart he is is not that
counterpart, even when he is the one person of that country the text tells (`le président tchadien X ...
le ministre français a été accueilli par son homologue tchadien`: not X).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from pipeline.rulebook.loader import RuleBook


def office_classes(book: RuleBook) -> dict[str, str]:
    """`rule:roles:<id>` -> the office shared by its holder and his counterparts abroad: the role's
    `counterpart_role` where it has one (`ministre des Armées` -> `ministre-defense`), else its own id."""
    return {f"rule:roles:{e['id']}": e.get("counterpart_role") or e["id"] for e in book.entries("roles", "roles")}


def office_families(book: RuleBook) -> dict[str, str]:
    """Office class (a role id) -> its family (`office_family` in roles.yml), for the roles that have one."""
    return {e["id"]: e["office_family"] for e in book.entries("roles", "roles") if e.get("office_family")}


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


def _akin(family: str, kin: set[str], loose: bool) -> bool:
    """Whether an office of `family` may be the counterpart of one of the families `kin`: the same family,
    or (`loose`) the same before the dot (`leader.state` and `leader.government`: `Emmanuel Macron et son
    homologue allemand`, the chancellor) or a family unsaid (`président` alone, an office of no family)."""
    if not loose:
        return family in kin
    return not family or any(family.split(".")[0] == k.split(".")[0] for k in kin)


def pick_counterpart(candidates: list[str], subjects: Iterable[str], offices: dict[str, str],
                     latest: dict[str, int], families: dict[str, str] | None = None) -> list[str]:
    """Of several people of the country `son homologue X` names (`candidates`), the one whose office
    (`offices`: key -> office class) is that of one of `subjects` (whose counterpart he is); then, of
    those left, the one spoken of last before (`latest`: key -> start of the last mention before `homologue`,
    -1 for none). No one ([]) when still tied. With `families` (office class -> family), those holding an
    office of another family than the subjects' are left out first, the one person of that country too;
    then one of the subjects' family wins when no one holds their very office."""
    families = families or {}
    wanted = {offices.get(s, "") for s in subjects} - {""}
    kin = {families.get(o, "") for o in wanted} - {""}
    alone = len(candidates) <= 1
    if kin:  # `son homologue` of a foreign minister: not the head of state, not the defence minister
        candidates = [k for k in candidates if _akin(families.get(offices.get(k, ""), ""), kin, loose=True)]
    if alone or not candidates:
        return list(candidates)
    same = [k for k in candidates if offices.get(k, "") in wanted]
    if len(same) == 1:
        return same
    akin = [k for k in candidates if _akin(families.get(offices.get(k, ""), ""), kin, loose=False)]
    if not same and len(akin) == 1:
        return akin
    pool = same or akin or candidates
    if len(pool) == 1:  # left alone once others were set aside: only if spoken of before
        return pool if latest.get(pool[0], -1) >= 0 else []
    ranked = sorted(pool, key=lambda k: latest.get(k, -1), reverse=True)
    first, second = latest.get(ranked[0], -1), latest.get(ranked[1], -1)
    return [ranked[0]] if first >= 0 and first > second else []
