"""Meetings, second half: grouping mentions (`meeting_mentions.py`) into meetings.

An article usually comes back to the same meeting several times (`Au terme des entretiens...`), so
mentions are grouped: a mention with a date joins the meeting of that date or opens a new one; a
mention without a date joins the meeting of the same kind, else the one spoken of last. A mention
that opens with `en marge de` is a side meeting of its own, with its own participants. A meeting
without a date or place of its own takes them from its context; an agency dateline gives the place
of the story's meetings that name none.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from datetime import timedelta

from spacy.tokens import Doc, Span

from pipeline.components.meeting_mentions import (
    Mention,
    MentionReader,
    _governing_verb,
    _told_before,
    dates_described_thing,
    verb_phrase,
    week_as_month,
    within_guillemets,
)
from pipeline.components.spans import (
    Dateline,
    DocIndex,
    after_bound_word,
    dateline,
    doc_text,
    in_bound_phrase,
    plain_words,
    span_text,
    token_column,
)
from pipeline.components.trips import Stop, TripReader, _mention_keys, _subject_keys, stop_at
from pipeline.rows import CALENDAR_DAYS, Meeting, first_day, granularity, last_day, within
from pipeline.rulebook.grammar import Grammar
from pipeline.rulebook.loader import RuleBook

# Parts of speech of the words of an institution's name read on from its head noun (`commission de la
# défense nationale et des forces armées de l'Assemblée nationale`).
NAME_POS = {"NOUN", "PROPN", "ADJ", "DET", "ADP", "CCONJ"}

BYLINE_REACH = 3000  # a byline sits in the story's head: its first characters
BYLINE_MAX_CHARS = 80  # a line of its own, not a sentence
PARAGRAPH_REACH = 200  # a dateline's paragraph opens within its first lines
DATE_FIRST = re.compile(r"(?:[Ll]e\s+)?\d{1,2}(?:er)?\s")  # a line opening on its day: `Le 19 novembre 2023 – X`


class MeetingGrouper:
    """Mentions in text order -> meetings (`group`), then the dateline's place (`place_from_dateline`)."""

    def __init__(self, book: RuleBook) -> None:
        self.countries = {n.lower() for key in ("countries", "regions") for e in book.entries("countries", key)
                          for n in [e["name"], *(e.get("aliases") or [])]}
        self.session_kinds = {e["kind"] for e in book.entries("meetings", "nouns") if e.get("session")}
        visit = {w.lower() for w in book.get("meetings", "visit_nouns", [])}
        self.visit_kinds = {e["kind"] for e in book.entries("meetings", "nouns")
                            if e["kind"].lower().split()[0] in visit}  # `visite`, `visite d'État`
        self.audience_kinds = set(book.get("meetings", "audience_kinds", []))
        self.honour_kinds = set(book.get("meetings", "honour_kinds", []))
        pattern = book.get("meetings", "dateline")
        self.dateline = re.compile(pattern, re.M) if pattern else None
        self.dateline_reach = int(book.get("meetings", "dateline_reach_days", 0) or 0)
        sides = sorted((m for m in book.get("meetings", "side_markers", []) or []), key=len, reverse=True)
        places = "|".join(map(re.escape, Grammar.from_book(book).place_prepositions))
        self.side_pattern = re.compile(
            rf"(?<!\w)(?:{'|'.join(map(re.escape, sides))})(?!\w)[^,.;:!?()«»]{{1,80}}?(?<!\w)(?:{places})\s+"
            r"(?P<city>[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+){0,2})", re.I) if sides and places else None
        # `en marge de la réunion des ministres`: the side markers, then the gathering's own word (one word between)
        self.side_of_gathering = re.compile(
            rf"(?<!\w)(?:{'|'.join(map(re.escape, sides))})(?!\w)\s*(?:la\s+|les\s+|l['’]\s*)?(?P<first>[\w-]+)"
            r"(?:\s+(?P<second>[\w-]+))?", re.I) if sides else None
        links = sorted(book.get("meetings", "gathering_of_city", None) or [], key=len, reverse=True)
        self.city_links = "|".join(map(re.escape, links))
        self.side_of_city = re.compile(
            rf"(?<!\w)(?:{'|'.join(map(re.escape, sides))})(?!\w)[^,.;:!?()«»]{{1,80}}?(?<!\w)"
            rf"(?:{'|'.join(map(re.escape, links))})(?:\s+|(?<=['’]))"
            r"(?P<city>[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+){0,2})", re.I) if sides and links else None
        self.overnight_words = {w.lower() for w in book.get("meetings", "overnight_words", None) or []}
        restricted = "|".join(re.escape(w) for w in sorted(book.get("meetings", "restricted_words", None) or [],
                                                            key=len, reverse=True))
        articles = "|".join(re.escape(w) for w in book.get("meetings", "restricted_articles", None) or [])
        widened = "|".join(re.escape(w) for w in sorted(book.get("meetings", "widened_words", None) or [],
                                                         key=len, reverse=True))
        # `un tête-à-tête`, `en format restreint`: the principals alone; `élargie aux délégations`: with them
        self.restricted = re.compile(rf"(?<!\w)(?:{restricted})(?!\w)", re.I) if restricted else None
        self.restricted_noun = re.compile(rf"(?<!\w)(?:{articles})\s+(?:premier\s+)?(?:{restricted})(?!\w)",
                                          re.I) if restricted and articles else None
        self.widened = re.compile(rf"(?<!\w)(?:{widened})(?!\w)", re.I) if widened else None
        line = book.get("meetings", "place_line")
        self.place_line = re.compile(line, re.M) if line else None
        byline = book.get("meetings", "byline_place")
        self.byline = re.compile(byline, re.M) if byline else None
        self.same_place_markers = [m.lower() for m in book.get("meetings", "same_place_markers", [])]
        self.cities = {n.lower() for e in book.entries("countries", "countries") for n in e.get("places") or []}
        site_nouns = [w.lower() for w in book.get("meetings", "site_town_nouns", None) or []]
        self.site_town = re.compile(  # `au centre militaire de X`: the noun, up to two words, `de`, the town
            rf"(?<!\w)(?:à|au|aux|sur)\s+(?:la\s+|le\s+|l['’])?(?i:{'|'.join(map(re.escape, site_nouns))})"
            rf"(?:\s+[a-zà-ÿ-]+){{0,2}}\s+d(?:e\s+|['’])(?P<town>[A-ZÀ-Ý][\w'’-]+)(?![\w'’-]|\s+[A-ZÀ-Ý])"
        ) if site_nouns else None
        self.chambers = list(book.get("meetings", "chambers", []))
        self.arrival_places = tuple(t.lower() + " " for e in book.entries("meetings", "locations") if e.get("arrival")
                                    for t in e["terms"])
        elided = "|".join(map(re.escape, sorted(Grammar.from_book(book).elided_articles)))
        self.airport_town = re.compile(  # the town closing an airport's name: `de X`, `d'X`, no article
            rf"(?:\sde\s|\s(?:{elided}))(?P<town>[A-ZÀ-Ý][\w'-]+(?:[ -][A-ZÀ-Ý][\w'-]+){{0,2}})$"
        ) if elided else None
        self.chamber_kinds = {k.lower() for k in book.get("meetings", "chamber_kinds", [])}
        self.committee_chambers = set(book.get("meetings", "committee_chambers", None) or [])
        self.hearing_kinds = {k.lower() for k in book.get("meetings", "hearing_kinds", None) or []}
        self.hearing_chairs = {f"rule:roles:{w}" for w in book.get("meetings", "hearing_chair_roles", None) or []}
        self.hearing_chair_titles = {f"rule:roles:{w}" for w in book.get("meetings", "hearing_chair_titles", None)
                                     or []}
        self.committee_words = {_unaccented(w).lower() for w in book.get("meetings", "committee_words", None) or []}
        of_words = sorted((_unaccented(w).replace("’", "'") for w in Grammar.from_book(book).of_words), key=len,
                          reverse=True)
        self.committee_named = re.compile(  # `commission des finances`, `comité de l'armement`: a committee's name
            rf"(?<![\w-])(?:{'|'.join(map(re.escape, sorted(self.committee_words, key=len, reverse=True)))})\s+"
            rf"(?:(?:{'|'.join(map(re.escape, of_words))})(?:\s+|(?<=')))+[\w-]+") if (
                self.committee_words and of_words) else None
        unstated = [re.escape(plain_words(w)) for w in book.get("meetings", "unstated_later_words", [])]
        self.unstated_later = re.compile(rf"(?<!\w)(?:{'|'.join(unstated)})(?!\w)") if unstated else None
        later = sorted((re.escape(plain_words(w)) for w in book.get("meetings", "later_same_day", None) or []),
                       key=len, reverse=True)
        self.later_same_day = re.compile(rf"^(?:{'|'.join(later)})\s*,") if later else None
        # `Jusqu'au 23 juin`: a bound word before a date
        self.bounds = tuple(plain_words(w) for w in book.get("dates", "year_not_carried_after", []))
        self.country_places = {n.lower(): list(e["places"]) for e in book.entries("countries", "countries")
                               if e.get("places") for n in [e["name"], *(e.get("aliases") or [])]}
        self.periphrasis_places = _periphrasis_places(book)  # `au Royaume`, `l'Hexagone`: the country unsaid
        self.city_prepositions = tuple(Grammar.from_book(book).place_prepositions)
        # `au Kremlin`, `à la Maison-Blanche`: a place preposition, then the phrase a house may name (`_house_named_in`)
        # `à Varsovie`: a place preposition, then a capitalised name of one to three words (`_town_named_in`)
        self.place_after_preposition = re.compile(
            rf"(?<!\w)(?:{'|'.join(map(re.escape, self.city_prepositions))})\s+"
            r"([A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+){0,2})")
        self.house_phrase = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, self.city_prepositions))})\s+"
                                       r"(?:la\s+|l['’]\s*)?([^.,;:!?()«»]+)")
        numbers = {str(k).lower(): int(v) for k, v in (book.get("dates", "numbers", {}) or {}).items()}
        day_units = list((book.get("dates", "units", {}) or {}).get("day", []))
        self.day_count = numbers
        self.visit_of_days = re.compile(
            rf"(?<!\w)(?:{'|'.join(map(re.escape, sorted(visit, key=len, reverse=True)))})(?!\w)[^.;:!?]{{0,80}}?"
            rf"(?<!\w)de\s+(?P<n>\d{{1,2}}|{'|'.join(map(re.escape, numbers))})\s+"
            rf"(?:{'|'.join(map(re.escape, day_units))})(?!\w)", re.I) if visit and numbers and day_units else None
        self.end_verbs = {w.lower() for w in book.get("meetings", "end_verbs", [])}
        ends = sorted({w.lower() for w in book.get("meetings", "end_prepositions", None) or []}, key=len, reverse=True)
        hours = {str(k).lower(): int(v) for k, v in (book.get("meetings", "stay_hours", None) or {}).items()}
        self.stay_hours = hours
        self.leaving_verbs = {w.lower() for w in book.get("meetings", "leaving_verbs", None) or []}
        counts = sorted({*numbers, *hours}, key=len, reverse=True)
        self.ended_stay = re.compile(  # `au terme d'une visite d'État de trois jours`, `... de quarante-huit heures`
            rf"(?<!\w)(?:{'|'.join(map(re.escape, ends))})\s*(?:une|un|sa|son|cette|ce)\s+"
            rf"(?:{'|'.join(map(re.escape, sorted(visit, key=len, reverse=True)))})(?!\w)[^.;:!?]{{0,60}}?"
            rf"(?<!\w)de\s+(?P<n>\d{{1,2}}|{'|'.join(map(re.escape, counts))})\s+"
            rf"(?P<unit>{'|'.join(map(re.escape, [*day_units, 'heures']))})(?!\w)", re.I) \
            if ends and visit and numbers and day_units else None
        self.start_verbs = {w.lower() for w in book.get("meetings", "start_verbs", [])}
        self.start_nouns = {w.lower() for w in book.get("meetings", "start_nouns", [])}
        self.opening_words = self.start_nouns | self.start_verbs  # a sentence that tells an opening
        self.arrival_verbs = {w.lower() for w in book.get("meetings", "arrival_verbs", [])}
        self.houses = [(frozenset(_unaccented(w) for w in e["words"]), {f"rule:roles:{r}" for r in e["roles"]},
                        e.get("country") or "") for e in book.entries("meetings", "houses")]
        self.seat_nouns = {_unaccented(w) for w in book.get("meetings", "seat_nouns", None) or []}
        self.seat_phrases = [re.findall(r"\w+", _unaccented(w).lower()) for w in book.get("meetings", "seat_nouns",
                                                                                        None) or []]
        rooms = "|".join(map(re.escape, book.get("meetings", "office_rooms", None) or []))
        self.office_room = re.compile(  # `au cabinet (de travail) du ministre d'Etat`: the title owning the room
            rf"(?<!\w)(?:{rooms})(?:\s+de\s+travail)?\s+(?:du|de\s+la|de\s+l['’])\s*(?P<title>[^,.;:!?()«»\n]+)",
            re.I) if rooms else None
        self.head_roles = {f"rule:roles:{w}" for w in book.get("meetings", "head_roles", None) or []}
        self.home_kinds = {k.lower() for k in book.get("meetings", "home_hosts", None) or []}
        self.summit_nouns = {_unaccented(w) for w in book.get("meetings", "summit_nouns", None) or []}
        self.leader_ranks = [{f"rule:roles:{w}" for w in book.get("meetings", key, None) or []}
                             for key in ("state_leader_roles", "government_leader_roles")]
        self.talks_kinds = {k.lower() for k in book.get("meetings", "talks_kinds", None) or []}
        self.programme_kinds = {k.lower() for k in book.get("meetings", "programme_kinds", None) or []}
        self.hosted_meal_kinds = {k.lower() for k in book.get("meetings", "hosted_meal_kinds", None) or []}
        self.place_country = {n.lower(): e["name"] for e in book.entries("countries", "countries")
                              for n in [e["name"], *(e.get("aliases") or []), *(e.get("places") or [])]}
        self.demonym_country = {d.lower(): e["name"] for e in book.entries("countries", "countries")
                                for d in e.get("demonyms") or []}
        self.international_bodies = _international_bodies(book.entries("organisations", "organisations"),
                                                          set(book.get("meetings", "guest_body_kinds", None) or []))
        spans = [w.lower() for w in book.get("meetings", "length_prepositions", [])]
        counts = "|".join(map(re.escape, numbers))
        self._trip: tuple[Doc | None, list[Stop]] = (None, [])
        self.site_prepositions = sorted(Grammar.from_book(book).site_prepositions, key=len, reverse=True)
        self.trips = TripReader({w.lower() for w in book.get("meetings", "trip_verbs", None) or []},
                                (*self.city_prepositions, *Grammar.from_book(book).country_prepositions),
                                self.cities, self.countries,
                                {w.lower() for w in book.get("meetings", "not_place_prepositions", [])}
                                | set(Grammar.from_book(book).time_prepositions),
                                {t.split()[0].lower() for e in book.entries("meetings", "locations") for t in e["terms"]
                                 if not e.get("complement")},
                                self.place_country,
                                tuple(book.get("dates", "year_not_carried_after", None) or []),
                                {w.lower() for w in book.get("meetings", "trip_verbs_passive_only", None) or []},
                                {w.lower() for key in ("sequence_nouns", "return_nouns")
                                 for w in book.get("meetings", key, None) or []}
                                | set(Grammar.from_book(book).time_nouns),
                                set(Grammar.from_book(book).time_prepositions),
                                {w.lower() for w in book.get("meetings", "gathering_nouns", None) or []},
                                {w.lower() for w in book.get("meetings", "gathering_attendance", None) or []},
                                {w.lower() for w in book.get("meetings", "gathering_hosting", None) or []},
                                set(Grammar.from_book(book).of_words),
                                tuple(w.lower() for key in ("future_endings", "conditional_endings")
                                      for w in book.get("dates", key, None) or []),
                                {w.lower() for w in book.get("meetings", "next_leg_marks", None) or []})
        self.attendance_words = {w.lower() for w in book.get("meetings", "gathering_attendance", None) or []
                                 if " " not in w}  # `participe à la rencontre annuelle des chefs`: a gathering
        self.length_of_days = re.compile(
            rf"(?<!\w)(?:{'|'.join(map(re.escape, spans))})\s+(?:les\s+)?(?P<n>\d{{1,2}}|{counts})"
            rf"\s+(?:{'|'.join(map(re.escape, day_units))})(?!\w)", re.I) if spans and numbers and day_units else None

    def date_from_length(self, meetings: list[Meeting]) -> None:
        """`Le sommet s'est achevé dimanche ...`, then `Pendant deux jours, l'hôtel a accueilli ...`: a
        meeting first told by the day it ended (an `end_verbs` verb, read as its `until`) whose sentences
        give its length (`length_prepositions` + a number of days) began that many days before: a range."""
        if self.length_of_days is None:
            return
        for meeting in meetings:
            end = first_day(meeting["date"] or "")
            if end is None or "/" in meeting["date"] or meeting.get("until") != meeting["date"]:
                continue
            found = next((f for f in map(self.length_of_days.search, meeting["sentences"]) if f), None)
            if found is None:
                continue
            count = found.group("n")
            days = int(count) if count.isdigit() else self.day_count.get(count.lower(), 0)
            if 1 < days <= 15:
                meeting["date"] = f"{(end - timedelta(days=days - 1)).isoformat()}/{meeting['date']}"

    def date_from_ends(self, doc: Doc, meetings: list[Meeting]) -> None:
        """`Les deux présidents ont conclu vendredi une visite de trois jours, entamée mercredi, ...`: a
        meeting dated by the day a verb says it ended (an `end_verbs` verb) in the sentence that first tells
        it, where a participle of a `start_verbs` verb gives the day it began (or the meeting noun its length
        in days, `visit_of_days`), ran from that day: a range. A day a start verb gives after the end, or
        more than a fortnight before it, is no beginning of the same meeting."""
        if not self.end_verbs:
            return
        for meeting in meetings:
            day = meeting["date"] or ""
            end = first_day(day) if "/" not in day and granularity(day) == "day" else None
            span = doc.char_span(meeting["start_char"], meeting["start_char"] + 1, alignment_mode="expand") \
                if end is not None else None
            if span is None or not len(span):
                continue
            sent = span[0].sent
            days = [e for e in DocIndex.of(doc).ents_in(sent) if e.label_ == "DATE"
                    and granularity(e._.normalized or "") == "day"]
            verbs = {e.start: _governing_verb(e.root) for e in days}
            ended = [e for e in days if {verbs[e.start].lemma_.lower(), verb_phrase(verbs[e.start])} & self.end_verbs]
            if len(ended) != 1 or ended[0]._.normalized != day:
                length = self._ended_stay(sent.text, days, day, verbs)
                if 1 < length <= 15:
                    meeting["date"] = f"{(end - timedelta(days=length - 1)).isoformat()}/{day}"
                continue
            begun = [e for e in days if verbs[e.start].lemma_.lower() in self.start_verbs
                     and "Part" in verbs[e.start].morph.get("VerbForm")]
            start = first_day(begun[0]._.normalized) if len(begun) == 1 else None
            if start is None and self.visit_of_days is not None:
                found = self.visit_of_days.search(sent.text)
                count = found.group("n") if found else ""
                length = int(count) if count.isdigit() else self.day_count.get(count.lower(), 0)
                start = end - timedelta(days=length - 1) if 1 < length <= 15 else None
            if start is not None and 0 < (end - start).days <= 14:
                meeting["date"] = f"{start.isoformat()}/{day}"

    def _ended_stay(self, text: str, days: list[Span], day: str, verbs: dict) -> int:
        """`X a quitté Kiev mercredi, au terme d'une visite de deux jours`, `A l'issue d'une visite de
        quarante-huit heures, X a regagné Niamey le 7 août`: a stay told after a phrase of its end
        (`end_prepositions`) with its length ends on the one day the sentence gives to a verb of leaving
        (`leaving_verbs`) or of ending (`end_verbs`): the number of days it lasted, 0 when the sentence says
        no such thing or gives another day. A day of another act at the end of the stay (`Au terme d'une
        visite de deux jours, X a averti vendredi que ...`) may tell its last stop only. A length in hours
        counts only as whole days (`stay_hours`)."""
        if self.ended_stay is None or {e._.normalized for e in days} != {day}:
            return 0
        if not all(verbs[e.start].lemma_.lower() in self.leaving_verbs | self.end_verbs for e in days):
            return 0
        found = self.ended_stay.search(text)
        if found is None:
            return 0
        count = found.group("n").lower()
        if found.group("unit").lower() == "heures":
            return self.stay_hours.get(count, 0)
        return int(count) if count.isdigit() else self.day_count.get(count, 0)

    def date_from_arrival(self, doc: Doc, meetings: list[Meeting]) -> None:
        """`Le président, arrivé jeudi à Belgrade pour une visite de deux jours, ...`: a visit dated by the
        day a verb of arrival or of beginning (`arrival_verbs`, `start_verbs`) gives in the one sentence
        of it where the visit noun gives its length (`visit_of_days`), ran that many days from
        that day: a range. An article that dates another meeting on a later day of the stay (or the day
        after it) tells the stay day by day: each day stays a meeting of its own."""
        if self.visit_of_days is None:
            return
        openers = self.arrival_verbs | self.start_verbs
        sents: dict[str, Span] = {}
        for meeting in meetings:
            day = meeting["date"] or ""
            start = first_day(day) if "/" not in day and granularity(day) == "day" else None
            if start is None or meeting["kind"] not in self.visit_kinds:
                continue
            told = [f for f in map(self.visit_of_days.search, meeting["sentences"]) if f]
            if len(told) != 1:
                continue
            sents = sents or {sent.text.strip(): sent for sent in DocIndex.of(doc).sents}
            sent = sents.get(told[0].string.strip())
            opened = {e._.normalized for e in (DocIndex.of(doc).ents_in(sent) if sent is not None else [])
                      if e.label_ == "DATE" and _governing_verb(e.root).lemma_.lower() in openers}
            if opened != {day}:
                continue
            length = self._count_of(told[0])
            end = start + timedelta(days=length - 1)
            after = end + timedelta(days=1)
            if not 1 < length <= 15 or any(
                    other is not meeting and start < (first_day(other["date"] or "") or start) <= after
                    for other in meetings):
                continue
            meeting["date"] = f"{day}/{end.isoformat()}"

    def _count_of(self, found: re.Match) -> int:
        """The number of days a `de N jours` match gives, in figures or in words (`numbers`)."""
        count = found.group("n")
        return int(count) if count.isdigit() else self.day_count.get(count.lower(), 0)

    def place_from_dateline(self, text: str, body_start: int, meetings: list[Meeting],
                            story: dict | None = None) -> None:
        """`Niamey, 19 déc (ANP) - Le ministre a reçu ...`: an agency dateline says where the story
        happens. The meetings of the story's day that name no place, or only a country, took place there.
        `story`: a piece of a long text; the dateline found by a piece before it, if any, is the text's
        first, and one this piece finds is handed on (`spans.story_of`)."""
        place = story.get("dateline") if story is not None else None
        if place is None:
            found = self._dateline(text, body_start, above=True)
            place = found.place if found is not None else None
            if story is not None and place is not None:
                story["dateline"] = place
            if found is not None and not found.dated:
                return  # `OTTAWA — ...`: where the story is written; the story's own places come first
        main = [x for x in meetings if not x["side"] and not x["remote"]]
        if place is None or not (main or _side_of_day(meetings, "")):
            return
        if self._country_only(place):
            return
        if place.isupper():
            place = place.title()
        day = (main or _side_of_day(meetings, ""))[0]["date"]
        for meeting in main + _side_of_day(meetings, day):
            if _on_story_day(meeting, day) and (not meeting["location"] or meeting["location"].lower() in self.countries
                                                and not self._abroad(meeting["location"], place)):
                meeting["location"] = place

    def _abroad(self, country: str, town: str) -> bool:
        """`Berne, 05.09.2024 - ... s'est entretenue à Luxembourg`: a country the gazetteer knows (or a city-state's
        name), other than the one of the dateline's town, is where the meeting was, not where the release is filed."""
        home = self._country_of_place(town)
        there = self._country_of_place(country)
        return bool(home and there) and home != there

    def place_from_dateline_last(self, text: str, body_start: int, meetings: list[Meeting],
                                 story: dict | None = None) -> None:
        """When the story tells nothing else: after every other rule of place, a dateline (with no date
        too: `WASHINGTON – Le ...`) places the meetings still naming none of the story's day and of the
        days around it (`_place_within_week`)."""
        place = story.get("dateline") if story is not None else None
        if place is None:
            found = self._dateline(text, body_start, above=True)
            place = found.place if found is not None else None
        main = [x for x in meetings if not x["side"] and not x["remote"]]
        if place is None or self._country_only(place) or not (main or _side_of_day(meetings, "")):
            return
        place = place.title() if place.isupper() else place
        self._place_within_week(meetings, (main or _side_of_day(meetings, ""))[0]["date"], place)

    def _dateline(self, text: str, body_start: int, above: bool = False) -> Dateline | None:
        """The story's dateline (meetings.yml `dateline`, read by `spans.dateline`), searched from the
        opening of the paragraph holding the body's first line (a wrapped dateline); None when there is none.
        With `above`, one opening on its day may also stand on a line of its own just above that paragraph, as
        a press release prints it (`Le 19 novembre 2023 – Halifax (Nouvelle-Écosse) – Défense nationale`, then
        the body); a line of the day's name and the time of posting (`Lundi, 26/05/2025 - 21:40`) is none. Only
        the rules that place the story's own days read it: a ministry files its release at home (`Ottawa`),
        which is no stop of the trip it announces (`trips.py`)."""
        if not self.dateline:
            return None
        line = _line_above(text, _paragraph_start(text, body_start)) if above else ""
        found = dateline(line, pattern=self.dateline) if DATE_FIRST.match(line) else None
        return found or dateline(text, pattern=self.dateline, start=_paragraph_start(text, body_start),
                                 accept=self._dated_or_city)

    def _country_only(self, place: str) -> bool:
        """A country's name that is no town of the gazetteer: where a story is filed, `SINGAPOUR, 31 mai`,
        `Djibouti, 24 sept`, `Luxembourg, 15 nov` name a city (a city-state, a capital of the country's name)."""
        return place.lower() in self.countries and place.lower() not in self.cities

    def _dated_or_city(self, found: Dateline) -> bool:
        """A dateline holds a date (`Niamey, 19 déc (ANP)-`); one with none (`WASHINGTON – Le ...`,
        `Kiev (AFP) - ...`) is a dateline only when its place is a city of the gazetteer (countries.yml
        `places`): a word in capitals before a dash may open a heading (`ARMÉE – ...`)."""
        return found.dated or found.place.lower() in self.cities

    def _place_within_week(self, meetings: list[Meeting], day: str, place: str) -> None:
        """`Plus tôt dans la semaine, mardi, X avait été reçu ...`, `Y doit prendre part mercredi à la
        réunion ...` under a dateline: a meeting naming no place, dated by a day within
        `dateline_reach_days` of the story's day (that day too), was held where the story is told (the
        story tells nothing else); a meeting of another month keeps no place."""
        story = first_day(day) if day and granularity(day.partition("/")[0]) == "day" else None
        if story is None or not self.dateline_reach:
            return
        for meeting in meetings:
            other = first_day(meeting["date"]) if meeting["date"] and granularity(
                meeting["date"].partition("/")[0]) == "day" else None
            if other is not None and not meeting["location"] and not meeting["remote"] and (
                    abs((other - story).days) <= self.dateline_reach):
                meeting["location"] = place

    def place_from_dated_city(self, doc: Doc, meetings: list[Meeting]) -> None:
        """`X a apposé, mardi 12 avril à Lisbonne, sa signature ...` then `Au cours de l'entretien qui a
        précédé ...`: a meeting naming no place, whose day the text writes in full (a day and its month)
        right before `à` and a city of the gazetteer (countries.yml `places`), took place in that city;
        another day, or a town the gazetteer does not hold, gives nothing."""
        spans = [s for s in doc.spans.get("dates", []) if s._.normalized and granularity(s._.normalized) == "day"
                 and any(t.like_num for t in s)]
        for meeting in meetings:
            if meeting["location"] or meeting["remote"] or not meeting["date"] or granularity(meeting["date"]) != "day":
                continue
            cities = {self._city_after(span) for span in spans if span._.normalized == meeting["date"]} - {""}
            if len(cities) == 1:
                meeting["location"] = cities.pop()

    def _city_after(self, span: Span) -> str:
        """The gazetteer city named right after a date (`12 avril 2022 à Moscou`), else ''."""
        doc, k = span.doc, span.end
        if k < len(doc) and doc[k].lower_ in self.city_prepositions:
            words = [t.text for t in doc[k + 1:k + 4]]
            for n in range(len(words), 0, -1):
                name = " ".join(words[:n])
                if name.lower() in self.cities and name[:1].isupper():
                    return name
        return ""

    def place_of_sidelined_gathering(self, doc: Doc, meetings: list[Meeting]) -> None:
        """`l'entretien que X avait eu avec Y en marge du forum de défense à Lisbonne`: a meeting naming no
        place, whose own sentence sets it on the sidelines (`side_markers`) of a gathering the same phrase
        places in a city of the gazetteer (`à` and the city, before any comma), was held in that city (the
        gathering's place). Sidelines with no city, or a city after a comma, give nothing."""
        if not self.side_pattern or not any(not m["location"] for m in meetings):
            return
        idx = DocIndex.of(doc)  # its sentences and entities made once: `doc.sents`, `doc.ents` make them anew
        sentences = [(s.start_char, s.end_char, span_text(s)) for s in idx.sents]
        towns = {(e.start_char, e.text) for e in idx.ents if e.label_ == "LOC" and e.text.lower() not in self.countries}
        for meeting in meetings:
            if meeting["location"] or meeting["remote"]:
                continue
            at, own = next(((start, t) for start, end, t in sentences if start <= meeting["start_char"] < end), (0, ""))
            found = {m.group("city") for m in self.side_pattern.finditer(own)
                     if m.group("city").lower() in self.cities}
            if not found and self.side_of_city is not None:  # `en marge du sommet d'Abuja`: the gathering's city
                found = {self._city_prefix(m.group("city")) or _town_named(towns, at + m.start("city"), m.group("city"))
                         for m in self.side_of_city.finditer(own)} - {""}
            if not found:  # `en marge de la conférence`: the gathering named before with its city
                found = self._city_of_gathering_named(doc_text(doc)[: meeting["start_char"]], own, towns)
            if len(found) == 1:
                meeting["location"] = found.pop()

    def _city_of_gathering_named(self, before: str, own: str, towns: set[tuple[int, str]]) -> set[str]:
        """`la 61e Conférence de Munich ... ` then `En marge de la conférence, X a rencontré Y`: a gathering
        the side markers name by its word alone (`side_of_gathering`, no city) is the one the text named before
        with that word and its city (`gathering_of_city`: `Conférence de Munich`, `sommet d'Abuja`)."""
        side = self.side_of_gathering.search(own) if self.side_of_gathering and self.side_of_city else None
        if side is None:
            return set()
        named = re.compile(rf"(?<!\w){re.escape(side.group('first'))}\s+(?:{self.city_links})(?:\s+|(?<=['’]))"
                           r"(?P<city>(?-i:[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+){0,2}))", re.I)
        return {self._city_prefix(m.group("city")) or _town_named(towns, m.start("city"), m.group("city"))
                for m in named.finditer(before)} - {""}

    def place_of_gathering_from_side(self, meetings: list[Meeting]) -> None:
        """`Cette cérémonie s'est déroulée en marge de la réunion des ministres`: a gathering naming no place,
        told in that sentence only as what a placed meeting is on the sidelines of (its own word right after
        `side_markers`), was held where that side meeting was."""
        if self.side_of_gathering is None:
            return
        for meeting in meetings:
            if meeting["location"] or meeting["remote"] or not meeting["kind"]:
                continue
            own = meeting["sentences"][0]
            word = meeting["kind"].split()[0].lower()
            if not any(word in (m.group("first").lower(), (m.group("second") or "").lower())
                       for m in self.side_of_gathering.finditer(own)):
                continue
            sides = {x["location"] for x in meetings if x is not meeting and x["location"] and not x["remote"]
                     and own in x["sentences"] and not x["kind"].lower().startswith(word)}
            if len(sides) == 1:
                meeting["location"] = sides.pop()

    def _city_prefix(self, words: str) -> str:
        """The longest run of capitalised words opening `words` that is a city of the gazetteer, else ''."""
        parts = words.split(" ")
        for n in range(len(parts), 0, -1):
            name = " ".join(parts[:n])
            if name[:1].isupper() and name.lower() in self.cities:
                return name
        return ""

    def place_from_neighbour_day(self, meetings: list[Meeting]) -> None:
        """`La veille, X avait reçu les représentants ...` after `Y a été accueilli au siège par X`: a
        meeting naming no place, dated the day before or after a meeting that names one and has the same
        host (or, with no host, one of its people), was held at that place: a host receives at home; the
        nearest such meeting in the text gives it. Another host, a day further off, or a meeting still to
        come (planned: the host may travel), gives nothing."""
        for meeting in meetings:
            day = first_day(meeting["date"]) if meeting["date"] and granularity(meeting["date"]) == "day" else None
            if meeting["location"] or meeting["remote"] or day is None or not meeting["people"] or (
                    meeting["status"] != "held"):
                continue  # `X doit rencontrer mardi Y`: a meeting still to come may be held elsewhere
            near = []
            for other in meetings:
                there = first_day(other["date"]) if other["date"] and granularity(
                    other["date"].partition("/")[0]) == "day" else None
                if other is meeting or not other["location"] or other["remote"] or there is None or (
                        other["status"] == "planned"):
                    continue  # a trip still to come (`Y doit se rendre à Z`) says nothing of where Y was
                shared = meeting["host"] == other["host"] if meeting["host"] else bool(
                    set(meeting["people"]) & set(other["people"]))
                if abs((there - day).days) <= 1 and shared:
                    near.append(other)
            if near:
                meeting["location"] = min(near, key=lambda x: abs(x["start_char"] - meeting["start_char"]))["location"]

    def place_from_byline(self, text: str, meetings: list[Meeting]) -> None:
        """`Hélène Martin à Kananaskis, Alberta`, `Avec notre correspondant à Niamey`: a reporter's byline
        in the story's head (a line of its own) says where the story was written. The meetings of the
        story's first day, or the day before or after, that name no place, or only a country, took place there."""
        head = text[:BYLINE_REACH]
        found = next((f for f in self.byline.finditer(head) if len(f.group(0)) <= BYLINE_MAX_CHARS
                      and self._byline_city(f)), None) if self.byline else None
        main = [x for x in meetings if not x["side"] and not x["remote"]]
        if found is None or not main or self._country_only(found.group("place")):
            return
        self._place_first_day(main, found.group("place"))

    def _place_first_day(self, main: list[Meeting], place: str) -> None:
        """The place where the story was written, for the meetings of its first day (or the day before or
        after) that name no place, or only a country."""
        day = main[0]["date"]
        for meeting in main:
            if (meeting["date"] == day or day and granularity(day.partition("/")[0]) == "day" and _adjacent(
                    meeting["date"].partition("/")[0], day)) and (
                    not meeting["location"] or meeting["location"].lower() in self.countries):
                meeting["location"] = place

    def _byline_city(self, found: re.Match) -> bool:
        """`AA / Ankara`: an agency's acronym and a slash place the story only in a city of the gazetteer
        (`AFP / Jean Dupont` credits a photographer)."""
        return "agency" not in found.re.groupindex or found.group("agency") is None or (
            found.group("place").lower() in self.cities)

    def date_overnight(self, doc: Doc, meetings: list[Meeting]) -> None:
        """`dans la nuit du samedi 7 au dimanche 8`: a meeting dated by a night over two days is one event
        that night, dated by its first day."""
        nights = {span._.normalized for span in doc.spans.get("dates", [])
                  if span._.normalized and span.start > 1 and _two_days(span._.normalized)
                  and {doc[span.start - 1].lower_, doc[span.start - 2].lower_} & self.overnight_words}
        for meeting in meetings:
            if meeting["date"] in nights:
                meeting["date"] = meeting["date"].partition("/")[0]

    def place_from_place_line(self, text: str, meetings: list[Meeting]) -> None:
        """`Saint-Malo, France` on a line of its own in the story's head: the town the story was written in,
        the place of the meetings of the story's first day (or the day before or after) naming none yet."""
        head = text[:BYLINE_REACH]
        found = next((f for f in self.place_line.finditer(head) if len(f.group(0)) <= BYLINE_MAX_CHARS
                      and f.group("country").strip().lower() in self.countries
                      and f.group("place").lower() not in self.countries), None) if self.place_line else None
        main = [x for x in meetings if not x["side"] and not x["remote"]]
        if found is None or not main:
            return
        self._place_first_day(main, found.group("place"))

    def place_from_context(self, reader: MentionReader, meetings: list[Meeting]) -> None:
        """A meeting that names no place after the dateline: the place the sentence just after its
        own says something took place at (`Les échanges ont eu lieu au ...`); else, for the meetings
        of the story's day, the place its headline names after `à` (`À Cherbourg, le président ...`)."""
        for meeting in meetings:
            if not meeting["location"] and not meeting["remote"]:
                meeting["location"] = reader.place_after(meeting["end_char"])
        self.place_from_host(meetings)
        self.place_from_intertitle(doc_text(reader.idx.doc), reader.body_start, meetings)
        main = [x for x in meetings if not x["side"] and not x["remote"]]
        place = reader.headline_place() if main else ""
        if not place or place.lower() in self.countries:
            self.place_from_lead(reader, main)
            return
        day = main[0]["date"]
        for meeting in main:
            if (meeting["date"] == day or _eve_of(meeting, day)) and (
                    not meeting["location"] or meeting["location"].lower() in self.countries):
                meeting["location"] = place

    def place_from_host(self, meetings: list[Meeting]) -> None:
        """`Le même jour, le général X a également reçu Y`, `Y est de nouveau accueillie par X`: a meeting
        naming no place, whose host hosted an earlier meeting of the article that names one, on the same
        day or with a `same_place_markers` phrase in its sentences, was held at that place too."""
        for meeting in meetings:
            if meeting["location"] or meeting["remote"] or not meeting["host"]:
                continue
            said = " ".join(meeting["sentences"]).lower()
            marked = any(re.search(rf"(?<!\w){re.escape(m)}(?!\w)", said) for m in self.same_place_markers)
            earlier = [x for x in meetings if x["host"] == meeting["host"] and x["location"]
                       and not x["remote"] and x["start_char"] < meeting["start_char"]
                       and (marked or x["date"] and x["date"] == meeting["date"])]
            if earlier:
                meeting["location"] = max(earlier, key=lambda x: x["start_char"])["location"]

    def place_from_intertitle(self, text: str, body_start: int, meetings: list[Meeting]) -> None:
        """`22-23 février 2024 : le ministre à Erevan`: an intertitle of the body (a short paragraph of
        its own line, no closing punctuation) naming a city of the gazetteer (countries.yml `places`)
        after `à` places the meetings of its section (up to the next intertitle) that name no place,
        or only a country."""
        titles = []  # (start of the section, its city)
        for found in INTERTITLE_RE.finditer(text, max(body_start, 0)):
            line = found.group("line").strip()
            city = next((m.group(1) for m in CITY_AFTER_A_RE.finditer(line)
                         if m.group(1).lower() in self.cities), "")
            titles.append((found.end(), city))
        for k, (start, city) in enumerate(titles):
            end = titles[k + 1][0] if k + 1 < len(titles) else len(text)
            if not city:
                continue
            for meeting in meetings:
                if start <= meeting["start_char"] < end and not meeting["remote"] and (
                        not meeting["location"] or meeting["location"].lower() in self.countries):
                    meeting["location"] = city

    def place_from_lead(self, reader: MentionReader, main: list[Meeting]) -> None:
        """The city the story's lead says its subject was at (`MentionReader.lead_place`): the place of
        the meetings that name none and whose first day is within the days the lead names (or whose
        days hold one of them)."""
        place, days = reader.lead_place() if main else ("", [])
        if not place:
            return
        for meeting in main:
            if not meeting["location"] and meeting["date"] and _within_days(meeting["date"], days):
                meeting["location"] = place

    def place_from_chamber(self, doc: Doc, body_start: int, meetings: list[Meeting]) -> None:
        """`La commission de la défense de l'Assemblée nationale a entendu ...`: a hearing or a sitting
        that names no place was held at the parliamentary chamber its sentences name, else at the chamber of
        the parliamentary committee the text names last before it (`La commission de la défense du Sénat a
        ouvert ses auditions. Son président a accueilli ...`), else the one the page's header names
        (`ASSEMBLÉE NATIONALE`)."""
        text = doc_text(doc)
        header = text[: max(body_start, 0)]
        committees = self._parliamentary_committees(doc)
        for meeting in meetings:
            if meeting["location"] or meeting["remote"] or not self._chamber_sitting(doc, meeting, committees):
                continue
            found = self._chamber_named(" ".join(meeting["sentences"]))
            if not found and committees:
                first = min((at for at in (text.find(s) for s in meeting["sentences"]) if at >= 0), default=-1)
                before = [chamber for at, chamber in committees if at <= first]
                found = before[-1] if before else committees[0][1]
            found = found or self._chamber_named(header)
            if found:
                meeting["location"] = found

    def _held_at_chamber(self, doc: Doc, m: Mention) -> bool:
        """A hearing or a sitting (`chamber_kinds`) told in a text naming a chamber of `chambers` is held at
        that chamber (`place_from_chamber`), not in the town a sentence before names (`la conférence réunie à
        Prague` the witness reported on)."""
        return m["kind"].split()[0].lower() in self.chamber_kinds and bool(self._chamber_named(doc_text(doc)))

    def _chamber_named(self, where: str) -> str:
        """The chamber of `chambers` named first in `where`, or ""."""
        lowered = where.lower()
        found = sorted((lowered.find(c.lower()), c) for c in self.chambers if c.lower() in lowered)
        return found[0][1] if found else ""

    def _committee_of(self, token) -> list:
        """The words of the name of the committee `token` heads, read on while they are words of a name
        (nouns, adjectives, articles, `de`, `et`, a comma before another `de` complement: `commission des
        affaires étrangères, de la défense et des forces armées du Sénat`), up to a verb or any other word
        (`la commission, présidée par X`, `la commission a entendu`). Read from the words, not the parse,
        which often cuts a long coordinated name in two."""
        words, doc = [], token.doc
        for t in doc[token.i + 1: token.sent.end]:
            follows = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if t.pos_ in NAME_POS or (t.text == "," and follows is not None and follows.pos_ == "ADP"):
                words.append(t)
            else:
                break
        return words

    def _committee_chamber(self, token) -> str:
        """The chamber a committee's name closes on: one of `chambers` (`du Sénat`, `du Parlement européen`), or
        a bare capitalised name of `committee_chambers` that only there names a chamber (`la commission de
        la Défense nationale de la Chambre`)."""
        words = self._committee_of(token)
        found = self._chamber_named(" ".join(t.text for t in words))
        if found:
            return found
        bare = [t.text for t in words if t.text in self.committee_chambers]
        return bare[-1] if bare else ""

    def _parliamentary_committees(self, doc: Doc) -> list[tuple[int, str]]:
        """Each committee the text names with the chamber it belongs to: (its start, the chamber)."""
        lower, strings = token_column(doc, "LOWER"), doc.vocab.strings
        # each distinct word of the text unaccented once, then the committee words found in the column:
        # no Python Token and no `_unaccented` for every word of the text
        committee = {h for h in set(lower) if _unaccented(strings[h]) in self.committee_words}
        found = []
        for i, word in enumerate(lower):
            if word in committee:
                token = doc[i]
                chamber = self._committee_chamber(token)
                if chamber:
                    found.append((token.idx, chamber))
        return found

    def _committee_told_back(self, doc: Doc, meeting: Meeting) -> bool:
        """The meeting's sentences name a committee told back (`La réunion de la commission, présidée par X`,
        `en commission`): a committee word in lower case with no modifier of its own, or one whose name
        closes on a chamber. `la commission mixte`, `la Commission européenne` are other bodies."""
        text = doc_text(doc)
        for sentence in meeting["sentences"]:
            at = text.find(sentence)
            span = doc.char_span(at, at + len(sentence), alignment_mode="expand") if at >= 0 else None
            for token in span or ():
                if _unaccented(token.lower_) not in self.committee_words:
                    continue
                if self._committee_chamber(token):
                    return True
                if token.text.islower() and not self._committee_of(token):
                    return True
        return False

    def _chamber_sitting(self, doc: Doc, meeting: Meeting, committees: list[tuple[int, str]]) -> bool:
        """A hearing or a sitting (its kind one of `chamber_kinds`), or a meeting of another kind
        (`La réunion est ouverte à 9 h 30.`) whose own sentences announce one (`Audition de M. X`) or, in a text
        naming a parliamentary committee, tell back that committee (`La réunion de la commission ...`)."""
        if meeting["kind"].split()[0].lower() in self.chamber_kinds:
            return True
        words = set(re.findall(r"\w+", " ".join(meeting["sentences"]).lower()))
        return bool(words & self.chamber_kinds) or (bool(committees) and self._committee_told_back(doc, meeting))

    def place_within_stay(self, meetings: list[Meeting]) -> None:
        """`X atterrit mardi à Niamey pour une visite de deux jours`, then `une audience avec Y était prévue
        mercredi`: a meeting naming no place whose day lies within the days of a stay (a visit noun, `de N
        jours`) told with its place by another meeting was held at that place. So with a visit told over a
        range of days (`X a séjourné à Bamako du 28 au 30 août`, then `La dernière journée, mercredi 30 août, a
        été marquée par une cérémonie`): a day within it, the first included."""
        for meeting in meetings:
            day = first_day(meeting["date"] or "")
            if meeting["location"] or meeting["remote"] or day is None or granularity(meeting["date"]) != "day":
                continue
            for stay in meetings:
                if stay is meeting or not stay["location"] or stay["remote"]:
                    continue
                start, end = self._days_of_stay(stay)
                if start is not None and end is not None and start <= day <= end:
                    meeting["location"] = stay["location"]
                    break

    def _days_of_stay(self, stay: Meeting) -> tuple:
        """The days a stay covers once arrived (the first and the last), or (None, None): a visit noun and
        `de N jours` (2 to 15) from the day after its first; else a visit's own range of days (15 at most)."""
        start = first_day(stay["date"] or "")
        if start is None:
            return None, None
        found = next((f for f in map(self.visit_of_days.search, stay["sentences"]) if f), None) \
            if self.visit_of_days is not None else None
        if found is not None:
            count = found.group("n")
            days = int(count) if count.isdigit() else self.day_count.get(count.lower(), 0)
            return (start + timedelta(days=1), start + timedelta(days=days - 1)) if 1 < days <= 15 else (None, None)
        end = last_day(stay["date"] or "")
        if stay["kind"] not in self.visit_kinds or granularity(stay["date"] or "") != "range" or end is None \
                or granularity(stay["date"].partition("/")[0]) != "day" or not 0 < (end - start).days < 15:
            return None, None
        return start, end

    def place_city_of_country(self, text: str, body_start: int, meetings: list[Meeting]) -> None:
        """`se rend en Ukraine` ... `s'est rendu à Kiev`: a meeting whose place is only a country (or its
        periphrasis: `au Royaume`, `l'Hexagone`) took place in the city of that country (its `places`,
        countries.yml) one of its own sentences names after `à`; else the one city of that country the
        paragraphs of those sentences name after `à` (`la visite effectuée en Algérie ... une réunion avait
        regroupé à Alger`)."""
        body = text[max(body_start, 0):]
        for meeting in meetings:
            place = (meeting["location"] or "").lower()
            cities = self.country_places.get(place) or self.periphrasis_places.get(place)
            if not cities or meeting["remote"]:
                continue
            own = self._city_after_preposition(" ".join(meeting["sentences"]), cities)
            sited = self._town_of_site(" ".join(meeting["sentences"]), cities)
            named = own or sited or self._city_after_preposition(_paragraphs_of(body, meeting["sentences"]), cities,
                                                                 only=True)
            named = named or _city_of_same_day(meeting, meetings, cities) \
                or self._site_town_of_same_day(meeting, meetings, cities)
            if named:
                meeting["location"] = named

    def _city_after_preposition(self, text: str, cities: list[str], only: bool = False) -> str:
        """The first of `cities` named after a place preposition (`à Kiev`) in `text`; with `only`,
        none when the text so names two different ones. A city named like its country is the country
        after `au` (`visite au Luxembourg`), the city after `à` only."""
        found = []
        for city in cities:
            prepositions = "|".join(map(re.escape, self.city_prepositions))
            pattern = rf"(?<!\w)(?:{prepositions})\s+({re.escape(city)})(?!\w)"
            found += [(m.start(1), m.group(1)) for m in re.finditer(pattern, text)
                      if not (city.lower() in self.countries and m.group(0)[:1].lower() != "à")]
        if not found or only and len({name for _, name in found}) > 1:
            return ""
        return min(found)[1]

    def _town_of_site(self, text: str, cities: list[str] | None = None) -> str:
        """The first town a site of `site_town_nouns` stands in, as its `de` complement names it (`reçu au
        Centre militaire de X`, `au château de X`): no country, and with `cities` (a country's), no city the
        gazetteer gives to another country."""
        if self.site_town is None:
            return ""
        ours = {c.lower() for c in cities or []}
        return next((m.group("town") for m in self.site_town.finditer(text)
                     if m.group("town").lower() not in self.countries
                     and (cities is None or m.group("town").lower() in ours
                          or m.group("town").lower() not in self.cities)), "")

    def _site_town_of_same_day(self, meeting: Meeting, meetings: list[Meeting], cities: list[str]) -> str:
        """A stay of days in a country (`visite de deux jours au Grand-Duché`) one of whose days another
        meeting was held at a site of a town (`reçu au centre militaire de X`), or a meeting of one of the
        days of such a stay placed there: that town, when it is the one such town. Two meetings of a single
        day may be in two towns (`reçu à la capitale, puis a rejoint la base de X`): none."""
        day = meeting["date"].partition("/")[0] if meeting["date"] else ""
        found = {self._town_of_site(f"à {x['location']}", cities) or x["location"] for x in meetings
                 if x is not meeting and day and x["location"] and x["date"] and not x["remote"]
                 and ("/" in x["date"] and within(day, x["date"])
                      or "/" in meeting["date"] and within(x["date"].partition("/")[0], meeting["date"]))
                 and (self._town_of_site(f"à {x['location']}", cities)
                      or self._town_of_site(" ".join(x["sentences"]), cities) == x["location"])}
        return found.pop() if len(found) == 1 else ""

    def host_of_house(self, reader: MentionReader, meetings: list[Meeting]) -> None:
        """A meeting with no host whose place is the house of an office (`houses`: `au palais présidentiel`,
        `au siège du ministère russe de la Défense`, `à la Maison-Blanche`): the one participant holding
        that office, of the house's country, hosts it (no HOSTED relation: no host verb says it). With no
        place read, a house its own sentence names (`_house_named_in`: `au Kremlin`) stands for the place."""
        for meeting in meetings:
            if meeting["host"] or meeting["remote"] or meeting["side"] or meeting.get("framing"):
                continue
            words = set(re.findall(r"\w+", _unaccented(meeting["location"])))
            house = next((h for h in self.houses if words and h[0] <= words), None) or (
                None if meeting["location"] else self._house_named_in(meeting["sentence"]))
            if house is None:
                head = self._head_of_seat(reader, meeting)
                if head:  # `la cérémonie au siège de l'OTAN`, its secretary general among the people
                    self._set_host(meeting, head)
                continue
            people = [k for k in meeting["people"] if k in reader.people_office]
            visited = self._holder_visited(reader, meeting, house) or self._holder_received(reader, meeting, house)
            if visited:  # `X s'est rendu à la Maison-Blanche`: the American president receives him
                meeting["people"].insert(0, visited)
                self._set_host(meeting, visited)
                continue
            if len(people) < 2:
                continue
            country = house[2] or self._country_of_place(meeting["location"])
            countries = reader.people_country
            holders = [k for k in people if reader.people_office[k][1].split("#")[0] in house[1]  # `...#head`
                       and (not country or countries.get(k) in ("", country))]
            at_home = _holders_at_home(meeting, meetings, holders, countries)
            if len(holders) != 1 and len(at_home) != 1:
                continue
            if not at_home and set(holders) <= _received_that_day(meeting, meetings):
                continue  # the one holder was received by another that day: a visitor, no one at home is named
            host = at_home[0] if len(at_home) == 1 else holders[0]
            if not country and not at_home and not self._head_of_state_house(house) and any(
                    countries.get(k) not in ("", countries.get(host)) for k in people):
                continue  # `au siège du ministère de la Défense`, two sides: whose ministry is not said
            self._set_host(meeting, host)

    def _head_of_state_house(self, house) -> bool:
        """A house every office of which heads a state (`state_leader_roles`: `au palais présidentiel`, `au palais
        de la République`): a head of state has no palace abroad, so its one holder among the talks' people is at
        home there, beside a visitor of another country (a ministry's seat may be either side's ministry)."""
        return bool(house[1]) and house[1] <= self.leader_ranks[0]

    def host_of_office_room(self, text: str, reader: MentionReader, meetings: list[Meeting]) -> None:
        """A meeting with no host told as held in the office room of a title (`office_rooms`: `Séance de
        travail au cabinet du ministre d'Etat, entre X et Y`, `la rencontre s'est tenue au cabinet de travail du
        Vice-Premier ministre`): the one participant the text names with that title hosts it. Two such (`au
        cabinet du ministre`, two ministers present), or none: no host."""
        if self.office_room is None:
            return
        ends = sorted(end for spans in reader.people_mentions.values() for _, end in spans)
        for meeting in meetings:
            if meeting["host"] or meeting["remote"] or meeting["side"] or meeting.get("framing") or (
                    len(meeting["people"]) < 2):
                continue
            titles = {_unaccented(" ".join(m.group("title").split()))
                      for s in meeting.get("sentences") or [meeting["sentence"]] for m in self.office_room.finditer(s)}
            holders = {k for k in meeting["people"] for title in titles
                       if _named_with(text, reader.people_mentions.get(k) or [], ends, title, self.office_room)}
            if len(holders) == 1:
                self._set_host(meeting, holders.pop())

    def _head_of_seat(self, reader: MentionReader, meeting: Meeting) -> str:
        """A meeting whose place is the seat of a body (`seat_nouns`: `siège de l'OTAN`, `quartier général de la
        Défense`), told with no host: the one participant heading that body (a role of `head_roles` in it)
        hosts. A visit there (`visit_kinds`) none of whose people heads it is received by the one official of
        the text heading it, named elsewhere in the story (`Le roi s'est rendu au quartier général de la
        Défense. Le chef de la Défense, l'amiral X, a présenté ...`): he takes part. Several, or none: no host."""
        location = meeting["location"]
        if not location or not self._seat_word_first(location):
            return ""
        bodies = {e.ent_id_ for e in reader.idx.ents if e.ent_id_.startswith("organisations:")
                  and e.text in location}
        offices, place = reader.people_office, _unaccented(location)

        def heads_it(k: str) -> bool:  # his body named in the place (`chef de la Défense`, `au QG de la Défense`)
            body = _unaccented(reader.people_body.get(k, ""))
            return offices[k][1].split("#")[0] in self.head_roles and (offices[k][0] in bodies or bool(
                body) and re.search(rf"\b{re.escape(body)}\b", place) is not None)

        heads = [k for k in meeting["people"] if k in offices and heads_it(k)]
        if heads or meeting["kind"] not in self.visit_kinds or not meeting["people"]:
            return heads[0] if len(heads) == 1 else ""
        heads = [k for k in offices if heads_it(k)]
        if len(heads) != 1:
            return ""
        meeting["people"].insert(0, heads[0])
        return heads[0]

    def _seat_word_first(self, location: str) -> bool:
        """The place opens on a word (or words) of a body's seat (`seat_nouns`: `siège de`, `quartier général
        de`, `état-major de`): `État de Bahia` opens on no `état-major`."""
        words = re.findall(r"\w+", _unaccented(location).lower())
        return any(words[: len(seat)] == seat for seat in self.seat_phrases)

    def _holder_visited(self, reader: MentionReader, meeting: Meeting, house) -> str:
        """A visit (`visit_kinds`) to a house named by its own name, of a known country (`se rendre à la
        Maison-Blanche`), none of whose people holds its office nor is of that country: the one official
        of the text of that country holding it, named or not in the visit's sentence, receives the visitors."""
        if meeting["kind"] not in self.visit_kinds or not house[2] or not meeting["people"]:
            return ""
        countries = reader.people_country
        if any(countries.get(k) == house[2] for k in meeting["people"]):
            return ""
        holders = [k for k, (_, role) in reader.people_office.items()
                   if role.split("#")[0] in house[1] and countries.get(k) == house[2]]
        return holders[0] if len(holders) == 1 else ""

    def _holder_received(self, reader: MentionReader, meeting: Meeting, house) -> str:
        """A visit (`visit_kinds`) to a house of no country of its own (`X a été reçu au palais présidentiel`,
        no agent), none of whose people holds its office: the one official of the text holding it, of the
        place's country when the place names one, else of a known country that is none of the visitors',
        receives them. Visitors of no known country, or two such officials: no host."""
        if meeting["kind"] not in self.visit_kinds or house[2] or not meeting["people"]:
            return ""
        countries, offices = reader.people_country, reader.people_office
        if any(offices.get(k, ("", ""))[1].split("#")[0] in house[1] for k in meeting["people"]):
            return ""  # a participant holds the office: `host_of_house` reads him
        country = self._country_of_place(meeting["location"])
        visitors = {countries.get(k, "") for k in meeting["people"]}
        if "" in visitors or country in visitors:
            return ""
        holders = [k for k, (_, role) in offices.items() if role.split("#")[0] in house[1]
                   and (countries.get(k) == country if country else countries.get(k) not in ("", *visitors))]
        return holders[0] if len(holders) == 1 else ""

    def _house_named_in(self, sentence: str) -> tuple[frozenset[str], set[str], str] | None:
        """The house of an office the meeting's own sentence places it in, when no place was read (`des
        entretiens avec son homologue au Kremlin`, the building read as an organisation): a place
        preposition (`au`, `à la`), then a phrase of at most five words, first one of the house's own
        words, holding them all (`à la tête du ministère de la Défense` names no house). One house only."""
        found = []
        for match in self.house_phrase.finditer(sentence):
            phrase = re.findall(r"\w+", _unaccented(match.group(1)))[:5]
            found += [h for h in self.houses if phrase and phrase[0] in h[0] and h[0] <= set(phrase) and h not in found]
        return found[0] if len(found) == 1 else None

    def host_at_home(self, reader: MentionReader, meetings: list[Meeting]) -> None:
        """Talks told with no host verb (`X a rencontré Y à Z`) in a town or a country (the place as a
        whole) of one of their sides, a kind of `home_hosts`: the one participant of that country, beside at
        least one of another known country (two to four people in all), hosts them: the home side."""
        for meeting in meetings:
            if meeting["host"] or meeting["remote"] or meeting["side"] or meeting.get("framing") or (
                    meeting["kind"].lower() not in self.home_kinds):
                continue  # a stay of days around a meeting (`_stay_of_days`) keeps no host of its own
            _, home, _ = self._home_side(meeting, reader.people_country, reader.people_office, count_unknown=True)
            home = home or self._unplaced_home(meeting, reader)[1] or self._visited_by_unplaced(meeting, reader)[1] or (
                self._leader_at_home(meeting, reader))
            if home:
                self._set_host(meeting, home)

    def _leader_at_home(self, meeting: Meeting, reader: MentionReader) -> str:
        """A pair met in a town or a country of the gazetteer (`place_country`): one of them of that country,
        heading its state or its government (`state_leader_roles`, `government_leader_roles`, in no
        organisation), the other an official the text gives no country (`Kim Jong Un, secrétaire général du
        Parti du Travail de Corée`, `le chef du bureau politique du Hamas`): the leader is at home and receives
        his visitor; "" otherwise. A minister at home may be meeting one of his own side the text leaves
        unplaced: only the head of a state or a government is read so."""
        countries, offices = reader.people_country, reader.people_office
        country = self.place_country.get((meeting["location"] or "").strip().lower(), "")
        people = meeting["people"]
        if not country or len(people) != 2 or not all(k in offices for k in people):
            return ""
        leaders = set().union(*self.leader_ranks)
        home = [k for k in people if countries.get(k) == country and not offices[k][0]
                and offices[k][1].split("#")[0] in leaders]
        away = [k for k in people if not countries.get(k)]
        return home[0] if len(home) == 1 and len(away) == 1 else ""

    def host_in_building_of_stop(self, doc: Doc, body_start: int, reader: MentionReader, meetings: list[Meeting],
                                 story: dict | None = None) -> None:
        """Talks or a visit (`home_hosts`) told with no host and placed in a building, not a town of the
        gazetteer (`X s'est entretenu avec Y au palais présidentiel`, `X a rencontré Y à la Chancellerie, à Z`):
        the building stands in the town its own sentences name after a place preposition, else in the town
        the story's trip is in (`trips.py`: the dateline, `arrivé à Z`; the last stop the gazetteer knows),
        so the one side of that town's country is at home there and hosts, as `host_at_home` reads a town
        (the one participant of that country beside one at least of another known country). Not read: a
        place written like a town's name with no word of a house or a seat (a town the gazetteer lacks), the
        seat of a body of states (`siège de l'OTAN`: no side's home). An official of no known country among the
        people may be the side at home: he is read as `host_at_home` reads him in a town (`_unplaced_home`: a
        pair, the visitor of another known country named before him, he first named with the talks and on no
        trip of his own, `X est arrivé à Varsovie. Il s'est entretenu avec le Premier ministre Y à la
        Chancellerie`), else no host."""
        stops = None
        for meeting in meetings:
            location = (meeting["location"] or "").strip().lower()
            if meeting["host"] or meeting["remote"] or meeting["side"] or meeting.get("framing") or (
                    not location or location in self.place_country or meeting["kind"].lower() not in self.home_kinds):
                continue
            if _town_like(meeting["location"]) and not self._house_word_in(location) or any(
                    e.ent_id_ in self.international_bodies and e.text in meeting["location"] for e in reader.idx.ents):
                continue  # a town the gazetteer lacks; the seat of a body of states is no side's home
            unknown = any(k in reader.people_office and not reader.people_country.get(k) for k in meeting["people"])
            stops = self.trip(doc, body_start, story) if stops is None else stops
            town = self._town_named_in(" ".join(meeting.get("sentences") or [meeting["sentence"]])) or next(
                (s["place"] for s in reversed(stops) if s["start_char"] <= meeting["start_char"]
                 and s["place"].lower() in self.place_country), "")
            if not town:
                continue
            placed = {**meeting, "location": town}
            if unknown:  # an official of no known country (`le président X`) may be the side at home
                home = self._unplaced_home(placed, reader)[1] or self._leader_at_home(placed, reader)
            else:
                _, home, _ = self._home_side(placed, reader.people_country, reader.people_office, count_unknown=False)
            if home:
                self._set_host(meeting, home)

    def host_of_destination(self, doc: Doc, reader: MentionReader, meetings: list[Meeting]) -> None:
        """Talks or a visit (`home_hosts`, `visit_kinds`) told with no host in the very sentence whose
        movement verb took its subject there (`_movers`: `X s'est rendu à Z, où il s'est entretenu avec Y`):
        the travellers are the guests, and the one official they find there is at home and receives them.
        Found there: a participant of the talks who is none of the travellers, on no trip of his own, of no
        country of theirs (`en présence de l'ambassadeur de France`: the visitor's own side) and of the place's
        country when the gazetteer knows it, else of no known country (`le président du Parlement, Y`: the
        text leaves his country to the place); of several, the one leading his side (`_leader_of`). Travellers
        all of a known country; two to four people in all. Two others of equal office, or one of another
        country than the place's (`X s'est rendu à Genève, où il a rencontré Lavrov`: neutral ground): no host."""
        countries, offices, mention_keys = reader.people_country, reader.people_office, _mention_keys(doc)
        for meeting in meetings:
            if meeting["host"] or meeting["remote"] or meeting["side"] or meeting.get("framing") or not (
                    meeting["kind"].lower() in self.home_kinds or meeting["kind"] in self.visit_kinds):
                continue
            keys = [k for k in meeting["people"] if k in offices]
            if not 2 <= len(keys) <= 4:
                continue
            travellers = self._movers(doc, meeting["start_char"], mention_keys)
            if not travellers:
                continue
            guests = {countries.get(k, "") for k in travellers}
            if not travellers <= set(keys) or "" in guests:
                continue
            country = self.place_country.get((meeting["location"] or "").strip().lower(), "")
            if country in guests:
                continue  # the travellers' own country: a trip at home receives no foreign guest
            found = [k for k in keys if k not in travellers and k not in reader.people_travelling
                     and countries.get(k, "") not in guests and countries.get(k, "") == country
                     and not self._of_international_body(k, countries, offices)]
            others = [k for k in keys if k not in travellers and countries.get(k, "") not in guests]
            leaders = self._leader_of(found, offices)
            if found == others and len(leaders) == 1:
                self._set_host(meeting, leaders[0])

    def _movers(self, doc: Doc, char: int, keys: list[tuple[int, int, str]]) -> set[str]:
        """The subjects of a movement verb (`trip_verbs`: `se rendre`, `arriver`), not in the future, of the
        sentence at `char` (`X s'est rendu à Z, où ...`): the people it takes there; empty when none."""
        sent = next((s for s in DocIndex.of(doc).sents if s.start_char <= char < s.end_char), None)
        if sent is None:
            return set()
        return {k for t in sent if t.pos_ in ("VERB", "AUX") and self.trips._moving(t)
                and "Fut" not in t.morph.get("Tense") for k in _subject_keys(t, keys)}

    def _house_word_in(self, place: str) -> bool:
        """`Chancellerie`, `Palais de la Paix`: a place written like a town's name, one of whose words is a
        word of a house of an office (`houses`) or a seat (`seat_nouns`): a building."""
        words = set(re.findall(r"\w+", _unaccented(place)))
        return bool(words & (self.seat_nouns | {w for h in self.houses for w in h[0]}))

    def _town_named_in(self, text: str) -> str:
        """The first town of the gazetteer (`places` of countries.yml) `text` names after a place preposition
        (`à Varsovie`); "" when none."""
        found = [m for m in self.place_after_preposition.finditer(text)
                 if m.group(1).lower() in self.place_country and m.group(1).lower() not in self.countries]
        return found[0].group(1) if found else ""

    def host_of_visited(self, reader: MentionReader, meetings: list[Meeting]) -> None:
        """A visit (`visit_nouns`) to a town or a country of the gazetteer, told with no host of that
        country (none, or the visitor read as host from a verb of the talks: `X, en visite à Z, s'est
        entretenu avec son homologue`), between one participant of that country and others of another
        known country (two to four people in all): the visited side hosts it (see "Host convention"); a host
        verb's own host stays (`Y avait été reçu par X`). A visit to a country none of whose people is of it,
        told with no host: the one official of the text heading that country's state (`_state_head_of`)
        receives the visitors and takes part (`X a effectué une visite d'État en Algérie`)."""
        countries = reader.people_country
        for meeting in meetings:
            if meeting["remote"] or meeting["side"] or meeting.get("framing") or not meeting["location"] or (
                    meeting["kind"] not in self.visit_kinds):
                continue
            country, home, away = self._home_side(meeting, countries, reader.people_office, count_unknown=False)
            if not home:
                country, home, away = self._unplaced_home(meeting, reader)
            if not home:
                country, home, away = self._visited_by_unplaced(meeting, reader)
            if not home and not meeting["host"]:
                country = self._country_of_place(meeting["location"])
                home = "" if not country or any(countries.get(k) == country for k in meeting["people"]) else (
                    self._state_head_of(country, countries, reader.people_office))
                if home:
                    meeting["people"].insert(0, home)
            if not home or countries.get(meeting["host"]) == country or any(
                    hosted[0] == meeting["host"] for hosted in meeting.get("hosted") or []):
                continue  # `Y avait été reçu par X`: a host verb names the host, wherever the text places it
            if not meeting["host"] or meeting["host"] in away:
                self._set_host(meeting, home)

    def host_of_summit(self, reader: MentionReader, meetings: list[Meeting]) -> None:
        """A summit (`summit_nouns`) in a town or a country of the gazetteer, told with no host: its one
        participant of that country, else the one of them leading it (`_leader_of`),
        beside at least one participant of another known country, hosts it. None, or several: no host."""
        countries, offices = reader.people_country, reader.people_office
        for meeting in meetings:
            if meeting["host"] or meeting["remote"] or meeting["side"] or meeting.get("framing") or (
                    (_unaccented(meeting["kind"]).split() or [""])[0] not in self.summit_nouns):
                continue
            country = self._country_of_place(meeting["location"] or "")
            people = meeting["people"]
            leaders = self._leader_of([k for k in people if country and countries.get(k) == country], offices)
            if len(leaders) == 1 and any(countries.get(k) not in ("", country)
                                         or self._of_international_body(k, countries, offices) for k in people):
                self._set_host(meeting, leaders[0])
            elif country and people and not any(countries.get(k) == country for k in people):
                receiving = self._state_head_of(country, countries, offices)
                if receiving:  # `le sommet de l'Otan organisé à Washington`, the American president named apart
                    people.insert(0, receiving)
                    self._set_host(meeting, receiving)

    def host_of_sponsor(self, reader: MentionReader, meetings: list[Meeting]) -> None:
        """Talks between others convened by a country (`sous les auspices de la Chine`, `sous la médiation du
        Qatar`: `sponsor_markers`), told with no host: the one participant of that country (`La partie chinoise
        était représentée par X`), else the one of them leading it (`_leader_of`), beside at least one of another
        known country, hosts them. None of that country among its people, or two of the same rank: no host."""
        countries, offices = reader.people_country, reader.people_office
        for meeting in meetings:
            sponsor = meeting.get("sponsor")
            if meeting["host"] or not sponsor or meeting["remote"] or meeting.get("framing"):
                continue
            people = meeting["people"]
            leaders = self._leader_of([k for k in people if countries.get(k) == sponsor], offices)
            if len(leaders) == 1 and any(countries.get(k) not in ("", sponsor) for k in people):
                self._set_host(meeting, leaders[0])

    def host_of_house_of_the_day(self, meetings: list[Meeting]) -> None:
        """A gathering told with no host (talks, a visit of `home_hosts`, a summit of `summit_nouns`) in a
        building (a word of a house or a seat: `au palais d'El Mouradia`, `au siège du ministère`) where, the
        same day, an earlier meeting of the text had a host read from the parse (`X a reçu Y au palais de Z`):
        who received there that day is at home in that house and, being among its people, receives again, a
        newcomer joining his guests (`Dans l'après-midi, W a rejoint les deux présidents au palais pour un
        sommet à trois`). The nearest earlier meeting in that building decides: another host, or another day,
        gives nothing; a side meeting (`en marge`), or one its host is not part of, keeps no host."""
        for index, meeting in enumerate(meetings):
            kind = meeting["kind"].lower()
            location = (meeting["location"] or "").strip()
            if meeting["host"] or meeting["remote"] or meeting["side"] or meeting.get("framing") or not location or (
                    kind not in self.home_kinds and (_unaccented(kind).split() or [""])[0] not in self.summit_nouns):
                continue
            if location.lower() in self.place_country or not self._house_word_in(location.lower()):
                continue  # a town is everyone's ground; a building is its owner's
            before = [x for x in meetings[:index] if x["location"] and _same_building(x["location"], location)
                      and x["host"] and not x["remote"] and not x["side"]]
            if not before:
                continue
            house = before[-1]
            host = house["host"]
            if not house.get("strong_host") or host not in meeting["people"] or len(meeting["people"]) < 2 or (
                    (house["date"] or "")[:10] != (meeting["date"] or "")[:10]):
                continue
            self._set_host(meeting, host)

    def _state_head_of(self, country: str, countries: dict[str, str], offices: dict[str, tuple[str, str]]) -> str:
        """The one official of the text of that country heading its state (`state_leader_roles`, in no
        organisation); "" when none or several."""
        heads = [k for k, (body, role) in offices.items() if countries.get(k) == country and not body
                 and role.split("#")[0] in self.leader_ranks[0]]
        return heads[0] if len(heads) == 1 else ""

    def _of_international_body(self, key: str, countries: dict[str, str], offices: dict[str, tuple[str, str]]) -> bool:
        """A participant of no country holding an office in a body of an organisation of states
        (`international_bodies`: the OTAN, the Union européenne, the Nations unies): a guest from elsewhere
        in any country that receives him."""
        return not countries.get(key) and key in offices and offices[key][0] in self.international_bodies

    def host_of_stay_talks(self, meetings: list[Meeting]) -> None:
        """Talks told with no host (`les deux ministres se sont entretenus`) after a meeting whose host
        was read from the parse (`Y a été accueilli par X`, `X a reçu Y`): when the talks' people are
        that host and at least one of its guests, nobody else, told no earlier than that meeting and in no
        other town, the host who received the visitor hosts the talks of the stay. The nearest earlier
        meeting holding all its people decides: another host, or another town, gives nothing."""
        for meeting in meetings:
            if meeting["host"] or meeting["remote"] or meeting["side"] or meeting.get("framing") or (
                    meeting["kind"].lower() not in self.home_kinds) or not 2 <= len(meeting["people"]) <= 4:
                continue
            people = set(meeting["people"])
            before = sorted((x for x in meetings if x is not meeting and people <= set(x["people"])
                             and x.get("start_char", 0) < meeting.get("start_char", 0)),
                            key=lambda x: x.get("start_char", 0))
            if not before:
                continue
            stay = before[-1]
            host = stay["host"]
            if not (host and stay.get("strong_host") and host in people) or stay["remote"] or stay["side"]:
                continue
            received = {guest for _, guest, *_ in stay.get("hosted") or []} | set(stay.get("guests") or [])
            if not people - {host} <= received or (stay.get("date_own") and stay["date"] and meeting["date"]
                                                     and meeting["date"][:10] < stay["date"][:10]):
                continue  # a newcomer, or talks told before the stay began
            if self._other_town(meeting["location"], stay["location"]):
                continue
            self._set_host(meeting, host)

    def _other_town(self, place: str, stay_place: str) -> bool:
        """A place written as a town (or a country) that is not the stay's and does not lie within it."""
        if not place or not stay_place or _place_within(place, stay_place) or _place_within(stay_place, place):
            return False
        return _town_like(place) or place.strip().lower() in self.place_country

    def _home_side(self, meeting: Meeting, countries: dict[str, str], offices: dict[str, tuple[str, str]], *,
                   count_unknown: bool) -> tuple[str, str, list[str]]:
        """Talks between two sides in a town or a country of the gazetteer (`place_country`): that
        country, its one participant (the home side) and the participants of another known country
        (`countries`: person key -> country); ("", "", []) unless the place names a country, two to
        four participants are counted, exactly one of them of that country and one at least of another.
        The two callers differ in whom they count, a named parameter: `count_unknown`, every participant
        the reader knows as an official, of a known country or not (`host_at_home`: talks told with no
        host verb, which a crowd of others of no known country keeps from having a home side); else only
        those of a known country (`host_of_visited`: a visit, whose people of no known country, an
        escort, a delegation, leave its two sides as they are)."""
        country = self.place_country.get(meeting["location"].strip().lower(), "")
        people = [k for k in meeting["people"] if (k in countries if count_unknown else countries.get(k))
                  or self._of_international_body(k, countries, offices)]
        if not country or not 2 <= len(people) <= 4:
            return "", "", []
        home = [k for k in people if countries.get(k) == country]
        away = [k for k in people if countries.get(k) and countries.get(k) != country
                or self._of_international_body(k, countries, offices)]
        leaders = self._leader_of(home, offices)
        return (country, leaders[0], away) if len(leaders) == 1 and away else ("", "", [])

    def _leader_of(self, home: list[str], offices: dict[str, tuple[str, str]]) -> list[str]:
        """The people of one side who lead it: all of them when they are one, else those of the highest rank
        any of them holds in no organisation, the head of the state (`state_leader_roles`), else of its
        government (`government_leader_roles`); [] when none leads."""
        if len(home) <= 1:
            return home
        roles = {k: offices[k][1].split("#")[0] for k in home if k in offices and not offices[k][0]}
        return next(([k for k in roles if roles[k] in rank] for rank in self.leader_ranks
                     if set(roles.values()) & rank), [])

    def _unplaced_home(self, meeting: Meeting, reader: MentionReader) -> tuple[str, str, list[str]]:
        """A pair met in a town or a country of the gazetteer (`place_country`), one of them of another known
        country (the visitor, spoken of before), the other an official whose country the text leaves to the
        reader (`le président X` with no demonym), of no organisation, first named with the meeting itself
        and not on a trip of his own (`le déplacement du président X en Algérie`, `journey_nouns`):
        a person brought in by the place is of the place, and hosts (one of the story's own people, named
        before, may be of either side: no host); ("", "", []) otherwise."""
        countries, offices, first = reader.people_country, reader.people_office, reader.people_first_body_char
        country = self.place_country.get((meeting["location"] or "").strip().lower(), "")
        people = meeting["people"]
        if not country or len(people) != 2 or not all(k in countries and k in first for k in people):
            return "", "", []
        away = [k for k in people if countries[k] and countries[k] != country]
        home = [k for k in people if not countries[k] and k in offices and not offices[k][0]
                and first[k] >= meeting.get("start_char", 0) and k not in reader.people_travelling]
        if len(away) != 1 or len(home) != 1 or first[away[0]] > first[home[0]]:
            return "", "", []
        return country, home[0], away

    def _visited_by_unplaced(self, meeting: Meeting, reader: MentionReader) -> tuple[str, str, list[str]]:
        """The mirror of `_unplaced_home` for a visit: a pair met in a town or a country of the gazetteer, one
        of them of that country, the other an official whose country the text leaves to the reader, named in
        the body before him (the story's own traveller, `X a effectué une visite à Z, où elle a rencontré son
        homologue Y`): the one of the place is at home and hosts; ("", "", []) otherwise."""
        countries, offices, first = reader.people_country, reader.people_office, reader.people_first_body_char
        country = self.place_country.get((meeting["location"] or "").strip().lower(), "")
        people = meeting["people"]
        if not country or len(people) != 2 or not all(k in countries and k in first for k in people):
            return "", "", []
        home = [k for k in people if countries[k] == country]
        away = [k for k in people if not countries[k] and k in offices]
        if len(away) != 1 or len(home) != 1 or first[away[0]] > first[home[0]]:
            return "", "", []
        return country, home[0], away

    def place_from_trip(self, doc: Doc, body_start: int, meetings: list[Meeting], story: dict | None = None) -> None:
        """The story's trip (`trips.py`: the dateline's town, then each town a movement verb or a fronted
        `À X,` takes the travellers to): a meeting told within a stop is held in its town when it names no
        place, only the stop's country, a building while being the visit itself, or the town of another
        stop that its own sentences do not write."""
        if not meetings:
            return
        stops = self.trip(doc, body_start, story)
        towns = {s["place"] for s in stops}
        for meeting in meetings:
            stop = stop_at(stops, meeting["start_char"])
            if stop is None or meeting["remote"] or _untold(meeting):
                continue
            if _before_story(meeting, meetings) and not stop["rule"].startswith("gathering:"):
                continue  # a gathering's own days (`ouverte vendredi`) may come before the story's first meeting
            town, location = stop["place"], meeting["location"] or ""
            if self._carried_on(meeting, stop):
                meeting["date"] = stop["carried"]
            if town.lower() in self.countries:  # `attendu au Royaume-Uni`: a country fills no more than an empty place
                if not location and stop["rule"] != "dateline" and _told_at_stop(meeting, stop):
                    meeting["location"] = town
                continue
            later = _day_told_since(DocIndex.of(doc), meeting, stop)  # `Samedi, ... Il a eu des entretiens`
            if self._moved_on(meeting, stop) and not later:
                meeting["location"], meeting["date"] = town, stop["day"]
                continue
            if self._moved_on(meeting, stop, own_place=True) and not later:  # `Quelques heures plus tard, ...
                meeting["date"] = stop["day"]  # accueilli sur la base de Y`: a place of its own, on the stop's day
            if not _told_at_stop(meeting, stop):
                continue
            if not location and stop["rule"] != "dateline":  # the dateline's own rules place the story's days
                meeting["location"] = town
            elif len(towns) < 2 or location == town or _named_in(location, meeting):
                continue
            elif location in towns or (location.lower() in self.countries
                                        and self.place_country.get(town.lower()) == self.place_country.get(
                                            location.lower())):
                meeting["location"] = town

    @staticmethod
    def _carried_on(meeting: Meeting, stop) -> bool:
        """A meeting with no day of its own told at a stop whose opening sentence names no day (`Dans
        l'après-midi, il a traversé la Manche. À X, il a été reçu ...`): the trip goes on the last day the
        text named before the stop, not a day the context gave from elsewhere."""
        return bool(stop["carried"]) and stop["rule"] != "dateline" and not meeting["date_own"] \
            and meeting["start_char"] >= stop["start_char"] and meeting["date"] != stop["carried"] \
            and granularity(meeting["date"] or "") == "day" and not meeting["side"] \
            and (not stop["travellers"] or bool(set(stop["travellers"]) & set(meeting["people"])))

    def _moved_on(self, meeting: Meeting, stop, own_place: bool = False) -> bool:
        """A meeting told after the text moved to a dated stop (`Le lendemain, sur la base de X, ...`) whose
        place and day both came from the context (the stop before): the stop's place and day. `own_place`:
        one whose sentences name its place, its day only from the context: the stop's day."""
        sites = self.site_prepositions
        named = bool(meeting["location"]) and _named_in(meeting["location"], meeting, sites)
        return bool(stop["day"]) and stop["rule"] != "dateline" and not meeting["date_own"] \
            and meeting.get("scene_char", -1) < stop["start_char"] \
            and meeting["start_char"] > stop["start_char"] and meeting["date"] != stop["day"] \
            and granularity(meeting["date"] or "") == "day" and not meeting["side"] and named == own_place

    def trip(self, doc: Doc, body_start: int, story: dict | None = None) -> list[Stop]:
        """The story's stops (`trips.py`), read once per Doc."""
        if self._trip[0] is not doc:
            place = story.get("dateline") if story is not None else None
            if place is None:
                found = self._dateline(doc_text(doc), body_start)
                place = found.place if found is not None else ""
            self._trip = (doc, self.trips.read(doc, body_start, place or ""))
        return self._trip[1]

    def place_town_of_visit(self, doc: Doc, body_start: int, meetings: list[Meeting],
                            lead: tuple[str, list[str]] = ("", [])) -> None:
        """A stay of several days is in a town, not in the building of one of its scenes (`siège de la
        présidence`, `ministère russe de la Défense`): a visit over a range of days placed in a building is placed in
        the town the building's name holds (`palais royal de X`), else the town of the trip's stop it is
        told at, else the town of that country where the story's lead says its subject stayed on the visit's
        days (`lead`, `MentionReader.lead_place`: `X a séjourné samedi et dimanche à Y`), else the capital
        (the first of its `places`) of the country the building's name says, or of its host's country: a
        seat of power."""
        if not meetings:
            return
        stops = self.trip(doc, body_start)
        hosts = {o["key"]: o["country"] for o in doc._.officials or [] if o.get("country")}
        for meeting in meetings:
            place = meeting["location"] or ""
            if meeting["kind"] not in self.visit_kinds or not place or _town_like(place) or self._at_arrival(place) \
                    or meeting["remote"] or "/" not in (meeting["date"] or ""):
                continue
            stop = stop_at(stops, meeting["start_char"])
            town = next((w for w in re.findall(r"[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+)*", place)
                         if w.lower() in self.cities), "")
            town = town or self._town_of_site(f"à {place}")  # `château de X`: its town, not the capital
            if not town and stop is not None and _town_like(stop["place"]):
                town = stop["place"]
            country = self._country_of_place(place) or hosts.get(meeting["host"] or "", "")
            towns = (self.country_places.get(country.lower()) or [""]) if country else [""]
            if not town and lead[0] in towns and _within_days(meeting["date"], lead[1]):
                town = lead[0]  # the town of the country the lead says the stay was in, not its capital
            if not town and country:  # a seat of the country's power: its capital
                town = towns[0]
            if town:
                meeting["location"] = town

    def place_town_of_others_building(self, doc: Doc, body_start: int, meetings: list[Meeting]) -> None:
        """A building (a place that is no town: `palais de X`, `siège du ministère`) is the house of the
        host of the meeting first told there; a later meeting of the same day placed in the same building
        whose host is someone else and whose people do not hold that host met elsewhere in the town: the
        town of the trip's stop it is told at, else the capital of the building host's country. A chamber of
        `chambers` hosts every sitting of its members: a meeting placed there stays."""
        if not meetings:
            return
        stops = self.trip(doc, body_start)
        hosts = {o["key"]: o["country"] for o in doc._.officials or [] if o.get("country")}
        for index, meeting in enumerate(meetings):
            place = meeting["location"] or ""
            if not place or _town_like(place) or self._at_arrival(place) or meeting["remote"]:
                continue
            if place in self.chambers:  # a parliamentary chamber is the house of all its members, no one host's
                continue
            first = next((x for x in meetings[:index] if x["location"] == place and x["host"]
                          and x["date"] == meeting["date"]), None)
            if first is None or first["host"] == meeting["host"] or first["host"] in meeting["people"]:
                continue
            stop = stop_at(stops, meeting["start_char"])
            town = stop["place"] if stop is not None and _town_like(stop["place"]) else ""
            country = self._country_of_place(place) or hosts.get(first["host"], "")
            if town.lower() in self.country_places:  # a stop in a country: the seat of its power
                town, country = "", town
            if not town and country:
                town = (self.country_places.get(country.lower()) or [""])[0]
            if town:
                meeting["location"] = town

    def place_town_of_airport(self, meetings: list[Meeting]) -> None:
        """A meeting placed at an airport named after its town (`à l'aéroport d'X`, `aéroport militaire de
        X`): where a visitor lands, the talks told there or later being held in that town: the town; an
        airport named after no town (`aéroport Charles-de-Gaulle`) stays. An airport named after a city and
        the town or quarter it stands in (`aéroport de Rabat-Salé`, `de Nouakchott-Oumtounsy`) serves the
        city of the gazetteer that opens its name."""
        for meeting in meetings:
            place = (meeting["location"] or "").replace("\u2019", "'")
            if not self._at_arrival(place):
                continue
            found = self.airport_town.search(place) if self.airport_town else None
            if found is None or not _town_like(found.group("town")):
                continue
            town = found.group("town")
            served = town.split("-")[0]
            if town.lower() not in self.cities and served.lower() in self.cities:
                town = served
            meeting["location"] = town

    def place_of_visit_landed(self, mentions: list[Mention], meetings: list[Meeting]) -> None:
        """A visit placed at an airport named after no town (`accueilli à l'aéroport international X`):
        the airport is where the visitor landed, the visit is to the place the header gives the
        story's visit (`Visite du président en Algérie`), when it names one that is no airport."""
        told = [m["location"] for m in mentions if m["headline"] and m["kind"] in self.visit_kinds
                and m["location"] and not self._at_arrival(m["location"])]
        if len(set(told)) != 1:
            return
        for meeting in meetings:
            if meeting["kind"] in self.visit_kinds and self._at_arrival(meeting["location"] or ""):
                meeting["location"] = told[0]

    def place_town_of_landing(self, doc: Doc, body_start: int, meetings: list[Meeting],
                              story: dict | None = None) -> None:
        """A meeting still placed at an airport named after no town (`accueilli à l'aéroport international
        X`, a person's name, no town of the header): the visitor landed in the town the story is in when
        it is told, the trip's stop there (the dateline's town, or the town a movement took them to: `arrivé
        jeudi à X. À l'aéroport international Y, il a été accueilli par Z`); that town is the place. A
        country's stop (`en X`) names no town. No stop told: the one town of the host's country the text
        names (`les autorités de X`); none, the airport stays."""
        if not any(self._at_arrival(m["location"] or "") for m in meetings):
            return
        stops, text = self.trip(doc, body_start, story), doc_text(doc)[body_start:]
        hosts = {o["key"]: o["country"] for o in doc._.officials or [] if o.get("country")}
        for meeting in meetings:
            if meeting["remote"] or not self._at_arrival(meeting["location"] or ""):
                continue
            stop = stop_at(stops, meeting["start_char"])
            town = stop["place"] if stop is not None and _town_like(stop["place"]) else ""
            if town.lower() in self.cities or town and town.lower() not in self.countries:  # `Djibouti`: both
                meeting["location"] = town
            elif stop is None:
                meeting["location"] = self._only_town_of(text, hosts.get(meeting["host"] or "", "")) or (
                    meeting["location"])

    def _only_town_of(self, text: str, country: str) -> str:
        """The one town of a country's gazetteer places the text names (`les autorités de Niamey`), else ''."""
        named = {t for t in self.country_places.get(country.lower(), [])
                 if re.search(rf"(?<!\w){re.escape(t)}(?!\w)", text)}
        return named.pop() if len(named) == 1 else ""

    def _at_arrival(self, place: str) -> bool:
        return (place.replace("\u2019", "'").lower() + " ").startswith(self.arrival_places)

    def _country_of_place(self, place: str) -> str:
        """The country a place names: a demonym in it (`ministère russe`), else one of its words or
        phrases a country or a town of the gazetteer (`palais présidentiel de Djibouti`)."""
        low = place.lower()
        words = re.findall(r"[\w'’-]+", low)
        found = {self.demonym_country[w] for w in words if w in self.demonym_country}
        if not found:
            # the plain `in` first: a pattern made for each of the gazetteer's thousands of places is slow
            found = {c for n, c in self.place_country.items()
                     if n in low and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", low)}
        return found.pop() if len(found) == 1 else ""

    def _join_ahead(self, meetings: list[Meeting], ahead: list[str]) -> None:
        """People a sentence shows present before any meeting is told, the scene of a ceremony set first (`Dans
        la tribune, le préfet X et la maire Y avaient pris place`, then `La prise d'armes était présidée par Z`):
        they take part in the story's first meeting when it is a ceremony (meetings.yml `honour_kinds`); before
        talks, such a sentence tells of another moment."""
        first = meetings[0] if meetings else None
        if first is None or first["side"] or first["kind"] not in self.honour_kinds:
            return
        first["people"] += [k for k in ahead if k not in first["people"]]

    @staticmethod
    def _set_host(meeting: Meeting, host: str) -> None:
        meeting["host"], meeting["strong_host"] = host, False
        meeting["people"].remove(host)
        meeting["people"].insert(0, host)

    def group(self, doc: Doc, mentions: list[Mention], reader: MentionReader) -> list[Meeting]:
        meetings: list[Meeting] = []
        current: Meeting | None = None
        headlines = [m for m in mentions if m["headline"]]
        framed: dict[int, Meeting] = {}  # the meeting each sentence's first frame went to
        flashback: Meeting | None = None
        # no mention, no meeting: the trip (a walk over every sentence) is read only where one is told
        stops = self.trip(doc, reader.body_start) if mentions else []
        towns = [s for s in stops if s["place"].lower() not in self.countries]  # a country stop splits no meeting
        last_told: Meeting | None = None  # the meeting of the last mention, a side one too
        scene: Mention | None = None  # the last sentence opening another day and place, its meeting untold
        widened_in = ""  # the sentence of widened talks told after a tête-à-tête (`_widened_after_restricted`)
        for m in mentions:  # in text order
            if m["headline"]:
                continue
            if m.get("scene") and current is not None and current["date"] and not within(m["scene"], current["date"]):
                current = last_told = None  # `Le lendemain, à X, ...`: the next meeting noun is that day's
                scene = m
                continue
            if m["presence"]:  # people taking part in the meeting spoken of, never a meeting of its own
                # `En présence des deux ministres, X et Y y avaient signé ...` after a flashback: that one's
                # and after a dated meeting told before a story that names nobody (`Récit d'un rendez-vous
                # manqué. Mardi 12 mars, X atterrit ... . À ses côtés, Y`): that dated one
                earlier = m.get("background") or (current is not None and not current["people"])
                told = flashback if earlier and flashback is not None else current
                anchored = None if m.get("background") else (
                    _anchored(m, last_told, told) or _party_told_last(m, last_told, told))
                told = anchored or told
                told = _held_before(m, told, meetings)
                if told is not None and (not told["side"] or told is anchored):
                    # a speaker takes part in a session of many, a committee's hearing too (`X (RN) a salué ...`)
                    speakers = m.get("speakers", []) if told["kind"] in self.session_kinds or (
                        told["kind"].lower() in self.hearing_kinds) else []
                    party = m.get("party") or []
                    trip = self._trip_of_audience(told, meetings) if party else None
                    honoured = set(m.get("honoured") or []) if told["kind"] not in self.honour_kinds else set()
                    for key in m["people"] + speakers:
                        if key in honoured:  # `X a été promu général` after talks: a career, not who was there
                            continue
                        target = trip if trip is not None and key in party else told
                        if key not in target["people"]:
                            target["people"].append(key)
                continue
            told = _bounded_by(m, meetings) if m.get("until") else None
            if told is not None:  # `La visite d'Etat, entamée lundi` after `la visite d'Etat du 28 au 30`
                told["sentences"].append(m["sentence"])
                continue
            if m.get("until") and current is not None and not current["side"] and _extend(current, m["until"]):
                current["sentences"].append(m["sentence"])  # `Les travaux s'achèvent demain`
                continue
            told = _same_people_told(m, meetings) if m["side"] else None
            if told is not None and m.get("sequel") and not _same_venue(m, told):
                told = None  # `Avant la cérémonie, X avait reçu Y à son cabinet`: another time, another place
            told = (told or _same_side_told(m, meetings)) if m["side"] else None
            if told is not None:  # `Privé de sa rencontre avec Y, X ...`, then `X devait s'entretenir avec Y
                _merge(told, m)  # en marge du sommet`: the meeting already told between them
                framed[m["start_char"]] = told
                last_told = told
                continue
            told = _side_told_again(m, meetings) if not m["side"] and m["kind"] not in self.visit_kinds else None
            if told is not None:  # `X s'est entretenu avec Y en marge du sommet. ... C'est là qu'il s'est
                _merge(told, m)  # entretenu avec Y`: that side meeting, told again without its margin (a visit
                # is no side talk: `X a invité Y à effectuer une visite` after their talks is another time)
                told["side"] = False  # the story's thread now: what follows tells more of it
                framed[m["start_char"]] = last_told = current = told
                continue
            if m["side"]:
                # `L'ADMM-Plus s'ouvre samedi. La veille, ... . X doit s'entretenir en marge de l'ADMM-Plus avec Y`
                gathering = None if m["date"] else self._gathering_named(m, meetings)
                if not m["location"] and not m["remote"]:  # `Troisième temps, le salon X, à Villepinte. ...
                    m["location"] = (gathering or {}).get("location") or reader.place_before(  # en marge des
                        m["start_char"], m["date"])  # stands`
                # `La veille, X avait pris part à la réunion A. En marge de cette réunion, ...`: beside A
                beside = last_told if m.get("beside_told") and last_told is not None and last_told["date"] else current
                if beside is not None and beside.get("edition"):  # `Le prochain sommet se tiendra à X. En marge des
                    beside = _before_edition(beside, meetings)  # travaux, ...`: the gathering the story tells
                beside = gathering or beside
                meeting = self._open(m, parent=beside)
                meetings.append(meeting)
                last_told = meeting
                continue
            if not m["date"] and m.get("day_from"):  # `La veille de la cérémonie, X avait reçu Y`
                m["date"] = _day_from_told(m["day_from"], meetings)
            if not m["date"] and not m["anaphoric"] and not m.get("refers_back") and current is not None and (
                    current["date"]):  # `Le tournant a lieu le 23 octobre 2023. X est accueilli ...`: a later day
                day = reader.day_before(m["start_char"])  # a day to come (`doit quitter dimanche`) is no telling
                published = first_day(doc._.published or "")
                # None for a week, a weekend, a season (or an impossible day): nothing to compare
                told, later = first_day(current["date"]), first_day(day) if day else None
                if later is not None and told is not None and not within(day, current["date"]) and later > told and (
                        published is not None and later < published):
                    m["date"] = day
            if _told_there(m, last_told):  # `La veille, X s'était rendu à A avec Y. Les deux hommes y ont visité
                _merge(last_told, m)  # une station radar`: the same people, there, then: that meeting
                framed[m["start_char"]] = last_told
                continue
            if _then_there(m, last_told, doc_text(doc)) and reader.day_before(m["start_char"], of_meeting=True) == (
                    last_told["date"]):  # `Ce mardi, X s'est rendu à A. Il y a été reçu par Y`:
                m["date"] = last_told["date"]  # another meeting, there, on the day of the one told just before
            m["people"] = m["people"] or _guests_as_they(m, current)
            welcomed = _welcome_of_chair(m, meetings)
            if welcomed is not None:  # the chair's own event: who welcomes him takes part, hosting nobody
                m["people"] = list(dict.fromkeys([*m["people"], m["host"]]))
                m["host"], m["guests"], m["strong_host"] = "", [], False
            hearing = self._sitting_of_hearing(doc, m, current, reader)
            if hearing is not None:  # `Les députés ont entendu X. En ouverture de la réunion, le président ...`
                _merge(hearing, m)
                chair = self._committee_chair(m, reader) if not hearing["host"] else ""
                if chair:
                    self._set_host(hearing, chair)
                framed[m["start_char"]] = last_told = hearing
                continue
            sitting = self._sitting_of_gathering(m, current)
            if sitting is not None:  # `Ont pris part à la séance d'ouverture A, B` during the summit told
                _merge(sitting, m)
                framed[m["start_char"]] = last_told = sitting
                continue
            if m.get("repeat") and current is not None and not m.get("described"):  # `une seconde rencontre`:
                m["people"] = list(dict.fromkeys([*current["people"], *m["people"]]))  # the same people met
                # again; `Les deux ministres se reverront`: the two the description names
            target = welcomed or self._next_day_session(m, meetings, reader.idx) or self._target(m, meetings, current)
            stay = target if target is not None and self._event_of_stay(m, target) else None
            if target is not None and (self._session_within_trip(m, target) or stay is not None
                                       or self._received_elsewhere(m, target)
                                       or _received_in_other_building(m, target)
                                       or _new_host_of_others(m, target) or _session_with_another(m, target)
                                       or self._meal_of_its_own(m, target)):
                target = None
            if target is not None and self._called_off_event_of_held(m, target):
                _programme_of(m, target)  # `Le déjeuner de travail prévu a été annulé` after the talks held
                target = None
            if target is not None and self._chair_beside_talks(m, target):
                target = None  # `Le président de la Chambre, Z, a présidé la séance` after X and Y's talks
            if target is not None and _later_stop(m, target, towns):
                target = None  # `Le lendemain, sur la base de X, ...`: the trip moved on, another meeting
            if target is not None and self._sitting_of_other_committee(doc, m, target):
                target = None  # `Le même jour, lors de la réunion de la commission des finances, ...`: its own
            if target is not None and self._sitting_of_body(m, target):
                target = None  # `Dans la foulée, X a présidé la réunion du Conseil` after a ceremony: its own
            if target is not None and m.get("apart_from") is not None and target is framed.get(m["apart_from"]):
                target = None  # `il s'entretient avec P, puis est reçu par N`: not the other frame's meeting
            if m.get("repeat") and current is not None:
                target = None  # `une seconde rencontre`: a meeting of its own
            # the tête-à-tête told in the meeting this one joins, or in the one told just before (`Cet échange a
            # été suivi d'une séance de travail élargie` after a dated tête-à-tête, while the visit is the thread)
            restricted = next((x for x in (target, last_told) if x is not None
                               and self._widened_after_restricted(m, x)), None) if target is not None else None
            if restricted is not None:
                _widened_of(m, restricted)  # `Les deux hommes se sont ensuite entretenus en présence de leurs
                target = None  # délégations` after their tête-à-tête: the widened talks, a meeting of their own
                widened_in = m["sentence"]
            elif m.get("landmark") and m["sentence"] in widened_in:
                m["aside"] = True  # `Après un tête-à-tête, ...` within it: before it, not what follows tells of
            if target is None:
                target = self._open(m, parent=None)
                if scene is not None and not target["date"]:  # the day and place the scene opened
                    target["date"], target["location"] = scene["scene"], target["location"] or scene["location"]
                    target["scene_char"] = scene["start_char"]  # a scene of its own: no stop before it moves it
                if not target["date"] and m.get("background") and flashback is not None:
                    target["date"] = flashback["date"]  # `Fin août, il s'était rendu en Libye ... il avait été reçu`
                trip = _trip_of_days(meetings) if not target["date"] and m.get("during_stay") else None
                if not target["date"] and not self._at_unstated_later_time(m):
                    target["date"] = _context_date(doc, reader.idx, m["start_char"], meetings, self.bounds,
                                                   held=m["status"] == "held", body=reader.body_start)
                if not m["date"] and self._at_later_time_of_day(m) and granularity(target["date"] or "") != "day":
                    target["date"] = _day_told_last(doc, reader.idx, m["start_char"], meetings, self.bounds) or (
                        target["date"])  # `Dans l'après-midi, X a reçu Y`: on a day, not a month guessed
                target["place_own"] = bool(target["location"])
                target["host"] = target["host"] or _host_carried(m, current)
                if not target["location"] and not m["remote"] and not self._held_at_chamber(doc, m):
                    target["location"] = _context_location(reader, m["start_char"], meetings, target["date"],
                                                           m["people"], m["host"])
                if trip is not None:  # `Au cours de son séjour, X a rencontré Y`: the trip's days, and its place
                    target["date"] = trip["date"]  # when the context gives none (read by the day it gives)
                    target["location"] = target["location"] or ("" if m["remote"] else trip["location"])
                meetings.append(target)
                if stay is not None and not stay["host"] and m["strong_host"] and m["host"] in stay["people"]:
                    stay["host"] = m["host"]  # `X a ensuite reçu son hôte pour un tête-à-tête`: X hosts the stay
                stay = self._stay_of_days(m, target)
                if stay is not None:  # `reçu lundi ..., dans le cadre d'une visite de deux jours`: that visit too
                    meetings.append(stay)
            else:
                self._place_over_arrival(target, m)
                _merge(target, m)
            framed[m["start_char"]] = target
            last_told, scene = target, None
            before = _before_story(target, _unnamed_opening(
                meetings, lambda x: _pluperfect_at(reader.idx, x["start_char"], x["end_char"])))
            flashback = target if before else None  # the earlier time last told
            if not before and not m.get("aside") and not _flashback_aside(m, current, target):
                current = target  # a flashback (`qui s'était déjà rendue en Inde en 2020`) is not followed
        self._join_ahead(meetings, getattr(reader, "ahead", []))
        for m in headlines:  # the headline's meeting is the body's meeting it shares people with
            target = _headline_target(m, meetings)
            lead = None if target is not None else _story_lead(m, meetings, self.session_kinds)
            if target is not None:
                _merge(target, m)
                if m.get("until"):  # `La conférence s'est achevée dimanche` over a body telling its Saturday
                    _extend(target, m["until"])
            elif lead is not None:  # `Hamdan bin Mohammed reçoit la ministre` over `Cheikh Hamdan bin ... Al
                _merge_announced(lead, m)  # Maktoum a reçu lundi C`: the body's first telling, its own people
            elif m["people"] or not meetings:
                target = self._open(m, parent=None)
                target["date"] = target["date"] or _context_date(doc, reader.idx, len(doc_text(doc)), meetings,
                                                                 self.bounds, body=reader.body_start)
                meetings.insert(0, target)
        meetings = [x for x in meetings if not _vague(x) and not _untold(x)]
        meetings = self._chairs_of_gatherings(meetings)
        for m in mentions:  # `Elle n'aura jamais lieu.` right after the mention: that meeting is called off
            told = framed.get(m["start_char"])
            if told is not None and not m["headline"] and reader.called_off_next(m["end_char"]):
                told["statuses"].append("cancelled")
        self._host_of_stay(meetings)
        for index, meeting in enumerate(meetings, 1):
            meeting["meeting_id"] = f"M{index}"
            meeting["date"] = week_as_month(meeting["date"] or "")
            meeting["status"] = _status_of(meeting["statuses"])
        return meetings


    def _chairs_of_gatherings(self, meetings: list[Meeting]) -> list[Meeting]:
        """A gathering told first by those who attend it (`X participe à la rencontre des chefs d'état-major`,
        `où se réunissaient les ministres`), then named again by a definite session noun with its chair
        (`La réunion, les 15 et 16 janvier, était présidée par Y`, `Quant à la réunion elle-même, elle est
        présidée par Y`: `chaired_sitting`), naming no one but its chair and the gathering's own people: the
        chair presides over that gathering and hosts it, he holds no sitting of his own. The gathering is the
        last main meeting told before of a session kind or attended (`_attended_in`; talks on its margins
        told in between are passed over), with no host, in no other town, on the same days (either day read
        from the context, or one within the other). The sitting's own day replaces a day the gathering took
        from the context. Its chair receives no one: no host verb, no HOSTED relation (`strong_host` stays)."""
        kept: list[Meeting] = []
        for sitting in meetings:
            gathering = self._gathering_chaired(sitting, kept) if sitting.get("chaired_sitting") else None
            if gathering is None:
                kept.append(sitting)
                continue
            gathering["host"] = sitting["host"]
            gathering["people"] = [sitting["host"], *(k for k in gathering["people"] if k != sitting["host"])]
            gathering["sentences"] = gathering["sentences"] + sitting["sentences"]
            gathering["statuses"] = gathering["statuses"] + sitting["statuses"]
            if sitting["date_own"] and not gathering["date_own"]:
                gathering["date"], gathering["date_own"] = sitting["date"], True
        return kept

    def _gathering_chaired(self, sitting: Meeting, before: list[Meeting]) -> Meeting | None:
        """The gathering told before that a chaired sitting speaks of (`_chairs_of_gatherings`), or None."""
        if not sitting["host"] or sitting["side"] or sitting["remote"] or sitting["groups"]:
            return None
        gathering = next((x for x in reversed(before) if not x["side"] and not x["remote"] and not x.get("background")
                          and (x["kind"] in self.session_kinds or x.get("attended") or self._attended_in(x))), None)
        if gathering is None or gathering["host"] or set(sitting["people"]) - {sitting["host"], *gathering["people"]}:
            return None  # a newcomer beside the chair: a sitting of its own
        if sitting.get("place_own") and self._other_town(sitting["location"], gathering["location"]):
            return None
        one, other = sitting["date"] or "", gathering["date"] or ""
        if sitting["date_own"] and gathering["date_own"] and not (within(one, other) or within(other, one)):
            return None
        return gathering

    def _attended_in(self, meeting: Meeting) -> bool:
        """The meeting's first sentence says someone attends it, a word of `gathering_attendance` (`X participe
        les 18 et 19 janvier à la rencontre annuelle des chefs d'armée`): a gathering of many."""
        words = re.findall(r"\w+", (meeting.get("sentences") or [meeting["sentence"]])[0].lower())
        return bool(self.attendance_words.intersection(words))

    def _sitting_of_gathering(self, m: Mention, current: Meeting | None) -> Meeting | None:
        """`Le président X a ouvert mardi le sommet ... Ont pris part à la séance d'ouverture A, B et C`: a
        sitting of a gathering (a session noun followed by one of `sitting_parts`: `d'ouverture`, `de
        clôture`, `plénière`), naming no other day and no host of its own, told while a gathering of another
        session kind is the meeting spoken of, is part of that gathering: its people took part in it."""
        if not m.get("part_sitting") or current is None or current["side"] or m["side"] or m["headline"]:
            return None
        if m["kind"] not in self.session_kinds or current["kind"] not in self.session_kinds or (
                m["kind"] == current["kind"] or current["kind"] in self.talks_kinds):
            return None
        if (m["date"] and not within(m["date"], current["date"] or "")) or (
                m["strong_host"] and m["host"] and m["host"] != current["host"]):
            return None
        return current

    def _sitting_of_hearing(self, doc: Doc, m: Mention, current: Meeting | None,
                            reader: MentionReader) -> Meeting | None:
        """`Les députés ont entendu le général X. En ouverture de la réunion, le président de la commission, Y,
        a ...`: a session noun told bare (a definite article and no word saying which: `bare_sitting`), while a
        hearing (`hearing_kinds`) is the meeting spoken of, is the committee's sitting that holds the hearing:
        the same meeting, whoever else its sentence names. Not when it names another day (`Le 20 mars, en
        ouverture de la réunion`), a time to come after a hearing held (`la réunion se tiendra`), a chair of
        its own other than the hearing's, or a committee the story has not named before (`la commission des
        finances a ouvert la séance`)."""
        if not m.get("bare_sitting") or current is None or current["side"] or m["side"] or m["headline"]:
            return None
        if current["kind"].lower() not in self.hearing_kinds:
            return None
        if m["date"] and not within(m["date"], current["date"] or ""):
            return None
        if (m["status"] in UNTOLD_STATUSES and "held" in current["statuses"]) or _other_host(m, current):
            return None
        return None if self._other_committee(doc, m) else current

    def _sitting_of_other_committee(self, doc: Doc, m: Mention, target: Meeting) -> bool:
        """`Les députés ont auditionné X. Le même jour, lors de la réunion de la commission des finances, ...`:
        a sitting (a session noun) told after a hearing (`hearing_kinds`), naming a committee the story had
        not named before, is that committee's sitting, not the hearing."""
        return bool(not m["verb_only"] and m["kind"] in self.session_kinds and target["kind"].lower() in
                    self.hearing_kinds and self._other_committee(doc, m))

    def _other_committee(self, doc: Doc, m: Mention) -> bool:
        """The mention's sentence names a committee (one of `committee_words` with its `de` complement: `la
        commission des finances`; `le président de la commission` names none) that the text before it never
        named (`la commission de la défense` named before stands for the committee of `commission de la défense
        nationale et des forces armées`)."""
        if self.committee_named is None:
            return False
        sentence = " ".join(_unaccented(m["sentence"]).replace("’", "'").split())
        named = [found.group(0) for found in self.committee_named.finditer(sentence)]
        if not named:  # most sittings name none: the text before is not folded for them
            return False
        before = " ".join(_unaccented(doc_text(doc)[: m["start_char"]]).replace("’", "'").split())
        return any(name not in before for name in named)

    def _committee_chair(self, m: Mention, reader: MentionReader) -> str:
        """The one person the sitting's sentence names holding the chair of a committee: a role of
        `hearing_chair_roles` (`le président de la commission, X`), or a title of `hearing_chair_titles`
        held of a body whose name opens on one of `committee_words` (`X, présidente de la commission de la
        défense`). None, or two: no chair."""
        offices, bodies = reader.people_office, reader.people_body

        def chairs(k: str) -> bool:
            role = offices.get(k, ("", ""))[1].split("#")[0]
            if role in self.hearing_chairs:
                return True
            first = re.findall(r"[\w-]+", _unaccented(bodies.get(k, "")).lower())[:1]
            return role in self.hearing_chair_titles and bool(first) and first[0] in self.committee_words

        found = [k for k in dict.fromkeys(m["people"]) if chairs(k)]
        return found[0] if len(found) == 1 else ""

    def _at_unstated_later_time(self, m: Mention) -> bool:
        """`X doit être reçu prochainement à Y`, `il l'a invité à effectuer bientôt une visite`: a meeting to
        come at a time its sentence leaves open (`unstated_later_words`) falls on no day the story tells;
        it takes none from the text around it."""
        return self.unstated_later is not None and m["status"] != "held" \
            and self.unstated_later.search(plain_words(m["sentence"])) is not None

    def _at_later_time_of_day(self, m: Mention) -> bool:
        """`Dans l'après-midi, X a reçu Y`, `Le soir même, ...`: a sentence opening on a later time of the day
        just told (`later_same_day`, at its head, before a comma) tells a meeting on that day; not in a
        quotation, where the time is the speaker's."""
        if self.later_same_day is None or m["headline"]:
            return False
        return self.later_same_day.match(plain_words(m["sentence"])) is not None  # `« Dans la soirée, ...`: no match

    def _place_over_arrival(self, target: Meeting, m: Mention) -> None:
        """`X a été accueilli à l'aéroport par Y. Les deux ministres ont eu un entretien au ministère`: the
        place where a visitor lands (an `arrival` place) gives way to the place the talks told next, by a
        meeting noun, name as their own."""
        here = (target["location"] or "").lower() + " "
        there = m["location"] or ""
        if m["verb_only"] or not there or not here.startswith(self.arrival_places) or (
                (there.lower() + " ").startswith(self.arrival_places)):
            return
        target["location"] = there

    def _host_of_stay(self, meetings: list[Meeting]) -> None:
        """A visit of several days told with no host (`X a séjourné à Y de lundi à mercredi`), during
        which someone receives its visitor in a meeting of its own (`Mardi, le président Z a reçu son
        hôte`): the one who received the visitor hosts the stay (not a visit read around a meeting of its
        own, `_stay_of_days`, whose first host is among its people). Several receivers name no host (a tour:
        each stage its own host), and a stage still to come (`où il doit être reçu par W`) is another stay."""
        for stay in meetings:
            if stay["host"] or stay.get("framing") or stay["side"] or stay["kind"] not in self.visit_kinds or (
                    "/" not in (stay["date"] or "")):
                continue
            receivers = {x["host"] for x in meetings if x is not stay and x["host"] and x.get("strong_host")
                         and not x["side"] and x["date"] and within(x["date"], stay["date"])
                         and "planned" not in x["statuses"]  # the tour's next stage, still to come
                         and (set(x["people"]) - {x["host"]}) & set(stay["people"]) and x["host"] not in stay["people"]}
            if len(receivers) == 1:
                stay["host"] = receivers.pop()
                stay["people"].insert(0, stay["host"])

    def _stay_of_days(self, m: Mention, meeting: Meeting) -> Meeting | None:
        """`X a été reçu lundi par Y, dans le cadre d'une visite de deux jours en Z`: a meeting of another
        kind, dated on a day of its own, told within a visit of a number of days (a `visit_nouns` noun,
        `de N jours`) that no meeting of the article holds yet: that visit, a meeting of its own from that
        day over its number of days, with the meeting's people and no host of its own (its days may hold
        several)."""
        if self.visit_of_days is None or m["kind"] in self.visit_kinds or m["side"] or m.get("background"):
            return None
        if not meeting["date_own"] or granularity(meeting["date"] or "") != "day":
            return None
        found = self.visit_of_days.search(m["sentence"])
        if found is None:
            return None
        count = found.group("n")
        days = int(count) if count.isdigit() else self.day_count.get(count.lower(), 0)
        start = first_day(meeting["date"])
        if start is None or not 1 < days <= 15:
            return None
        end = (start + timedelta(days=days - 1)).isoformat()
        stay: Meeting = {**meeting, "kind": found.group(0).split()[0].lower(), "date": f"{meeting['date']}/{end}",
                         "host": "", "strong_host": False, "hosted": [], "people": list(meeting["people"]),
                         "sentences": [m["sentence"]], "statuses": list(meeting["statuses"]), "framing": True}
        return stay

    def _chair_beside_talks(self, m: Mention, meeting: Meeting) -> bool:
        """Talks between people (`talks_kinds`, no chair), then a mention of another kind whose host was read
        from the parse (`Z a présidé la séance`), that host and its people none of the talks' people: the
        chair's own event, not those talks."""
        if not (m["strong_host"] and m["host"]) or m["anaphoric"] or m.get("refers_back") or m["verb_only"]:
            return False
        if meeting["kind"].lower() not in self.talks_kinds or m["kind"].lower() in self.talks_kinds:
            return False
        return len(meeting["people"]) >= 2 and not ({m["host"], *m["people"]} & set(meeting["people"]))

    def _sitting_of_body(self, m: Mention, meeting: Meeting) -> bool:
        """`Dans la foulée, X a présidé sa première réunion du Conseil de l'Atlantique Nord` after a ceremony:
        a sitting of a body that meets (its noun's complement a body of `gathering_kinds`), chaired (a host read
        from the parse), naming no day, is no part of a meeting of another kind that is no session (a
        ceremony, a visit): a meeting of its own. During a summit (a session kind) it is one of its sittings."""
        return bool(m.get("body_sitting") and m["strong_host"] and m["host"] and not m["date"]
                    and not m["anaphoric"] and not m.get("refers_back") and m["kind"] != meeting["kind"]
                    and not meeting.get("body_sitting"))

    def _trip_of_audience(self, told: Meeting, meetings: list[Meeting]) -> Meeting | None:
        """`X a été reçu en audience lundi par Y, dans le cadre d'une visite de deux jours. X conduit une
        délégation comprenant Z`: an audience (`audience_kinds`) is granted to the party's head; the
        members of his party take part in the visit (a visit kind) whose days hold the audience's. With no
        such visit told, they stay with the meeting spoken of."""
        if told["kind"] not in self.audience_kinds or not told["date"]:
            return None
        return next((x for x in reversed(meetings) if x is not told and x["kind"] in self.visit_kinds
                     and x["date"] and within(told["date"], x["date"])), None)

    def _session_within_trip(self, m: Mention, trip: Meeting) -> bool:
        """`X se rendra en Belgique et en Italie du 17 au 20 octobre. Les 17 et 18 octobre, il participera
        à la réunion des ministres ...`: a session (a `session` kind) dated on its own within a trip over
        several days (a visit kind), on fewer days than the trip, is an event of its own with its own
        days; a mention speaking back of the trip (`cette visite`) is the trip."""
        if m["anaphoric"] or m.get("refers_back") or m["side"] or not m["date"] or m["date"] == trip["date"]:
            return False
        return (m["kind"] in self.session_kinds and trip["kind"] in self.visit_kinds
                and "/" in (trip["date"] or "") and within(m["date"], trip["date"]))

    def _meal_of_its_own(self, m: Mention, target: Meeting) -> bool:
        """`Dans la soirée, X a offert un banquet en l'honneur de Y` after X and Y's talks at the same
        palace: a meal its host offers (`hosted_meal_kinds`, a host by the noun's `host_verbs`) is the
        evening's event, not those talks; a meal told again (`ce dîner`) or by a verb alone is not."""
        if m["verb_only"] or m["anaphoric"] or m.get("refers_back") or not m["host"] or not m["strong_host"]:
            return False
        kind = m["kind"].lower()
        return kind in self.hosted_meal_kinds and kind != target["kind"].lower() and (
            target["kind"].lower() not in self.hosted_meal_kinds)

    def _called_off_event_of_held(self, m: Mention, held: Meeting) -> bool:
        """`X a accueilli Y ... Le déjeuner de travail prévu avec les délégations a finalement été annulé`: an
        event of a visit's programme (`programme_kinds`) told by its noun as called off (cancelled or put off)
        while the meeting it would join took place is an event of its own that did not happen, not that
        meeting told again; a mention pointing back (`ce dîner`), a verb alone, or one of the meeting's own
        kind is left to the other readings. A definite article (`Le déjeuner prévu`) speaks of the
        programme's meal, never back to a meeting of another kind."""
        if m["verb_only"] or m["anaphoric"] or m["side"] or m["headline"]:
            return False
        kind = m["kind"].lower()
        return m["status"] in ("cancelled", "postponed") and kind in self.programme_kinds and (
            kind != held["kind"].lower()) and "held" in held["statuses"] and m["status"] not in held["statuses"]

    def _event_of_stay(self, m: Mention, stay: Meeting) -> bool:
        """`Arrivé lundi pour une visite d'État de trois jours, X ... Les deux hommes se sont entretenus en
        tête-à-tête`: an event of a visit's programme (`programme_kinds`), told by its noun during a visit
        over several days (a range, or its length told: `visit_of_days`), is a meeting of its own beside
        the stay; a mention speaking back (`cette visite`) or a verb alone is the visit's."""
        if m["verb_only"] or m["anaphoric"] or m.get("refers_back") or m["side"] or m["headline"]:
            return False
        if m["kind"].lower() not in self.programme_kinds or stay["kind"] not in self.visit_kinds:
            return False
        return "/" in (stay["date"] or "") or (self.visit_of_days is not None and any(
            map(self.visit_of_days.search, stay["sentences"])))

    def _received_elsewhere(self, m: Mention, meeting: Meeting) -> bool:
        """`X s'est d'abord rendu à A ... Il a ensuite été reçu à B par Y`: a mention naming no date whose
        host, read from the parse, receives in another town (both places proper names, neither a
        country, neither within the other) than the meeting's, which that host does not hold: another
        meeting of the same trip: the host's place a town of the gazetteer (countries.yml `places`), the
        meeting's a town's name (`_town_like`). A building (`reçu au palais`, `à l'état-major`) may be in
        the meeting's town: no telling."""
        if m["date"] or not (m["strong_host"] and m["host"]) or m["anaphoric"] or m.get("refers_back"):
            return False
        here, there = m["location"], meeting["location"]
        if not here or not there or meeting["host"] == m["host"] or meeting["remote"] or m["remote"]:
            return False
        if here.lower() not in self.cities or not _town_like(there) or {here.lower(), there.lower()} & self.countries:
            return False
        return not _place_within(here, there)

    def _next_day_session(self, m: Mention, meetings: list[Meeting], idx: DocIndex) -> Meeting | None:
        """`Après deux jours de travaux, ... ont bouclé vendredi leur réunion`, then `Jeudi, à
        l'ouverture des travaux, ...`: a session of the same kind, under the same host, dated the day
        before a session already told is that session's opening day: its dates become the range of
        both days. A later day stays its own (`Le sommet se poursuit mardi avec une session élargie`),
        and a visit's days dated on their own stay events of their own (not a session kind). A day
        before told in the pluperfect is an earlier event set aside (`La veille, X avait fait ses adieux
        lors d'une prise d'armes`) unless its sentence tells an opening (`Jeudi, à l'ouverture des
        travaux, X avait voulu rassurer`)."""
        if m["kind"] not in self.session_kinds or granularity(m["date"] or "") != "day" or m["side"]:
            return None
        day = first_day(m["date"])
        for meeting in meetings:
            if meeting["side"] or meeting["kind"] != m["kind"] or _other_host(m, meeting):
                continue
            if granularity(meeting["date"] or "") != "day" or (first_day(meeting["date"]) - day).days != 1:
                continue
            span = _mention_span(idx, m)  # the parse read only for a day before a session already told
            if _pluperfect_verb(span) and not self._tells_opening(span):
                return None
            meeting["date"] = f"{m['date']}/{meeting['date']}"
            return meeting
        return None

    def _widened_after_restricted(self, m: Mention, told: Meeting) -> bool:
        """`X a reçu Y pour un tête-à-tête. Les deux hommes se sont ensuite entretenus en présence de leurs
        délégations`, `Après un tête-à-tête entre les deux présidents, les délégations se sont retrouvées en
        séance élargie`: talks widened to the delegations (`widened_words`) told in a sentence of their own
        after the principals met alone (`restricted_words`, in a sentence of the meeting told, or in this one
        as a noun with its article) are another sitting of the visit, not that one. A widening told in the
        restricted talk's own sentence (`un entretien en tête-à-tête, suivi d'une séance élargie`), or a
        mention naming a day of its own other than that meeting's, is left to the other readings."""
        if self.widened is None or self.restricted is None or m["side"] or m["remote"] or told["side"]:
            return False
        if m["date"] and m["date"] != told["date"] or m["kind"].lower() in self.restricted_kinds():
            return False
        sentence = m["sentence"]
        widening = self.widened.search(sentence)
        if widening is None or sentence in told["sentences"]:
            return False
        if any(self.restricted.search(x) for x in [told["kind"], *told["sentences"]]):
            return True
        own = self.restricted_noun.search(sentence) if self.restricted_noun is not None else None
        return own is not None and own.start() < widening.start()

    def restricted_kinds(self) -> set[str]:
        """The meeting kinds that are themselves a talk of the principals alone (`entretien en tête-à-tête`)."""
        return {k for k in self.programme_kinds | self.talks_kinds if self.restricted.search(k)}

    def _tells_opening(self, span: Span | None) -> bool:
        """The mention's sentence holds a word of beginning (`start_nouns`, `start_verbs`)."""
        return span is not None and any(t.lemma_.lower() in self.opening_words for t in span[0].sent)

    def _target(self, m: Mention, meetings: list[Meeting], current: Meeting | None) -> Meeting | None:
        """The meeting a mention speaks of, or None for a new one.

        A dated mention joins the meeting of that date, or the one whose range holds it unless it
        is another kind of meeting between other people (`le 12 juillet, M. Stoltenberg a présidé la
        réunion du Conseil OTAN-Ukraine` during a summit). A mention without a date joins the meeting
        of its kind, else the one spoken of last, unless it names another place, or is a verb between
        people not all there (`Mme Parly a rencontré M. Doval`) unless its host receives the visitor
        of that meeting (`Le commandant du JFCBS a reçu le SACEUR`)."""
        main = [x for x in meetings if not x["side"]]
        if current is not None and _held_after_edition(m, current):
            current = _before_edition(current, meetings)  # `La prochaine session se tiendra à X en septembre. Les
            # deux ministres ont également eu un entretien`: what was held today, not that session to come
        if m.get("returned"):
            return None  # `X, qui rentrait d'un déplacement à Kiev`: a trip of its own, before the story's
        if m.get("separate") and (current is None or not set(m["people"]) <= set(current["people"])):
            return None  # `des entretiens séparés avec A et B`: each a meeting of its own
        if m.get("landmark") and (len(m["people"]) > 1 or m["strong_host"]) and not m["date"]:
            return None  # `À l'issue de la cérémonie, X et Y ont eu un entretien`, `Avant la cérémonie, les ministres
            # ont été reçus en audience par X`: a meeting before or after that one
        new_people = len(m["people"]) > 1 and bool(set(m["people"]) - set(current["people"] if current else []))
        if m["anaphoric"] and m["people"] and current is not None and not current["side"] and (
                (current["kind"] == m["kind"] or current["verb_only"] or self._talks_of_reception(m, current))
                and not m["date"] and not m["host"]):
            # `La cérémonie s'est tenue en présence de X et Y`: who attended the one just told; after
            # `X a reçu Y`, `L'audience s'est déroulée en présence de Z` tells of that one too
            return current
        if m.get("attended") and m["people"] and current is not None and not current["side"] and (
                (current["kind"] == m["kind"] or current["verb_only"] or self._talks_of_reception(m, current))
                and not m["date"] and not m["host"] and _same_venue(m, current)) and not _attended_to_come(m, current):
            # `X et Y ont également assisté à la cérémonie`: the one just told; after `X a reçu les délégations
            # venues signer la charte`, `Y a pris part à la cérémonie, qui s'est tenue dans la salle du palais`:
            if current["verb_only"] and current["kind"] != m["kind"]:  # the noun names what the verb told
                current["kind"], current["rule"], current["verb_only"] = m["kind"], m["rule"], False
            return current
        if m["anaphoric"] and not m["people"] and current is not None and not current["side"] and (
                not m["date"] or not current["date_own"] or within(m["date"], current["date"])):
            return current  # `La rencontre s'est tenue le 3 avril à Bordeaux`: the meeting just spoken of
        if m.get("refers_back") and current is not None and main:
            # `Cette rencontre s'inscrit dans ...`: the meeting of its kind already told, else the last one
            if not m.get("background"):  # `M. X a sollicité cet entretien`: not one told as a flashback
                main = [x for x in main if not x.get("background")]  # (`il s'était entretenu avec Y`)
                if not main:
                    return None
            same = [x for x in main if x["kind"] == m["kind"]]
            if not same and m.get("as_time"):
                return None  # `avant le sommet de Vilnius` after a ceremony: another event, no telling of this one
            return same[-1] if same else (current if not current["side"] and current in main else main[-1])
        # dated mentions
        if m["date"]:
            same_day = [x for x in main if x["date"] == m["date"]]
            target = _sharing_people(m, same_day) or next(iter(same_day), None) or _guessed_day_within(m, main) \
                or _guessed_opening_day(m, main)
            if target is None:
                target = next((x for x in main if within(m["date"], x["date"])), None)
                if target is not None and new_people and m["kind"] != target["kind"]:
                    return None
                if (target is not None and "/" in target["date"] and "/" not in m["date"] and target["people"]
                        and set(m["people"]) - set(target["people"])):
                    return None  # a day of a visit over several days, dated on its own, with others: an event
                if (target is not None and target["kind"] in self.visit_kinds and "/" in target["date"]
                        and granularity(m["date"]) == "day" and m["date"] != target["date"].partition("/")[0]
                        and set(m["people"]) != set(target["people"])):
                    return None  # a later day of a visit, dated on its own, told of part of the party: an event
            if target is not None and _sitting_chaired(m, target):
                return target
            if target is not None and self._told_in_testimony(m, target):
                return None
            if target is not None and (_other_host(m, target) or _elsewhere_others(m, target)):
                return None
            if target is not None and _planned_elsewhere(m, target):
                return None
            if target is not None and m["strong_host"] and m["host"] and target["remote"] != m["remote"]:
                return None  # `X a été reçu par Y` the day of a phone call: one receives in person, another meeting
            if target is not None and _meets_others(m, target):
                return None  # `Le même jour, il a également rencontré X et Y`: the same day, another meeting
            if target is not None and _other_pair(m, target):
                return None  # `De son côté, X a eu mercredi un entretien avec Y`: talks of their own
            if target is not None and _pair_received(m, target):
                return None  # `X avait été accueilli par Y, avant un entretien` the day of their summit
            if target is not None and _another_party(m, target):
                return None  # the same host, the same day, receiving another side's delegation
            if target is not None and _another_guest(m, target, self.audience_kinds):
                return None  # the same host, the same day, granting an audience to someone new
            if target is not None and same_day and target["people"] and not m["anaphoric"] and not m.get(
                    "refers_back") and _elsewhere_with_newcomers(m, target) and not self._country_of_town(m, target):
                return None  # `Jeudi matin, il s'était entretenu au Grand Sérail avec Y` the day of talks at A
                # (a meeting naming nobody, `une succession de rencontres à Londres`, has no people to compare)
            return target
        candidate = _unnamed_series_aside(m, _of_kind(m, main), current) or current
        if candidate is not None and len(set(m["people"])) > 1:  # `X s'est rendu à A avant de rencontrer Y. ...
            # X a été reçu à B par Y`: the meeting of X with Y; naming one alone, the story's thread decides
            candidate = _sharing_people(m, [candidate] + _same_day(candidate, main)) or candidate
        if candidate is not None and _sitting_chaired(m, candidate):
            return candidate
        if candidate is None or _other_host(m, candidate):
            return None  # one meeting, one host: `reçu par X` after a visit at the invitation of Y
        if self._told_in_testimony(m, candidate):
            return None  # `Il a rendu compte de la conférence réunie à Prague` during a hearing: that conference
        if _another_party(m, candidate):
            return None  # `Quelques heures plus tard, X a reçu la délégation de B` after X welcomed that of A
        if _another_guest(m, candidate, self.audience_kinds):
            return None  # `Y est ensuite venu présenter ses civilités au ministre` after his first audience
        named = set(candidate["people"])
        if m["strong_host"] and m["verb_only"] and m["host"] not in named and m["guests"] and (
                set(m["guests"]) <= named and "/" in (candidate["date"] or "") and not candidate["host"]):
            return None  # during a trip over several days, someone new receives the visitor: an audience of its own
        if m["strong_host"] and (m["guests"] or m["verb_only"]) and len(named) > 1 and m["host"] not in named:
            return None  # after talks between others, someone new receives one of them: an audience of its own
        if m["strong_host"] and m["guests"] and not set(m["guests"]) & named and not candidate["host"] and (
                len(named) > 1 and m["host"] in named):
            return None  # one of a hostless trip's party receives someone new: `X, qui avait été reçu par Y`
        if len(m["people"]) > 1 and len(named) > 1 and not named & set(m["people"]):
            return None  # other people entirely: `Dans la matinée du sommet, le ministre a reçu ...`
        if m["verb_only"] and m["groups"] and m["people"] and named and not named & set(m["people"]) and (
                candidate["host"] and m["host"] != candidate["host"]):
            # `La délégation s'est ensuite entretenue avec le ministre X` after an audience: talks of their own,
            # the delegation being the visitors of that audience
            visitors = [k for k in candidate["people"] if k != candidate["host"]]
            m["people"] = list(dict.fromkeys(visitors + m["people"]))
            return None
        if _meets_others(m, candidate):
            return None  # a verb between people not all there: `Mme Parly a rencontré M. Doval`
        if _elsewhere_with_newcomers(m, candidate) and not self._country_of_town(m, candidate):
            return None  # other people in another place: another meeting (an inherited place counts)
        return candidate

    def _country_of_town(self, m: Mention, meeting: Meeting) -> bool:
        """`Prague accueille la conférence. Les chefs d'état-major se retrouvent en République tchèque, à
        l'invitation de X`: a mention placed only in the country of the meeting's town (countries.yml `places`)
        tells no other place. A visit to that country (`visit_nouns`: `l'a invité à effectuer une visite au
        Maroc`) is a journey of its own."""
        if m["kind"] in self.visit_kinds:
            return False
        country = (m["location"] or "").strip().lower()
        town = (meeting["location"] or "").strip().lower()
        return country in self.countries and town not in self.countries and bool(
            self.place_country.get(town)) and self.place_country.get(town) == self.place_country.get(country)

    def _told_in_testimony(self, m: Mention, hearing: Meeting) -> bool:
        """While a hearing or a sitting of a chamber (`chamber_kinds`) is told, a meeting of another kind naming
        a place of its own that is no chamber (`Il a rendu compte de la conférence des chefs d'état-major, réunie
        à Prague`, `le sommet de Vilnius, où il s'est entretenu avec Y`) is what the witness reports on: a
        meeting of its own, with its own chair, day and place. A hearing is held at its chamber."""
        kinds = self.chamber_kinds | self.hearing_kinds
        if hearing["kind"].split()[0].lower() not in kinds or m["kind"].split()[0].lower() in kinds:
            return False
        return bool(m["location"]) and not m["remote"] and m["location"] not in self.chambers

    def _talks_of_reception(self, m: Mention, current: Meeting) -> bool:
        """`X a reçu Y ... Les entretiens se sont déroulés en présence de Z`, `Ont assisté à la rencontre, côté
        algérien, Z`: a talk noun (`talks_kinds`, `audience_kinds`) pointing back names the talks of the meeting
        just told by its host (`a reçu`), whatever noun that first sentence gave it (`en visite de travail`).
        After a meeting no one hosted (`X a présidé la cérémonie`) it may be another event."""
        talks = self.talks_kinds | self.audience_kinds
        return m["kind"].lower() in talks and (
            bool(current["host"]) and current["strong_host"] or current["kind"].lower() in talks)

    def _gathering_named(self, m: Mention, meetings: list[Meeting]) -> Meeting | None:
        """`La réunion des ministres de l'ADMM-Plus s'ouvre samedi à X`, then `Y doit s'entretenir en marge de
        l'ADMM-Plus avec Z`: the word right after the side markers (`side_of_gathering`) names a gathering told
        before, a dated meeting not itself on anyone's sidelines whose first sentence names it (a proper name:
        `ADMM-Plus`, `G20`) or whose kind is that word (`en marge du sommet` after the summit told). Talks naming
        no day of their own are held on its day and in its place, not on the day of the sentence just before."""
        side = self.side_of_gathering.search(m["sentence"]) if self.side_of_gathering else None

        if side is None:
            return None
        word = side.group("first")
        if len(word) < 2:
            return None
        named = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])", re.I)
        return next((x for x in reversed(meetings) if not x["side"] and not x["remote"] and x["date"]
                     and not x.get("edition")  # `le prochain sommet`: not the one on whose margins talks are held
                     and x["start_char"] < m["start_char"] and (
                         x["kind"].lower().split(" ")[0] == word.lower()
                         or word[:1].isupper() and named.search(x["sentences"][0]))), None)

    @staticmethod
    def _open(m: Mention, parent: Meeting | None) -> Meeting:
        meeting: Meeting = {**m, "people": list(m["people"]), "sentences": [m["sentence"]], "hosted": [],
                   "statuses": [m["status"]], "date_own": bool(m["date"])}
        if m["host"]:
            meeting["hosted"] = [(m["host"], g, m["sentence"], m["start_char"], m["end_char"]) for g in m["guests"]]
        if parent is not None:  # talks on its margins: one event on one day of it, its first unless told
            meeting["date"] = meeting["date"] or (parent["date"] if _calendar_week(parent["date"] or "")
                                                  else (parent["date"] or "").partition("/")[0])
            meeting["location"] = meeting["location"] or parent["location"]
            meeting["host"] = m["host"] if m["strong_host"] else ""  # its own, read from its sentence
            meeting["kind"] = f"{m['kind']} en marge"
        if meeting["host"] and meeting["host"] not in meeting["people"]:
            meeting["people"].insert(0, meeting["host"])
        return meeting



