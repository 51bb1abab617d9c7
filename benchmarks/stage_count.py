"""One stage of ``parse()`` alone over the seed articles, to count its instructions.

Run it twice under callgrind, with ``run`` and with ``warm``, and subtract: what is left is
the stage over its inputs (the normalised and analysed seeds, repeated to ``MB``), without
the start-up, the grammar's first build and the normalisation before it::

    PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=/dev/null \\
        python benchmarks/stage_count.py 0.2 quantities run

The stages: ``quantities`` (``find_quantities``, the scan and the grammar) and ``link``
(the entity linker). A fixed hash seed keeps the count steady from run to run.
"""

from __future__ import annotations

import argparse

from bench_parse import corpus

from cryptonews_parse import parse, quantities, textnorm
from cryptonews_parse.analysis import analyse
from cryptonews_parse.entities import link


def main() -> None:
    """Prepare the inputs, then run the stage over them when asked to."""
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("mb", type=float, help="corpus size in MB")
    options.add_argument("stage", choices=["quantities", "link"])
    options.add_argument("mode", choices=["run", "warm"], help="warm: prepare only")
    args = options.parse_args()
    texts = corpus(args.mb)
    for text in texts[:5]:  # build the grammar, the registry and the triggers
        parse(text)
    norms = [textnorm.normalise(text).text for text in texts]
    analyses = [analyse(norm) for norm in norms]
    if args.mode == "warm":
        return
    if args.stage == "quantities":
        for norm, analysis in zip(norms, analyses, strict=True):
            quantities.find_quantities(norm, analysis)
    else:
        for norm in norms:
            link(norm)


if __name__ == "__main__":
    main()
