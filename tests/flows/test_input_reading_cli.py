"""Reading inputs as a user gives them, through the CLI (README-only tester 3): an `html` field holding
a fragment or plain text is read, not rejected; only empty content is. A legacy `.txt` that is not
Vietnamese reads as a browser would show it (Windows-1252), not as the detector's Windows-1250."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from tests.flows.cli_support import cli, write_jsonl
from tests.flows.helpers import manifests, rows

P1 = ("Ngày 13/11, Ủy ban nhân dân thành phố Đà Nẵng tổ chức hội nghị tổng kết công tác phòng chống thiên tai "
      "năm 2024 với sự tham gia của đại diện các quận huyện.")
P2 = ("Tại hội nghị, lãnh đạo thành phố đánh giá cao sự chủ động của các địa phương trong việc sơ tán người dân "
      "khỏi vùng nguy hiểm trước khi bão đổ bộ.")
HTML_RECORDS = {
    "one-p": (f"<p>{P1}</p>", P1),
    "one-p-newline": f"<p>{P1}\n{P2}</p>",  # a line break inside a paragraph is white space, as in a browser
    "plain": (f"{P1}\n{P2}", f"{P1}\n{P2}"),  # plain text keeps its lines
    "two-p": (f"<p>{P1}</p><p>{P2}</p>", f"{P1}\n{P2}"),
    "empty-p": ("<p> </p>", None),
    "script-only": ("<script>var a = 1;</script>", None),
}


NFD_TEXT = ("Chính quyền thành phố đã hoà giải tranh chấp đất đai kéo dài nhiều năm giữa hai phường, "
            "người dân rất vui mừng và thuỷ lợi được khôi phục.")
NFD_META = {"id": "bài-tuổi-trẻ-1", "outlet": "Tuổi Trẻ", "title": "Hà Nội mùa thu"}
# Double-encoded UTF-8 (read once as Latin-1 upstream): tester finding F10k; correct upper case stays.
MOJIBAKE = {"mojibake.txt": P1 + "\n" + P2, "moji-record": P2 + "\n" + P1}
NOT_MOJIBAKE = "NGÃ BA ĐỒNG LỘC, SÃO PAULO VÀ ÂU LẠC: những địa danh viết hoa vẫn giữ nguyên dấu ngã và dấu mũ."
LEGACY = {
    "latin1.txt": ("Café naïve, crème brûlée et déjà vu à Noël. " * 12, "latin-1"),
    "portuguese.txt": ("Não há informação sobre a situação das eleições em São Paulo. " * 8, "cp1252"),
}


def _double_encoded(text: str) -> str:
    return text.encode("utf-8").decode("latin-1")


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("input_reading")
    recs = []
    for rid, spec in HTML_RECORDS.items():
        html = spec[0] if isinstance(spec, tuple) else spec
        recs.append({"id": rid, "html": html, "outlet": f"{rid}.vn"})
    inputs = base / "in"
    recs.append({"id": "nfd", "text": unicodedata.normalize("NFD", NFD_TEXT), "outlet": "nfd.vn"})
    nfd = {k: unicodedata.normalize("NFD", v) for k, v in NFD_META.items()}  # as macOS writes them
    recs += [{"id": nfd["id"], "text": P1, "outlet": nfd["outlet"], "title": nfd["title"]},
             {"id": "nfc-outlet", "text": P2, "outlet": NFD_META["outlet"]}]
    write_jsonl(inputs / "fragments.jsonl", recs)
    (inputs / "page.html").write_text(
        f'<html><head><meta charset="utf-8"><title>{nfd["title"]}</title><meta property="og:site_name" '
        f'content="{nfd["outlet"]}"></head><body><article><p>{NFD_TEXT}</p></article></body></html>', encoding="utf-8")
    (inputs / unicodedata.normalize("NFD", "Báo Mới.txt")).write_text(P2 + " " + P1, encoding="utf-8")  # a macOS name
    for name, (text, encoding) in LEGACY.items():
        (inputs / name).write_bytes(text.encode(encoding))
    (inputs / "mojibake.txt").write_text(_double_encoded(MOJIBAKE["mojibake.txt"]), encoding="utf-8")
    write_jsonl(inputs / "moji.jsonl", [{"id": "moji-record", "text": _double_encoded(MOJIBAKE["moji-record"]),
                                        "outlet": "moji.vn"},
                                       {"id": "upper", "text": NOT_MOJIBAKE, "outlet": "moji.vn"}])
    done = cli("run", str(inputs), "--output", str(base / "out"), "--workers", "1")
    assert done.returncode == 0, done.stderr
    return base / "out"


def test_an_html_fragment_or_plain_text_is_read_and_only_empty_content_rejected(out: Path) -> None:
    docs = {d["doc_id"]: d for d in rows(out, "documents")}
    rejects = {r["doc_id"]: r for r in rows(out, "rejects")}
    assert {k: r["reason"] for k, r in rejects.items()} == {"empty-p": "no_content", "script-only": "no_content"}
    for rid, spec in HTML_RECORDS.items():
        if isinstance(spec, tuple) and spec[1] is not None:
            assert docs[rid]["text"] == spec[1], rid
    assert docs["one-p-newline"]["text"] == f"{P1} {P2}"


def test_a_legacy_western_txt_reads_as_a_browser_shows_it(out: Path) -> None:
    docs = {Path(d["source"]).name: d for d in rows(out, "documents")}
    for name, (text, _) in LEGACY.items():
        assert docs[name]["text"] == text.strip() and docs[name]["decode_errors"] == 0, docs[name]["text"][:80]


def test_double_encoded_utf8_is_repaired_and_counted_and_correct_upper_case_kept(out: Path) -> None:
    docs = {d["doc_id"]: d for d in rows(out, "documents")}
    by_file = {Path(d["source"]).name: d for d in docs.values()}
    assert by_file["mojibake.txt"]["text"] == MOJIBAKE["mojibake.txt"]
    assert docs["moji-record"]["text"] == MOJIBAKE["moji-record"]
    assert docs["upper"]["text"] == NOT_MOJIBAKE
    assert manifests(out)[-1]["counts"]["mojibake_lines_repaired"] == 4


def test_nfd_text_comes_out_nfc_with_its_own_tone_placement(out: Path) -> None:
    """README: the cleaned text keeps the input's tone-mark placement ("hoà", "thuỷ"), in NFC."""
    doc = next(d for d in rows(out, "documents") if d["doc_id"] == "nfd")
    assert doc["text"] == NFD_TEXT and unicodedata.is_normalized("NFC", doc["text"])


