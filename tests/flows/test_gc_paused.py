"""`gc_paused` (find-duplicates runs with the cyclic garbage collector off, issue 17) turns it back on after
the block, also when the block fails, and leaves it off when it was off."""

from __future__ import annotations

import gc

import pytest

from flows.run.context import gc_paused


def test_collector_is_back_on_after_the_block_even_when_it_fails() -> None:
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), gc_paused():
        raise RuntimeError("stage failed")
    assert gc.isenabled()


def test_collector_left_off_when_it_was_off() -> None:
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
