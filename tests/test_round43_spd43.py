"""Round 43, watch latency (spd43): what an `extract --watch` re-run no longer does again for the documents
a rule edit cannot change. The table writer writes rows it wrote at the previous save from the lines it
made of them then (same bytes, rows neither unpacked nor formatted again); a reused results-cache entry
is stamped with the new rules in memory only; the watcher sees a save within a fraction of a second and
runs once for it. Each test compares the short path with the full one, with a case the full path keeps."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from pipeline.run.export import LONG_CELLS, MAX_CELL, Packed, TableWriter
from pipeline.run.job import rule_stamps, wait_for_change
from pipeline.run.results import ResultsCache


def _rows(doc_id: str, note: str = "") -> dict:
    """One document's rows of our own: a formula-like cell, a carriage return, a cell cut to MAX_CELL."""
    return {
        "documents": [{"doc_id": doc_id, "source_path": f"{doc_id}.txt", "title": f"=Titre {note}", "status": "ok",
                       "error": "", "n_chars": 120, "n_tokens": 30, "encoding": "utf-8", "n_bad_chars": 0}],
        "entities": [{"doc_id": doc_id, "entity_id": "E1", "label": "ORG", "text": "la Marine", "start_char": 3,
                      "end_char": 12, "sentence_id": 0, "normalized": "Marine nationale", "source": "rule"},
                     {"doc_id": doc_id, "entity_id": "E2", "label": "PER", "text": "x" * (MAX_CELL + 5),
                      "start_char": 20, "end_char": 30, "sentence_id": 1, "normalized": "a\rb", "source": "ner"}],
        "meetings": [],
        "officials": [{"doc_id": doc_id, "person_key": "durand", "name": "Jeanne Durand", "rank": "", "role": "chef",
                       "organisation": "", "country": "fr", "n_mentions": 1, "first_char": 40, "rank_rule": "",
                       "role_rule": "r", "organisation_rule": ""}],
        "relations": [], "quotes": [],
    }


class _Counted(Packed):
    unpacked = 0

    def unpack(self) -> dict:
        _Counted.unpacked += 1
        return super().unpack()


def _write(folder: Path, documents: list, memo: dict | None = None) -> dict[str, bytes]:
    with TableWriter(folder, {}, memo=memo) as writer:
        for rows in documents:
            writer.add_rows(rows)
        writer.finish()
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_packed_rows_written_again_from_the_memo_give_the_same_bytes(tmp_path):
    plain = _write(tmp_path / "plain", [_rows("a"), _rows("b")])
    assert LONG_CELLS in plain and b"'=Titre" in plain["documents.csv"]  # the cell cut, the formula neutralised
    memo: dict = {}
    packed = [_Counted(Packed.of(_rows("a")).data), _Counted(Packed.of(_rows("b")).data)]
    _Counted.unpacked = 0
    assert _write(tmp_path / "first", packed, memo) == plain
    assert _Counted.unpacked == 2 and len(memo) == 2
    assert _write(tmp_path / "second", packed, memo) == plain
    assert _Counted.unpacked == 2  # the second run unpacked nothing


def test_changed_rows_are_unpacked_and_the_memo_keeps_only_the_last_run(tmp_path):
    memo: dict = {}
    first = [Packed.of(_rows("a")), Packed.of(_rows("b"))]
    _write(tmp_path / "first", first, memo)
    edited = [first[0], _Counted(Packed.of(_rows("b", note="bis")).data)]  # b's rows changed by an edit
    _Counted.unpacked = 0
    tables = _write(tmp_path / "second", edited, memo)
    assert _Counted.unpacked == 1 and "Titre bis" in tables["documents.csv"].decode()
    assert tables == _write(tmp_path / "plain", [_rows("a"), _rows("b", note="bis")])
    assert set(memo) == {first[0].data, edited[1].data}  # b's old lines are dropped


def test_no_memo_writes_packed_rows_as_plain_rows(tmp_path):
    assert _write(tmp_path / "packed", [Packed.of(_rows("a"))]) == _write(tmp_path / "plain", [_rows("a")])


def test_a_reused_entry_is_restamped_in_memory_only_under_watch(tmp_path):
    entry = ("old rules", ("marine",), Packed.of(_rows("a")).data)
    restamped = ("new rules", *entry[1:])
    watch = ResultsCache(tmp_path / "watch", memory=True)
    watch._store("k" * 64, entry)
    on_disk = watch._path("k" * 64).read_bytes()
    watch._restamp("k" * 64, restamped)
    assert watch._load("k" * 64) == restamped  # the next save compares with the new rules
    assert watch._path("k" * 64).read_bytes() == on_disk  # the disk keeps the rules its rows were made with
    assert ResultsCache(tmp_path / "watch")._load("k" * 64) == entry
    plain = ResultsCache(tmp_path / "plain")  # counter-example: a run without --watch stamps the disk
    plain._store("k" * 64, entry)
    plain._restamp("k" * 64, restamped)
    assert ResultsCache(tmp_path / "plain")._load("k" * 64) == restamped


def _watch_once(rules: Path, stamps: dict, found: list) -> threading.Thread:
    thread = threading.Thread(target=lambda: found.append(wait_for_change(rules, stamps)), daemon=True)
    thread.start()
    return thread


def test_a_save_is_seen_once_written_in_several_steps(tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "roles.yml").write_text("roles: []\n", encoding="utf-8")
    stamps = rule_stamps(rules)
    found: list = []
    thread = _watch_once(rules, stamps, found)
    time.sleep(0.3)
    assert not found  # nothing saved: still waiting
    with open(rules / "roles.yml", "w", encoding="utf-8") as handle:  # an editor writing in two steps
        handle.write("roles:\n")
        handle.flush()
        time.sleep(0.05)
        handle.write("  - id: chef\n")
    thread.join(5)
    assert found == [rule_stamps(rules)]  # one return, with the file as finally written
    assert found[0]["roles.yml"][1] == len("roles:\n  - id: chef\n")


def test_tables_read_again_reuse_the_rows_of_unchanged_lines(tmp_path):
    from pipeline.tuning.compare import snapshot

    out = tmp_path / "out"
    tables = _write(out, [_rows("a"), _rows("b")])
    assert "\r" in tables["entities.csv"].decode()  # a quoted carriage return: entities.csv is read whole
    lines: dict = {}
    first = snapshot(out, lines)
    assert first == snapshot(out)
    _write(out, [_rows("a"), _rows("b", note="bis")])  # an edit changes b's title only
    second = snapshot(out, lines)
    assert second == snapshot(out)
    assert second["documents"][0] is first["documents"][0]  # a's line: the row read the first time
    assert second["entities"][0] is not first["entities"][0]  # counter-example: a table read whole
    assert second["documents"][1]["title"] == "'=Titre bis"  # b's line read anew


def test_a_cell_over_several_lines_is_read_whole_with_the_memo(tmp_path):
    from pipeline.tuning.compare import snapshot

    out = tmp_path / "out"
    out.mkdir()
    (out / "quotes.csv").write_text('doc_id,quote\na,"une phrase\nsur deux lignes"\nb,courte\n', encoding="utf-8")
    lines: dict = {}
    rows = snapshot(out, lines)["quotes"]
    assert [r["quote"] for r in rows] == ["une phrase\nsur deux lignes", "courte"]
    assert snapshot(out, lines) == snapshot(out)
