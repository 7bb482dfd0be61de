"""Misbehaving source parsers cannot break parsing for anyone else."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

import readouts
from readouts._document import Document
from readouts.sources import registry

TEXT = "Emmanuel Macron spoke by phone with Olaf Scholz about energy prices."


def _pair(r: readouts.Readout) -> list[list[str]]:
    return [[p.name for p in c.participants] for c in r.calls]


EXPECTED = [["Emmanuel Macron", "Olaf Scholz"]]


@pytest.fixture()
def plugin() -> Iterator[Callable[[type[readouts.SourceParser]], None]]:
    added: list[str] = []

    def add(cls: type[readouts.SourceParser]) -> None:
        readouts.register(cls)
        added.append(cls.id)

    yield add
    for parser_id in added:
        readouts.unregister(parser_id)


class _Claims(readouts.SourceParser):
    """Claims every document."""

    id = "test-claims"
    name = "Claims"
    kind = "news"
    priority = 9.0

    def score(self, doc: Document) -> float:
        return 1.0


class _RaisingMixin:
    def score(self, doc: Document) -> float:
        raise RuntimeError("mixin bug")


def test_a_score_inherited_from_a_mixin_cannot_break_parse(plugin: Callable[[type], None]) -> None:
    class Mixed(_RaisingMixin, readouts.SourceParser):
        id = "test-mixin"
        kind = "news"

    plugin(Mixed)
    assert _pair(readouts.parse(TEXT)) == EXPECTED


@pytest.mark.parametrize("score", [lambda self, doc: 1 / 0, lambda self, doc: "high", lambda self, doc: None])
def test_a_score_assigned_after_the_class_cannot_break_parse(plugin: Callable[[type], None], score: object) -> None:
    class Late(readouts.SourceParser):
        id = "test-late"
        kind = "news"

    Late.score = score  # type: ignore[method-assign,assignment]
    plugin(Late)
    assert _pair(readouts.parse(TEXT)) == EXPECTED


@pytest.mark.parametrize("value", [7.5, -2.0, float("inf")])
def test_a_score_outside_the_unit_interval_warns(plugin: Callable[[type], None], value: float, caplog: pytest.LogCaptureFixture) -> None:
    class Loud(readouts.SourceParser):
        id = "test-loud"
        kind = "news"

        def score(self, doc: Document) -> float:
            return value

    plugin(Loud)
    with caplog.at_level("WARNING", logger="readouts"):
        readouts.parse(TEXT)
    assert "test-loud" in caplog.text and "outside [0, 1]" in caplog.text


@pytest.mark.parametrize("priority", ["high", None, float("nan"), [1]])
def test_a_priority_that_is_no_number_is_refused_at_registration(priority: object) -> None:
    class Odd(readouts.SourceParser):
        id = "test-odd"
        kind = "news"

    Odd.priority = priority  # type: ignore[assignment]
    with pytest.raises(readouts.PluginError):
        readouts.register(Odd)
    assert "test-odd" not in [p.id for p in readouts.parsers()]


def test_domains_that_are_not_strings_are_refused_at_registration() -> None:
    class Odd(readouts.SourceParser):
        id = "test-odd"
        kind = "news"
        domains = None  # type: ignore[assignment]

    with pytest.raises(readouts.PluginError):
        readouts.register(Odd)


def test_a_plugin_that_changes_the_document_changes_nothing_for_the_next(plugin: Callable[[type], None]) -> None:
    class Vandal(_Claims):
        id = "test-vandal"

        def score(self, doc: Document) -> float:
            doc.sentences.clear()
            doc.language = "xx"
            return 1.0

        def extract(self, doc: Document) -> list[readouts.Call]:
            doc.text = ""
            doc.full = ""
            doc.title = "Vandalised"
            doc.reading = None
            doc.signals = None
            doc.published = None
            doc.head.append("poison")
            raise RuntimeError("after the damage")

    plugin(Vandal)
    r = readouts.parse(TEXT)
    assert _pair(r) == EXPECTED and r.language == "en" and r.text == TEXT and r.title is None


def _returning(calls: Callable[[Document], list[readouts.Call]]) -> type[readouts.SourceParser]:
    class Returns(_Claims):
        id = "test-returns"

        def extract(self, doc: Document) -> list[readouts.Call]:
            return calls(doc)

    return Returns


def _call(**changes: object) -> readouts.Call:
    base: dict[str, object] = {
        "participants": [readouts.Participant(name="Emmanuel Macron"), readouts.Participant(name="Olaf Scholz")],
        "evidence": [readouts.Span(start=0, end=10)],
    }
    base.update(changes)
    return readouts.Call(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "bad",
    [
        _call(participants=[readouts.Participant(name="Emmanuel Macron")]),
        _call(participants=[]),
        _call(evidence=[readouts.Span(start=0, end=10**6)]),
        _call(field_evidence=readouts.CallEvidence(date=[readouts.Span(start=5, end=5000)])),
        _call(topics=["not-a-topic-label"]),
        _call(participants=[readouts.Participant(name="Mac\ud800ron"), readouts.Participant(name="Olaf Scholz")]),
        _call(initiator=readouts.Participant(name="\udfffX")),
    ],
)
def test_an_invalid_result_is_refused_with_a_warning_naming_the_plugin(
    plugin: Callable[[type], None], bad: readouts.Call, caplog: pytest.LogCaptureFixture
) -> None:
    plugin(_returning(lambda doc: [bad]))
    with caplog.at_level("WARNING", logger="readouts"):
        r = readouts.parse(TEXT)
    assert _pair(r) == EXPECTED and r.source is not None and r.source.id != "test-returns"
    assert "test-returns" in caplog.text and "invalid result" in caplog.text
    r.model_dump_json()


def test_a_valid_result_of_a_plugin_is_kept(plugin: Callable[[type], None]) -> None:
    plugin(_returning(lambda doc: [_call(topics=sorted(readouts.topic_labels())[:1])]))
    r = readouts.parse(TEXT)
    assert len(r.calls) == 1 and r.calls[0].topics == sorted(readouts.topic_labels())[:1]


@pytest.mark.parametrize("error", [readouts.ParserError("mine"), readouts.EmptyTextError("mine"), SystemExit(3)])
def test_an_error_raised_in_a_plugins_extract_falls_through(plugin: Callable[[type], None], error: BaseException) -> None:
    class Raises(_Claims):
        id = "test-raises"

        def extract(self, doc: Document) -> list[readouts.Call]:
            raise error

    plugin(Raises)
    assert _pair(readouts.parse(TEXT)) == EXPECTED


def test_the_time_budget_is_not_swallowed_by_the_fall_through(plugin: Callable[[type], None]) -> None:
    class Slow(_Claims):
        id = "test-slow"

        def extract(self, doc: Document) -> list[readouts.Call]:
            raise readouts.ParseTimeoutError(1.0, stage="extract")

    plugin(Slow)
    with pytest.raises(readouts.ParseTimeoutError):
        readouts.parse(TEXT)


class _EntryPoint:
    def __init__(self, name: str, load: Callable[[], object]) -> None:
        self.name = name
        self._load = load

    def load(self) -> object:
        return self._load()


@pytest.fixture()
def fresh_registry(monkeypatch: pytest.MonkeyPatch) -> Callable[[list[_EntryPoint]], None]:
    def install(points: list[_EntryPoint]) -> None:
        monkeypatch.setattr(registry, "entry_points", lambda group: points)
        monkeypatch.setattr(registry, "_plugins_loaded", False)
        monkeypatch.setattr(registry, "_registered", {})

    return install


def test_an_entry_point_that_clashes_with_a_builtin_is_reported(
    fresh_registry: Callable[[list[_EntryPoint]], None], caplog: pytest.LogCaptureFixture
) -> None:
    class Impostor(_Claims):
        id = "kremlin"

    fresh_registry([_EntryPoint("impostor", lambda: Impostor)])
    with caplog.at_level("WARNING", logger="readouts"):
        found = {p.id: p for p in readouts.parsers()}
    assert type(found["kremlin"]) is not Impostor
    assert "impostor" in caplog.text and "built-in" in caplog.text


def test_sys_exit_while_importing_a_plugin_does_not_escape_parse(
    fresh_registry: Callable[[list[_EntryPoint]], None], caplog: pytest.LogCaptureFixture
) -> None:
    def load() -> object:
        raise SystemExit("plugin module called sys.exit()")

    fresh_registry([_EntryPoint("exits", load)])
    with caplog.at_level("WARNING", logger="readouts"):
        r = readouts.parse(TEXT)
    assert _pair(r) == EXPECTED and "exits" in caplog.text


def test_a_plugin_that_registers_itself_while_loading_does_not_deadlock(fresh_registry: Callable[[list[_EntryPoint]], None]) -> None:
    class Eager(readouts.SourceParser):
        id = "test-eager"
        kind = "news"

    def load() -> object:
        readouts.register(Eager)  # as a module decorated with @readouts.register does on import
        return Eager

    fresh_registry([_EntryPoint("eager", load)])
    assert "test-eager" in [p.id for p in readouts.parsers()]


def test_metadata_changed_after_registration_cannot_break_parse(plugin: Callable[[type], None]) -> None:
    class Shifty(_Claims):
        id = "test-shifty"

        def extract(self, doc: Document) -> list[readouts.Call]:
            raise RuntimeError("and fails")

    plugin(Shifty)
    Shifty.priority = "top"  # type: ignore[assignment]
    Shifty.domains = None  # type: ignore[assignment]
    Shifty.id = 42  # type: ignore[assignment]
    try:
        assert _pair(readouts.parse(TEXT, url="https://example.org/a")) == EXPECTED
    finally:
        Shifty.id = "test-shifty"
