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
