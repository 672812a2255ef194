"""The garbage collector pause around bulk jobs (synergy.collector)."""
from __future__ import annotations

import gc

import pytest

from synergy.collector import paused
from synergy.ingest import load_model


def test_the_collector_is_back_after_an_error_and_after_nested_pauses():
    assert gc.isenabled()
    with pytest.raises(RuntimeError):
        with paused():
            with paused():
                assert not gc.isenabled()
            assert not gc.isenabled()  # the inner block does not turn it on early
            raise RuntimeError("bad row")
    assert gc.isenabled()


def test_a_collector_turned_off_by_the_caller_stays_off():
    gc.disable()
    try:
        with paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_reading_a_city_leaves_the_collector_on():
    load_model()
    assert gc.isenabled()


def test_workbooks_are_read_with_the_collector_running_csv_files_with_it_paused(monkeypatch, tmp_path):
    """openpyxl leaves cyclic garbage per workbook: it must go before the next form is read."""
    from click.testing import CliRunner

    import synergy.ingest as ingest
    from cli import main
    from synergy.ingest import sample_path, validate_sources

    form = tmp_path / "formulir.xlsx"
    assert CliRunner().invoke(main, ["-q", "template", "-o", str(form)]).exit_code == 0
    seen: dict[str, set] = {}
    real = ingest.read_unit

    def spy(unit, *args, **kwargs):
        seen.setdefault(unit.kind, set()).add(gc.isenabled())
        return real(unit, *args, **kwargs)

    monkeypatch.setattr(ingest, "read_unit", spy)
    validate_sources([sample_path(), form])
    assert seen == {"csv": {False}, "xlsx": {True}}
    assert gc.isenabled()


def test_what_a_paused_block_built_is_in_the_oldest_generation_when_it_ends():
    # turned back on, the collector's young passes must not walk the block's millions of objects
    # again (about 2.7 s of a million programs' read); the oldest generation is still collected
    with paused():
        made = [[i] for i in range(2000)]
    young = {id(x) for x in gc.get_objects(generation=0)} | {id(x) for x in gc.get_objects(generation=1)}
    assert not any(id(x) in young for x in made)
    assert gc.isenabled()


def test_cyclic_garbage_of_a_paused_block_is_still_collected():
    import weakref

    class Node:
        pass

    with paused():
        node = Node()
        node.itself = node  # a cycle: only the collector can free it
        gone = weakref.ref(node)
        del node
    assert gone() is not None
    gc.collect()
    assert gone() is None


def test_objects_frozen_before_a_paused_block_stay_frozen():
    # a worker process inherits its parent's objects frozen (synergy.pool): unfrozen, the
    # collector's next full pass would write to each of them and copy its memory page
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert frozen > 0
        with paused():
            made = [[i] for i in range(2000)]
        assert gc.get_freeze_count() == frozen and gc.isenabled()
        assert len(made) == 2000
    finally:
        gc.unfreeze()
