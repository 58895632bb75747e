#!/usr/bin/env python3
"""Speed and memory of reading tables and saved pages, and boilerplate removal on saved pages.

usage: python benchmarks/corpus_input.py [--data ../shared/bench/keyphrases] [--n 1000]

Articles: the DUC-2001 and KPCrowd dev articles of ``../shared/bench/keyphrases`` that have a
headline line (headline, blank line, paragraphs; HTML entities decoded), repeated with new ids
up to ``--n``.

* Tables: the articles as a CSV, a JSONL and a Parquet file (columns ``id``, ``title``,
  ``date``, ``outlet``, ``text``), and as a folder of ``.txt`` files for comparison; CPU
  seconds per 1,000 documents of ``iter_corpus`` (reading plus segmenting every document
  into paragraphs, sentences and quotations, which is most of the cost).
* Memory: peak traced allocation (``tracemalloc``) while iterating a CSV of 2,000 and of
  20,000 short rows without keeping the documents: flat if rows are streamed.
* Saved pages: each article wrapped in a page with a cookie banner, navigation, a "most read"
  box, a share bar and a footer (the layout of ``tests/fixtures/html``; the metadata in
  ``og:`` tags and ``<time>``). Reported: CPU seconds per 1,000 pages of ``iter_corpus``
  and of trafilatura's extraction alone; the share of pages whose text is exactly the
  article's paragraphs (runs of spaces collapsed), that hold a word of the clutter (one the
  article itself does not hold), and whose title, date and outlet are right.
"""

from __future__ import annotations

import argparse
import csv
import html
import json
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.corpus import iter_corpus  # noqa: E402
from analysis.corpus.web_pages import extract_article  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "bench" / "keyphrases"
CLUTTER = ("cookies", "Subscribe today", "Most read", "Share on", "All rights reserved",
           "Privacy policy")
PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | {outlet}</title>
<meta property="og:site_name" content="{outlet}">
<meta property="og:url" content="https://news.example/{doc_id}">
<meta property="article:published_time" content="{date}T09:00:00+00:00">
</head><body>
<div class="cookie-banner"><p>We use cookies to personalise content and ads.</p>
<button>Accept all</button></div>
<header><nav><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
<li><a href="/subscribe">Subscribe today</a></li></ul></nav></header>
<main><article><h1>{title}</h1><time datetime="{date}">{date}</time>
{paragraphs}
</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Storm closes schools</a></li></ul></aside>
<div class="share">Share on Facebook | Share on X</div></main>
<footer><p>Copyright {outlet}. All rights reserved.</p><p><a href="/privacy">Privacy policy</a>
</p></footer></body></html>
"""


def articles(data: Path, n: int) -> list[dict[str, str]]:
    found = []
    for name in ("duc2001-dev", "kpcrowd-dev"):
        for path in sorted((data / name / "docs").glob("*.txt")):
            # Some source texts hold HTML entities (&amp;): decoded, as a page's reader shows them.
            lines = [html.unescape(line.strip())
                     for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
            if len(lines) >= 2 and len(lines[0].split()) <= 25:  # a headline, then paragraphs
                found.append({"title": lines[0], "paragraphs": lines[1:]})
    return [{"id": f"a{i:06d}", "title": found[i % len(found)]["title"],
             "date": f"2023-04-{1 + i % 28:02d}", "outlet": f"Outlet {i % 23}",
             "paragraphs": found[i % len(found)]["paragraphs"]} for i in range(n)]


def cpu_per_thousand(path: Path, n: int, **options) -> float:
    start = time.process_time()
    count = sum(1 for _ in iter_corpus(path, **options))
    assert count == n, (path, count)
    return 1000 * (time.process_time() - start) / n


def tables(rows: list[dict], folder: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    records = [{"id": r["id"], "title": r["title"], "date": r["date"], "outlet": r["outlet"],
                "text": "\n\n".join(r["paragraphs"])} for r in rows]
    with open(folder / "t.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(records[0]))
        writer.writeheader()
        writer.writerows(records)
    with open(folder / "t.jsonl", "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r) + "\n" for r in records)
    pq.write_table(pa.Table.from_pylist(records), folder / "t.parquet", row_group_size=1000)
    texts = folder / "txt"
    texts.mkdir()
    for r in records:
        (texts / f"{r['id']}.txt").write_text(r["text"], encoding="utf-8")
    n = len(rows)
    words = sum(len(r["text"].split()) for r in records) / n
    print(f"tables: {n} articles, {words:.0f} words on average; CPU s per 1,000 documents")
    for name in ("t.csv", "t.jsonl", "t.parquet", "txt"):
        print(f"  {name:10s} {cpu_per_thousand(folder / name, n):6.2f}")


def memory(folder: Path) -> None:
    print("memory: peak traced allocation while streaming a CSV of short rows")
    for n in (2_000, 20_000):
        path = folder / f"short{n}.csv"
        with open(path, "w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(["id", "outlet", "text"])
            writer.writerows([i, f"Outlet {i % 23}", f"Article {i} says the allies met."]
                             for i in range(n))
        tracemalloc.start()
        for _ in iter_corpus(path):
            pass
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(f"  {n:6d} rows: {peak / 1e6:.1f} MB")


def pages(rows: list[dict], folder: Path) -> None:
    site = folder / "pages"
    site.mkdir()
    raw = {}
    for r in rows:
        body = "\n".join(f"<p>{html.escape(p)}</p>" for p in r["paragraphs"])
        raw[r["id"]] = PAGE.format(title=html.escape(r["title"]), outlet=r["outlet"],
                                   date=r["date"], doc_id=r["id"], paragraphs=body)
        (site / f"{r['id']}.html").write_text(raw[r["id"]], encoding="utf-8")
    n = len(rows)
    start = time.process_time()
    extracted = {k: extract_article(v) for k, v in raw.items()}
    extract_cpu = 1000 * (time.process_time() - start) / n
    load_cpu = cpu_per_thousand(site, n)
    exact = clutter = meta = missing = 0
    for r in rows:
        got = extracted[r["id"]]
        if got is None:
            missing += 1
            continue
        want = "\n\n".join(r["paragraphs"])
        exact += _spaced(got["text"]) == _spaced(want)
        clutter += any(word.lower() in got["text"].lower() and word.lower() not in want.lower()
                       for word in CLUTTER)
        meta += ((_spaced(got["title"]), got["date"], got["outlet"])
                 == (_spaced(r["title"]), r["date"], r["outlet"]))
    print(f"pages: {n}; CPU s per 1,000 pages: iter_corpus {load_cpu:.2f}, trafilatura "
          f"extraction alone {extract_cpu:.2f}")
    print(f"  text exactly the article: {exact / n:.3f}; holds clutter: {clutter / n:.3f}; "
          f"no article found: {missing / n:.3f}; title, date and outlet right: {meta / n:.3f}")


def _spaced(text: str | None) -> str:
    """Paragraphs with runs of spaces collapsed, as a browser (and trafilatura) shows them."""
    return "\n\n".join(" ".join(p.split()) for p in (text or "").split("\n\n"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--n", type=int, default=1000)
    args = parser.parse_args()
    rows = articles(args.data, args.n)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        tables(rows, folder)
        memory(folder)
        pages(rows, folder)


if __name__ == "__main__":
    main()
