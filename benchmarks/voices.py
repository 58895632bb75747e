"""Voice, speaker and actor on the team's blind sets of Washington Declaration coverage (issue 13).

Usage (from the project root)::

    .venv/bin/python benchmarks/voices.py [--set dev|heldout|c|d|e|both|all|blind|studied]
                                          [--file SET.json ...] [--errors]

Reads ``data/voices_dev.json`` (set A), ``data/voices_heldout.json`` (set B) and
``data/voices_heldout_c.json`` (set C), ``data/voices_heldout_e.json`` (set E; ``both`` is A and
B, ``all`` adds C and E, ``blind`` is B, C and E) and ``data/voices_dev_d.json`` (set D, a
second studied set; ``studied`` is A and D), or with ``--file`` any file of the same format
(a set kept outside the repository, say), described in
``data/voices_README.md``: each passage becomes one ``.txt`` file in a temporary folder, read
with :func:`analysis.corpus.load_corpus` (the path ``python -m analysis export`` takes). The
gold sentences are aligned with the package's sentences of the same document by their text
(whitespace normalised, in order); a gold sentence with no identical predicted sentence is a
segmentation mismatch, counted and listed apart and left out of the scores.

Per set it prints the voice agreement (aligned sentences whose predicted voice equals the gold
one) and, among aligned sentences whose gold voice is someone's words (``quoted`` or
``speech``), speaker right three ways: the predicted speaker shares a content word with the gold
speaker (or is the same words: ``he`` for ``he``); the predicted actor equals the gold actor;
either of the two (the issue's measure).
``--errors`` prints every disagreement and every mismatch. Sets B, C and E are for scoring only:
their errors are not studied (see the data README).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.corpus import load_corpus  # noqa: E402

SETS = {"dev": ROOT / "data" / "voices_dev.json",
        "heldout": ROOT / "data" / "voices_heldout.json",
        "c": ROOT / "data" / "voices_heldout_c.json",
        "d": ROOT / "data" / "voices_dev_d.json",
        "e": ROOT / "data" / "voices_heldout_e.json"}
GROUPS = {"both": ("dev", "heldout"), "all": ("dev", "heldout", "c", "e"),
          "blind": ("heldout", "c", "e"), "studied": ("dev", "d")}
WORDS_VOICES = frozenset({"quoted", "speech"})
"""Gold voices that are someone's words, the sentences speaker right is measured on."""

STOP_WORDS = frozenset("""he she they it we i you him her them us his its their the a an of and mr
    mrs ms dr president s to in for on at by who that this these those some many other another one
    two both former new""".split())
"""Words ignored when a predicted speaker is compared with a gold one (the rule of the PolNeAR
scorer, ``benchmarks/attribution.py``)."""


@dataclass(frozen=True)
class Sentence:
    """One gold sentence of a passage, or one predicted sentence of the package."""

    text: str
    voice: str
    speaker: str = ""
    actor: str = ""


def content_words(text: str | None) -> set[str]:
    """The lower-case words and numbers of ``text`` outside :data:`STOP_WORDS`."""
    return set(re.findall(r"[a-z0-9]+", (text or "").lower())) - STOP_WORDS


def speaker_word_right(gold: str | None, predicted: str | None) -> bool:
    """Whether the predicted speaker shares a content word with the gold speaker, or both are
    the same words (``he`` for ``he``: a source the passage names only by a pronoun)."""
    same = bool(gold) and (gold or "").strip().casefold() == (predicted or "").strip().casefold()
    return same or bool(content_words(gold) & content_words(predicted))


def actor_right(gold: str | None, predicted: str | None) -> bool:
    """Whether the predicted actor equals the (non-empty) gold actor, ignoring case and spaces."""
    g, p = (" ".join((x or "").split()).casefold() for x in (gold, predicted))
    return bool(g) and g == p


def normalise(text: str) -> str:
    """``text`` with runs of whitespace as one space, stripped: the key sentences align on."""
    return " ".join(text.split())


def align(gold: Sequence[str], predicted: Sequence[str]) -> list[int | None]:
    """For each gold sentence, the index of the identical predicted sentence (same order), or
    None when segmentation differs there."""
    g = [normalise(t) for t in gold]
    p = [normalise(t) for t in predicted]
    out: list[int | None] = [None] * len(g)
    matcher = SequenceMatcher(a=g, b=p, autojunk=False)
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            out[block.a + k] = block.b + k
    return out


