"""Register a parser for a source readouts does not know.

Hungary's foreign ministry is not in the catalogue: a parser that recognises
its pages gives them their own source id and kind, and says whose office
speaks; extraction is the shared one.
Run: python examples/custom_parser.py
"""

from __future__ import annotations

import readouts


class HungaryMfaParser(readouts.SourceParser):
    id = "mfa-hungary"
    name = "Ministry of Foreign Affairs and Trade of Hungary"
    kind = "official"
    domains = ("kormany.hu",)
    priority = 0.5

    def score(self, doc: readouts.Document) -> float:
        return 1.0 if "Ministry of Foreign Affairs and Trade of Hungary" in doc.full else 0.0

    def source(self, doc: readouts.Document) -> readouts.Source:
        return readouts.Source(id=self.id, name=self.name, kind=self.kind)

    def host_country(self, doc: readouts.Document) -> str:
        return "HU"


def main() -> None:
    readouts.register(HungaryMfaParser)
    text = (
        "Ministry of Foreign Affairs and Trade of Hungary\n"
        "On 3 May 2024 Foreign Minister Péter Szijjártó held a telephone conversation with Sergey Lavrov, "
        "Minister of Foreign Affairs of Russia, at the request of the Russian side. They discussed gas supplies."
    )
    readout = readouts.parse(text)
    print(readout.source)
    for call in readout.calls:
        print([p.name for p in call.participants], call.date, call.initiator, call.topics)


if __name__ == "__main__":
    main()
