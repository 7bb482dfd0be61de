"""The Élysée (elysee.fr) and translations of its readouts."""

from __future__ import annotations

from .official import OfficeParser


class ElyseeParser(OfficeParser):
    """Readouts of the French presidency, in French or English ("Le Président
    de la République s'est entretenu par téléphone avec...")."""

    id = "elysee"
    name = "Présidence de la République française"
    domains = ("elysee.fr",)
    priority = 0.6
    country = "FR"
