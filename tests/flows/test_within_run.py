"""Issue 17: the find-duplicates stage reads this run's passages from staging batch by batch and
verifies one pair per pair of texts; the candidate pairs and the clusters must be exactly those of
verifying every candidate pair of `cleaners.lsh.candidate_pairs` one by one."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from cleaners.clustering import UnionFind
from cleaners.lsh import candidate_pairs, lsh_params
from cleaners.minhash import pair_jaccard
from cleaners.normalize import match_tokens
from cleaners.verify import passage_tokens, similarity, verified_edges
from flows.config import RunConfig
from flows.run import batch_work
from flows.run.run_passages import RunPassages
from flows.run.within_run import Verified, candidate_codes, within_run_edges
from flows.storage import schemas
from tests.flows.helpers import SEEDS


def _paragraphs() -> list[str]:
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        out += [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if len(line.split()) >= 25]
    return out


def _edit(text: str, rng: random.Random, share: float) -> str:
    words = text.split()
    for _ in range(max(1, int(len(words) * share))):
        words[rng.randrange(len(words))] = rng.choice(["SỬA", "mới", "thêm", "đổi"])
    return " ".join(words)


def _documents() -> list[list[str]]:
    """Documents (lists of lines) full of copies: exact copies across documents, light and heavy
    edits, a document repeating its own line, and one line copied 45 times (a bucket above
    `SMALL_BUCKET`, where candidates are a star)."""
    rng = random.Random(17)
    paras = _paragraphs()
    assert len(paras) >= 30
    docs = []
    for k in range(60):
        lines = rng.sample(paras, 4)
        if k % 3 == 0:
            lines.append(_edit(rng.choice(paras[:10]), rng, 0.05))
        if k % 5 == 0:
            lines.append(_edit(rng.choice(paras[:10]), rng, 0.4))
        if k % 7 == 0:
            lines.append(lines[0])  # the document repeats itself: no copy
        if k < 45:
            lines.append(paras[-1])
        elif k < 55:  # ten copies: a small bucket, one unit to pair (issue 17)
            lines.append(paras[-2])
        if k == 55:
            lines.append(_edit(paras[-2], rng, 0.05))
        if k in (56, 58):  # a line twice in one document, near a line of the next document
            lines += [_edit(paras[-3 - k % 2], rng, 0.03)] * 2
        if k in (57, 59):
            lines.append(paras[-3 - k % 2] if k == 57 else docs[-1][-1])
        docs.append(lines)
    return docs


def _staging(tmp_path: Path, docs: list[list[str]], batch: int = 13) -> tuple[Path, list[str]]:
    """Real staging files made by `sign_batch` (three-plus batches)."""
    settings = RunConfig(inputs=[str(SEEDS)], output=str(tmp_path / "out")).model_dump()
    bases = []
    for b in range(0, len(docs), batch):
        rows = [{"doc_id": f"d{k:03d}", "source": f"s#{k}", "outlet": f"o{k % 4}", "url": None, "title": None,
                 "published": None, "lines": lines, "line_numbers": list(range(len(lines))), "removed": [],
                 "content_sha256": str(k), "published_precision": None, "decode_errors": 0}
                for k, lines in enumerate(docs[b : b + batch], start=b)]
        base = str(tmp_path / f"batch-{b // batch:05d}")
        pq.write_table(pa.Table.from_pylist(rows, schema=schemas.EXTRACTED), f"{base}.docs.parquet")
        batch_work.sign_batch(f"{base}.docs.parquet", str(tmp_path / "none.parquet"), settings)
        bases.append(base)
    return tmp_path, bases


def _reference(bases: list[str], floor: float, min_sim: float) -> tuple[np.ndarray, list[set[int]], int]:
    """The pairs and clusters of verifying every candidate pair (the code before issue 17)."""
    keys = np.concatenate([np.load(f"{b}.keys.npy") for b in bases])
    sigs = np.concatenate([np.load(f"{b}.sig.npy") for b in bases])
    t = pa.concat_tables([pq.read_table(f"{b}.passages.parquet") for b in bases])
    t = t.filter(t.column("indexed"))
    ids, texts = t.column("passage_id").to_pylist(), t.column("text").to_pylist()
    doc = np.array([hash(i.rsplit("#", 1)[0]) for i in ids])
    words = t.column("n_words").to_numpy()
    pairs = candidate_pairs(keys)
    est = pair_jaccard(sigs, pairs)
    la, lb = words[pairs[:, 0]], words[pairs[:, 1]]
    pairs = pairs[(est >= floor) & (np.minimum(la, lb) >= min_sim * np.maximum(la, lb))
                  & (doc[pairs[:, 0]] != doc[pairs[:, 1]])]
    tokens = [passage_tokens(x) for x in texts]  # as the run reads them (names marked)
    edges, scores = verified_edges(pairs.tolist(), len(ids), lambda i, j: similarity(tokens[i], tokens[j]), min_sim)
    return pairs, _components(len(ids), edges), len(scores)


def _components(n: int, edges) -> list[set[int]]:
    uf = UnionFind(n)
    for i, j in edges:
        uf.union(int(i), int(j))
    groups: dict[int, set[int]] = {}
    for x in range(n):
        groups.setdefault(uf.find(x), set()).add(x)
    return sorted((g for g in groups.values() if len(g) > 1), key=min)


def test_streamed_candidates_and_clusters_equal_verifying_every_pair(tmp_path: Path) -> None:
    staging, bases = _staging(tmp_path, _documents())
    cfg = RunConfig(inputs=[str(SEEDS)], output=str(tmp_path / "out"))
    bands, _ = lsh_params(cfg.threshold, cfg.num_perm)
    floor = cfg.threshold * 0.8
    pairs, clusters, scored_before = _reference(bases, floor, cfg.min_similarity)

    rp = RunPassages(staging, bases, cfg.num_perm, bands)
    candidates = candidate_codes(rp, floor, cfg.min_similarity)
    n = len(rp)
    assert len(candidates.codes) < len(pairs) / 3  # one unit per text copied across documents: far fewer pairs
    edges, scored = within_run_edges(rp, candidates, cfg.min_similarity, Verified(rp, cfg.min_similarity))
    got = _components(n, edges)
    assert got == clusters  # the very same clusters
    assert any(len(c) >= 45 for c in got)  # the line copied 45 times is one cluster
    assert any(len(c) >= 10 for c in got)  # ten copies in a small bucket, paired as one unit
    twice = [c for c in got if any(r in c for r in range(n) if rp.doc_of[r] == rp.doc_of[n - 1])]
    assert twice and len(candidates.joined)  # a line twice in one document joins its near copy
    assert scored < scored_before / 3  # far fewer alignments: one per pair of texts, none between equal texts
    # signatures, keys and texts stay on disk: only per-row numbers live in memory
    assert (staging / "run.sigs.npy").exists() and len(rp._texts) < len(set(rp.content.tolist()))


def test_no_passages(tmp_path: Path) -> None:
    staging, bases = _staging(tmp_path, [["ngắn"], ["cũng ngắn"]])
    rp = RunPassages(staging, bases, 64, 16)
    assert len(rp) == 0
    candidates = candidate_codes(rp, 0.4, 0.5)
    edges, scored = within_run_edges(rp, candidates, 0.5, Verified(rp, 0.5))
    assert len(candidates.codes) == 0 and edges.shape == (0, 2) and scored == 0


def _verified_run(tmp_path: Path) -> tuple[RunConfig, RunPassages, Verified, np.ndarray, list]:
    """The fixture documents staged and verified within the run: (config, passages, verifier, edges, batch bases)."""
    staging, bases = _staging(tmp_path, _documents())
    cfg = RunConfig(inputs=[str(SEEDS)], output=str(tmp_path / "out"))
    bands, _ = lsh_params(cfg.threshold, cfg.num_perm)
    rp = RunPassages(staging, bases, cfg.num_perm, bands)
    verified = Verified(rp, cfg.min_similarity)
    edges, _ = within_run_edges(rp, candidate_codes(rp, cfg.threshold * 0.8, cfg.min_similarity), cfg.min_similarity,
                                verified)
    return cfg, rp, verified, edges, bases


def test_clusters_decided_a_few_components_at_a_time_equal_one_call(tmp_path: Path) -> None:
    """`cluster_chunks.assign` (whole components per call, here tiny chunks) gives what one
    `assign_clusters` call over every row gives, also when archived passages join two components."""
    from cleaners.clustering import ArchivedPassage, assign_clusters
    from flows.run import cluster_chunks

    cfg, rp, verified, edges, bases = _verified_run(tmp_path)
    n = len(rp)
    comps = _components(n, edges)
    a_row, b_row = min(comps[0]), min(comps[1])  # two components an earlier cluster joins
    sig = rp.sig_rows(np.array([a_row]))[0]
    archived = [ArchivedPassage("old#0", None, None, 0.0, sig), ArchivedPassage("old#1", "old#0", "old#0", 5.0, sig)]
    archive_edges = [(a_row, 1), (b_row, 0)]

    def similarity(row: int, canon: int) -> float:
        return verified.score(row, canon) if canon < n else 0.9

    members = np.unique(np.concatenate([edges.ravel(), [a_row, b_row]]))
    got = cluster_chunks.assign(rp, members, edges, archived, archive_edges, cfg.min_similarity, similarity,
                                {}, limit=3)
    t = pa.concat_tables([pq.read_table(f"{b}.passages.parquet") for b in bases])
    t = t.filter(t.column("indexed"))
    ids = t.column("passage_id").to_pylist()
    whole = assign_clusters(ids, [None] * n, np.concatenate([np.load(f"{b}.sig.npy") for b in bases]),
                            edges.tolist(), archived, archive_edges, cfg.min_similarity, similarity).new
    expect = [whole[r] for r in members.tolist()]
    assert got.strings(got.cluster_ref) == [a.cluster_id for a in expect]
    assert got.strings(got.duplicate_ref) == [a.duplicate_of for a in expect]
    assert [None if np.isnan(v) else v for v in got.similarity.tolist()] == pytest.approx(
        [a.similarity for a in expect])
    assert got.external == ["old#0"]  # the earlier run's cluster, kept once
    assert {a.cluster_id for a in expect} >= {"old#0"} and got.n_clusters == len({a.cluster_id for a in expect} - {None})
    assert all(a.cluster_id is None for r, a in enumerate(whole) if r not in set(members.tolist()))


def test_short_copies_in_partitions_equal_one_call_over_the_run(tmp_path: Path, monkeypatch) -> None:
    """`short_copies` (repeated short lines written to partitions by their form, here tiny ones)
    assigns what one `short_clusters` call over every short line of the run assigns."""
    from cleaners.dates import rank_seconds
    from cleaners.short_lines import ShortLine, short_clusters
    from flows.run import short_copies

    rng = random.Random(3)
    titles = [f"Tiêu đề số {k} của bản tin thời sự hôm nay" for k in range(12)]
    docs = [[rng.choice(titles), "Xem thêm tin khác ở đây nhé bạn đọc", *rng.sample(_paragraphs(), 2)]
            for _ in range(40)]
    staging, bases = _staging(tmp_path, docs, batch=7)
    monkeypatch.setattr(short_copies, "PARTITION_ROWS", 5)
    n_copies, changed = short_copies.short_copies(bases, staging)
    got = pa.concat_tables([pq.read_table(f"{b}.short.parquet") for b in bases]).to_pylist()

    t = pa.concat_tables([pq.read_table(f"{b}.passages.parquet") for b in bases])
    t = t.filter(pa.compute.invert(t.column("indexed"))).to_pylist()
    lines = [ShortLine(r["passage_id"], r["doc_id"], r["outlet"], rank_seconds(r["published"], r["published_precision"]),
                       match_tokens(r["text"])) for r in t]
    expect = short_clusters(lines)
    assert sorted((r["passage_id"], r["cluster_id"], r["duplicate_of"], r["similarity"]) for r in got) == sorted(
        (lines[k].passage_id, a.cluster_id, a.duplicate_of, a.similarity) for k, a in expect.items())
    assert n_copies == sum(1 for a in expect.values() if a.duplicate_of) > 10
    assert changed == {}  # no earlier runs: no earlier rows change
    assert not (staging / "short-parts").exists() or not any((staging / "short-parts").iterdir())


def test_sign_writes_the_short_line_hashes_short_copies_would_compute(tmp_path: Path) -> None:
    """Issue 17: find-duplicates counts short lines by the form hashes `sign` wrote, not by reading and
    tokenising every batch's texts again: they must be the hashes of those texts, row for row."""
    from flows.run import short_copies

    docs = [lines + ["Xem thêm:", "Tin liên quan", "Chia sẻ bài viết", "Ảnh: TTXVN"] for lines in _documents()[:30]]
    _, bases = _staging(tmp_path, docs)
    for base in bases:
        texts = short_copies._short_rows(base, ["text"]).column("text").to_pylist()
        written = np.load(f"{base}.shorthash.npy")
        assert len(written) == len(texts) > 0
        assert written.tolist() == [short_copies.form_hash(match_tokens(t)) for t in texts]
        Path(f"{base}.shorthash.npy").unlink()  # a batch signed before the file existed: computed from the texts
        assert short_copies._batch_hashes(base).tolist() == written.tolist()


