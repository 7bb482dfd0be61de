"""Pydantic schemas of the data files shipped in ``readouts/data``.

Every data file is validated against one of these models when it is first
loaded, so a typo in a hand-edited file fails loudly and early (at load time
and in ``tests/test_data_files.py``) instead of silently matching nothing.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field, field_validator

ROLE_PATTERN = r"^[a-z]+(-[a-z]+)*$"
COUNTRY_PATTERN = r"^([A-Z]{2}|EU|UN|NATO)$"
LANG_PATTERN = r"^[a-z]{2}$"
BORROW_MODES = frozenset({"all", "phrases", "names"})
PERSON_ID_PATTERN = r"^(Q[0-9]+|x-[a-z0-9]+(-[a-z0-9]+)*)$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Term(_Strict):
    """One office held by a leader, with the dates it began and ended."""

    role: str = Field(pattern=ROLE_PATTERN)
    start: date
    end: date | None = None
    country: str | None = Field(default=None, pattern=COUNTRY_PATTERN)
    """Set only when the office belongs to another country than the leader's
    default (a Secretary-General of NATO who was a Norwegian prime minister)."""


class Leader(_Strict):
    """A person of the gazetteer, with every spelling a readout may use."""

    id: str = Field(pattern=PERSON_ID_PATTERN)
    """The person's Wikidata id (``Q7747``), or ``x-<slug>`` for a person the
    reference extract lacks and whose id the project does not know."""
    name: str
    """The usual English name, as calls report it (``Luis Arce``)."""
    country: str = Field(pattern=COUNTRY_PATTERN)
    aliases: list[str] = Field(min_length=1)
    """Full names and forms that always denote this person
    (``Vladimir Putin``, ``Poutine``, ``Путин``)."""
    surnames: list[str] = Field(default_factory=list)
    """Single words that denote this person on their own (``Putin``); left
    out when the word is also a common word or month (``May``)."""
    terms: list[Term] = Field(min_length=1)


class LeadersFile(_Strict):
    """``leaders.json``: made by ``scripts/build_leaders.py``, never edited by hand."""

    generated: str = ""
    """What made the file (a note for whoever opens it)."""
    version: int
    leaders: list[Leader]


class RolesFile(_Strict):
    """``roles.json``: the closed vocabulary of roles that every data file uses."""

    roles: dict[str, str]
    """Role slug -> what the office is."""


class Country(_Strict):
    """Names, adjectives and metonyms of a state or body, per language."""

    code: str = Field(pattern=COUNTRY_PATTERN)
    names: dict[str, list[str]]
    """Language code -> names, with the inflected forms the language uses
    (``Франция``, ``Франции``, ``Францией``)."""
    adjectives: dict[str, list[str]] = Field(default_factory=dict)
    """Language code -> adjective forms (``French``, ``française``,
    ``французской``, ``francese``, ``französischen``, ``francés``)."""
    metonyms: list[str] = Field(default_factory=list)
    """Seats of government that stand for the state in any language
    (``Kremlin``, ``Élysée``, ``Downing Street``, ``White House``)."""

    @field_validator("names", "adjectives")
    @classmethod
    def _known_languages(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for lang in value:
            if len(lang) != 2 or not lang.islower():
                raise ValueError(f"not an ISO 639-1 code: {lang!r}")
        return value


class CountriesFile(_Strict):
    version: int
    countries: list[Country]


class SourceEntry(_Strict):
    """A publisher of readouts or of texts about them."""

    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    name: str
    kind: str = Field(pattern=r"^(official|wire|aggregator|news)$")
    family: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    """Which built-in source parser handles this publisher's own texts (its
    id: checked against the built-in parsers when the registry loads)."""
    country: str | None = Field(default=None, pattern=COUNTRY_PATTERN)
    """For an official source: the state whose leader it speaks for."""
    speaks_for: list[str] = Field(default_factory=list)
    """For an official source: the offices whose calls it reports (role slugs,
    ``president`` for the Kremlin, ``prime-minister`` for Palazzo Chigi); a
    readout with no signature is credited to the office of the leader it opens with."""
    domains: list[str] = Field(default_factory=list)
    cited_as: list[str] = Field(default_factory=list)
    """Names by which other texts cite this publisher (``the Kremlin``,
    ``Palazzo Chigi``, ``(Reuters)``); they feed ``Source.via``."""
    signatures: list[str] = Field(default_factory=list)
    """Strings that, when found in a text, show it was published by this
    source itself (``/TASS/``, ``Devdiscourse News Desk``)."""
    mastheads: list[str] = Field(default_factory=list)
    """Headers that open one of a page's first lines when the office itself
    published it (``Office of the Press Secretary``, ``A Downing Street
    spokesperson said:``, ``Presse- und Informationsamt der Bundesregierung``)."""
    datelines: list[str] = Field(default_factory=list)
    """Place datelines anywhere in a page's first lines that name the
    office's seat (``Palais de l'Élysée,``, ``(Élysée Palace,``)."""
    languages: list[str] | None = None
    """For an agency: the languages of the copy it publishes on a site of its
    own; ``[]`` for a newswire that has none (``Dow Jones Newswires``). Its
    copy in any other language is on a client's page. ``None``: not known."""


