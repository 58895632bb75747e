"""Agreement between two readings of one voice set, and the package against each (issue 13).

Usage (from the project root)::

    .venv/bin/python benchmarks/voices_agreement.py FIRST.json SECOND.json [--list]

``FIRST`` and ``SECOND`` label the same passages (same ids, same sentence texts, in order) in the
format of ``data/voices_README.md``, read independently by two annotators. The script prints

- how often the two readings agree on the voice, with Cohen's kappa
  (:func:`sklearn.metrics.cohen_kappa_score`), and on the speaker of the sentences both read as
  someone's words (a shared content word or the same actor, the measure of
  ``benchmarks/voices.py``): the ceiling a model can be expected to reach against one reading;
- the package against each reading, and on the sentences where the two agree (the voice where
  both give the same one; the speaker where both read someone's words and name the same source).

``--list`` prints the sentences the two readings disagree on.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sklearn.metrics import cohen_kappa_score

sys.path.insert(0, str(Path(__file__).resolve().parent))

from voices import (  # noqa: E402
    WORDS_VOICES,
    Score,
    Sentence,
    actor_right,
    align,
    gold_passages,
    predictions,
    share,
    speaker_word_right,
)


@dataclass(frozen=True)
class Pair:
    """One sentence as the two readings label it, with its passage id."""

    passage: str
    first: Sentence
    second: Sentence

    @property
    def voice_agrees(self) -> bool:
        """Whether both readings give the same voice."""
        return self.first.voice == self.second.voice

    @property
    def both_words(self) -> bool:
        """Whether both readings take the sentence as someone's words."""
        return self.first.voice in WORDS_VOICES and self.second.voice in WORDS_VOICES

    @property
    def speaker_agrees(self) -> bool:
        """Whether both read someone's words and name the same source (word or actor)."""
        return self.both_words and same_speaker(self.first, self.second)


def same_speaker(gold: Sentence, other: Sentence) -> bool:
    """The speaker measure of ``benchmarks/voices.py``: a shared content word or the same actor."""
    return speaker_word_right(gold.speaker, other.speaker) or actor_right(gold.actor, other.actor)


def sentences(passage: dict[str, Any]) -> list[Sentence]:
    """The labelled sentences of one passage, in order."""
    return [Sentence(s["text"], s["voice"], s["speaker"] or "", s["actor"] or "")
            for para in passage["paragraphs"] for s in para]


def pair_sets(first: Path, second: Path) -> tuple[list[dict[str, Any]], list[Pair]]:
    """The first file's passages and every sentence paired with its second reading; a clear
    error naming the second file and the passage when the two do not label the same text."""
    a, b = gold_passages(first), gold_passages(second)
    by_id = {p["id"]: p for p in b}
    pairs: list[Pair] = []
    for p in a:
        if p["id"] not in by_id:
            raise SystemExit(f"{second}: passage {p['id']} of {first} is missing")
        mine, theirs = sentences(p), sentences(by_id[p["id"]])
        if [s.text for s in mine] != [s.text for s in theirs]:
            raise SystemExit(f"{second}: passage {p['id']} has other sentences than {first}")
        pairs += [Pair(p["id"], x, y) for x, y in zip(mine, theirs, strict=True)]
    if len(b) != len(a):
        raise SystemExit(f"{second}: {len(b)} passages, {first} has {len(a)}")
    return a, pairs


def annotator_lines(pairs: Sequence[Pair]) -> list[str]:
    """The agreement of the two readings, as printed."""
    n = len(pairs)
    kappa = cohen_kappa_score([p.first.voice for p in pairs], [p.second.voice for p in pairs])
    words = [p for p in pairs if p.both_words]
    return [f"readings: {n} sentences",
            f"  voice agreement: {share(sum(p.voice_agrees for p in pairs), n)}; "
            f"Cohen's kappa {kappa:.3f}",
            f"  speaker agreement where both read someone's words ({len(words)}): "
            f"{share(sum(p.speaker_agrees for p in words), len(words))}"]


def predicted_pairs(passages: list[dict[str, Any]], pairs: Sequence[Pair]
                    ) -> list[tuple[Pair, Sentence | None]]:
    """Each pair with the package's aligned sentence (None where segmentation differs)."""
    predicted = predictions(passages)
    out: list[tuple[Pair, Sentence | None]] = []
    for p in passages:
        mine = [x for x in pairs if x.passage == p["id"]]
        pred = predicted[p["id"]]
        for x, k in zip(mine, align([x.first.text for x in mine], [s.text for s in pred]),
                        strict=True):
            out.append((x, None if k is None else pred[k]))
    return out


def package_lines(scored: Sequence[tuple[Pair, Sentence | None]]) -> list[str]:
    """The package against each reading and against the sentences the readings agree on."""
    lines = []
    for name, pick in (("first", lambda x: x.first), ("second", lambda x: x.second)):
        score = Score()
        for pair, predicted in scored:
            score.add(pick(pair), predicted)
        lines.append(f"package vs {name} reading: voice {share(score.voice_agree, score.aligned)}"
                     f"; speaker either {share(score.either, score.words)}")
    voice = [(x, s) for x, s in scored if s is not None and x.voice_agrees]
    speaker = [(x, s) for x, s in voice if x.speaker_agrees]
    lines.append("package where the readings agree: voice "
                 f"{share(sum(s.voice == x.first.voice for x, s in voice), len(voice))}; speaker "
                 f"either {share(sum(same_speaker(x.first, s) for x, s in speaker), len(speaker))}")
    return lines


def disagreement_lines(pairs: Sequence[Pair]) -> list[str]:
    """Every sentence the readings disagree on (voice, or speaker where both read words)."""
    out = []
    for p in pairs:
        if p.voice_agrees and (not p.both_words or p.speaker_agrees):
            continue
        out += [f"[{p.passage}] first {p.first.voice} {p.first.speaker!r}; "
                f"second {p.second.voice} {p.second.speaker!r}", f"  {p.first.text}"]
    return out


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the process exit code."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("first", type=Path, metavar="FIRST.json")
    ap.add_argument("second", type=Path, metavar="SECOND.json")
    ap.add_argument("--list", action="store_true", help="print the sentences they disagree on")
    args = ap.parse_args(argv)
    passages, pairs = pair_sets(args.first, args.second)
    print("\n".join(annotator_lines(pairs) + package_lines(predicted_pairs(passages, pairs))))
    if args.list:
        print("\n".join(disagreement_lines(pairs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