def test_lines_of_one_match_form_have_one_skeleton() -> None:
    """The archive scan for short lines (T5 F4) filters by a skeleton computed in Arrow: it must
    never separate two lines that `match_tokens` makes equal (case, NFD, tone placement, punctuation)."""
    import unicodedata

    from flows.run.short_copies import _skeleton

    base = "Hoà bình, thuỷ lợi và Đà Nẵng: có quá nhiều vấn đề cần khắc phục năm 2024!"
    variants = [base, base.upper(), unicodedata.normalize("NFD", base), base.replace("Hoà", "Hòa").replace("thuỷ", "thủy"),
                base.replace(",", "").replace(":", " -"), "(" + base + ")"]
    assert len({" ".join(match_tokens(v)) for v in variants}) == 1
    assert len(set(_skeleton(pa.array(variants)).to_pylist())) == 1


@pytest.fixture
def forks_allowed(monkeypatch) -> None:
    """Lift the fork's memory bound: a whole test session's process is well over `FORK_MAX_RSS_MB` (the fork
    tests failed in `make test` on a fresh clone while passing alone)."""
    from flows.run import forked

    monkeypatch.setattr(forked, "FORK_MAX_RSS_MB", 1 << 20)


def _spy_forks(monkeypatch) -> list[bool]:
    """Whether each forked part gave its answer (`Forked.result`), in order."""
    from flows.run import forked

    answered: list[bool] = []
    real = forked.Forked.result

    def result(self, timeout: float):  # noqa: ANN202
        out = real(self, timeout)
        answered.append(out[0])
        return out

    monkeypatch.setattr(forked.Forked, "result", result)
    return answered


