"""The collector pause the loader and the charts' worker share."""

from __future__ import annotations

import gc
import threading

from shigu_gui.ui import collector


def test_pauses_nest_overlap_and_restore_the_collector_as_found() -> None:
    was = gc.isenabled()
    gc.enable()
    try:
        with collector.paused():
            assert not gc.isenabled()
            with collector.paused():
                assert not gc.isenabled()
            assert not gc.isenabled()  # the outer pause still holds
        assert gc.isenabled()

        gc.disable()  # off before the first pause (the start-up): stays off after the last
        with collector.paused():
            pass
        assert not gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()


def test_a_pause_on_another_thread_outlasting_this_one_keeps_the_collector_off() -> None:
    was = gc.isenabled()
    gc.enable()
    inside, release = threading.Event(), threading.Event()

    def worker() -> None:
        with collector.paused():
            inside.set()
            release.wait(5)

    thread = threading.Thread(target=worker)
    try:
        with collector.paused():
            thread.start()
            assert inside.wait(5)
        assert not gc.isenabled()  # the worker's pause is still running
        release.set()
        thread.join(5)
        assert gc.isenabled()
    finally:
        release.set()
        (gc.enable if was else gc.disable)()


def test_turned_on_by_the_start_during_a_pause_it_comes_on_when_the_pause_ends() -> None:
    """The start-up turns the collector on after the first paint, or 2 s after the start if the
    window is not painted by then; the charts' import worker may be paused at that moment (a slow
    machine, a large report): the collector had come on in the middle of its pause, free to run
    on the worker."""
    was = gc.isenabled()
    gc.disable()  # as cli.main leaves it for the start
    try:
        with collector.paused():
            collector.enable()
            assert not gc.isenabled()
        assert gc.isenabled()
        gc.disable()
        collector.enable()  # no pause: at once
        assert gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()