def _widened_of(m: Mention, told: Meeting) -> None:
    """The widened talks after a tête-à-tête (`_widened_after_restricted`): held that day, in that place, by
    the principals of the meeting told, whoever the sentence names besides (the members come after it)."""
    m["date"] = m["date"] or told["date"]
    m["location"] = m["location"] or told["location"]
    m["people"] = list(dict.fromkeys([*told["people"], *m["people"]]))
    if not m["host"] and told["host"]:
        m["host"], m["strong_host"] = told["host"], False


def _programme_of(m: Mention, held: Meeting) -> None:
    """An event of a held meeting's programme told as called off (`_called_off_event_of_held`): planned for
    that day, in that place, between the principals of that meeting (its host and those it received, not the
    members of the parties named besides), unless the sentence names its own."""
    m["date"] = m["date"] or held["date"]
    m["location"] = m["location"] or held["location"]
    received = [p for host, guest, *_ in held.get("hosted") or [] for p in (host, guest)]
    m["people"] = m["people"] or list(dict.fromkeys(received)) or list(held["people"])


def _day_from_told(day_from: tuple[str, int], meetings: list[Meeting]) -> str:
    """The day `days` away from the last meeting told of the kind `noun` names, when that one has a day
    (`La veille de la cérémonie` after the ceremony of 26 June: 25 June); no such meeting, no day."""
    noun, days = day_from
    told = next((t for t in reversed(meetings) if t["kind"].lower().split(" ")[0] == noun), None)
    day = first_day(told["date"] or "") if told is not None and granularity(told["date"] or "") == "day" else None
    return (day + timedelta(days=days)).isoformat() if day is not None else ""