def _verify_both_ways(tmp_path: Path, monkeypatch) -> tuple[tuple, tuple, list[bool]]:
    """(edges, scored, memo) verified in one process, then with the pairs split over a fork."""
    from flows.run import within_run

    staging, bases = _staging(tmp_path, _documents())
    cfg = RunConfig(inputs=[str(SEEDS)], output=str(tmp_path / "out"))
    bands, _ = lsh_params(cfg.threshold, cfg.num_perm)
    out = []
    for workers in (1, 2):
        rp = RunPassages(staging, bases, cfg.num_perm, bands)
        verified = Verified(rp, cfg.min_similarity)
        edges, scored = within_run_edges(rp, candidate_codes(rp, cfg.threshold * 0.8, cfg.min_similarity),
                                         cfg.min_similarity, verified, workers)
        out.append((edges, scored, dict(verified.memo), verified.forked_cpu))
        if workers == 1:
            monkeypatch.setattr(within_run, "PARALLEL_PAIRS", 1)  # this fixture's pairs are few
            answered = _spy_forks(monkeypatch)
    return out[0], out[1], answered


def test_verification_split_over_a_fork_equals_one_process(tmp_path: Path, monkeypatch, forks_allowed: None) -> None:
    """Issue 17: with two workers, the candidate pairs' connected components are verified half here and
    half in a forked copy: the very same verified pairs in the same order, the same number of alignments
    and the same scores (the cluster phase reads them) as one process."""
    from flows.run import within_run

    halves = []
    real_halves = within_run._halves
    monkeypatch.setattr(within_run, "_halves", lambda *a: halves.append(real_halves(*a)) or halves[-1])
    serial, split, answered = _verify_both_ways(tmp_path, monkeypatch)
    assert answered == [True]  # the fork verified its half
    assert 0 < halves[0].sum() < len(halves[0])  # both processes had pairs
    assert np.array_equal(serial[0], split[0]) and len(serial[0]) > 50
    assert serial[1] == split[1]
    assert serial[2] == split[2]
    assert serial[3] == 0.0 and split[3] >= 0.0


