"""Edited and rewritten copies through the real CLI and the Parquet output.

tests/fixtures/rewrites.jsonl holds real pairs: copies between Vietnamese outlets from ViMs (light,
medium and heavy rewrites of one wire text; the heavy one a quote translated twice), a VNTC paragraph retyped with the other tone-mark
placement, in NFD and with a sentence split (each copy listed before its original and published
later in another time zone), and ViMs paragraphs that report the same event independently (they
share names, numbers and phrases, and must stay apart; "route" and "plate" are two-sentence wordings of
one fact aligned at 0.50-0.54, kept apart by the verbatim-stretch rule of `cleaners.verify`), two pairs of one-sentence newsroom formulae
from unrelated ViMs stories ("Hiện nguyên nhân vụ việc đang được … điều tra, làm rõ", "Nhận được
tin báo, Công an … có mặt để bảo vệ hiện trường") that must stay apart, four ViMs pairs whose verbatim
stretches are mostly names, titles, numbers and dates ("court": a defendant's name, age and address;
"park": a restaurant's name and address in two tellings; "place": a date and an address; "mixture": two
rules of one regulation about one named mixture), kept apart by the plain-words rule of
`cleaners.verify`, three ViMs pairs that share newsroom formulae more than names ("handover": "bàn giao cho
Phòng Cảnh sát kinh tế thụ lý giải quyết theo thẩm quyền" told of two things; "opening": a court's opening
sentence with the crimes' legal names; "sentence": one verdict in two wordings), kept apart since formulae
count like names (`rules/formulae.toml`), two real ViMs copies full of formulae that must still cluster
("quote": an official's statement with "lập biên bản … theo quy định của pháp luật"; "indictment": one
indictment retold), and a chain: a real
paragraph (chain-c, first published) of which two outlets each kept a different 60 % (chain-a,
chain-b), each a copy of chain-c but not of each other."""

from __future__ import annotations

import shutil
import unicodedata

import pytest

from cleaners.short_lines import ShortLine, short_clusters
from cleaners.verify import alignment, lcs_length
from tests.flows.helpers import REPO, rows
from tests.flows.test_cli import cli

FIXTURE = REPO / "tests" / "fixtures" / "rewrites.jsonl"
COPIES = ["light", "medium", "heavy", "tone", "nfd", "split"]
APART = ["kontum", "vinmart", "agribank", "cause", "scene", "route", "plate", "court", "park", "place", "mixture",
         "handover", "opening", "sentence"]
FORMULAIC_COPIES = ["quote", "indictment"]


@pytest.fixture(scope="module")
def passages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    tmp = tmp_path_factory.mktemp("rewrites")
    (tmp / "in").mkdir()
    shutil.copy(FIXTURE, tmp / "in" / "rewrites.jsonl")
    done = cli("run", str(tmp / "in"), "--output", str(tmp / "out"))
    assert done.returncode == 0, done.stderr
    return {p["doc_id"]: p for p in rows(tmp / "out", "passages")}


@pytest.mark.parametrize("kind", COPIES)
def test_a_rewritten_copy_joins_its_original_which_stays_canonical(passages: dict[str, dict], kind: str) -> None:
    original, copy = passages[f"{kind}-a"], passages[f"{kind}-b"]
    assert copy["cluster_id"] is not None and copy["cluster_id"] == original["cluster_id"]
    # the copy comes first in the file but was published later (other time zone): the original is canonical
    assert copy["duplicate_of"] is not None and passages[copy["duplicate_of"].split("#")[0]]["text"] == original["text"]
    assert original["duplicate_of"] is None
    assert 0.5 <= copy["similarity"] <= 1.0


@pytest.mark.parametrize("event", APART)
def test_independent_reports_of_one_event_stay_apart(passages: dict[str, dict], event: str) -> None:
    a, b = passages[f"{event}-a"], passages[f"{event}-b"]
    assert a["cluster_id"] is None or a["cluster_id"] != b["cluster_id"]


