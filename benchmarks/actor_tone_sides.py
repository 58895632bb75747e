"""Count the tone labels a reader would question first, on any corpus: positive labels for the
allies' adversaries and negative labels for the allies.

Usage (from the project root)::

    .venv/bin/python benchmarks/actor_tone_sides.py CORPUS [CORPUS ...] [--list]

Each ``CORPUS`` is anything :func:`analysis.corpus.load_corpus` reads (a folder of ``.txt``
files, a table). For each it runs :func:`analysis.metrics.actor_tone.actor_tone` with the
shipped default model and prints, per actor, the number of *positive* labels of
:data:`ADVERSARIES` (North Korea, Kim Jong Un, KCNA, China, Russia) and of *negative* labels of
:data:`ALLIES` (the United States, South Korea, Japan, their leaders and organs), with the
mention counts and, for the adversaries, how many of those positives carry an adverse role
(:data:`analysis.metrics.target_tone.ROLES`: such a label would be ``uncertain``, so it is 0 by
construction). ``--list`` prints each such mention with its role, probabilities and sentence,
for reading by hand: whether each label is right is a reader's call (``docs/benchmarks.md``
gives the hand verdicts on the local real-coverage sets, whose text is never copied here).
"""

from __future__ import annotations

import argparse
import sys

ADVERSARIES = ("North Korea", "Kim Jong Un", "KCNA", "China", "Russia")
"""Actors whose *positive* labels are counted."""

ALLIES = ("United States", "South Korea", "Japan", "Joe Biden", "Yoon Suk Yeol", "Antony Blinken",
          "John Kirby", "Lloyd Austin", "Pentagon", "State Department", "White House", "USFK",
          "Joint Chiefs of Staff")
"""Actors whose *negative* labels are counted."""


def side_rows(table, actors: tuple[str, ...], label: str):
    """The rows of an :func:`~analysis.metrics.actor_tone.actor_tone` table for ``actors``
    labelled ``label``."""
    return table[table["actor"].isin(actors) & (table["tone_label"] == label)]


def report(name: str, table, list_rows: bool) -> None:
    """Print the counts (and with ``list_rows`` the mentions) of one corpus."""
    from analysis.metrics.target_tone import ROLES

    for side, actors, label in (("adversary", ADVERSARIES, "positive"),
                                ("ally", ALLIES, "negative")):
        rows = side_rows(table, actors, label)
        mentions = table[table["actor"].isin(actors)]
        per_actor = rows["actor"].value_counts().sort_index().to_dict()
        extra = ""
        if label == "positive":
            extra = f", with an adverse role {int(rows['role'].isin(ROLES).sum())}"
        print(f"{name}: {side} {label} {len(rows)} of {len(mentions)} mentions{extra}; "
              f"per actor {per_actor}")
        if list_rows:
            for r in rows.itertuples(index=False):
                print(f"  {r.doc_id} s{r.sentence} [{r.actor} | {r.matched}] role={r.role or '-'}"
                      f" p+={r.p_positive:.2f} p-={r.p_negative:.2f} :: {r.text}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="+")
    parser.add_argument("--list", action="store_true", help="print each counted mention")
    args = parser.parse_args(argv)

    from analysis.corpus import load_corpus
    from analysis.metrics.actor_tone import actor_tone

    for path in args.corpora:
        report(path, actor_tone(load_corpus(path)), args.list)
    return 0


if __name__ == "__main__":
    sys.exit(main())