def _day_told_since(idx: DocIndex, meeting: Meeting, stop: Stop) -> bool:
    """The meeting's day, taken from its context, is written between the clause that opened the stop and
    the meeting (`Le sommet s'est achevé dimanche à X. ... Samedi, Y est arrivé. ... Il a également eu des
    entretiens`): the text told a day of its own since the stop opened; the stop's day is no longer the one."""
    day, opened = meeting["date"] or "", stop["clause"][1]
    return bool(day) and any(e.label_ == "DATE" and e._.normalized == day for e in itertools.takewhile(
        lambda e: e.start_char >= opened, idx.ents_before_char(meeting["start_char"])))


def _within_days(date: str, days: list[str]) -> bool:
    """A meeting's date whose first day lies within one of `days` (normalised dates), or within whose
    range one of them begins."""
    first = date.partition("/")[0]
    return any(within(first, d) or within(d.partition("/")[0], date) for d in days)


def _context_location(reader: MentionReader, before: int, meetings: list[Meeting], date: str,
                      people: list[str] = (), host: str = "") -> str:
    """A meeting whose sentence names no place: the place named just before it in the same
    paragraph (not past a sentence telling of a meeting of another day), else the place of the
    meeting before it the same day (one trip, one place, until the
    text names another), or the day before or after when one of its people was a visitor there, not
    its host (`Dong Jun s'est entretenu lundi à Pékin avec M. Belooussov, en visite ... M. Belooussov
    doit être reçu mardi par ...`)."""
    place = reader.place_before(before, date)
    story = [x for x in meetings if not _before_story(x, meetings)]  # not a flashback (`s'était déjà rendue`)
    if place:
        named = next((x for x in reversed(story) if x["location"] == place), None)
        return (_trip_city(named, story, date, host) if named is not None else "") or place
    told = _told_in_paragraph(doc_text(reader.idx.doc), before, meetings, date)
    if told is not None:  # `... une réunion organisée dimanche à X. La rencontre était coprésidée par Y`
        return told["location"]
    if not story or not story[-1]["date"]:
        return ""
    last = story[-1]
    visitors = set(last["people"]) - {last["host"]}
    if within(date, last["date"]) or (_adjacent(date, last["date"]) and visitors & set(people)):
        if _building_of_others(last, people):
            return _trip_city_of_day(last, story, date)
        return _trip_city(last, story, date, host) or last["location"]
    return ""