@pytest.mark.parametrize("kind", FORMULAIC_COPIES)
def test_a_copy_full_of_newsroom_formulae_still_clusters(passages: dict[str, dict], kind: str) -> None:
    a, b = passages[f"{kind}-a"], passages[f"{kind}-b"]
    assert a["cluster_id"] is not None and a["cluster_id"] == b["cluster_id"]
    assert {a["duplicate_of"], b["duplicate_of"]} == {None, a["cluster_id"]}


def test_two_copies_of_one_text_point_at_it_not_at_each_other(passages: dict[str, dict]) -> None:
    """The output's claim is "duplicate_of the canonical copy": chain-a and chain-b share chain-c's cluster
    as copies of chain-c, and neither is said to duplicate the other (their own texts align at 0.33)."""
    from cleaners.normalize import match_tokens

    a, b, c = passages["chain-a"], passages["chain-b"], passages["chain-c"]
    assert c["duplicate_of"] is None and c["cluster_id"] is not None
    assert a["duplicate_of"] == c["passage_id"] and b["duplicate_of"] == c["passage_id"]
    assert a["cluster_id"] == b["cluster_id"] == c["cluster_id"]
    assert alignment(match_tokens(a["text"]), match_tokens(b["text"])) < 0.5


def test_short_passages_need_a_close_alignment() -> None:
    from cleaners.verify import SHORT_MIN_SIMILARITY, SHORT_TOKENS, similarity

    stock_a = "hiện nguyên nhân vụ việc đang được cơ quan công an địa phương điều tra làm rõ".split()
    stock_b = "hiện nguyên nhân vụ việc đang được công an tp buôn ma thuột điều tra làm rõ".split()
    assert len(stock_a) < SHORT_TOKENS and 0.5 < alignment(stock_a, stock_b) < SHORT_MIN_SIMILARITY
    assert similarity(stock_a, stock_b) == 0.0
    edited = [*stock_a[:-2], "xử", "lý"]  # one sentence, two words changed: 0.88
    assert similarity(stock_a, edited) == alignment(stock_a, edited) > SHORT_MIN_SIMILARITY
    long_a = stock_a * 2  # 34 tokens: a paragraph aligned at 0.5 still passes
    long_b = [*stock_a, *("x" * 17)]
    assert similarity(long_a, long_b) == alignment(long_a, long_b) == 0.5


def test_alignment_is_the_lcs_share_of_the_longer_passage() -> None:
    assert lcs_length("a b c d".split(), "a x c d".split()) == 3
    assert lcs_length("a b c".split(), "c b a".split()) == 1
    assert alignment("a b c d".split(), "a b c d e f g h".split()) == 0.5
    assert alignment([], []) == 1.0 and alignment(["a"], []) == 0.0


def _line(pid: str, outlet: str, text: str, published: float | None = None) -> ShortLine:
    from cleaners.normalize import match_tokens

    return ShortLine(pid, pid.split("#")[0], outlet, published, match_tokens(text))


def test_short_lines_copied_across_outlets_cluster_but_an_outlets_template_does_not() -> None:
    title = "Khai mạc Liên hoan hữu nghị nhân dân Việt Nam - Ấn Độ lần thứ VI"
    lines = [
        _line("a#0", "vov.vn", title, 200.0),
        _line("b#0", "tuoitre.vn", unicodedata.normalize("NFD", title.upper()), 100.0),  # case, NFD
        *[_line(f"t{i}#9", "vnexpress.net", "Mời bạn đọc gửi ý kiến phản hồi về bài viết này") for i in range(3)],
        _line("u#9", "dantri.com.vn", "Mời bạn đọc gửi ý kiến phản hồi về bài viết này"),
        _line("c#1", "vov.vn", "Ảnh minh họa", 1.0), _line("d#1", "vtv.vn", "Ảnh minh họa", 2.0),  # too short
    ]
    out = short_clusters(lines)
    assert set(out) == {0, 1}
    assert out[1].duplicate_of is None and out[0].duplicate_of == "b#0" and out[0].cluster_id == "b#0"