def test_ids_outlets_and_titles_are_nfc_and_forget_matches_either_spelling(out: Path, tmp_path: Path) -> None:
    """NFD and NFC spellings of "Tuổi Trẻ" are one outlet (from record fields, from a page's
    <title>/og:site_name and from a file's name), and `forget --outlet` given in NFD removes all of it."""
    import shutil

    docs = rows(out, "documents")
    for d in docs:
        for name in ("doc_id", "outlet", "title"):
            assert d[name] is None or unicodedata.is_normalized("NFC", d[name]), (name, d[name])
    assert "Báo Mới" in {d["outlet"] for d in docs}  # the outlet of last resort, the file's name
    ours = [d for d in docs if d["outlet"] == NFD_META["outlet"]]
    assert sorted(d["source"].split("#")[0] for d in ours) == ["in/fragments.jsonl", "in/fragments.jsonl", "in/page.html"]
    assert {d["doc_id"] for d in ours} >= {NFD_META["id"], "nfc-outlet"}
    assert {d["title"] for d in ours} == {NFD_META["title"], None}
    copy = tmp_path / "out"
    shutil.copytree(out, copy)
    done = cli("forget", str(copy), "--outlet", unicodedata.normalize("NFD", NFD_META["outlet"]))
    assert done.returncode == 0, done.stderr
    assert not [d for d in rows(copy, "documents") if d["outlet"] == NFD_META["outlet"]]