def _told_in_paragraph(text: str, before: int, meetings: list[Meeting], date: str) -> Meeting | None:
    """The meeting told last before a character offset in its paragraph, placed and of a day that holds
    `date`: a meeting noun after it naming no place of its own (`La rencontre était coprésidée par X`,
    `Les discussions ont duré deux heures`) tells more of that meeting, wherever the text placed it (a
    participle's complement, `une réunion organisée dimanche à X`; a flashback too). None elsewhere."""
    if not date:
        return None
    opening = text.rfind("\n", 0, before) + 1
    told = [x for x in meetings if opening <= x["start_char"] < before and x["location"] and not x["remote"]
            and x["date"] and within(date, x["date"])]
    return max(told, key=lambda x: x["start_char"]) if told else None


def _building_of_others(last: Meeting, people: list[str]) -> bool:
    """A building or a room (a place that opens with a common noun: `siège de la présidence`) is the
    place of the meeting told there; a meeting of other people the same day (none of them at that
    one) was held in the trip's town, not in that building."""
    place = last["location"] or ""
    return place[:1].islower() and bool(people) and bool(last["people"]) and not set(people) & set(last["people"])


def _trip_city_of_day(last: Meeting, story: list[Meeting], date: str) -> str:
    """The last proper-name place of a meeting whose days hold `date` (the trip's town), else none."""
    for meeting in reversed(story):
        if meeting is not last and (meeting["location"] or "")[:1].isupper() and within(date, meeting["date"]):
            return meeting["location"]
    return ""