class DomainRules(_Strict):
    """How a URL's host names its publisher and, for governments, its kind."""

    skip_labels: list[str] = Field(default_factory=list)
    """Leading labels that name no publisher (``www``, ``m``, ``amp``)."""
    second_level: list[str] = Field(default_factory=list)
    """Labels that, under a two-letter country code, form one public suffix
    with it (``com`` in ``com.br``, ``co`` in ``co.uk``, ``gov`` in ``gov.ua``)."""
    government_labels: list[str] = Field(default_factory=list)
    """Labels of a suffix or top-level domain reserved for governments
    (``gov``, ``gouv``, ``gob``, ``go``, ``mil``)."""
    government_names: list[str] = Field(default_factory=list)
    """Registrable names that are a state office's whatever the suffix
    (``president``, ``kremlin``, ``mid``)."""
    government_domains: list[str] = Field(default_factory=list)
    """Whole domains of governments and intergovernmental bodies that no
    suffix rule finds (``governo.it``, ``europa.eu``, ``nato.int``)."""
    wire_sections: list[str] = Field(default_factory=list)
    """Path segments of a site's section for agency copy (``wires``,
    ``newswire``); a segment that is an agency's slug (``/reuters/``) counts too."""
    short_name: int = 3
    """A registrable name this short keeps its suffix in the slug
    (``my.ua`` is ``my-ua``): on its own it names too many sites."""


class SourcesFile(_Strict):
    version: int
    domains: DomainRules = Field(default_factory=DomainRules)
    source_labels: list[str] = Field(default_factory=list)
    """Labels of a credit line naming where a text comes from, in any
    language (``Source``, ``Quelle``, ``Fonte``, ``Источник``): an office
    named there keeps the text official, an outlet makes the page a republication."""
    sources: list[SourceEntry]


class TopicsFile(BaseModel):
    model_config = ConfigDict(extra="allow", frozen=True)

    places: dict[str, list[str]]
    themes: dict[str, list[str]]

    @property
    def labels(self) -> frozenset[str]:
        return frozenset(self.places) | frozenset(self.themes)


class EventDates(_Strict):
    """How a date belongs to an event noun rather than to the call a sentence
    tells: "the presidential elections of 9 August", "Präsidentschaftswahlen
    vom 9. August", "l'attentat du 7 octobre", "заявления ... от 1 октября"."""

    nouns: list[str] = Field(default_factory=list)
    """Nouns of events, matched by stem where the language has ``endings``:
    elections, summits, meetings, votes, attacks, statements. ``word*``
    matches any continuation; ``*word`` any word ending so (German
    compounds: ``*wahlen`` finds ``Präsidentschaftswahlen``)."""
    links: list[str] = Field(default_factory=list)
    """Words between such a noun (and up to a few words qualifying it) and a
    date that make the date the noun's: ``of``, ``vom``, ``du``, ``del``."""
    day_links: list[str] = Field(default_factory=list)
    """Links that bind only a date with its day and month, not a weekday
    ("the election on 9 August", but "discussed the vote on Tuesday" may
    date the call): ``on``, ``am``."""
    dated: list[str] = Field(default_factory=list)
    """Words that make the date after them a document's or event's whatever
    noun comes before (Russian ``от``: "заявление ... от 1 октября")."""
    bare: bool = False
    """Whether a day-and-month date right after an event noun is the noun's
    (Russian and Ukrainian genitive: "выборов 9 августа")."""
    before: bool = False
    """Whether a date right before an event noun is the noun's (English
    "Sunday's election", "the 9 August vote")."""


