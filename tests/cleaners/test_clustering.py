from collections.abc import Callable

import numpy as np

from cleaners.clustering import ArchivedPassage, assign_clusters


def sig(seed: int, n: int = 64) -> np.ndarray:
    return np.random.default_rng(seed).integers(0, 2**32, n, dtype=np.uint32)


def test_canonical_is_earliest_published_then_first_processed() -> None:
    s = np.stack([sig(1), sig(1), sig(1), sig(2)])
    out = assign_clusters(["a#0", "b#0", "c#0", "d#0"], [200.0, 100.0, None, None], s, [(0, 1), (1, 2)], [], []).new
    assert out[1].duplicate_of is None and out[1].cluster_id == "b#0"
    assert out[0].duplicate_of == "b#0" and out[2].duplicate_of == "b#0"
    assert out[0].similarity == 1.0
    assert out[3].cluster_id is None and out[3].duplicate_of is None


def test_unpublished_ties_go_to_the_first_processed() -> None:
    s = np.stack([sig(1), sig(1)])
    out = assign_clusters(["x#0", "y#0"], [None, None], s, [(0, 1)], [], []).new
    assert out[0].duplicate_of is None and out[1].duplicate_of == "x#0"


def test_new_passage_joins_an_earlier_cluster_through_a_member() -> None:
    canon = ArchivedPassage("old#0", "old#0", None, 50.0, sig(7))
    member = ArchivedPassage("old2#0", "old#0", "old#0", 60.0, sig(7))
    found = assign_clusters(["new#0"], [70.0], np.stack([sig(7)]), [], [member, canon], [(0, 0)])
    assert found.new[0].cluster_id == "old#0" and found.new[0].duplicate_of == "old#0"
    assert found.archived == {}  # the earlier canonical copy stays: nothing earlier rows must change


def test_a_late_original_takes_over_the_earlier_cluster() -> None:
    canon = ArchivedPassage("copy#0", "copy#0", None, 50.0, sig(7))  # processed first, published later
    member = ArchivedPassage("copy2#0", "copy#0", "copy#0", 60.0, sig(7))
    found = assign_clusters(["orig#0"], [10.0], np.stack([sig(7)]), [], [member, canon], [(0, 0)])
    assert found.new[0].cluster_id == "orig#0" and found.new[0].duplicate_of is None
    assert found.archived[1].duplicate_of == "orig#0" and found.archived[1].cluster_id == "orig#0"
    assert found.archived[0].duplicate_of == "orig#0" and found.archived[0].similarity == 1.0


def test_a_late_passage_unlike_the_old_canonical_does_not_take_over() -> None:
    canon = ArchivedPassage("copy#0", "copy#0", None, 50.0, sig(7))
    member = ArchivedPassage("copy2#0", "copy#0", "copy#0", 60.0, sig(8))
    found = assign_clusters(["orig#0"], [10.0], np.stack([sig(8)]), [], [member, canon], [(0, 0)], threshold=0.5)
    assert found.archived == {}  # reached only through a member: the earlier cluster keeps its canonical copy
    assert found.new[0].duplicate_of is None and found.new[0].cluster_id is None


def test_unpublished_archived_passages_rank_before_new_ones() -> None:
    canon = ArchivedPassage("old#0", "old#0", None, None, sig(7))
    found = assign_clusters(["new#0"], [None], np.stack([sig(7)]), [], [canon], [(0, 0)])
    assert found.new[0].duplicate_of == "old#0" and found.archived == {}


def test_a_chained_member_below_threshold_is_left_out() -> None:
    base = sig(3)
    near = base.copy()
    near[:20] = sig(4)[:20]  # ~0.69 similar to base
    far = near.copy()
    far[20:40] = sig(5)[20:40]  # ~0.38 similar to base, ~0.69 to near
    out = assign_clusters(["a#0", "b#0", "c#0"], [1.0, 2.0, 3.0], np.stack([base, near, far]), [(0, 1), (1, 2)],
                          [], [], threshold=0.5).new
    assert out[1].duplicate_of == "a#0"
    assert out[2].cluster_id is None and out[2].duplicate_of is None