def _trip_city(last: Meeting, story: list[Meeting], date: str, host: str) -> str:
    """`X a été reçu au ministère de la Défense par Y. ... Il a également été reçu par Z`: a building or
    a room (a place that opens with a common noun) is the place of its own host; a meeting with another
    host the same day took place in the trip's city, the last named place (a proper name) of a meeting
    whose days hold that day. None when the hosts are the same or one is unknown."""
    if not host or not last["host"] or host == last["host"] or not last["location"][:1].islower():
        return ""
    for meeting in reversed(story):
        if meeting is not last and meeting["location"][:1].isupper() and within(date, meeting["date"]):
            return meeting["location"]
    return ""


def _paragraphs_of(body: str, sentences: list[str]) -> str:
    """The paragraphs of `body` that hold one of `sentences` (as written), one after the other."""
    found = []
    for sentence in sentences:
        at = body.find(sentence.strip()[:80]) if sentence.strip() else -1
        if at >= 0:
            start, end = body.rfind("\n", 0, at) + 1, body.find("\n", at)
            found.append(body[start : end if end >= 0 else len(body)])
    return "\n".join(dict.fromkeys(found))


def _line_above(text: str, start: int) -> str:
    """The last line holding words before `start` (blank lines passed over), when it lies within
    `PARAGRAPH_REACH` characters of it: a line set apart above the body's first paragraph; else ''."""
    head = text[max(start - PARAGRAPH_REACH, 0) : max(start, 0)].rstrip()
    if not head or start - PARAGRAPH_REACH > 0 and "\n" not in head:
        return ""
    return head[head.rfind("\n") + 1 :]


