"""Which lexicon phrases does any example need? Removes one phrase at a time.

For every phrase of every group in ``data/events.toml``, the events of a corpus are
extracted with a lexicon without that phrase and compared with the full lexicon's. A
phrase whose removal changes nothing is needed by no example: it is either covered by
another phrase or waiting for an example (issue 9, "lexicon hygiene"). The corpus is the
lexicon's own examples and counter-examples and the sentences of
tests/test_events_families.py; ``--devset DIR`` adds the development set's articles
(never the seeds, whose rules this is meant to question).

Run: ``python scripts/lexicon_ablation.py [--devset ../shared/devset] [--group NAME]``.
"""

from __future__ import annotations

import argparse
import copy
import sys
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

from cryptonews_parse import events, quantities, spin, textnorm
from cryptonews_parse.entities import link
from cryptonews_parse.events.lexicon import compile_lexicon
from cryptonews_parse.model import JSONValue

ROOT = Path(__file__).resolve().parents[1]


def corpus(devset: Path | None) -> list[str]:
    """The texts the phrases are weighed on."""
    data = tomllib.loads(
        resources.files("cryptonews_parse").joinpath("data", "events.toml").read_text()
    )
    texts = [
        sentence
        for group in data["groups"].values()
        for sentence in [*group.get("examples", []), *group.get("counter_examples", [])]
    ]
    sys.path.insert(0, str(ROOT / "tests"))
    import test_events_families as families

    for name in (
        "LIQUIDATIONS",
        "NOT_LIQUIDATIONS",
        "PRICES",
        "METRICS",
        "FLOWS",
        "TRANSFERS_AND_HACKS",
    ):
        texts += [param.values[0] for param in getattr(families, name)]
    if devset is not None:
        texts += [
            p.read_text(encoding="utf-8") for p in sorted((devset / "articles").glob("*.txt"))
        ]
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devset", type=Path, help="a development set folder to add")
    parser.add_argument("--group", help="weigh only this group's phrases")
    args = parser.parse_args()
    data = tomllib.loads(
        resources.files("cryptonews_parse").joinpath("data", "events.toml").read_text()
    )
    inputs = []
    for text in corpus(args.devset):
        norm = textnorm.normalise(text)
        found = spin.resolve_cardinals(norm, quantities.find_quantities(norm.text))
        inputs.append((norm.text, found, link(norm.text)))

    def outputs(table: dict[str, Any]) -> list[list[dict[str, JSONValue]]]:
        lexicon = compile_lexicon(table)
        return [[e.to_dict() for e in events.extract(*item, lexicon=lexicon)] for item in inputs]

    baseline = outputs(data)
    unneeded: list[tuple[str, str]] = []
    groups = data["groups"]
    for name, group in sorted(groups.items()):
        if args.group and name != args.group:
            continue
        for phrase in group["words"]:
            table = copy.deepcopy(data)
            table["groups"][name]["words"] = [w for w in group["words"] if w != phrase]
            if not table["groups"][name]["words"]:
                continue
            if outputs(table) == baseline:
                unneeded.append((name, phrase))
    print(f"{len(inputs)} texts; {len(unneeded)} phrases no text needs:")
    for name, phrase in unneeded:
        print(f"  {name:16} {phrase}")


if __name__ == "__main__":
    main()
