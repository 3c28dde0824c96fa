"""align releases the GIL: other Python threads run while it works, and two alignments from two
threads run at once and give the same beads as one after the other."""
import sys
import threading
import time

import parallax


def test_other_threads_run_while_aligning(corpora):
    source = parallax.read(corpora / "un-charter.ru.txt")
    target = parallax.read(corpora / "un-charter.en.txt")
    state = {"inside": False, "seen_inside": False}

    def work():
        state["inside"] = True
        parallax.align(source, target)
        state["inside"] = False

    # With a switch interval longer than the alignment, the interpreter never takes the GIL
    # from the worker by itself: the main thread can see "inside" only if align releases it.
    interval = sys.getswitchinterval()
    sys.setswitchinterval(30.0)
    try:
        worker = threading.Thread(target=work)
        worker.start()
        while worker.is_alive():
            if state["inside"]:
                state["seen_inside"] = True
            time.sleep(0)
        worker.join()
    finally:
        sys.setswitchinterval(interval)
    assert state["seen_inside"]


def test_two_threads_give_the_sequential_beads(corpora):
    pairs = [(corpora / "un-charter.ru.txt", corpora / "un-charter.en.txt"),
             (corpora / "khrushchev-1963-06-08.en.txt",
              corpora / "khrushchev-1963-06-08.en-embassy.partial.txt")]
    documents = [(parallax.read(s), parallax.read(t)) for s, t in pairs]
    sequential = [parallax.align(s, t).to_beads() for s, t in documents]
    results = [None, None]

    def work(k):
        results[k] = parallax.align(*documents[k]).to_beads()

    threads = [threading.Thread(target=work, args=(k,)) for k in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == sequential