class LanguageData(_Strict):
    """Everything readouts knows about one language, as data.

    Phrases are matched case-insensitively on word boundaries after the text
    has been normalised (straight quotes, plain hyphens, single spaces).
    Templates (``initiator_templates``) use ``{A}`` for the person who placed
    the call, ``{B}`` for the other participant, ``{I}`` for the writer of a
    first-person text (a signed post), ``{SIDE}`` for a country
    word (``French``, ``the U.S.``, ``французской``) and ``...`` for a gap
    of up to four words.
    """

    code: str = Field(pattern=LANG_PATTERN)
    name: str
    letters: str = Field(min_length=1)
    """The lower-case letters the language is written in, as single
    characters and ``x-y`` ranges (``a-zà-öø-ÿ``, ``а-яё``, ``一-鿿``). They
    tell languages apart by script, build the letter classes of the sentence
    splitter, and decide which words the stemmer touches."""
    spaces: bool = True
    """Whether words are separated by spaces. In a language without (Chinese,
    Japanese) every letter of ``letters`` that no spaced language uses is
    a token of its own, so phrases and names match as letter sequences."""
    sentence_stops: str = ".!?"
    """Characters that end a sentence. In a cased, spaced language a stop
    ends a sentence before a space and a capital; in an uncased one (Arabic)
    before a space; in an unspaced one (``。``) at once."""
    line_continues: str = ""
    """Characters that, ending a line of this language's script, show that
    its sentence goes on at the next line (single characters and ``x-y``
    ranges, as in ``letters``): commas, opening quotes, particles, digits.
    Pages in a script without spaces may set one phrase per line ("菅総理大臣は、20"
    above "日夜、"), so a line ending with one is joined, without a space, to
    a next line that opens with a letter of such a script or a digit; a digit
    counts only glued to a letter or comma ("13:58" ends a date line). Empty
    where a line break is a writer's own (spaced scripts are unwrapped by width)."""
    endings: list[str] = Field(default_factory=list)
    """Inflectional endings the stemmer strips (the longest that leaves
    ``min_stem`` letters); empty for a language matched by whole words."""
    prefixes: list[str] = Field(default_factory=list)
    """Clitic prefixes a word of the text may carry before a word of the
    lexicons (Arabic ``و`` "and", ``ب`` "with", ``ال`` "the", ``بال``): a word
    that is no lexicon word is looked up again without each, longest first."""
    contractions: dict[str, str] = Field(default_factory=dict)
    """Words that fuse a preposition with an article (Portuguese ``do`` =
    ``de`` + ``o``, ``ao``, ``pelo``) -> the preposition: phrases and text
    match them as it, so ``a pedido de {A}`` also reads ``a pedido do
    presidente`` and ``da Silva`` is ``de Silva`` on both sides."""
    folds: dict[str, str] = Field(default_factory=dict)
    """Letters matched as another letter, in every text: variant spellings of
    one letter (Russian ``ё`` -> ``е``, Arabic ``أ`` -> ``ا``)."""
    apostrophe_suffixes: bool = False
    """Whether a word may take a suffix after an apostrophe that belongs to
    the word (Turkish ``Putin'le``, ``Erdoğan'ın``): the suffix is then no
    token of its own."""
    min_stem: int = Field(default=3, ge=1)
    """The fewest letters stemming leaves."""
    fillers: list[str] = Field(default_factory=list)
    """Words that may stand between a name and its title or country words
    (``the``, ``of``, ``von``, ``господин``). Those of every language apply
    to every text: names carry them across languages (``von der Leyen``)."""
    name_stops: list[str] = Field(default_factory=list)
    """Capitalised words that end a run of unknown name words (``The``, ``In``)."""
    title_prefixes: list[str] = Field(default_factory=list)
    """Words before a title that belong to it (``deputy``, ``vice``)."""
    ordinal_titles: list[str] = Field(default_factory=list)
    """One-word titles that are also ordinals (French ``premier``, borrowed
    from English): a title only when capitalised inside a sentence or
    followed by a country word or a name ("le premier indien", "le Premier
    britannique"), not in "leur premier échange"."""
    aide_words: list[str] = Field(default_factory=list)
    """Words for someone's staff before that someone's title (``adviser to``,
    ``doradca``, ``очільник канцелярії``): the name after the title is the
    aide's ("the head of the Polish president's chancellery, Krzysztof
    Szczerski"), who is no leader, not the title-holder."""
    abbreviations: list[str] = Field(default_factory=list)
    """Lower-case words that a full stop does not end a sentence after
    (``mr``, ``prof``, ``г``); those of every language apply everywhere."""
    byline_words: list[str] = Field(default_factory=list)
    """The word that opens a byline (``by``, ``par``, ``автор``)."""
    byline_desks: list[str] = Field(default_factory=list)
    """A byline that names a desk, not a person, as a line of its own
    (``by our correspondent``, ``par la rédaction``); every language's apply
    everywhere."""
    date_connectors: list[str] = Field(default_factory=list)
    """Words that may stand between a day, its month and its year
    (``de``, ``of``, ``am``); those of every language apply everywhere."""
    ordinal_suffixes: list[str] = Field(default_factory=list)
    """Letters after a day number (``st``, ``th``, ``er``); those of every
    language apply everywhere."""
    date_markers: dict[str, list[str]] = Field(default_factory=dict)
    """Words written after the numbers of a date (``year`` -> ``年``,
    ``month`` -> ``月``, ``day`` -> ``日``, ``号``): ``2025年2月24日``; and
    after the hour of a time of day (``hour`` -> ``時``): ``0時12分`` is a
    time, not twelve minutes. A day number alone (``28日``) is that day of
    the month of publication, unless a ``span`` word follows (``3日間``:
    three days)."""
    eras: dict[str, int] = Field(default_factory=dict)
    """Eras years are counted in -> the year before the era's first
    (``令和`` -> 2018, so ``令和2年`` is 2020). The first year may be a number
    word of ``numbers`` (``元``)."""
    weekdays_capitalised: bool = False
    """Whether a weekday counts only when capitalised: English and German
    spell weekdays with a capital, so a lower-case one is another word
    (``sunday`` in a URL, German ``morgens``)."""
    also: dict[str, dict[str, str]] = Field(default_factory=dict)
    """Other languages whose data also applies to texts in this language:
    language code -> key of the data (or ``countries``: the names and
    adjectives of ``countries.json``) -> ``all`` (every entry), ``phrases``
    (entries of several words) or ``names`` (entries with a digit or in
    capitals: ``G20``, ``IAEA``). Texts quote English outlets and carry
    English page furniture, so most languages borrow from English."""
    months: dict[str, int]
    """Lower-case month names, abbreviations and inflected forms -> 1..12."""
    weekdays: dict[str, int]
    """Lower-case weekday names and inflected forms -> 0 (Monday) .. 6."""
    relative_days: dict[str, int]
    """``today`` -> 0, ``yesterday`` -> -1, ``tomorrow`` -> 1 ..."""
    numbers: dict[str, float]
    """Number words used in durations (``two`` -> 2, ``a`` -> 1)."""
    hour_words: list[str]
    minute_words: list[str]
    duration_phrases: dict[str, int]
    """Fixed phrases -> minutes (``an hour and a half`` -> 90)."""
    offset_words: list[str] = Field(default_factory=list)
    """Words after a length of time that make it a point in time, not how
    long a call lasted (``three hours later``, ``deux heures plus tard``, ``3時間後``)."""
    offset_leads: list[str] = Field(default_factory=list)
    """Words before a length of time that do the same (``через два часа``,
    ``il y a deux heures``)."""
    phone_cues: list[str]
    """Words that report a telephone call (``phone call``, ``telephoned``)."""
    video_cues: list[str]
    """Words that report a video call (``videoconference``)."""
    talk_cues: list[str]
    """Words that report a conversation without naming its medium
    (``spoke with``); a call only when no in-person cue stands beside them."""
    plan_window: int = 8
    """How many words may stand between a planned cue and the call it governs
    ("will hold a telephone conversation"); 0 for the whole sentence, as in
    German, where the verb comes last ("wird ... telefonieren")."""
    false_cues: list[str] = Field(default_factory=list)
    """Phrases that contain a cue word but report no call (``called for``,
    ``so-called``); they are blanked before cues are looked for."""
    planned_cues: list[str]
    """Words that make a call future or hypothetical (``will hold``)."""
    negated_cues: list[str] = Field(default_factory=list)
    """Words that make a call one that did not happen (``did not``, ``no
    longer``, ``denied that``, ``used to``, ``ready to``, ``agreed to``): a
    call cue they stand before, in the same clause, reports no call."""
    negation_window: int = 4
    """How many words may stand between a negated cue and the call cue it
    governs ("did not hold a telephone conversation")."""
    negation_after: int = 0
    """How many words after a call cue a negated cue still governs it
    (German "telefonierte nicht mit"); 0 in languages that negate before the verb."""
    meeting_cues: list[str]
    """Words of in-person meetings (``met``, ``visit``, ``summit in``)."""
    habit_cues: list[str] = Field(default_factory=list)
    """Call words in the present tense (``speaks with``, ``spricht mit``): a
    body sentence whose only call words these are, and that names no day,
    tells of a habit ("he speaks with Biden about Iraq"), not a call; a
    headline, written in the present, still tells of one."""
    place_prepositions: list[str] = Field(default_factory=list)
    """Prepositions of place (``in``, ``à``, ``в``): "spoke with Macron in
    Bali", a talk with no phone or video word whose counterpart is named
    with a place after it, was held in person."""
    address_verbs: list[str] = Field(default_factory=list)
    """Verbs of one person telling another something (``told``, ``urged``):
    in a text that tells of no call and no meeting, one leader addressing
    another of another state ("Blinken told Lavrov on Tuesday...") is a
    call whose medium the text does not say."""
    joint_cues: list[str]
    """Words that make one conference of several participants
    (``joint``, ``trilateral``, ``between``)."""
    repeat_cues: list[str]
    """Words that mark a further, separate call (``again``, ``second call``)."""
    crowd_nouns: list[str] = Field(default_factory=list)
    """Plural nouns for leaders (``leaders``, ``dirigeants``, ``лидеров``):
    with a crowd word beside them, many callers whose names may follow."""
    crowd_words: list[str] = Field(default_factory=list)
    """Words that make a crowd of a crowd noun (``other``, ``many``, ``world``,
    ``de nombreux``, ``étrangers``): "many foreign leaders had a call with Trump"."""
    event_dates: EventDates = Field(default_factory=EventDates)
    """Event nouns and the words that give them a date (see ``EventDates``):
    such a date is not the day of the call the sentence tells."""
    since_words: list[str] = Field(default_factory=list)
    """Words right before a date that, in a call sentence, make it the day
    of an earlier contact ("the first call since 5 June", "dal 30 marzo")."""
    earlier_refs: list[str] = Field(default_factory=list)
    """Words that stand for earlier calls before their dates ("after those
    of 16 January", "après ceux du 16 janvier", "the last time they spoke was on")."""
    discussion_cues: list[str]
    """Verbs and nouns that report what was said in a call (``discussed``,
    ``agreed``, ``stressed``); they tie a sentence to the call."""
    group_refs: list[str]
    """Phrases that refer to the participants together (``the two leaders``,
    ``both sides``, ``они``)."""
    companion_words: list[str] = Field(default_factory=list)
    """Prepositions that put a person on the receiving side of a call
    (``with``, ``avec``, ``с``): the person after them is not the caller's
    side of the sentence."""
    conjunctions: list[str] = Field(default_factory=list)
    """``and`` words: they join two country words before a title ("Presidents
    of Russia and Azerbaijan")."""
    talks_nouns: list[str] = Field(default_factory=list)
    """Nouns for talks (``negotiations``, ``переговоры``): followed by "with"
    and a person ("talks with Putin") they mean a conversation, not a topic."""
    elect_words: list[str] = Field(default_factory=list)
    """Words that make a title elect ("president-elect", "président élu",
    "presidente electo"): the person has won office but not taken it."""
    then_words: list[str] = Field(default_factory=list)
    """Words that put a title in the past ("the then president-elect",
    "l'ancien président"): no elect title today."""
    counterpart_words: list[str]
    """``counterpart``, ``homologue``, ``коллега``."""
    initiator_templates: list[str]
    initiator_skips: list[str] = Field(default_factory=list)
    """Words an initiator template steps over between its parts, besides
    fillers, weekdays and relative days ("once", "again", "up": "Macron on
    Friday called up Putin" is ``{A} called {B}``)."""
    titles: dict[str, list[str]]
    """Role slug -> title words in this language, singular and inflected
    (``prime-minister`` -> ``prime minister``, ``premier``, ``PM``)."""
    home_titles: dict[str, str] = Field(default_factory=dict)
    """Titles that name the leader of the publishing state without naming
    the state (``President of the Republic`` -> ``president``)."""
    home_country: str | None = Field(default=None, pattern=COUNTRY_PATTERN)
    """The state a home title refers to when the source names none."""
    boilerplate: list[str]
    furniture_words: list[str] = Field(default_factory=list)
    """Words that anywhere in a short line mark it as furniture (``cookies``,
    ``newsletter``, ``all rights reserved``)."""
    stamp_words: list[str] = Field(default_factory=list)
    """Words of a page's date stamp (``Updated``, ``Publié le``,
    ``Aggiornato il``): the date beside them is the publication date."""
    tail_markers: list[str] = Field(default_factory=list)
    """Lines after which the rest of a page is furniture once the body has
    begun (``TRENDING``, ``Related Stories``, ``Читайте также``)."""
    reporting_cues: list[str] = Field(default_factory=list)
    """Words that attribute a statement to someone else (``according to``,
    ``a spokesman``, ``selon``): a text that uses them retells; an official
    readout speaks for itself (and may well say "Xi said")."""
    reporting_verbs: list[str] = Field(default_factory=list)
    """Verbs of a trailing reporting clause (``..., Albanese said``,
    ``..., a annoncé le bureau du Premier ministre``): a sentence whose last
    short clause has one retells someone else's statement."""
    aggregator_cues: list[str] = Field(default_factory=list)
    """Links to the original on another site ("Read more on", "Leggi su"):
    the page republishes someone else's story."""
    republished_cues: list[str] = Field(default_factory=list)
    """Words that, followed by an outlet's name, say the text is that
    outlet's copy ("reports citing", "based on material from", "is a
    reporter for", "сообщается на сайте"): the page republishes it. A
    phrase marks with ``{outlet}`` where the name stands when it does not
    follow ("{outlet}'nın haberine göre", "{outlet}によると", "据{outlet}报道")."""
    own_cues: list[str] = Field(default_factory=list)
    """Phrases by which an outlet names itself as the author of its text,
    ``{outlet}`` where its name stands ("{outlet} писало", "як повідомляло
    {outlet}", "w rozmowie z {outlet}"): a catalogued news outlet named so
    is the page's publisher, and what it cites it does not republish."""
    own_outlet_cues: list[str] = Field(default_factory=list)
    """Furniture in which a page names its own outlet, ``{outlet}`` where
    the name stands ("Log in to your {outlet} account", "Folgen Sie {outlet}
    auf", "{outlet} is part of the Trust Project"): read in the page's first
    and last lines, in every language whatever the text's. A label ending in
    a colon or a stop ("Photo: {outlet}", "Fot. {outlet}") heads a credit:
    the rest of its line, where only a catalogued outlet counts (a staff
    photographer's)."""
    stopwords: list[str] = Field(default_factory=list)
    """Frequent function words, for telling the six languages apart cheaply."""
    """Line openings that mark page furniture (``Also Read``, ``Lire aussi``)."""
    topics: dict[str, list[str]]
    """Topic label (see topics.json) -> keywords in this language. A keyword
    ending in ``*`` matches any word that begins with it; one written in
    capitals (``UN``) matches only where the text writes it so."""
    false_topics: list[str] = Field(default_factory=list)
    """Phrases in which a topic keyword means something else (``trade
    union``, ``minister of economy``, ``Security Council of Russia``): the
    words they cover give no topic."""
    venue_words: list[str] = Field(default_factory=list)
    """Words after which a topic keyword names where leaders met or will
    meet, not what they discussed ("on the sidelines of the G20", "en marge
    de l'Assemblée générale des Nations unies"): the few words after them
    give no topic."""
    background_words: list[str] = Field(default_factory=list)
    """Words that open a sentence of background, telling what happened
    before the call ("Previously", "Zuvor", "Ранее", "Нагадаємо"): such a
    sentence gives the call no topic."""

    @field_validator("also")
    @classmethod
    def _borrowing(cls, value: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
        keys = set(cls.model_fields) | {"countries"}
        for lang, borrowed in value.items():
            if len(lang) != 2 or not lang.islower():
                raise ValueError(f"not an ISO 639-1 code: {lang!r}")
            for key, mode in borrowed.items():
                if key not in keys:
                    raise ValueError(f"no such key to borrow: {key!r}")
                if mode not in BORROW_MODES:
                    raise ValueError(f"borrowing mode of {key!r} is none of {sorted(BORROW_MODES)}: {mode!r}")
        return value


class TimeZonesFile(_Strict):
    """The UTC offset of each state's seat of government."""

    version: int
    about: str = ""
    offsets: dict[str, float]
    """Country code (as in the countries file) -> standard UTC offset in hours."""