def _damaged_parquet(path: Path, n: int = 300, group: int = 100, bad: int = 1) -> None:
    """`n` records in row groups of `group` rows; the page headers of row group `bad` overwritten."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    texts = [f"Bài số {i}: " + " ".join(f"từ{i}x{k}" for k in range(30)) + "." for i in range(n)]
    pq.write_table(pa.table({"id": [f"q{i}" for i in range(n)], "text": texts}), path, row_group_size=group,
                   compression="none")
    meta = pq.ParquetFile(path).metadata.row_group(bad)
    with open(path, "r+b") as fh:
        for c in range(meta.num_columns):
            fh.seek(meta.column(c).data_page_offset)
            fh.write(b"\xff" * 24)


def test_a_damaged_parquet_row_group_loses_only_its_own_rows(tmp_path: Path) -> None:
    """ATK6 F6: one damaged row group of three made the whole file one `unreadable` reject ("row 1: …
    the rest of the file could not be read", 0 documents). Now the other groups' rows are documents and
    the damaged group is one reject naming its rows, as a damaged gzip keeps what precedes the damage."""
    inputs, out = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    _damaged_parquet(inputs / "rg.parquet")
    done = cli("run", str(inputs), "--output", str(out), "--workers", "1")
    assert done.returncode == 0, done.stderr
    docs = {d["doc_id"]: d for d in rows(out, "documents")}
    assert set(docs) == {f"q{i}" for i in [*range(100), *range(200, 300)]}
    assert docs["q250"]["source"].endswith("rg.parquet#row251")
    [reject] = rows(out, "rejects")
    assert reject["source"].endswith("rg.parquet#rows101-200") and reject["reason"] == "unreadable"
    assert "rows 101-200 (row group 2 of 3) could not be read" in reject["detail"], reject["detail"]
    c = manifests(out)[-1]["counts"]
    assert (c["inputs_seen"], c["processed"], c["rejected"], c["balanced"]) == (201, 200, 1, True)


def test_a_csv_with_old_mac_line_ends_is_read(tmp_path: Path) -> None:
    """ATK6 F10 (CSV): a file whose lines end in CR alone was one `malformed_csv` reject with the `csv`
    module's "new-line character seen in unquoted field" and "fix the header". It reads as lines now:
    quoted fields over several lines, and reject line numbers, as in the same file with LF; a CRLF file
    with a quoted multi-line field reads as before."""
    inputs, out = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    third = "Người dân ở xã ven biển đã chủ động gia cố nhà cửa trước khi cơn bão đổ bộ vào đất liền."
    rows_ = ["id,text,outlet", f'c1,"{P1}",tin.vn', f'c2,"{P2}', f'{third}",tin.vn', "c3,a,b,c,d", f"c4,{third} Bốn.,tin.vn"]
    (inputs / "mac.csv").write_bytes(("\r".join(rows_) + "\r").encode("utf-8"))
    (inputs / "dos.csv").write_bytes(("\r\n".join(["id,text", f'd1,"{P1}', f'{P2}"', "d2,x,y"]) + "\r\n").encode("utf-8"))
    done = cli("run", str(inputs), "--output", str(out), "--workers", "1")
    assert done.returncode == 0, done.stderr
    docs = {d["doc_id"]: d for d in rows(out, "documents")}
    assert set(docs) == {"c1", "c2", "c4", "d1"}
    assert docs["c1"]["text"] == P1 and docs["c1"]["outlet"] == "tin.vn"
    assert docs["c2"]["text"] == f"{P2}\n{third}" and docs["c4"]["source"].endswith("mac.csv#L6")
    assert docs["d1"]["text"] == f"{P1}\n{P2}"
    rejects = {r["source"].rsplit("/", 1)[-1]: r for r in rows(out, "rejects")}
    assert set(rejects) == {"mac.csv#L5", "dos.csv#L4"}, rejects
    assert rejects["mac.csv#L5"]["detail"] == "line 5: 5 fields where the header has 3"


def test_a_jsonl_file_with_old_mac_line_ends_is_read_line_by_line(tmp_path: Path) -> None:
    """Tester ATK9: JSONL lines ending in CR alone (old Mac) were one line, one `malformed_json` reject for the whole
    file. Each CR-separated piece is now a line of its own (JSON holds no raw CR inside a string): its records are
    read, a broken one is its own reject; a line that parses with a CR as white space stays one record."""
    import json

    inputs = tmp_path / "in"
    inputs.mkdir()
    recs = [json.dumps({"id": f"cr{i}", "text": f"{P1} ({i})\n{P2}", "outlet": "cr.vn"}, ensure_ascii=False)
            for i in range(3)]
    (inputs / "mac.jsonl").write_bytes("\r".join([*recs, '{"id": "broken", "text": ']).encode("utf-8") + b"\r")
    (inputs / "ws.jsonl").write_bytes(f'{{"id": "ws",\r "text": "{P2}", "outlet": "ws.vn"}}\n'.encode())
    done = cli("run", str(inputs), "--output", str(tmp_path / "out"), "--workers", "1")
    assert done.returncode == 0, done.stderr
    assert sorted(d["doc_id"] for d in rows(tmp_path / "out", "documents")) == ["cr0", "cr1", "cr2", "ws"]
    rejects = [(r["source"].rsplit("/", 1)[-1], r["reason"]) for r in rows(tmp_path / "out", "rejects")]
    assert rejects == [("mac.jsonl#L4", "malformed_json")]
    assert manifests(tmp_path / "out")[-1]["counts"]["balanced"]
