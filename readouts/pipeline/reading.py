"""Read every sentence and the headline once: tokens, person mentions, cues.

The reading runs before a source parser is picked: the parsers' scores
(which leader a readout opens with, which outlets it cites) and extraction
read the same facts, so each sentence is tokenised and searched for people
and cues once per document, whichever parser ends up using it.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from .. import _budget
from .._document import Document, Sentence
from ..extract.cues import Cues, SentenceCues, cues_for, read_cues
from ..extract.lexicon_group import LexiconGroup
from ..extract.people import Mention, Vocabulary, mentions_in, vocabulary
from ..extract.tokens import Tokens, tokenize

__all__ = ["KEEP_TOKENS_UP_TO", "MAX_MENTIONS", "Reading", "Rebuilt", "SentenceReading", "read", "read_sentence", "read_title"]

# A sentence naming more people than this is a list (of signatories, of a
# summit's guests), not a report of calls: only its first mentions are read.
# Real readouts name at most a few dozen leaders in one sentence (a G20 call);
# the cap bounds the pairs, calls and per-call work one sentence can create.
MAX_MENTIONS = 64


# A text whose sentences hold more characters than this keeps no token lists:
# they are most of its memory (a 10 MB text has 1.5 million tokens), so each is
# rebuilt from its sentence when asked for (tokenize is deterministic: equal tokens).
KEEP_TOKENS_UP_TO = 1_000_000
# How many rebuilt token lists a large text keeps, the latest asked for: the
# stages read a sentence's tokens several times in a row, and its neighbours'.
_RECENT = 512


class Rebuilt:
    """The token lists of a large text's sentences, rebuilt from their text on
    demand, the latest ``_RECENT`` of them kept (with their kept matches)."""

    __slots__ = ("_recent", "language")

    def __init__(self, language: str) -> None:
        self.language = language
        self._recent: OrderedDict[tuple[int, str], Tokens] = OrderedDict()

    def tokens(self, text: str, offset: int) -> Tokens:
        """The tokens of ``text``, a sentence starting at ``offset``, as ``tokenize`` gives them."""
        key = (offset, text)
        recent = self._recent
        found = recent.get(key)
        if found is not None:
            recent.move_to_end(key)
            return found
        found = recent[key] = tokenize(text, offset, self.language)
        if len(recent) > _RECENT:
            recent.popitem(last=False)
        return found


@dataclass(frozen=True, slots=True)
class SentenceReading:
    """What one sentence (or the headline) says, word by word."""

    kept: Tokens | None
    """Its tokens, or ``None`` when ``rebuilt`` makes them anew (a large text)."""
    mentions: tuple[Mention, ...]
    """The people it mentions, in order (at most ``MAX_MENTIONS``; none cut from a headline)."""
    cues: SentenceCues
    text: str = ""
    offset: int = 0
    rebuilt: Rebuilt | None = None

    @property
    def tokens(self) -> Tokens:
        """The sentence's tokens (equal whether kept or rebuilt)."""
        if self.kept is not None:
            return self.kept
        assert self.rebuilt is not None, "a reading keeps its tokens or can rebuild them"
        return self.rebuilt.tokens(self.text, self.offset)


@dataclass(frozen=True, slots=True)
class Reading:
    """The reading of a document's sentences and headline, in ``language``."""

    language: str
    sentences: tuple[Sentence, ...]
    """The sentences read, in order: ``of`` checks a sentence against them."""
    readings: tuple[SentenceReading, ...]
    """One per sentence of ``sentences``."""
    title: str | None
    title_reading: SentenceReading | None

    def of(self, sentence: Sentence) -> SentenceReading | None:
        """The reading of ``sentence``, or ``None`` if it is not one of those read."""
        i = sentence.index
        if 0 <= i < len(self.sentences) and self.sentences[i] == sentence:
            return self.readings[i]
        return None


def read(sentences: list[Sentence], title: str | None, language: str) -> Reading:
    """Return the reading of ``sentences`` and ``title`` in ``language``.

    Raises:
        ParseTimeoutError: the time budget of ``parse`` ran out.
    """
    readings = []
    rebuilt = Rebuilt(language) if sum(len(s.text) for s in sentences) > KEEP_TOKENS_UP_TO else None
    for sentence in sentences:
        _budget.check("reading")
        reading = _read_sentence(sentence.text, sentence.start, language)
        if rebuilt is not None:
            # Only the people and cues are kept: the tokens are rebuilt when asked for.
            reading = SentenceReading(None, reading.mentions, reading.cues, sentence.text, sentence.start, rebuilt)
        readings.append(reading)
    return Reading(
        language=language,
        sentences=tuple(sentences),
        readings=tuple(readings),
        title=title,
        title_reading=_read_title(title, language) if title else None,
    )


def read_sentence(doc: Document, sentence: Sentence) -> SentenceReading:
    """The reading of a sentence of ``doc``: the document's own when it has
    one for that sentence, else read now (a document built by hand, a
    sentence a parser made up)."""
    reading = doc.reading
    found = reading.of(sentence) if reading is not None and reading.language == doc.language else None
    return found if found is not None else _read_sentence(sentence.text, sentence.start, doc.language)


def read_title(doc: Document) -> SentenceReading | None:
    """The reading of ``doc``'s headline, or ``None`` when it has none."""
    if not doc.title:
        return None
    reading = doc.reading
    if reading is not None and reading.language == doc.language and reading.title == doc.title:
        return reading.title_reading
    return _read_title(doc.title, doc.language)


_Readers = tuple[Cues, Vocabulary, LexiconGroup]
_READERS: dict[str, _Readers] = {}
"""Each language's cue and people readers, with their lexicons in one group."""


def _readers(language: str) -> _Readers:
    """The cues and people vocabulary of ``language``, and a group of all their
    lexicons: one test per sentence tells both readers which of theirs may
    match. The group holds the very matchers the two readers return (made
    anew when the language data are: a cue it does not hold would never count)."""
    cues, vocab = cues_for(language), vocabulary(language)
    found = _READERS.get(language)
    if found is None or found[0] is not cues or found[1] is not vocab:
        found = _READERS[language] = (cues, vocab, LexiconGroup([*cues.every.matchers, *vocab.matchers]))
    return found


def _read_sentence(text: str, offset: int, language: str) -> SentenceReading:
    tokens = tokenize(text, offset, language)
    cues, vocab, every = _readers(language)
    live = every.live(tokens)
    mentions = mentions_in(tokens, vocab, text, offset, live)[:MAX_MENTIONS]
    return SentenceReading(tokens, tuple(mentions), read_cues(tokens, cues, text, offset, live))


def _read_title(title: str, language: str) -> SentenceReading:
    tokens = tokenize(title, 0, language)
    cues, vocab, every = _readers(language)
    live = every.live(tokens)
    return SentenceReading(tokens, tuple(mentions_in(tokens, vocab, title, 0, live)), read_cues(tokens, cues, title, 0, live))