@dataclass
class Score:
    """Counts of one set: sentences, mismatches, voice agreement and speaker right."""

    sentences: int = 0
    mismatched: int = 0
    voice_agree: int = 0
    words: int = 0
    speaker_word: int = 0
    actor: int = 0
    either: int = 0

    @property
    def aligned(self) -> int:
        """Gold sentences aligned with a predicted sentence."""
        return self.sentences - self.mismatched

    def add(self, gold: Sentence, predicted: Sentence | None) -> list[str]:
        """Count one gold sentence against its aligned prediction (None: a mismatch); return
        the names of the checks it fails (``voice``, ``speaker``), or ``["segmentation"]``."""
        self.sentences += 1
        if predicted is None:
            self.mismatched += 1
            return ["segmentation"]
        failed = []
        if predicted.voice == gold.voice:
            self.voice_agree += 1
        else:
            failed.append("voice")
        if gold.voice in WORDS_VOICES:
            self.words += 1
            by_word = speaker_word_right(gold.speaker, predicted.speaker)
            by_actor = actor_right(gold.actor, predicted.actor)
            self.speaker_word += by_word
            self.actor += by_actor
            self.either += by_word or by_actor
            if not (by_word or by_actor):
                failed.append("speaker")
        return failed


def share(k: int, n: int) -> str:
    """``k/n = 0.xxx`` (``k/0`` when there is nothing to divide by)."""
    return f"{k}/{n} = {k / n:.3f}" if n else f"{k}/0"


def gold_passages(path: Path) -> list[dict[str, Any]]:
    """The passages of one set file; a clear error naming the file when it is malformed."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        passages = data["passages"]
        for p in passages:
            for para in p["paragraphs"]:
                for s in para:
                    if not s["text"].strip() or s["voice"] not in {"quoted", "authorial",
                                                                     "speech", "stage"}:
                        raise ValueError(f"passage {p['id']}: bad sentence {s!r}")
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise SystemExit(f"{path}: {err}") from err
    return passages


def passage_text(passage: dict[str, Any]) -> str:
    """A passage's document text: sentences joined by a space, paragraphs by a blank line."""
    return "\n\n".join(" ".join(s["text"] for s in para) for para in passage["paragraphs"])


def predictions(passages: list[dict[str, Any]]) -> dict[str, list[Sentence]]:
    """The package's sentences of every passage, keyed by passage id, read through
    :func:`analysis.corpus.load_corpus` from temporary ``.txt`` files."""
    with tempfile.TemporaryDirectory() as tmp:
        for p in passages:
            (Path(tmp) / f"{p['id']}.txt").write_text(passage_text(p) + "\n", encoding="utf-8")
        table = load_corpus(tmp, errors="raise").sentences()
    out: dict[str, list[Sentence]] = {p["id"]: [] for p in passages}
    for row in table.sort_values(["doc_id", "sentence"]).itertuples(index=False):
        out[row.doc_id].append(Sentence(row.text, row.voice, row.speaker or "", row.actor or ""))
    return out


def score_set(passages: list[dict[str, Any]]) -> tuple[Score, list[str]]:
    """Score one set; return the counts and the error lines (disagreements, mismatches)."""
    score, errors = Score(), []
    predicted = predictions(passages)
    for p in passages:
        gold = [Sentence(s["text"], s["voice"], s["speaker"] or "", s["actor"] or "")
                for para in p["paragraphs"] for s in para]
        pred = predicted[p["id"]]
        for g, k in zip(gold, align([s.text for s in gold], [s.text for s in pred]),
                        strict=True):
            a = None if k is None else pred[k]
            failed = score.add(g, a)
            if failed:
                got = "no identical sentence" if a is None else \
                    f"predicted {a.voice} speaker={a.speaker!r} actor={a.actor!r}"
                errors += [f"{'+'.join(failed).upper()} [{p['id']}] gold {g.voice} "
                           f"speaker={g.speaker!r} actor={g.actor!r}; {got}", f"  {g.text}"]
    return score, errors


def report_lines(name: str, s: Score) -> list[str]:
    """The printed summary of one set."""
    return [f"set {name}: {s.sentences} gold sentences, {s.aligned} aligned, "
            f"{s.mismatched} segmentation mismatches",
            f"  voice agreement: {share(s.voice_agree, s.aligned)}",
            f"  speaker right on someone's words ({s.words} sentences): "
            f"content word {share(s.speaker_word, s.words)}; actor {share(s.actor, s.words)}; "
            f"either {share(s.either, s.words)}"]


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the process exit code."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=(*SETS, *GROUPS), default="both")
    ap.add_argument("--file", nargs="+", type=Path, metavar="SET.json",
                    help="score these files (the format of data/voices_README.md) instead")
    ap.add_argument("--errors", action="store_true", help="print every disagreement")
    args = ap.parse_args(argv)
    paths = {str(p): p for p in args.file} if args.file else \
        {name: SETS[name] for name in GROUPS.get(args.set, (args.set,))}
    for name, path in paths.items():
        score, errors = score_set(gold_passages(path))
        print("\n".join(report_lines(name, score)))
        if args.errors:
            print("\n".join(errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