def _paragraph_start(text: str, body_start: int) -> int:
    """Where the paragraph holding `body_start` opens, when its first line is short of it (a dateline
    wrapped over several lines: the body may be found to start on its second line); else `body_start`."""
    start = max(body_start, 0)
    opening = text.rfind("\n\n", 0, start)
    return opening + 2 if opening >= 0 and start - opening <= PARAGRAPH_REACH else start


def _side_of_day(meetings: list[Meeting], day: str) -> list[Meeting]:
    """`X a rencontré mardi Y en marge de la réunion de l'ASEAN` under an agency dateline: talks on the
    sidelines of a gathering of the story's day are held where it is, the dateline's place (`day` empty:
    every side meeting)."""
    return [x for x in meetings if x["side"] and not x["remote"] and x["date"] == (day or x["date"])]


def _on_story_day(meeting: Meeting, day: str) -> bool:
    """The meeting is of the story's day: that day, or a period of days that holds it (a forum from
    the 12th to the 14th, in a story of the 12th)."""
    return meeting["date"] == day or ("/" in meeting["date"] and granularity(day) == "day"
                                      and within(day, meeting["date"]))


# A paragraph of one short line that closes with no sentence punctuation: an intertitle.
INTERTITLE_RE = re.compile(r"(?:^|\n)[ \t]*\n(?P<line>[^\n]{3,80}?[^\s.!?;:,»\"…])[ \t]*\n[ \t]*\n")
CITY_AFTER_A_RE = re.compile(r"(?<!\w)à\s+([A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+){0,2})")


def _eve_of(meeting: Meeting, day: str) -> bool:
    """`La veille, X avait reçu ses homologues pour une soirée d'accueil`: a meeting on the day just
    before the story's day (both single days): the eve of the gathering the headline places, where
    the guests have already come."""
    date = meeting["date"]
    if not date or not day or granularity(date) != "day" or granularity(day) != "day":
        return False
    first, other = first_day(day), first_day(date)
    return first is not None and other is not None and (first - other).days == 1


def _adjacent(day: str, period: str) -> bool:
    """`day` lies within `period`, or is the day just before or after it."""
    if within(day, period):
        return True
    if granularity(day) != "day":
        return False
    start, _, end = period.partition("/")
    first, last, other = first_day(start), first_day(end or start), first_day(day)
    if first is None or last is None or other is None or granularity(start) != "day":
        return False
    return (first - other).days == 1 or (other - last).days == 1


def _headline_target(m: Mention, meetings: list[Meeting]) -> Meeting | None:
    """The body's meeting a headline restates: the one sharing most of its people, else one of its
    kind at its place that names nobody, else the body's only one of its kind, at its place if it names one
    (`le sommet de Luanda annulé, X n'a pas fait le déplacement` over a body naming X by his title); a headline
    that names nobody restates the story's first meeting."""
    if not meetings:
        return None
    if not m["people"]:
        return next((x for x in meetings if x["kind"] == m["kind"]), meetings[0])
    same = next((x for x in meetings if x["kind"] == m["kind"] and m["location"] and x["location"] == m["location"]
                 and x["people"] == []), None)
    if same is not None:  # its body sentence names nobody (`, visite ce lundi la base de X`): same kind, same place
        return same
    shared = [(len(set(m["people"]) & set(x["people"])), -k) for k, x in enumerate(meetings)]
    best, at = max(shared)
    if best:
        return meetings[-at]
    kin = [x for x in meetings if x["kind"] == m["kind"] and not x["side"]
           and (not m["location"] or x["location"] == m["location"])]
    return kin[0] if len(kin) == 1 else None


def _story_lead(m: Mention, meetings: list[Meeting], session_kinds: set[str]) -> Meeting | None:
    """The body's meeting a headline announces when it shares no one with any (it writes a name otherwise: a
    surname alone, a title, another transliteration) and no single one of its kind at its place takes it: a
    headline and its standfirst announce the story's main event, which the body tells first. So the body's
    first meeting of the same sort (a gathering of many, a session kind, or a meeting between a few people,
    any other), told at the same time (the headline's status, when its tense gives one: `rencontrera` over talks
    held stays apart; the headline's present `reçoit` tells none), not a side meeting nor one before the
    story's own, on the headline's day if it names one, at its place if it names one (the first such meeting at
    another place: the headline tells another meeting)."""
    if not m["people"] or m["side"]:
        return None
    gathering = m["kind"] in session_kinds
    for x in meetings:
        if x["side"] or _before_story(x, meetings) or (x["kind"] in session_kinds) != gathering:
            continue
        if m["status"] and m["status"] not in x["statuses"]:
            continue
        if m["date"] and not within(m["date"], x["date"] or ""):
            continue
        if not _same_place(m["location"], x["location"]):
            return None  # `X a rencontré Y à Berlin` over a body telling talks in Paris: another meeting
        return x
    return None


def _same_place(one: str, other: str) -> bool:
    """Two places that may be one: either unsaid, or one named within the other (`Dubaï` and `Salon
    aéronautique de Dubaï`)."""
    one, other = one.lower(), other.lower()
    return not one or not other or one in other or other in one


def _merge_announced(target: Meeting, m: Mention) -> None:
    """Fold a headline into the body's meeting it announces though it shares no one with it: the body names
    the people in full, the headline's names are the same people written otherwise, so it adds none, nor a
    host; it gives its place only to a meeting that has none."""
    target["statuses"].append(m["status"])
    target["location"] = target["location"] or m["location"]
    target["sentences"].append(m["sentence"])


def _held_before(m: Mention, told: Meeting | None, meetings: list[Meeting]) -> Meeting | None:
    """People told as present, not to come (`Autour de la table figuraient X et Y`), after a meeting still to come
    that is another occasion than the one held before it took part in that held one: the next of the same kind
    (`lors du prochain sommet, prévu à Z`), or one on a later day of its own (`la réunion prévue en mars 2027`)
    has no one seated yet. The one to come stays when no meeting held was told before it."""
    if told is None or m["status"] != "held" or set(told.get("statuses") or []) != {"planned"}:
        return told
    before = next(i for i, x in enumerate(meetings) if x is told)
    held = next((x for x in reversed(meetings[:before]) if "held" in x["statuses"] and not x["side"]), None)
    if held is None:
        return told
    later = bool(told.get("date_own") and told["date"] and held["date"] and told["date"][:10] > held["date"][:10])
    return held if later or held["kind"] == told["kind"] else told


