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