def test_verified_edges_skip_pairs_already_joined() -> None:
    from cleaners.verify import verified_edges

    calls = []

    def score(i: int, j: int) -> float:
        calls.append((i, j))
        return 0.0 if 3 in (i, j) else 1.0

    edges, scores = verified_edges([(0, 1), (1, 2), (0, 2), (2, 3)], 4, score, 0.5)
    assert edges == [(0, 1), (1, 2)] and (0, 2) not in calls  # joined through 1: not compared
    assert scores == {(0, 1): 1.0, (1, 2): 1.0, (2, 3): 0.0}


def test_a_passage_published_before_a_canonical_that_stays_is_never_its_copy() -> None:
    """T5 F12: the text check can accept `x` against the canonical copy but not the other way
    round (an ALL-CAPS copy); an earlier `x` then stays no copy of it and heads its own copies."""
    caps = ArchivedPassage("up#0", None, None, 500.0, sig(7))  # an earlier run's unique, later passage

    def score(node: int, canon: int) -> float:
        return 0.0 if node == 2 else 1.0  # node 2 is the archived caps copy: it fails against anything

    found = assign_clusters(["orig#0", "copy#0"], [10.0, 20.0], np.stack([sig(7), sig(7)]), [(0, 1)], [caps],
                            [(0, 0), (1, 0)], threshold=0.5, similarity=score)
    assert found.new[0].duplicate_of is None and found.new[0].cluster_id == "orig#0"
    assert found.new[1].duplicate_of == "orig#0"
    assert found.archived == {}  # the caps copy stays as it was


def _windows_score(at: dict[int, int]) -> Callable[[int, int], float]:
    """Windows of one text: two passages verify when their starts are at most one step apart."""
    def score(node: int, canon: int) -> float:
        return 0.8 if abs(at[node] - at[canon]) <= 1 else 0.3
    return score


def test_a_new_passage_joining_two_earlier_clusters_is_decided_as_one_run() -> None:
    """ATK3: X (x0 canonical, x1) and Y (y0 canonical, y1) from an earlier run; new L, published before
    y0, verifies against x1 and y0 only. One run over all five: x0 keeps x1, L heads y0, y1 is alone."""
    x0 = ArchivedPassage("x0#0", None, None, 1.0, sig(1))  # written before its copy came: null cluster id
    x1 = ArchivedPassage("x1#0", "x0#0", "x0#0", 2.0, sig(1))
    y0 = ArchivedPassage("y0#0", "y0#0", None, 5.0, sig(1))
    y1 = ArchivedPassage("y1#0", "y0#0", "y0#0", 6.0, sig(1))
    score = _windows_score({1: 0, 2: 1, 0: 2, 3: 3, 4: 4})  # nodes: L = 0, then x0, x1, y0, y1
    args = (["l#0"], [3.0], np.stack([sig(1)]), [], [x0, x1, y0, y1], [(0, 1), (0, 2)])
    found = assign_clusters(*args, threshold=0.5, similarity=score)
    assert found.new[0].cluster_id == "l#0" and found.new[0].duplicate_of is None
    assert found.archived[2].duplicate_of == "l#0" and found.archived[2].similarity == 0.8  # y0 under L
    assert found.archived[3].cluster_id is None and found.archived[3].duplicate_of is None  # y1 alone
    assert 0 not in found.archived and 1 not in found.archived  # X unchanged: nothing to rewrite (x0 keeps its null)
    assert found.whole == {"x0#0", "y0#0"}  # every member of both is needed
    one = assign_clusters(["x0#0", "x1#0", "y0#0", "y1#0", "l#0"], [1.0, 2.0, 5.0, 6.0, 3.0],
                          np.stack([sig(1)] * 5), [(0, 1), (2, 3), (1, 4), (2, 4)], [], [], threshold=0.5,
                          similarity=_windows_score({0: 0, 1: 1, 4: 2, 2: 3, 3: 4})).new
    assert [(a.cluster_id, a.duplicate_of) for a in one] == [
        ("x0#0", None), ("x0#0", "x0#0"), ("l#0", "l#0"), (None, None), ("l#0", None)]
