"""Reading one input file (flows.storage.sources), record by record: fast checks of the edges."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from flows.storage.sources import FieldMap, RawRecord, ReadStats, Reject, discover, read_records

TEXT = "Người dân hai quận lân cận bày tỏ vui mừng vì quãng đường đến trung tâm rút ngắn gần một nửa."


def read(path: Path, fields: FieldMap | None = None, max_bytes: int = 1 << 20) -> list[RawRecord | Reject]:
    files, _, _ = discover([str(path)])
    (f,) = files
    return list(read_records(f, max_bytes, fields, ReadStats()))


def test_brackets_inside_strings_are_not_nesting(tmp_path: Path) -> None:
    p = tmp_path / "a.jsonl"
    p.write_text(json.dumps({"id": "x", "text": TEXT + " [" * 500 + "{" * 500}) + "\n"
                 + "[" * 70 + "]" * 70 + "\n", encoding="utf-8")
    got = read(p)
    assert isinstance(got[0], RawRecord) and got[0].doc_id == "x"
    assert isinstance(got[1], Reject) and got[1].reason == "malformed_json" and "nested deeper" in got[1].detail


def test_csv_variants_semicolon_bom_gzip_and_mapping(tmp_path: Path) -> None:
    p = tmp_path / "excel.csv.gz"
    with gzip.open(p, "wb") as fh:
        fh.write(b"\xef\xbb\xbfma;noi_dung;ngay\r\n7;" + TEXT.encode() + b";13/11/2024 08:16\r\n")
    fm = FieldMap(id="ma", text="noi_dung", published="ngay")
    (rec,) = read(p, fm)
    assert isinstance(rec, RawRecord) and (rec.doc_id, rec.text, rec.published) == ("7", TEXT, "13/11/2024 08:16")


def test_a_long_csv_line_is_skipped_in_bounded_memory(tmp_path: Path) -> None:
    p = tmp_path / "big.tsv.gz"  # only a compressed file can hold a line longer than the file cap
    p.write_bytes(gzip.compress(f"id\ttext\na\t{TEXT}\nb\t{'x' * 5000}\nc\t{TEXT}\n".encode()))
    got = read(p, max_bytes=1000)
    assert [(type(r).__name__, r.source.split("#")[1]) for r in got] == [
        ("RawRecord", "L2"), ("Reject", "L3"), ("RawRecord", "L4")]
    assert got[1].reason == "too_large"


def test_mapped_parquet_hint_names_string_columns(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    p = tmp_path / "x.parquet"
    pq.write_table(pa.table({"id": ["1", "2"], "content": [TEXT, TEXT], "n": [1, 2]}), p)
    files, _, _ = discover([str(p)])
    stats = ReadStats()
    got = list(read_records(files[0], 1 << 20, FieldMap(), stats))
    assert all(r.reason == "no_text" for r in got)
    assert stats.no_text_hint(FieldMap()).endswith("records have `content`, `id`: try --text-field content")


def test_compression_is_known_by_content_not_name(tmp_path: Path) -> None:
    line = json.dumps({"id": "z", "text": TEXT}) + "\n"
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "packed.jsonl").write_bytes(gzip.compress(line.encode()))
    (tmp_path / "a" / "plain.jsonl.gz").write_text(line.replace('"z"', '"y"'), encoding="utf-8")
    files, _, _ = discover([str(tmp_path / "a")])
    got = [r for f in files for r in read_records(f, 1 << 20)]
    assert [(type(r).__name__, r.doc_id) for r in got] == [("RawRecord", "z"), ("RawRecord", "y")]


def test_hint_for_a_large_parquet_file(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    p = tmp_path / "big.parquet"
    n = 5000
    pq.write_table(pa.table({"id": [str(i) for i in range(n)], "noi_dung": [TEXT] * n}), p)
    files, _, _ = discover([str(p)])
    stats = ReadStats()
    assert sum(1 for _ in read_records(files[0], 1 << 24, FieldMap(), stats)) == n
    assert stats.no_text_hint(FieldMap()).endswith("try --text-field noi_dung")


def test_a_record_file_larger_than_the_cap_is_streamed_not_rejected(tmp_path: Path) -> None:
    """The cap bounds one document (a .txt/.html file, a line of a record file), not a record file."""
    p = tmp_path / "many.jsonl"
    good = [json.dumps({"id": f"m{i}", "text": TEXT}, ensure_ascii=False) for i in range(60)]
    big = json.dumps({"id": "huge", "text": "x" * 5000})
    p.write_text("\n".join(good[:30] + [big] + good[30:]) + "\n", encoding="utf-8")
    assert p.stat().st_size > 4000
    got = read(p, max_bytes=4000)
    assert [r.doc_id for r in got if isinstance(r, RawRecord)] == [f"m{i}" for i in range(60)]
    (bad,) = [r for r in got if isinstance(r, Reject)]
    assert bad.reason == "too_large" and bad.source.endswith("#L31")
    (tmp_path / "one.txt").write_text(TEXT * 200, encoding="utf-8")
    (doc,) = read(tmp_path / "one.txt", max_bytes=4000)
    assert isinstance(doc, Reject) and doc.reason == "too_large"


def test_the_outlet_of_a_url_is_the_host_a_browser_would_open() -> None:
    """Tester: a backslash before `@` gave the host after it, a trailing dot or a second mobile prefix gave
    another outlet, and an internationalised name had two outlets (Unicode and punycode)."""
    from flows.storage.sources import outlet_of

    assert outlet_of("https://baoa.vn\\@evil.com/x") == "baoa.vn"
    assert outlet_of("https://baoa.vn./x") == outlet_of("https://www.m.baoa.vn/x") == "baoa.vn"
    assert outlet_of("https://xn--bo-mia.vn/y") == outlet_of("https://báo.vn/x") == "báo.vn"
    assert outlet_of("https://user@baoa.vn:8080/p") == "baoa.vn" and outlet_of("http://localhost/x") is None


def test_an_id_with_a_control_character_is_an_invalid_id(tmp_path: Path) -> None:
    """Tester: an id holding a NUL was stored, and `forget --doc-id` could not name it (argv drops a NUL)."""
    path = tmp_path / "ids.jsonl"
    path.write_text("".join(json.dumps({"id": i, "text": TEXT}) + "\n" for i in ("a\u0000b", "dòng 1\ndòng 2", "ok-1")),
                    encoding="utf-8")
    got = read(path)
    bad = [r for r in got if isinstance(r, Reject)]
    assert [r.reason for r in bad] == ["invalid_id", "invalid_id"] and "U+0000" in bad[0].detail and "U+000A" in bad[1].detail
    assert [r.doc_id for r in got if isinstance(r, RawRecord)] == ["ok-1"]


def test_a_csv_written_with_a_space_after_each_comma_reads_its_values_without_it(tmp_path: Path) -> None:
    """Tester: with the header `id, text, outlet` the outlet was " baoa.vn" (a second outlet) and a quoted
    text holding a comma was a malformed_csv reject."""
    path = tmp_path / "spaced.csv"
    path.write_text(f'id, text, outlet\nc1, {TEXT}, baoa.vn\nc2, "{TEXT[:40]}, {TEXT[40:]}", baoa.vn\n', encoding="utf-8")
    got = read(path)
    assert [(r.doc_id, r.outlet) for r in got] == [("c1", "baoa.vn"), ("c2", "baoa.vn")]
    assert [r.text for r in got] == [TEXT, f"{TEXT[:40]}, {TEXT[40:]}"]
    plain = tmp_path / "plain.csv"  # no space after the commas: values as written
    plain.write_text(f'id,text,outlet\nc3, {TEXT},baoa.vn\n', encoding="utf-8")
    assert [r.text for r in read(plain)] == [f" {TEXT}"]


def test_the_hint_says_what_the_html_field_holds_when_it_is_no_string(tmp_path: Path) -> None:
    """Tester: with `html` a list (and another string field) the hint read as if the field were missing."""
    path = tmp_path / "lists.jsonl"
    path.write_text("".join(json.dumps({"id": f"c{i}", "html": ["<p>x</p>"], "summary": TEXT}) + "\n" for i in range(5)),
                    encoding="utf-8")
    files, _, _ = discover([str(path)])
    stats = ReadStats()
    list(read_records(files[0], 1 << 20, FieldMap(), stats))
    hint = stats.no_text_hint(FieldMap())
    assert "as a string: `html` holds a list in 5 of them" in hint and hint.endswith("try --text-field summary")


def test_a_parquet_uuid_id_is_its_canonical_string(tmp_path: Path) -> None:
    """Tester ATK10: a `uuid` id column (what DuckDB and Spark write for UUID ids) was rejected as invalid_id; its
    id is now the canonical spelling, the same document as that string in a JSONL export."""
    import uuid

    import pyarrow as pa
    import pyarrow.parquet as pq

    ids = [uuid.UUID(int=42), uuid.uuid5(uuid.NAMESPACE_URL, "https://example.vn/a")]
    p = tmp_path / "u.parquet"
    pq.write_table(pa.table({"id": pa.array([u.bytes for u in ids], pa.uuid()), "text": [TEXT, TEXT]}), p)
    j = tmp_path / "u.jsonl"
    j.write_text("".join(json.dumps({"id": str(u), "text": TEXT}) + "\n" for u in ids), encoding="utf-8")
    assert [r.doc_id for r in read(p)] == [str(u) for u in ids] == [r.doc_id for r in read(j)]


def test_a_tsv_text_that_starts_with_a_quote_is_read_as_written(tmp_path: Path) -> None:
    """A TSV row whose text starts with a quote (`"Không" là câu trả lời`, common in news) was a
    `malformed_csv` reject: the `csv` module took it for a quoted field. Tab-separated values have no
    quoting, so a line with the header's number of fields is read as it stands; a quoted field
    written by pandas (tabs and line breaks inside) still reads as one value."""
    quoted = f'"{TEXT}" ông nói.'
    p = tmp_path / "a.tsv"
    p.write_text(f"id\ttext\toutlet\nt1\t{quoted}\tvne.vn\nt2\t{TEXT}\ttt.vn\n"
                 f't3\t"a\tb\n{TEXT}"\ttn.vn\n', encoding="utf-8")
    got = read(p)
    assert all(isinstance(r, RawRecord) for r in got), got
    assert [(r.doc_id, r.text, r.outlet) for r in got] == [
        ("t1", quoted, "vne.vn"), ("t2", TEXT, "tt.vn"), ("t3", f"a\tb\n{TEXT}", "tn.vn")]


def test_tsv_rows_that_open_and_close_a_quote_are_not_joined_into_one_record(tmp_path: Path) -> None:
    """Row 1's text opens a quote and row 2's text ends in one: the `csv` module read the two lines as
    one record whose middle field held the tab and the next row (row 2 lost, row 1 wrong). Each line
    is a whole row, so each is its own record."""
    first, second = f'"{TEXT[:30]}', f'{TEXT[30:]} "'
    p = tmp_path / "b.tsv"
    p.write_text(f"id\ttext\toutlet\nu1\t{first}\tvne.vn\nu2\t{second}\tvne.vn\nu3\t{TEXT}\tvne.vn\n", encoding="utf-8")
    got = read(p)
    assert [(r.doc_id, r.text) for r in got] == [("u1", first), ("u2", second), ("u3", TEXT)]
    assert [r.source.split("#")[1] for r in got] == ["L2", "L3", "L4"]


def test_a_csv_field_that_goes_on_after_its_quote_is_rejected_with_the_way_to_quote_it(tmp_path: Path) -> None:
    """CSV has quoting, so `"Không" là …` unquoted stays a reject, but its detail says how to write it."""
    p = tmp_path / "c.csv"
    p.write_text(f'id,text\nc1,"Không" là câu trả lời\nc2,{TEXT}\n', encoding="utf-8")
    got = read(p)
    assert isinstance(got[0], Reject) and got[0].reason == "malformed_csv"
    assert "quote the whole field" in got[0].detail and "L2" in got[0].source
    assert isinstance(got[1], RawRecord) and got[1].text == TEXT


def test_record_files_in_utf16_without_a_bom_are_read(tmp_path: Path) -> None:
    """ATK12: a UTF-16 CSV with no BOM gave `no_text` and `malformed_csv` rejects, and a hint naming
    the field "\\x00t\\x00e\\x00x\\x00t"; it is read as UTF-16, like one with a BOM."""
    csv_path, jsonl_path = tmp_path / "u.csv", tmp_path / "u.jsonl"
    csv_path.write_bytes(f"id,text,outlet\nc1,{TEXT},baoc.vn\n".encode("utf-16-le"))
    jsonl_path.write_bytes((json.dumps({"id": "j1", "text": TEXT}, ensure_ascii=False) + "\n").encode("utf-16-be"))
    got = read(csv_path) + read(jsonl_path)
    assert [(type(r).__name__, r.doc_id, r.text) for r in got] == [("RawRecord", "c1", TEXT), ("RawRecord", "j1", TEXT)]


def test_an_outlet_is_read_without_surrounding_white_space(tmp_path: Path) -> None:
    """ATK12: `" baoc.vn "` was an outlet of its own, so `forget --outlet baoc.vn` missed it and dedup
    and learning took it for another site; a blank outlet is no outlet."""
    p = tmp_path / "o.jsonl"
    p.write_text("\n".join(json.dumps({"id": i, "text": TEXT, "outlet": o}, ensure_ascii=False)
                           for i, o in (("o1", " baoc.vn "), ("o2", "baoc.vn\t"), ("o3", "   "))) + "\n", encoding="utf-8")
    c = tmp_path / "o.csv"
    c.write_text(f"id,text,outlet\nc1,{TEXT}, baoc.vn\n", encoding="utf-8")
    assert [r.outlet for r in read(p) + read(c)] == ["baoc.vn", "baoc.vn", None, "baoc.vn"]


def test_a_json_number_id_that_a_float_cannot_hold_is_not_another_documents_id(tmp_path: Path) -> None:
    """ATK12: `1.5e-400` became id "0" and replaced document 0; `9007199254740993.0` became ...992."""
    p = tmp_path / "n.jsonl"
    p.write_text('{"id": 0, "text": "a b"}\n{"id": 1.5e-400, "text": "c d"}\n{"id": 9007199254740993.0, "text": "e f"}\n'
                 '{"id": 2.5, "text": "g h"}\n', encoding="utf-8")
    got = read(p)
    assert [getattr(r, "doc_id", None) for r in got] == ["0", None, "9007199254740993", "2.5"]
    assert isinstance(got[1], Reject) and got[1].reason == "invalid_id" and "reads as 0" in got[1].detail


def test_csv_files_joined_with_cat_keep_their_ids_and_skip_the_second_header(tmp_path: Path) -> None:
    """ATK12: the second file's BOM made the id "\\ufeffc2", and its header row was a document of id "id"."""
    p = tmp_path / "joined.csv"
    p.write_bytes(b"\xef\xbb\xbf" + f"id,text\nc1,{TEXT}\n".encode() + b"\xef\xbb\xbf" + f"id,text\nc2,{TEXT}\n".encode())
    got = read(p)
    assert [(type(r).__name__, r.doc_id) for r in got] == [("RawRecord", "c1"), ("Reject", None), ("RawRecord", "c2")]
    assert "header row again" in got[1].detail