def test_verification_done_here_when_the_fork_gives_no_answer(tmp_path: Path, monkeypatch, forks_allowed: None) -> None:
    """A forked part that dies (killed, out of memory) is verified in the run's process: same answer."""
    import os

    from flows.run import within_run

    parent = os.getpid()
    real_part = within_run._verify_part

    def part(*a):  # noqa: ANN202
        if os.getpid() != parent:
            os._exit(3)
        return real_part(*a)

    monkeypatch.setattr(within_run, "_verify_part", part)
    serial, split, answered = _verify_both_ways(tmp_path, monkeypatch)
    assert answered == [False]
    assert np.array_equal(serial[0], split[0]) and serial[1] == split[1] and serial[2] == split[2]


def test_clusters_decided_in_two_processes_equal_one(tmp_path: Path, monkeypatch, forks_allowed: None) -> None:
    """Issue 17: `cluster_chunks.assign` with two workers decides chunks in this process and a forked copy
    (taken from a shared queue) and merges them in chunk order: the same clusters, canonical copies,
    scores, earlier clusters taken over and stats as one process."""
    from cleaners.clustering import ArchivedPassage
    from flows.run import cluster_chunks

    cfg, rp, verified, edges, _ = _verified_run(tmp_path)
    n = len(rp)
    comps = _components(n, edges)
    a_row, b_row = min(comps[0]), min(comps[1])
    sig = rp.sig_rows(np.array([a_row]))[0]
    # an earlier cluster published late (its members keep it) and one published first (a late original's)
    archived = [ArchivedPassage("old#0", None, None, 0.0, sig), ArchivedPassage("old#1", "old#0", "old#0", 5.0, sig)]
    archive_edges = [(a_row, 1), (b_row, 0)]

    def similarity(row: int, canon: int) -> float:
        return verified.score(row, canon) if canon < n and row < n else 0.9

    members = np.unique(np.concatenate([edges.ravel(), [a_row, b_row]]))
    one = cluster_chunks.assign(rp, members, edges, archived, archive_edges, cfg.min_similarity, similarity, {})
    monkeypatch.setattr(cluster_chunks, "PARALLEL_MEMBERS", 1)
    monkeypatch.setattr(cluster_chunks, "PARALLEL_CHUNK", 1)
    answered = _spy_forks(monkeypatch)
    two = cluster_chunks.assign(rp, members, edges, archived, archive_edges, cfg.min_similarity, similarity, {},
                                workers=2)
    assert answered == [True]
    for got in (one, two):
        got.strings_ = (got.strings(got.cluster_ref), got.strings(got.duplicate_ref))
    assert one.strings_ == two.strings_ and any(c == "old#0" for c in one.strings_[0])
    assert np.array_equal(one.similarity, two.similarity, equal_nan=True)
    assert (one.duplicates, one.cross_outlet, one.n_clusters, one.largest, one.archived) == \
           (two.duplicates, two.cross_outlet, two.n_clusters, two.largest, two.archived)
    assert one.n_clusters > 5


