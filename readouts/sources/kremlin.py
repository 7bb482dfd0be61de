"""The Kremlin (kremlin.ru) and translations of its readouts."""

from __future__ import annotations

from .official import OfficeParser


class KremlinParser(OfficeParser):
    """Readouts of the President of Russia, in Russian, English or translated
    (``(Fonte: kremlin.ru)``)."""

    id = "kremlin"
    name = "President of Russia"
    domains = ("kremlin.ru",)
    priority = 0.6
    country = "RU"
