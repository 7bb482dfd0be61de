"""A generated corpus of readout-like pages for the benchmark.

Every page is built from templates in the six languages, with leaders drawn
from the gazetteer and page furniture around the body, to a target size of
0.5-20 KB. The generator is seeded: the same corpus every run.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from readouts import lexicon

OPENINGS = {
    "en": [
        "{A}, {ra} of {ca}, had a telephone conversation with {B}, {rb} of {cb}, on {wd}.",
        "{ca} leader {A} spoke by phone with {B} on {wd}, his office said.",
        "WASHINGTON, {month} {day} (Reuters) - {A} and {B} held a video call on {wd} to discuss {t1} and {t2}.",
    ],
    "fr": [
        "Le président {A} s'est entretenu par téléphone avec {B} ce {wd}, a indiqué son cabinet.",
        "PARIS, {day} {month} (AFP) - {A} et {B} ont eu un entretien téléphonique portant sur {t1}.",
    ],
    "it": [
        "Roma, {day} {month} (ANSA) - {A} ha avuto una conversazione telefonica con {B}, su iniziativa della parte italiana.",
        "Colloquio telefonico oggi tra {A} e {B}: al centro {t1} e {t2}.",
    ],
    "de": [
        "BERLIN (dpa) - {A} hat am {wd} mit {B} telefoniert, teilte ein Regierungssprecher mit.",
        "{A} und {B} sprachen in einer Videokonferenz über {t1}.",
    ],
    "es": [
        "MADRID, {day} de {month} (EFE) - {A} mantuvo una conversación telefónica con {B} durante 45 minutos.",
        "{A} habló por teléfono con {B} sobre {t1} y {t2}.",
    ],
    "ru": [
        "МОСКВА, {day} {month}. /ТАСС/. {A} провел телефонный разговор с {B} по инициативе {cb_adj} стороны.",
        "Состоялся телефонный разговор {A} с {B}. Обсуждены {t1} и {t2}.",
    ],
}
FOLLOW = {
    "en": [
        "The two leaders discussed {t1} and agreed to stay in close contact.",
        "They also exchanged views on {t2}, according to the readout.",
        "The call lasted more than an hour and a half.",
        "Relations between the two countries have been strained since {year}, analysts say.",
    ],
    "fr": ["Les deux dirigeants ont évoqué {t1} et sont convenus de rester en contact.", "L'entretien a duré une heure et demie."],
    "it": ["I due leader hanno discusso di {t1} e hanno concordato di proseguire i contatti.", "Il colloquio è durato un'ora e mezza."],
    "de": ["Beide betonten die Bedeutung von {t1}.", "Das Gespräch dauerte knapp eine Stunde."],
    "es": ["Ambos mandatarios abordaron {t1} y acordaron mantener el diálogo.", "La llamada duró una hora y media."],
    "ru": ["Стороны обсудили {t1} и договорились продолжить контакты.", "Разговор продолжался более полутора часов."],
}
TOPICS = {
    "en": ["the situation in Ukraine", "trade and investment", "energy security", "the ceasefire in Gaza", "climate finance", "migration"],
    "fr": ["la situation en Ukraine", "le commerce", "la sécurité énergétique", "le cessez-le-feu à Gaza", "le climat"],
    "it": ["la situazione in Ucraina", "il commercio", "la sicurezza energetica", "la crisi migratoria", "il clima"],
    "de": ["die Lage in der Ukraine", "den Handel", "die Energiesicherheit", "den Klimaschutz"],
    "es": ["la situación en Ucrania", "el comercio", "la seguridad energética", "la migración", "el clima"],
    "ru": ["ситуацию на Украине", "торгово-экономическое сотрудничество", "энергетику", "ситуацию в секторе Газа"],
}
MONTHS = {
    "en": ["March", "May", "October"], "fr": ["mars", "mai", "octobre"], "it": ["mar.", "mag.", "ott."],
    "de": ["März", "Mai", "Oktober"], "es": ["marzo", "mayo", "octubre"], "ru": ["марта", "мая", "октября"],
}
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Friday"], "fr": ["lundi", "mardi", "vendredi"], "it": ["lunedì", "martedì"],
    "de": ["Montag", "Dienstag", "Freitag"], "es": ["lunes", "martes"], "ru": ["понедельник", "вторник"],
}
FURNITURE = [
    "Home | World | Politics | Business | Opinion",
    "Share on Facebook  Share on X  Copy link",
    "Subscribe to our newsletter for the day's top stories.",
    "TRENDING",
    "1\nStorm closes schools across the north\n2\nMarkets rally after the rate decision",
    "Related Stories\n- Finance ministers meet in Brussels\n- Election results due on Sunday",
    "© 2025 Example Media. All rights reserved. Privacy Policy | Terms of use",
    "We use cookies to improve your experience. Accept | Refuse",
]


def _names(lang: str) -> list[tuple[str, str]]:
    people = []
    for leader in lexicon.leaders().leaders:
        if lang == "ru":
            cyrillic = [a for a in leader.aliases if any("\u0400" <= c <= "\u04ff" for c in a) and " " in a]
            if cyrillic:
                people.append((cyrillic[0], leader.country))
        else:
            people.append((leader.name, leader.country))
    return people


def generate(n: int = 2000, seed: int = 7) -> Iterator[str]:
    """Yield ``n`` pages of 0.5-20 KB, deterministically."""
    rnd = random.Random(seed)
    langs = sorted(OPENINGS)
    pools = {lang: _names(lang) for lang in langs}
    for _ in range(n):
        lang = rnd.choice(langs)
        target = int(rnd.triangular(500, 20_000, 2_500))
        (a, ca), (b, cb) = rnd.sample(pools[lang], 2)
        t1, t2 = rnd.sample(TOPICS[lang], 2)
        fill = {
            "A": a, "B": b, "ca": ca, "cb": cb, "ra": "President", "rb": "Prime Minister", "t1": t1, "t2": t2,
            "wd": rnd.choice(WEEKDAYS[lang]), "month": rnd.choice(MONTHS[lang]), "day": rnd.randint(1, 28),
            "year": rnd.randint(2015, 2024), "cb_adj": "французской",
        }
        parts = [rnd.choice(FURNITURE), rnd.choice(OPENINGS[lang]).format(**fill)]
        while sum(len(p) for p in parts) < target:
            parts.append(rnd.choice(FOLLOW[lang]).format(**fill))
            if rnd.random() < 0.15:
                parts.append(rnd.choice(FURNITURE))
        yield "\n\n".join(parts)[: max(target, 500)]


REPORTED = {
    "en": [
        "{A} said {t1} would be discussed again when ministers meet in {month}, {n} days from now.",
        "According to officials in {ca}, the talks on {t2} made progress after {n} rounds since {year}.",
        "A spokesman for {B} told reporters that {t1} remained the main concern of {cb} this {wd}.",
        "Analysts in {ca} noted that {n} agreements on {t2} have been signed since {year}.",
        "{B} thanked {A} for the support of {ca} and invited him to visit {cb} in {month}.",
    ],
    "fr": [
        "{A} a souligné que {t1} serait de nouveau abordée lors de la réunion de {month}, dans {n} jours.",
        "Selon des sources à {ca}, les discussions sur {t2} ont progressé après {n} séries depuis {year}.",
        "Un porte-parole de {B} a déclaré que {t1} restait la principale préoccupation ce {wd}.",
    ],
    "it": [
        "{A} ha sottolineato che {t1} sarà di nuovo discussa nella riunione di {month}, tra {n} giorni.",
        "Secondo fonti di {ca}, i negoziati su {t2} hanno fatto progressi dopo {n} incontri dal {year}.",
        "Un portavoce di {B} ha detto che {t1} resta la preoccupazione principale questo {wd}.",
    ],
    "de": [
        "{A} betonte, dass {t1} beim Treffen im {month} in {n} Tagen erneut besprochen werde.",
        "Nach Angaben aus {ca} kamen die Gespräche über {t2} nach {n} Runden seit {year} voran.",
        "Ein Sprecher von {B} sagte am {wd}, {t1} bleibe die größte Sorge.",
    ],
    "es": [
        "{A} subrayó que {t1} se volverá a tratar en la reunión de {month}, dentro de {n} días.",
        "Según fuentes de {ca}, las conversaciones sobre {t2} avanzaron tras {n} rondas desde {year}.",
        "Un portavoz de {B} dijo este {wd} que {t1} sigue siendo la principal preocupación.",
    ],
    "ru": [
        "{A} отметил, что {t1} будет вновь обсуждаться на встрече в {month} через {n} дней.",
        "По данным источников, переговоры по теме {t2} продвинулись после {n} раундов с {year} года.",
        "Представитель {B} заявил в {wd}, что {t1} остаётся главной темой.",
    ],
}


def generate_real_shaped(
    n: int = 300, seed: int = 11, low: int = 1_000, high: int = 8_000, furniture: bool = True
) -> Iterator[str]:
    """Yield ``n`` pages of ``low``-``high`` bytes shaped like real ones:
    every sentence distinct (fresh names, numbers and topics in each), a
    body that is most of the page (a menu line above, a tail marker and
    one related-stories block below), paragraphs of two to four sentences.
    Deterministic."""
    rnd = random.Random(seed)
    langs = sorted(OPENINGS)
    pools = {lang: _names(lang) for lang in langs}

    def fill(lang: str) -> dict[str, object]:
        (a, ca), (b, cb) = rnd.sample(pools[lang], 2)
        t1, t2 = rnd.sample(TOPICS[lang], 2)
        return {
            "A": a, "B": b, "ca": ca, "cb": cb, "ra": "President", "rb": "Prime Minister", "t1": t1, "t2": t2,
            "wd": rnd.choice(WEEKDAYS[lang]), "month": rnd.choice(MONTHS[lang]), "day": rnd.randint(1, 28),
            "year": rnd.randint(1995, 2024), "cb_adj": "французской", "n": rnd.randint(2, 999),
        }

    for _ in range(n):
        lang = rnd.choice(langs)
        target = rnd.randint(low, high)
        head = fill(lang)
        seen: set[str] = set()
        paragraphs = [rnd.choice(OPENINGS[lang]).format(**head)]
        size = len(paragraphs[0].encode())
        while size < target * 0.9:
            sentences = []
            for _ in range(rnd.randint(2, 4)):
                template = rnd.choice(FOLLOW[lang] + REPORTED[lang] * 2)
                sentence = template.format(**{**fill(lang), "A": head["A"], "B": head["B"]})
                if sentence not in seen:
                    seen.add(sentence)
                    sentences.append(sentence)
            if sentences:
                paragraphs.append(" ".join(sentences))
                size += len(paragraphs[-1].encode()) + 2
        yield "\n\n".join([FURNITURE[0], *paragraphs, "TRENDING", FURNITURE[5]] if furniture else paragraphs)