def _anchored(m: Mention, last: Meeting | None, told: Meeting | None) -> Meeting | None:
    """The meeting a presence sentence speaks of when it is the last told rather than the story's thread:
    after `En marge du sommet, X a reçu Y`, `X était accompagné du général Z` has Z at that side meeting
    (X, named beside the people it adds, is there). None when the last told is the thread's own, or has
    none of the people the sentence names beside those it adds."""
    if last is None or last is told or not set(m.get("anchors") or []) & set(last["people"]):
        return None
    if last.get("background") or last.get("date_own") and told is not None and told.get("date_own") and (
            not within(last["date"], told["date"]) and not within(told["date"], last["date"])):
        return None  # `Le 3 octobre 2023, X avait accueilli Y`: a flashback, or a meeting of another day
    return last


def _party_told_last(m: Mention, last: Meeting | None, told: Meeting | None) -> Meeting | None:
    """The members of `la délégation` (`A et B faisaient partie de la délégation`) belong to the party of the
    meeting told last, one that received or sent a group (`Le même jour, X avait reçu une délégation syrienne`),
    rather than to the story's thread: the definite article points back to the group just named."""
    if not m.get("of_party") or last is None or last is told or not last["groups"]:
        return None
    return last


def _flashback_aside(m: Mention, current: Meeting | None, target: Meeting) -> bool:
    """A meeting told in the pluperfect after the story's own (`X a été accueilli à Y, où il avait rencontré
    Z la veille`): an earlier time set aside, not the thread the next sentences follow."""
    return bool(m.get("background")) and current is not None and current is not target and not current.get(
        "background")


def _told_there(m: Mention, last: Meeting | None) -> bool:
    """The mention has no day and no place of its own, a place clitic (`y`) pointing back to the place
    just named, and all its people take part in the meeting told last (a flashback too): it tells more of
    that meeting (`La veille, X s'était rendu à A avec Y. Les deux hommes y ont visité une station radar`).
    A newcomer (`Il y a rencontré Z`), a day of its own (`Il y est retourné lundi`), a host other than that
    meeting's (`Elle y a été accueillie par X`) make another."""
    return bool(last is not None and m.get("there") and not m["date"] and not last["side"] and m["people"]
                and set(m["people"]) <= set(last["people"]) and m["host"] in ("", last["host"]))


def _then_there(m: Mention, last: Meeting | None, text: str) -> bool:
    """The mention has no day of its own, a place clitic (`y`) pointing back to the place of the meeting
    told in the sentence just before, and shares someone with it: the clitic takes it back to that place on
    that one day (when that sentence names it: `day_before`), even as another meeting (`Ce mardi, X s'est
    rendue à A. Elle y a été reçue par Y`), not to the days of the trip around it. A sentence between them
    (which may name another place) breaks the link."""
    return bool(last is not None and m.get("there") and not m["date"] and not last["side"] and last["date"]
                and not text[last["end_char"]:m["start_char"]].strip()
                and "/" not in last["date"] and granularity(last["date"]) == "day"
                and set(m["people"]) & set(last["people"]))


def _guests_as_they(m: Mention, current: Meeting | None) -> list[str]:
    """`Les deux ministres ont été accueillis par X. Ils ont eu un entretien avant la cérémonie`: talks
    set against a landmark (`avant`, `à l'issue de`) whose subject is `ils`, naming no one, are held
    between the guests of the meeting just told (its people but its host), when there are several."""
    if not m.get("landmark") or not m.get("they") or m["people"] or current is None or not current["host"]:
        return []
    guests = [k for k in current["people"] if k != current["host"]]
    return guests if len(guests) > 1 else []


def _holders_at_home(meeting: Meeting, meetings: list[Meeting], holders: list[str],
                     countries: dict[str, str]) -> list[str]:
    """`Avant d'être reçu par le président, X s'était entretenu au siège du ministère de la Défense avec son
    homologue, Y`: X holds the house's office but is received that day (a host verb of another meeting of the
    same day): X is a visitor, not at home. The other holders of another known country, received by no one
    that day, are at home; with no other holder, the one other participant, of no country of the visitor's (a
    talk of two: the visitor came to his house, whose owner the text may name by another title). [] when no
    holder is received that day."""
    visitors = _received_that_day(meeting, meetings) & set(holders)
    if not visitors:
        return []
    away = {countries.get(k) for k in visitors}
    others = [k for k in holders if k not in visitors]
    if others:
        return [k for k in others if countries.get(k) and countries.get(k) not in away]
    # a talk of two: the one other, of no country of the visitor's (the text may leave his own unsaid), receives
    others = [k for k in meeting["people"] if k not in visitors] if len(meeting["people"]) == 2 else []
    return [k for k in others if countries.get(k, "") not in away]


def _received_that_day(meeting: Meeting, meetings: list[Meeting]) -> set[str]:
    """The people another meeting of the same day names as received (`hosted`: `X a reçu Y`): visitors that day."""
    return {guest for other in meetings if other is not meeting and other["date"]
            and other["date"] == meeting["date"] for _, guest, *_ in other.get("hosted") or []}


def _host_carried(m: Mention, current: Meeting | None) -> str:
    """`X a accueilli Y pour une cérémonie. À l'issue de la cérémonie, X et Y ont eu un entretien`:
    talks after the meeting just told (its landmark), between its host and some of its guests only,
    are held under the same host. Talks with someone new, or without that host, have none."""
    if not m.get("landmark") or current is None or not current["host"] or current["side"] or len(m["people"]) < 2:
        return ""
    people = set(m["people"])
    return current["host"] if current["host"] in people and people <= set(current["people"]) else ""


def _before_edition(edition: Meeting, meetings: list[Meeting]) -> Meeting | None:
    """The meeting last told before another edition of a series (`le prochain sommet se tiendra à X`), not
    itself on anyone's sidelines: the gathering whose margins the story still speaks of; the edition itself
    when none was told before it."""
    return next((x for x in reversed(meetings) if x["start_char"] < edition["start_char"] and not x["side"]
                 and not x.get("edition")), edition)


def _held_after_edition(m: Mention, meeting: Meeting) -> bool:
    """A mention told as held, naming no day, after another edition of a series told only as still to come
    (`le prochain sommet se tiendra à X en octobre`): it tells of the story's meeting, not of that one."""
    return bool(meeting.get("edition")) and m["status"] == "held" and not m["date"] and (
        "held" not in meeting["statuses"])


def _elsewhere_others(m: Mention, meeting: Meeting) -> bool:
    """The same day, other people in another place: `Au même moment mardi, à Djeddah, une délégation
    américaine a rencontré les représentants ukrainiens` during a meeting in Paris."""
    return (len(m["people"]) > 1 and bool(meeting["people"]) and not set(m["people"]) & set(meeting["people"])
            and bool(m["location"]) and bool(meeting["location"])
            and not _place_within(m["location"], meeting["location"]))


def _planned_elsewhere(m: Mention, meeting: Meeting) -> bool:
    """`X doit être reçu prochainement à A`, then `Y a reçu mercredi X à B`: a meeting only announced,
    dated by no day of its own, and a meeting held on a day at another place are two meetings."""
    return (not meeting["date_own"] and set(meeting["statuses"]) == {"planned"} and m["status"] == "held"
            and bool(m["date"]) and bool(m["location"]) and bool(meeting["location"])
            and not _place_within(m["location"], meeting["location"]))


def _pair_received(m: Mention, meeting: Meeting) -> bool:
    """A host receiving one guest (a host verb read from the parse), told as another kind of meeting
    the day of a gathering of more people: their welcome and talks are a meeting of their own."""
    return bool(m["strong_host"] and len(m["guests"]) == 1 and len(set(m["people"])) == 2
                and m["kind"] != meeting["kind"] and len(set(meeting["people"])) > 2
                and not m["anaphoric"] and not m.get("refers_back"))


def _city_of_same_day(meeting: Meeting, meetings: list[Meeting], cities: list[str]) -> str:
    """`En marge des travaux, X a eu un échange avec le chef de l'armée indienne`, the day of a conference
    held at New Delhi: a meeting placed only in a country, the day of another meeting held at one city
    of that country (its `places`), was held in that city."""
    lowered = {c.lower(): c for c in cities}
    day = meeting["date"].partition("/")[0] if meeting["date"] else ""
    found = {lowered[x["location"].lower()] for x in meetings
             if x is not meeting and day and x["location"] and x["location"].lower() in lowered
             and (within(day, x["date"]) or x["date"].partition("/")[0] == day)}
    return found.pop() if len(found) == 1 else ""


def _periphrasis_places(book: RuleBook) -> dict[str, list[str]]:
    """A country's periphrasis (countries.yml `periphrases`: `Hexagone`) and a country's title written alone
    (`country_titles`: `Royaume`, the opening of `Royaume du Maroc`, of `Royaume de Belgique`) -> the
    cities (`places`) of the countries it may stand for, the country's own first."""
    found: dict[str, list[str]] = {}
    countries = [e for e in book.entries("countries", "countries") if e.get("places")]
    for entry in countries:
        for word in entry.get("periphrases") or []:
            found.setdefault(word.lower(), []).extend(entry["places"])
    for title in book.get("countries", "country_titles", []):
        opening = title.lower() + " "
        for entry in countries:
            if any(n.lower().startswith(opening) for n in [entry["name"], *(entry.get("aliases") or [])]):
                found.setdefault(title.lower(), []).extend(entry["places"])
    return found


def _same_building(one: str, other: str) -> bool:
    """The same building told in full once and shorter once (`palais d'État de Harare`, then `palais d'État`):
    the same place or a venue named after its town (`_place_within`), or one name opening the other."""
    a, b = one.lower().replace("\u2019", "'"), other.lower().replace("\u2019", "'")
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return _place_within(one, other) or long.startswith(short + " ")


def _place_within(one: str, other: str) -> bool:
    """The same place, or a venue named after its town (`Nouakchott` and `Palais des congrès de
    Nouakchott`, `la base d'Evreux`): the town closes the venue's name after `de`, `d'` or `à`, with no
    article (`le siège de l'OTAN` is no place of `OTAN`)."""
    a, b = one.lower().replace("\u2019", "'"), other.lower().replace("\u2019", "'")
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return short == long or bool(re.search(rf"(?:\s(?:de|à)\s|\sd'){re.escape(short)}$", long))


def _venue_of_city(one: str, other: str) -> bool:
    """`X est arrivé à Kiev`, then `X a été reçu par Y au palais Z`: a building told by its place word (in
    lower case, naming no town of its own) and a town (a capital name) may be one place, the building in
    the town the story is in; a town and another town, or two buildings, are not."""
    venue, town = (one, other) if one[:1].islower() else (other, one)
    return venue[:1].islower() and town[:1].isupper() and " " not in town.strip() and (
        not re.search(r"\s(?:de|à|d')\s?[A-Z]", venue))


def _guessed_day_within(m: Mention, main: list[Meeting]) -> Meeting | None:
    """`X et Y ont représenté le pays au sommet` (no day: the day of publication, a guess), then `X et Y ont
    participé de mardi à jeudi au sommet`: a meeting of the mention's kind, whose day was only guessed from
    its context and lies within the days the mention names (or after them: the day of the page), sharing
    people with it, is that meeting: it takes the mention's days."""
    if "/" not in m["date"] or not m["people"]:
        return None
    for meeting in main:
        if meeting.get("date_own", True) or meeting["kind"] != m["kind"] or not meeting["date"]:
            continue
        later = len(meeting["date"]) == 10 and meeting["date"] > m["date"].rpartition("/")[2]  # the page's day
        if (within(meeting["date"], m["date"]) or later) and set(meeting["people"]) & set(m["people"]):
            meeting["date"], meeting["date_own"] = m["date"], True
            return meeting
    return None


def _guessed_opening_day(m: Mention, main: list[Meeting]) -> Meeting | None:
    """A standfirst telling the story's meeting with no day (dated by a guess, the page's day), then the
    body telling it on a day of the week before (`X a reçu jeudi Y, en visite officielle`): the story's
    only meeting so far, of the mention's kind (its head noun), naming nobody the mention does not, dated
    by a guess later than the mention's day and at most a week later, is that meeting: it takes the day."""
    if "/" in m["date"] or granularity(m["date"]) != "day" or len(main) != 1:
        return None
    meeting = main[0]
    day, guess = first_day(m["date"]), first_day(meeting["date"] or "")
    if meeting.get("date_own", True) or day is None or guess is None or not 0 < (guess - day).days <= 7 \
            or meeting["kind"].split()[:1] != m["kind"].split()[:1] or set(meeting["people"]) - set(m["people"]):
        return None
    meeting["date"], meeting["date_own"] = m["date"], True
    return meeting


def _other_pair(m: Mention, meeting: Meeting) -> bool:
    """Two people or more, none of them in a meeting of another kind the same day that names its host or two
    people (`X a reçu les dirigeants`, then `Mercredi, Y a eu un entretien avec Z`): a meeting of their own."""
    if m["anaphoric"] or m.get("refers_back") or m.get("attended") or m["kind"] == meeting["kind"]:
        return False
    named = set(meeting["people"])
    return (len(set(m["people"])) > 1 and bool(named) and not named & set(m["people"])
            and (bool(meeting["host"]) or len(named) > 1))


def _same_side_told(m: Mention, meetings: list[Meeting]) -> Meeting | None:
    """`En marge du sommet, X s'est entretenu avec Y`, then `Y a été reçu par X en marge du sommet`: a side
    meeting between the very people (two or more) of a side meeting already told, on its day (or naming none),
    is that meeting told again."""
    people = set(m["people"])
    if len(people) < 2:
        return None
    return next((x for x in meetings if x["side"] and set(x["people"]) == people
                 and (not m["date"] or not x["date"] or x["date"] == m["date"])), None)


def _side_told_again(m: Mention, meetings: list[Meeting]) -> Meeting | None:
    """A mention with no day of its own between the very people (two or more) of a side meeting already
    told (`X s'est entretenu avec Y en marge du sommet`, then `C'est là qu'il s'est entretenu avec Y`): that
    meeting told again, without its margin (`_same_people_told` the other way round). Another time said
    in so many words (`une seconde rencontre`) is a meeting of its own."""
    people = set(m["people"])
    if len(people) < 2 or m["date"] or m.get("repeat"):
        return None
    return next((x for x in meetings if x["side"] and set(x["people"]) == people and x["remote"] == m["remote"]),
                None)


def _same_venue(m: Mention, meeting: Meeting) -> bool:
    """The mention names no place, or one within the meeting's (`salle des banquets du palais` in `palais de X`)."""
    return not m["location"] or bool(meeting["location"]) and (
        _place_within(m["location"], meeting["location"]) or _room_of(m["location"], meeting["location"]))


def _room_of(one: str, other: str) -> bool:
    """A part of a building named by its `de` complement, a bare definite noun (`la salle des banquets du
    palais`, `la cour de l'hôtel`), and a place that noun heads (`palais de Koulouba`, `hôtel de Brienne`):
    the part lies within that place, told again without its name."""
    found = re.search(r"\s(?:du|de la|de l'|des)\s?([^\s']+)$", one.lower().replace("\u2019", "'"))
    return bool(found) and other.lower().split()[:1] == [found.group(1)] and len(other.split()) > 1


def _same_people_told(m: Mention, meetings: list[Meeting]) -> Meeting | None:
    """A side meeting (`en marge de`) between the very people (two or more) of a meeting already told,
    not itself a side meeting, naming no date other than that meeting's: the same meeting, told again
    (`Privé de sa rencontre avec Y, X ...`, then `X devait s'entretenir avec Y en marge du sommet`)."""
    people = set(m["people"])
    if len(people) < 2:
        return None
    return next((x for x in meetings if not x["side"] and set(x["people"]) == people
                 and (not m["date"] or x["date"] == m["date"])), None)


def _elsewhere_with_newcomers(m: Mention, meeting: Meeting) -> bool:
    """A mention naming its own place, not the meeting's (nor a venue or a room of it), and someone who was not
    at that meeting: other people in another place, another meeting, even on the same day (`X s'est entretenu
    jeudi à Yarzé avec Y. Jeudi matin, il s'était entretenu au Grand Sérail avec Z`). The same place told
    again (`Jeudi, dans la cour de l'hôtel de Brienne, les deux ministres ...`) or nobody new keeps it."""
    place, told = m["location"], meeting["location"]
    if not place or not told or _place_within(place, told) or _venue_of_city(place, told) or _room_of(place, told):
        return False
    return bool(set(m["people"]) - set(meeting["people"]))


def _another_party(m: Mention, meeting: Meeting) -> bool:
    """The host of a meeting that received a party (`X a accueilli la délégation burkinabè`) receiving a party
    of another side (`Quelques heures plus tard, X a reçu la délégation des Forces armées nigériennes`), no guest
    of that meeting named: another reception. A party named by no side (`X a reçu la délégation au palais`), or
    the same side told again, may be the one received before: the same meeting."""
    if m["anaphoric"] or m.get("refers_back") or not (m["strong_host"] and m["host"]) or m["host"] != meeting["host"]:
        return False
    if set(m["guests"]) & set(meeting["people"]) or not m.get("parties"):
        return False
    told = {g.lower() for g in meeting["groups"] if " " in g} | set(meeting.get("parties") or [])
    return bool(told) and not set(m["parties"]) & told


def _another_guest(m: Mention, meeting: Meeting, audience_kinds: set[str]) -> bool:
    """An audience (`audience_kinds`) granted by the host of an audience whose guest is already named, to a
    guest named who was not at it (`La première audience a été réservée à X ... Y est venu présenter ses
    civilités au ministre`): a series of audiences, one for each visitor, not one with all of them."""
    if m["anaphoric"] or m.get("refers_back") or not (m["strong_host"] and m["host"]) or m["host"] != meeting["host"]:
        return False
    if m["kind"] not in audience_kinds or meeting["kind"] not in audience_kinds:
        return False
    named = set(meeting["people"]) - {meeting["host"]}
    return bool(m["guests"]) and bool(named) and not set(m["guests"]) & named


def _new_host_of_others(m: Mention, meeting: Meeting) -> bool:
    """A host, read from the parse, who is none of the people of a meeting between two or more others
    whose day was only a guess from its context, receives someone on that day: a meeting of its own
    (`Privé de sa rencontre avec Y, X ...`, then `Mardi, Z a reçu X`). Undated, a host (a chair too)
    meeting none of the people of a meeting called off tells of another gathering, one held."""
    if m["anaphoric"] or m.get("refers_back") or not m["host"]:
        return False
    named = set(meeting["people"])
    if len(named) < 2 or m["host"] in named or meeting["host"]:
        return False
    if not m["date"]:  # `La rencontre a été annulée. ... qui présidait la rencontre de X`: a chair, meeting
        # none of them, at a gathering that was held: not the one called off
        return "cancelled" in meeting["statuses"] and m["status"] != "cancelled" and not set(m["people"]) & named
    return m["strong_host"] and not meeting.get("date_own", True)


def _session_with_another(m: Mention, meeting: Meeting) -> bool:
    """One of a hosted meeting's people meeting, without host, someone who was not at it (`X a été reçu par
    le président Y. X a d'abord eu une séance de travail avec son homologue Z`): a session of its own, of
    another kind, between another pair. The host among them (`Y a ensuite eu un entretien avec X et Z`), a
    meeting noun pointing back, nobody new, or a gathering of more than a host and a guest keeps the one
    meeting."""
    if m["anaphoric"] or m.get("refers_back") or m["side"] or not meeting["host"] or (
            m["host"] and not m.get("visited_host")):  # `le visiteur a eu une séance avec Z`: Z, the one met, hosts
        return False
    people, told = set(m["people"]), set(meeting["people"])
    if len(people) != 2 or len(told) != 2 or meeting["host"] in people or m["kind"].lower() == meeting["kind"].lower():
        return False  # a gathering of many (`L'amiral X a souhaité la bienvenue à Y` at a conference) is one
    return len(people & told) == 1


def _welcome_of_chair(m: Mention, meetings: list[Meeting]) -> Meeting | None:
    """`X a présidé le défilé`, then `A son arrivée, X a été accueilli par Y`: one welcomed the same day (and
    in no other place) at an event he chairs (its host read from the parse, receiving no guest of its own)
    is welcomed to that event: it stays his, Y one of its people, not the host of a visit of its own."""
    if not (m["strong_host"] and m["host"]) or len(m["guests"]) != 1 or m["anaphoric"] or m.get("refers_back"):
        return None
    if m["status"] not in ("", "held") or m["remote"] or m["side"]:
        return None
    chair = m["guests"][0]
    for meeting in reversed(meetings):
        if meeting["host"] != chair or not meeting["strong_host"] or meeting["hosted"] or meeting["side"] or (
                meeting["remote"] or len(meeting["people"]) != 1):
            continue
        if m["date"] and m["date"] != meeting["date"]:
            continue
        if m["location"] and meeting["location"] and not _place_within(m["location"], meeting["location"]):
            continue
        return meeting
    return None


def _received_in_other_building(m: Mention, meeting: Meeting) -> bool:
    """`La conférence, ouverte au Palais des congrès de A, ...`, then `Les délégations ont été reçues au palais
    B par X`: a host verb naming its host and guests in a building of its own sentence, the host none of
    the people of a meeting told in another building (both named, neither a town, neither within the
    other nor a room of it), is a meeting of its own: people received elsewhere after a gathering."""
    here, there = m["location"] or "", meeting["location"] or ""
    if not (m["strong_host"] and m["host"] and m["guests"]) or m["anaphoric"] or m.get("refers_back") or (
            not here or not there or m["remote"] or meeting["remote"] or not meeting.get("place_own")):
        return False
    if m["host"] in meeting["people"] or meeting["host"] or _town_like(here) or _town_like(there):
        return False
    return not (_place_within(here, there) or _room_of(here, there) or _room_of(there, here)
                or _venue_of_city(here, there))


def _town_named(towns: set[tuple[int, str]], start: int, words: str) -> str:
    """The place entity (not a country) opening `words` at `start`, else ''."""
    return next((name for at, name in towns if at == start and words.startswith(name)), "")


def _town_like(place: str) -> bool:
    """A place written as a town's name: every word capitalised (`Irpin`, `La Haye`, `Saint-Raphaël`),
    not a building or an institution (`palais présidentiel`, `Etat-Major Général des FAR`)."""
    words = place.replace("-", " ").replace("\u2019", "'").split()
    return bool(words) and all(w[:1].isupper() for w in words)


def _sitting_chaired(m: Mention, meeting: Meeting) -> bool:
    """`La séance, présidée par X` (a sitting told with a chair marker) after a conference held at the invitation
    of another: a sitting of that conference, whose host stays; the chair receives no one."""
    if not (m.get("chaired_sitting") and _other_host(m, meeting) and meeting["strong_host"]):
        return False
    if m["date"] and m["date"] != meeting["date"]:
        return False
    m["guests"], m["strong_host"] = [], False
    return True


def _other_host(m: Mention, meeting: Meeting) -> bool:
    """The mention names a host, read from the parse, other than the meeting's."""
    return bool(m["host"] and m["strong_host"] and meeting["host"] and m["host"] != meeting["host"]
                and m["host"] not in meeting.get("guests", []))


def _status_of(statuses: list[str]) -> str:
    """A meeting's status from its mentions: called off wins, then held, then planned; held when
    no mention says. Postponed (`reportée d'une semaine`) then held is held; postponed and no
    more said is called off (for the day first set)."""
    for status in ("cancelled", "held", "postponed", "planned"):
        if status in statuses:
            return "cancelled" if status == "postponed" else status
    return "held"


def _other_time(m: Mention, target: Meeting) -> bool:
    """The mention names its own time, and it neither holds nor lies within the meeting's."""
    if m["anaphoric"] or m.get("refers_back"):  # `Cette rencontre devait se tenir le 12 août, à X`: the same one
        return False
    return bool(m["date"] and target["date"]) and not within(m["date"], target["date"]) and (
        not within(target["date"], m["date"]))


def _attended_to_come(m: Mention, meeting: Meeting) -> bool:
    """`Ont assisté aux entretiens, côté émirien, X` after `Y doit recevoir le Président à Matignon`: who
    attended (told as held) was not at a meeting told only as still to come; the talks are another one."""
    return m["status"] == "held" and "held" not in meeting["statuses"]


