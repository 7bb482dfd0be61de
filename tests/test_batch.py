import gc
import pickle
import threading

import pytest

import readouts

TEXTS = [
    "Emmanuel Macron spoke by phone with Olaf Scholz on energy.",
    "Vladimir Putin had a telephone conversation with Recep Tayyip Erdogan.",
    "Giorgia Meloni ha avuto una conversazione telefonica con Volodymyr Zelensky.",
] * 12


def test_parse_many_keeps_order_and_matches_parse() -> None:
    expected = [readouts.parse(t).model_dump_json() for t in TEXTS]
    assert [r.model_dump_json() for r in readouts.parse_many(TEXTS, workers=2)] == expected
    assert [r.model_dump_json() for r in readouts.parse_many(TEXTS)] == expected


def test_parse_many_returns_or_raises_errors() -> None:
    texts = ["", *TEXTS]
    with pytest.raises(readouts.EmptyTextError):
        readouts.parse_many(texts)
    results = readouts.parse_many(texts, workers=2, return_exceptions=True)
    assert isinstance(results[0], readouts.EmptyTextError)
    assert all(isinstance(r, readouts.Readout) for r in results[1:])


def test_workers_must_be_positive() -> None:
    with pytest.raises(ValueError):
        readouts.parse_many(TEXTS, workers=0)


@pytest.mark.parametrize(
    "exc",
    [
        readouts.EmptyTextError("empty"),
        readouts.InputTooLargeError(10, 5),
        readouts.DecodingError("bad", encoding="latin-1"),
        readouts.UnknownSourceError("x", ["a", "b"]),
        readouts.PluginError("broken", plugin="p"),
    ],
)
def test_errors_survive_pickling(exc: readouts.ReadoutsError) -> None:
    back = pickle.loads(pickle.dumps(exc))
    assert type(back) is type(exc) and str(back) == str(exc) and back.__dict__ == exc.__dict__


def test_eight_threads_give_the_same_answers() -> None:
    expected = [readouts.parse(t).model_dump_json() for t in TEXTS]
    results: dict[int, list[str]] = {}

    def work(k: int) -> None:
        results[k] = [readouts.parse(t).model_dump_json() for t in TEXTS]

    threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(results[k] == expected for k in range(8))


class _Slow(readouts.SourceParser):
    """A parser that takes far too long on a text marked ``SLOW``."""

    id = "test-slow"

    def score(self, doc: readouts.Document) -> float:
        return 1.0 if "SLOW" in doc.text else 0.0

    def extract(self, doc: readouts.Document) -> list[readouts.Call]:
        import time

        time.sleep(30)
        return []


class _Killer(readouts.SourceParser):
    """A parser whose process dies (as if killed for memory) on ``DIE``."""

    id = "test-killer"

    def score(self, doc: readouts.Document) -> float:
        return 1.0 if "DIE" in doc.text else 0.0

    def extract(self, doc: readouts.Document) -> list[readouts.Call]:
        import os
        import signal

        os.kill(os.getpid(), signal.SIGKILL)
        return []


@pytest.fixture()
def slow_and_killer():  # type: ignore[no-untyped-def]
    readouts.register(_Slow)
    readouts.register(_Killer)
    yield
    readouts.unregister("test-slow")
    readouts.unregister("test-killer")


def test_values_that_are_not_text_give_typed_errors() -> None:
    results = readouts.parse_many([None, 7, TEXTS[0], b"\xff\xfe\xfd"], return_exceptions=True)  # type: ignore[list-item]
    assert [type(r).__name__ for r in results] == ["InputError", "InputError", "Readout", "DecodingError"]
    assert "NoneType" in str(results[0]) and "int" in str(results[1])
    with pytest.raises(readouts.InputError):
        readouts.parse_many([TEXTS[0], None])  # type: ignore[list-item]


def test_urls_reach_parse_as_argument_or_pairs() -> None:
    text = "Vladimir Putin had a telephone conversation with Recep Tayyip Erdogan."
    url = "http://en.kremlin.ru/events/president/news/1"
    expected = readouts.parse(text, url=url).model_dump_json()
    assert [r.model_dump_json() for r in readouts.parse_many([text], urls=[url])] == [expected]
    assert [r.model_dump_json() for r in readouts.parse_many([(text, url)] * 30, workers=2)] == [expected] * 30
    with pytest.raises(ValueError):
        readouts.parse_many([text, text], urls=[url])


@pytest.mark.usefixtures("slow_and_killer")
@pytest.mark.parametrize("workers", [1, 2])
def test_a_text_over_its_time_budget_gets_a_timeout_error(workers: int) -> None:
    # The budget is far above an ordinary text's cost, even a worker's first
    # (which builds the language tables) on a busy machine, and far below the
    # slow parser's 30 s: the test does not depend on the machine's speed.
    texts = [*TEXTS[:30], "SLOW: Emmanuel Macron spoke by phone with Olaf Scholz."]
    results = readouts.parse_many(texts, workers=workers, timeout=4.0, return_exceptions=True)
    assert isinstance(results[-1], readouts.ParseTimeoutError) and results[-1].seconds == 4.0
    assert all(isinstance(r, readouts.Readout) for r in results[:-1])


@pytest.mark.usefixtures("slow_and_killer")
def test_a_killed_worker_costs_only_the_texts_in_flight() -> None:
    texts = [*TEXTS * 3, "DIE: Emmanuel Macron spoke by phone with Olaf Scholz.", *TEXTS * 3]
    dead = len(TEXTS) * 3
    results = readouts.parse_many(texts, workers=2, return_exceptions=True)
    assert len(results) == len(texts)
    assert isinstance(results[dead], readouts.WorkerError)
    lost = [i for i, r in enumerate(results) if isinstance(r, readouts.WorkerError)]
    assert len(lost) < len(texts) // 2, "a new pool takes the rest"
    assert all(isinstance(r, readouts.Readout) for i, r in enumerate(results) if i not in lost)
    assert isinstance(results[-1], readouts.Readout)


def test_the_caller_collects_its_garbage_again_once_the_workers_run() -> None:
    # The pool freezes this process's objects only while it forks its workers.
    assert gc.get_freeze_count() == 0
    results = readouts.parse_many(TEXTS, workers=2)
    assert len(results) == len(TEXTS) and gc.get_freeze_count() == 0
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        readouts.parse_many(TEXTS, workers=2)
        assert gc.get_freeze_count() >= frozen, "a freeze of the caller's own stays"
    finally:
        gc.unfreeze()