def test_a_run_with_two_workers_writes_what_one_writes(tmp_path: Path, monkeypatch, forks_allowed: None) -> None:
    """Through the pipeline and its Parquet: find-duplicates with its work split over a fork (thresholds
    lowered so this small input forks) writes the same passages and documents as with one worker, and
    counts the fork's CPU in the stage's `batch_cpu_seconds`."""
    import shutil

    from flows.run import cluster_chunks, within_run
    from tests.flows.helpers import run as run_pipeline
    from tests.flows.helpers import table

    inputs = tmp_path / "in"
    inputs.mkdir()
    fixtures = Path(__file__).resolve().parents[1] / "fixtures"
    for name in ("rewrites.jsonl", "bridge_copies.jsonl", "law_pairs.jsonl"):
        shutil.copy(fixtures / name, inputs / name)
    one = run_pipeline([inputs], tmp_path / "one", workers=1)
    monkeypatch.setattr(within_run, "PARALLEL_PAIRS", 1)
    monkeypatch.setattr(cluster_chunks, "PARALLEL_MEMBERS", 1)
    monkeypatch.setattr(cluster_chunks, "PARALLEL_CHUNK", 1)
    answered = _spy_forks(monkeypatch)
    two = run_pipeline([inputs], tmp_path / "two", workers=2)
    assert answered == [True, True]  # verification and clusters, each half in a fork
    assert two["stages"]["dedup"]["batch_cpu_seconds"] >= 0.0
    assert one["counts"]["duplicate_passages"] == two["counts"]["duplicate_passages"] > 10
    for name, key in (("passages", "passage_id"), ("documents", "doc_id")):
        a, b = ([{k: v for k, v in r.items() if k not in ("run_id", "processed_at")}
                 for r in table(out, name).sort_by(key).to_pylist()] for out in (tmp_path / "one", tmp_path / "two"))
        assert a == b


def test_no_fork_over_the_memory_bound(tmp_path: Path, monkeypatch) -> None:
    """A process over `forked.FORK_MAX_RSS_MB` makes no fork (a tree's RSS sum would count its pages twice:
    issue 17's memory bound at VNTC ×10) and verifies everything itself, with the same answer."""
    from flows.run import forked

    monkeypatch.setattr(forked, "FORK_MAX_RSS_MB", 0)
    serial, split, answered = _verify_both_ways(tmp_path, monkeypatch)
    assert answered == []
    assert np.array_equal(serial[0], split[0]) and serial[1] == split[1] and serial[2] == split[2]
    assert split[3] == 0.0