def _merge(target: Meeting, m: Mention) -> None:
    """Fold a later mention into the meeting it speaks of."""
    target["statuses"].append(m["status"])
    for key in m["people"]:
        if key not in target["people"]:
            target["people"].append(key)
    target["groups"] = list(dict.fromkeys(target["groups"] + m["groups"]))
    target["parties"] = list(dict.fromkeys((target.get("parties") or []) + (m.get("parties") or [])))
    if m.get("sponsor") and not target.get("sponsor"):  # `sous les auspices de la Chine`, told in a later mention
        target["sponsor"] = m["sponsor"]
    if not _other_time(m, target) and not _planned_into_held(m, target):  # `lors de leur rencontre de X en
        target["location"] = target["location"] or m["location"]  # novembre dernier`: that time's place
    if (m["anaphoric"] or m.get("chair_day")) and m["date"] and not target["date_own"]:  # the date it was given
        # from context (`Mercredi 23 octobre – Présidence de M. X` over a record of the week of the 21st)
        target["date"], target["date_own"] = m["date"], True
    elif m["date"] and within(m["date"], target["date"]):
        target["date_own"] = True
        if m["date"] != target["date"] and _calendar_week(target["date"]):
            target["date"] = m["date"]  # `se retrouvent la semaine prochaine`, then `se réunira les 15 et 16 janvier`
    elif m["date"] and target["date"] and _narrows(m["date"], target["date"]):
        target["date"], target["date_own"] = m["date"], True  # `la visite prévue en février`, then `devait se
        # tenir les 5 et 6 février`: the days of that month
    target["sentences"].append(m["sentence"])
    if m["host"]:
        target["hosted"] += [(m["host"], g, m["sentence"], m["start_char"], m["end_char"]) for g in m["guests"]]
        if not target["host"] or (m["strong_host"] and not target["strong_host"]):
            if target["host"] and target["host"] in target["people"]:
                target["people"].remove(target["host"])
            target["host"], target["strong_host"] = m["host"], m["strong_host"]
            if m["host"] in target["people"]:
                target["people"].remove(m["host"])
            target["people"].insert(0, m["host"])


UNTOLD_STATUSES = ("planned", "cancelled", "postponed")  # meetings that did not take place (yet)


def _planned_into_held(m: Mention, target: Meeting) -> bool:
    """A mention of a time to come (`la prochaine session se tiendra à X, a-t-on annoncé à la clôture des
    travaux`) folded into a meeting told as held: the place it names is that other time's, not the held
    meeting's."""
    return m["status"] in UNTOLD_STATUSES and "held" in target["statuses"]


def _trip_of_days(meetings: list[Meeting]) -> Meeting | None:
    """The trip last told over several days (`du 11 au 13 mars`, `les 4 et 5 décembre`: a `start/end` range
    of days), the story still within its days: a meeting told during it without a day of its own took place
    on one of them, which the text does not say. None when the last meeting told with a date lies outside
    it, or the range is a calendar week (`la semaine prochaine`: a day of it is meant)."""
    told = next((x for x in reversed(meetings) if x["date"] and not x["side"] and not x.get("aside")), None)
    trip = next((x for x in reversed(meetings) if "/" in (x["date"] or "") and not x["side"]
                 and not x.get("aside")), None)
    if trip is None or told is None or _calendar_week(trip["date"]):
        return None
    start, _, end = trip["date"].partition("/")
    if granularity(start) != "day" or granularity(end) != "day" or not within(told["date"], trip["date"]):
        return None
    return trip


def _context_date(doc: Doc, idx: DocIndex, before: int, meetings: list[Meeting], bounds: tuple[str, ...] = (),
                  held: bool = False, body: int = -1) -> str:
    """A meeting whose sentence gives no date: the day of the article's first meeting (news tells
    one trip or event), or a day within it told after that meeting's first sentence (`du 9 au 12
    juillet ... Lundi, la ministre ... . Sur place, elle doit rencontrer ...`), else the last date of
    the body before it, else the publication date. A date after a bound word (`Jusqu'au 23 juin`,
    `depuis le 4 mars`: `year_not_carried_after` in dates.yml) ends or starts a state: it dates nothing.
    A meeting told as held (a past tense) took place by the publication day: a later day (`la rencontre
    qu'il devait avoir jeudi`, said on a Tuesday) is no day of it. The publication line's day is no day
    told; before the story's first meeting, the same day told in the body (`body`: where it begins) is
    (`Vendredi 15 mars, X ... . Le ministre était accueilli par Y`, published that Friday: not a day
    further back)."""
    opening = _dated_opening(meetings, lambda x: _pluperfect_at(idx, x["start_char"], x["end_char"]))
    published = first_day(doc._.published or "") if held else None

    def past(value: str) -> bool:  # a day not after the publication (any day when that does not apply)
        day = first_day(value)
        return published is None or day is None or day <= published

    story = [x for x in meetings if x["date"] and not _before_story(x, opening) and not x.get("aside")
             and _status_of(x.get("statuses") or []) not in UNTOLD_STATUSES]  # a meeting to come, or one called
    # off, dates no later event
    told = story[-1] if story else next((x for x in meetings if x["date"]), None)
    if told is not None and not past(told["date"]):
        told = None
    header = (doc._.published, doc._.updated)
    text = doc_text(doc)

    def dates(ents: Iterable[Span], told_in_body: bool = False) -> Iterator[Span]:  # read lazily, nearest first:
        # a long text has thousands
        return (e for e in ents if e.label_ == "DATE" and _dates_story(e._.normalized)
                and (e._.normalized not in header or told_in_body and 0 <= body <= e.start_char)
                and not after_bound_word(text, e.start_char, bounds) and not in_bound_phrase(e, bounds)
                and not within_guillemets(e.sent, e) and not _caption_line(text, e.start_char)
                and past(e._.normalized))

    if told is not None:
        scene = _scene_day(idx, text, before, doc._.published)
        told_day = first_day(told["date"].split("/")[-1])  # None for a week, a weekend, a season
        if scene and told_day is not None and first_day(scene) > told_day:
            return scene  # `Le mercredi 5 mars, X s'adresse aux Français. ... Le soir même, il reçoit Y`
        earlier = _pluperfect_scene(idx, text, before, doc._.published)
        if earlier and told_day is not None and first_day(earlier) < first_day(told["date"].split("/")[0]):
            return earlier  # `La veille, X avait douché les espoirs ... ¶ X y avait qualifié ...`
        after_told = itertools.takewhile(lambda e: e.start_char > told["start_char"], idx.ents_before_char(before))
        nearer = next(dates(e for e in after_told if not dates_described_thing(e)), None)
        if nearer is not None and granularity(nearer._.normalized) == "day" and nearer._.normalized != told["date"] \
                and (within(nearer._.normalized, told["date"]) or (
                    not told.get("date_own", True) and nearer.start_char > text.rfind("\n", 0, before))):
            return nearer._.normalized  # within the meeting's days; or in its paragraph, after a meeting whose
            # day was only a guess (`Le tournant a lieu le 23 octobre 2023. X est accueilli à Paris par Y`)
        return told["date"] if _calendar_week(told["date"]) else told["date"].split("/")[0]  # a week: one of its days
    first = next(dates((e for e in idx.ents_before_char(before) if not _dated_in_flashback(e)), told_in_body=True),
                 None)
    if first is None:
        return _standfirst_day(doc, idx, before, dates) or doc._.published or ""
    return first._.normalized


def _day_told_last(doc: Doc, idx: DocIndex, before: int, meetings: list[Meeting], bounds: tuple[str, ...]) -> str:
    """The day a sentence opening on a later time of the day (`Dans l'après-midi, ...`) is on: the day of the
    meeting told last before it, when it was given one; else the last day (a date of day granularity, not
    in a quotation, not a bound, not after the publication) the text told before it. Empty: none told."""
    told = next((x for x in reversed(meetings) if x["date"] and x["start_char"] < before
                 and _status_of(x.get("statuses") or []) not in UNTOLD_STATUSES), None)
    if told is not None and granularity(told["date"]) == "day":
        return told["date"]
    text = doc_text(doc)
    published = first_day(doc._.published or "")
    header = (doc._.published, doc._.updated)
    for e in idx.ents_before_char(before):
        value = e._.normalized or ""
        if e.label_ != "DATE" or granularity(value) != "day" or value in header or within_guillemets(e.sent, e) \
                or after_bound_word(text, e.start_char, bounds) or in_bound_phrase(e, bounds):
            continue
        day = first_day(value)
        if published is None or day is None or day <= published:
            return value
    return ""


def _dated_in_flashback(date: Span) -> bool:
    """A date its verb tells in the pluperfect (`Sa nomination avait été décidée et annoncée le 23
    juillet`; a verb coordinated with one inherits its auxiliary): a time before the story's, no day of
    an event the story tells after it."""
    verb = _governing_verb(date.root)
    if verb.dep_ == "conj" and not any(c.dep_.startswith("aux") for c in verb.children):
        verb = verb.head
    return _told_before(verb)


def _caption_line(text: str, start: int) -> bool:
    """`Le président X, à Luanda en novembre 2024. © AFP`: a line carrying a photo credit is a caption,
    its date the day of the picture, never the day of a meeting the story tells."""
    line_end = text.find("\n", start)
    return "\u00a9" in text[text.rfind("\n", 0, start) + 1 : line_end if line_end >= 0 else len(text)]


def _standfirst_day(doc: Doc, idx: DocIndex, before: int, dates) -> str:
    """A meeting told above the publication line (a standfirst: `Austin au Caire : le secrétaire ... a
    été reçu par le président`), with no date of its own and none before it, is the one the body goes
    on to date: the first day the body gives after that line, in the week up to the publication."""
    published = first_day(doc._.published or "")
    if published is None:
        return ""
    after = [e for e in idx.ents if e.start_char >= before and e.label_ == "DATE"]
    line = next((e for e in after[:3] if e._.normalized == doc._.published and e.start_char - before < 400), None)
    if line is None:
        return ""
    body = next(dates(e for e in after if e.start_char > line.end_char), None)
    day = first_day(body._.normalized) if body is not None and granularity(body._.normalized) == "day" else None
    return body._.normalized if day is not None and 0 <= (published - day).days <= 7 else ""


def _scene_day(idx: DocIndex, text: str, before: int, published: str | None) -> str:
    """The day that opens a sentence of the paragraph before `before`, set off by a comma (`Le mercredi
    5 mars, ...`): the day of the scene the paragraph tells; none later than the publication."""
    paragraph_start = text.rfind("\n", 0, before) + 1
    last = first_day(published or "")
    for ent in idx.ents_before_char(before):
        if ent.start_char < paragraph_start:
            return ""
        doc = ent.doc
        opening = idx.sent(ent.start).start
        if ent.label_ != "DATE" or granularity(ent._.normalized or "") != "day" or not (
                ent.start == opening or (ent.start == opening + 1 and doc[opening].pos_ == "DET")):
            continue
        if ent.end < len(doc) and doc[ent.end].text == "," and (last is None or first_day(ent._.normalized) <= last):
            return ent._.normalized
    return ""


def _pluperfect_at(idx: DocIndex, start: int, end: int) -> bool:
    """A verb of the span told in the pluperfect (`X, qui avait signé la veille un accord`, `s'était
    rendue`): a time before the story's."""
    span = idx.doc.char_span(start, max(end, start + 1), alignment_mode="expand")
    return span is not None and any(
        t.pos_ in ("VERB", "AUX") and "Part" in t.morph.get("VerbForm")
        and any(c.dep_ in ("aux", "aux:tense") and "Imp" in c.morph.get("Tense") for c in t.children) for t in span)


def _mention_span(idx: DocIndex, m: Mention) -> Span | None:
    """The words of a mention's trigger, None when its offsets hold none."""
    span = idx.doc.char_span(m["start_char"], max(m["end_char"], m["start_char"] + 1), alignment_mode="expand")
    return span if span is not None and len(span) else None


def _pluperfect_verb(span: Span | None) -> bool:
    """The verb the mention's trigger (`span`) hangs from is told in the pluperfect (`avait fait ses adieux
    lors d'une prise d'armes`)."""
    if span is None:
        return False
    verb = _governing_verb(span.root)
    return _pluperfect_at(DocIndex.of(span.doc), verb.idx, verb.idx + len(verb))


def _pluperfect_scene(idx: DocIndex, text: str, before: int, published: str | None) -> str:
    """A sentence told in the pluperfect (`il y avait rencontré`) in a paragraph that gives no scene
    day of its own goes on with the scene the paragraph before opened (`La veille, ... avait ...`):
    that day. Only the very next paragraph, and only a pluperfect: a present or a compound past is
    back in the story's own time."""
    token = idx.doc.char_span(before, min(before + 1, len(text)), alignment_mode="expand")
    if token is None or not len(token):
        return ""
    sent = idx.sent(token.start)
    if not any(t.dep_ in ("aux", "aux:tense") and "Imp" in t.morph.get("Tense")
               and "Part" in t.head.morph.get("VerbForm") for t in sent):
        return ""
    paragraph_start = text.rfind("\n", 0, before) + 1
    if paragraph_start == 0 or _scene_day(idx, text, before, published):
        return ""
    previous_end = paragraph_start - 1
    while previous_end > 0 and text[previous_end - 1] in "\n \t\u00a0":
        previous_end -= 1
    return _scene_day(idx, text, previous_end, published)


def _named_with(text: str, mentions: list[list[int]], ends: list[int], title: str, room: re.Pattern) -> bool:
    """One of a person's mentions follows the title (`le ministre d'Etat, ministre de la Défense, X`): the words
    between the end of the last other name, or the sentence's start, and the name hold it (unaccented), the
    room's own phrase (`au cabinet du ministre d'Etat, entre ...`) left out."""
    for start, _ in mentions:
        before = max((e for e in ends if e <= start), default=0)
        window = text[max(before, start - 200) : start]
        window = room.sub(" ", window[max(window.rfind(". "), window.rfind("\n")) + 1 :])
        if re.search(rf"(?<!\w){re.escape(title)}(?!\w)", _unaccented(window)):
            return True
    return False


def _unaccented(text: str) -> str:
    """Lower case, accents dropped (`Élysée` -> `elysee`)."""
    return "".join(c for c in unicodedata.normalize("NFD", text.lower()) if not unicodedata.combining(c))


def _dates_story(value: str) -> bool:
    """A value that can date a story's event: a day, a month, a range of days; not a year nor a
    span of years (`la période 2020-2030`)."""
    return granularity(value.split("/", 1)[0]) in CALENDAR_DAYS


def _dated_opening(meetings: list[Meeting], flashback=lambda meeting: False) -> list[Meeting]:
    """The meetings from the first one dated by its own words: a meeting told in the headline with no
    day of its own took the publication day, which is no bound for the days the body tells (`Samedi, X
    a reçu Y` in an article of the Sunday is the story, not a flashback), if it lies in the week before."""
    start = next((i for i, x in enumerate(meetings) if x["date"] and x.get("date_own", True)), 0)
    if start and flashback(meetings[start]):
        return meetings  # `X, qui avait signé la veille un accord avec Y, ...`: an earlier time, no story
    guessed = first_day(meetings[0]["date"]) if meetings and meetings[0]["date"] else None
    own = first_day(meetings[start]["date"]) if start else None
    if guessed is None or own is None or not 0 < (guessed - own).days <= 6:
        return meetings  # a flashback months before (`lors de sa visite en 2022`) opens no story
    return meetings[start:]


def _unnamed_opening(meetings: list[Meeting], flashback=lambda meeting: False) -> list[Meeting]:
    """The meetings that bound the story (`_before_story`): from the first one dated by its own words when
    the first told names no one and has only a guessed day (`X enchaîne depuis les entretiens avec ses
    homologues. Ce 9 octobre, il a reçu Y`, published on the 10th: a series of talks, dated by the page's
    day, is no bound, and the meeting of the 9th is the story, not a flashback); else all of them."""
    if not meetings or meetings[0]["people"] or meetings[0].get("date_own", True):
        return meetings
    return _dated_opening(meetings, flashback)


def _before_story(meeting: Meeting, meetings: list[Meeting]) -> bool:
    """The meeting took place before the article's first meeting: background, not the story."""
    first = first_day(meetings[0]["date"]) if meetings and meetings[0]["date"] else None
    own = first_day(meeting["date"]) if meeting["date"] else None
    return bool(first and own) and own < first


def _extend(meeting: Meeting, bound: str) -> bool:
    """The meeting goes on until `bound`, a day or two to a week after it began: its date becomes that
    range. `DAY/`: it began on DAY, up to a week before the day it is dated by (`Ouverts lundi dernier,
    les travaux ...` after `La session s'est achevée jeudi`). False (unchanged) for a day the other way,
    or too far."""
    day, opens = bound.rstrip("/"), bound.endswith("/")
    start = first_day(meeting["date"]) if meeting["date"] else None
    other = first_day(day)
    if start is None or other is None or granularity(day) != "day":
        return False
    first, _, last = meeting["date"].partition("/")
    if not opens and 0 < (other - start).days <= 7:
        meeting["date"] = f"{first}/{day}"
        return True
    if opens and granularity(first) == "day" and 0 < (start - other).days <= 7:
        meeting["date"] = f"{day}/{last or first}"
        return True
    return False


def _bounded_by(m: Mention, meetings: list[Meeting]) -> Meeting | None:
    """The meeting of the mention's kind already told as beginning (`DAY/`) or ending on the day the
    mention says it begins or ends: that meeting, its dates unchanged."""
    day, opens = m["until"].rstrip("/"), m["until"].endswith("/")
    for meeting in meetings:
        start, _, end = (meeting["date"] or "").partition("/")
        if meeting["side"] or meeting["kind"] != m["kind"] or not end:
            continue
        if (opens and start == day) or (not opens and end == day):
            return meeting
    return None


def _vague(meeting: Meeting) -> bool:
    """A meeting that names nobody, no group, no place, dated by a season at most (`Une prochaine étape
    est attendue à l'automne, avec la réunion d'un dialogue`, `Retour sur trois rencontres`): no meeting told."""
    return (not meeting["people"] and not meeting["groups"] and not meeting["host"]
            and not (meeting["location"] and meeting.get("place_own", True))  # a place of its own, not its context's
            and granularity((meeting["date"] or "").split("/")[0]) in ("season", "year", ""))


def _untold(meeting: Meeting) -> bool:
    """`Récit d'un rendez-vous manqué.`: a meeting noun that names nobody, no group, no host, and neither a day
    nor a place of its own (both read from the text around it) tells no meeting; nor does one named only to date
    something else (`avant le sommet que les Alliés tiendront à Vilnius`, `depuis le sommet de Y, le 15 août`),
    whatever place or day it names."""
    if meeting["people"] or meeting["groups"] or meeting["host"]:
        return False
    return meeting.get("as_time", False) or not meeting["date_own"] and not (
        meeting["location"] and meeting.get("place_own", True))


def _calendar_week(period: str) -> bool:
    """A period from a Monday to the Sunday after (`la semaine prochaine`): days told within it are the meeting's."""
    start, _, end = period.partition("/")
    first, last = first_day(start), first_day(end) if end else None
    return bool(first and last and granularity(start) == "day" and first.weekday() == 0 and (last - first).days == 6)


def _narrows(value: str, period: str) -> bool:
    """`value` names days (a day or a range of days) of the month or year `period` names: a later,
    finer telling of the same time (`2023-02-05/2023-02-06` narrows `2023-02`)."""
    if granularity(period) not in ("month", "year"):
        return False
    first, _, last = value.partition("/")
    return granularity(first) == "day" and all(v.startswith(period + "-") for v in (first, last or first))


def _of_kind(m: Mention, main: list[Meeting]) -> Meeting | None:
    """The meeting of the mention's kind it speaks of: the first told, but a meeting told as still to
    come (`la réunion des chefs d'état-major devra ...`) speaks of the one of its kind announced, not of
    one already held (`Keir Starmer réunit ...` days before)."""
    same = [x for x in main if x["kind"] == m["kind"]]
    if m["status"] == "planned":
        announced = [x for x in same if "planned" in x["statuses"] and "held" not in x["statuses"]]
        return next(iter(announced or same), None)
    return next(iter(same), None)


def _unnamed_series_aside(m: Mention, kind: Meeting | None, current: Meeting | None) -> Meeting | None:
    """The meeting of the mention's kind, unless it names no one and the story has told another since:
    `La délégation a enchaîné les rencontres. Samedi, X a reçu Y. Dans la foulée, il a reçu Z`, `X enchaîne
    depuis les entretiens avec ses homologues. Ce 9 octobre, il a reçu Y. Dans l'après-midi, Y s'est
    entretenu avec Z`: a noun of talks naming nobody (a series, a programme) is no one meeting that a verb
    between named people tells again; the story's thread (the meeting just told) decides."""
    if kind is None or current is None or kind is current or kind["people"] or not current["people"] \
            or _status_of(kind["statuses"]) in UNTOLD_STATUSES:  # one announced is told again when it comes
        return kind
    return None if m["verb_only"] and len(set(m["people"])) > 1 else kind


def _meets_others(m: Mention, meeting: Meeting) -> bool:
    """A meeting verb between people not all in `meeting` (`Mme Parly a rencontré M. Doval`), unless
    its host receives that meeting's visitor (`Le commandant du JFCBS a reçu le SACEUR`), or its people
    join that meeting's party (`X et Y ont rejoint la délégation`)."""
    if m.get("joins"):
        return False  # `X et Y ont rejoint la délégation`: newcomers to that meeting's party
    if m.get("sits"):
        return False  # `X a salué Y, qui siégeait pour la première fois`: a seat in that meeting
    named = set(meeting["people"])
    receives_visitor = bool(m["host"]) and not meeting["host"] and set(m["guests"]) <= named
    paired = m.get("paired") and meeting["kind"] != m["kind"]  # `à l'occasion des entretiens`: those ones
    return bool((m["verb_only"] or paired) and named and len(m["people"]) > 1
                and set(m["people"]) - named and not receives_visitor)


def _same_day(meeting: Meeting, meetings: list[Meeting]) -> list[Meeting]:
    """The other meetings dated as `meeting` is (a day of the same story)."""
    return [x for x in meetings if x is not meeting and x["date"] and x["date"] == meeting["date"]]


def _sharing_people(m: Mention, meetings: list[Meeting]) -> Meeting | None:
    """Of several meetings of one day, the one a mention speaks of by its people: the one holding most of
    the mention's people who are not in all of them (a traveller's, in each stage of the trip, tells
    nothing), in a place compatible with the mention's (when both name one), and under no other host.
    None when no meeting holds such a person, or two hold as many: the other rules decide."""
    if len(meetings) < 2 or not m["people"]:
        return None
    common = set.intersection(*(set(x["people"]) for x in meetings))
    telling = set(m["people"]) - common
    scored = []
    for meeting in meetings:
        shared = len(telling & set(meeting["people"]))
        if not shared or _other_host(m, meeting) or meeting["remote"] != m["remote"] and m["remote"]:
            continue
        if m["location"] and meeting["location"] and not _place_within(m["location"], meeting["location"]):
            continue
        scored.append((shared, meeting))
    if not scored:
        return None
    best = max(n for n, _ in scored)
    top = [x for n, x in scored if n == best]
    return top[0] if len(top) == 1 else None


def _two_days(value: str) -> bool:
    """`2023-01-07/2023-01-08`: two days in a row."""
    start, _, end = value.partition("/")
    first, last = first_day(start), first_day(end) if end else None
    return bool(first and last and granularity(start) == "day" and (last - first).days == 1)


def _named_in(place: str, meeting: Meeting, sites: Iterable[str] = ()) -> bool:
    """The place is written in one of the meeting's own sentences (its own place, which wins); with
    `sites` (grammar `site_prepositions`), only after one of them (`à X`, `sur la base de X`): `si X
    allait autoriser ...` names a government, not the meeting's place."""
    words = "|".join(map(re.escape, sites))
    pattern = re.compile((rf"(?<!\w)(?:{words})\s+(?:\w+['’]|\w+\s+){{0,2}}" if words else r"(?<!\w)")
                         + re.escape(place) + r"(?!\w)", re.I)
    return any(pattern.search(s) for s in meeting.get("sentences") or [meeting.get("sentence") or ""])


def _told_at_stop(meeting: Meeting, stop) -> bool:
    """The meeting's day is one of the days told at the stop, and its people hold the stop's travellers
    when they are known: not a flashback nor the trip of someone else told on the way."""
    day = first_day(meeting["date"] or "")
    if day is None or granularity(meeting["date"]) not in ("day", "range") or day.isoformat() not in stop["days"]:
        return False
    return not stop["travellers"] or bool(set(stop["travellers"]) & set(meeting["people"]))


def _later_stop(m: Mention, target: Meeting, stops) -> bool:
    """A mention with no day of its own told after the trip moved on to a dated stop (`Le lendemain, à X,
    ...`) that the meeting it would join was not held at (another place, another day): not that meeting."""
    here, there = stop_at(stops, m["start_char"]), stop_at(stops, target["start_char"])
    if here is None or here is there or not here["day"] or here["rule"] == "dateline" or m["date"]:
        return False
    place = target["location"] or ""
    return bool(place) and place.lower() not in here["place"].lower() and target["date"] != here["day"] \
        and granularity(target["date"] or "") == "day"


def _international_bodies(entries: list[dict], kinds: set[str]) -> set[str]:
    """The ids (`organisations:<id>`) of the bodies of an organisation of states (`guest_body_kinds`): an entry
    whose `parent` chain ends on a body of one of those kinds, no entry of that chain of a country."""
    by_id = {e["id"]: e for e in entries}

    def root(entry: dict) -> dict | None:
        for _ in range(20):  # a chain of parents is a few bodies deep
            if entry.get("country"):
                return None
            parent = by_id.get(entry.get("parent") or "")
            if parent is None:
                return entry
            entry = parent
        return None
    return {f"organisations:{e['id']}" for e in entries if (top := root(e)) is not None and top.get("kind") in kinds}
