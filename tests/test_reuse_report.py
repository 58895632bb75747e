"""The reuse command line, figures and commentary, on invented articles and the seed."""

from __future__ import annotations

import json

import pytest

from analysis.cli import main
from analysis.corpus import Corpus, Document, load_corpus
from analysis.report.reuse_commentary import describe_reuse
from analysis.reuse import (
    cluster_table,
    document_reuse,
    quotation_clusters,
    quotation_outlets,
    reference_coverage,
    reuse_by_outlet,
    shared_passages,
)
from tests.conftest import SEED_DIR
from tests.test_reuse import COMMENTARY, COPY, EDITED, ORIGINAL, UNRELATED, WIRE_P2

ARTICLES = {"wire": (ORIGINAL, "2023-04-26", "Invented Wire"),
            "copy": (COPY, "2023-04-27", "Invented Daily"),
            "column": (COMMENTARY, "2023-04-28", "Invented Review"),
            "farm": (UNRELATED, "2023-04-26", "Invented Daily"),
            "edited": (EDITED, "2023-04-29", "Invented Post")}


@pytest.fixture()
def folder(tmp_path):
    root = tmp_path / "invented"
    root.mkdir()
    for doc_id, (text, day, outlet) in ARTICLES.items():
        (root / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        (root / f"{doc_id}.json").write_text(json.dumps({"date": day, "outlet": outlet}),
                                             encoding="utf-8")
    return root


def test_quotes_command_writes_one_json_line_per_cluster(folder, tmp_path):
    out = tmp_path / "quotes.jsonl"
    assert main(["quotes", str(folder), "-o", str(out)]) == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert lines[0]["doc_ids"] == ["wire", "column", "edited"]
    assert lines[0]["kind"] == "shared" and lines[0]["first_seen"]["outlet"] == "Invented Wire"
    assert {line["kind"] for line in lines[1:]} == {"single"}
    assert [line["cluster"] for line in lines] == list(range(1, len(lines) + 1))


def test_reuse_command_with_a_reference_names_it_by_its_stem(folder, tmp_path, capsys):
    ref = tmp_path / "press_release.txt"
    ref.write_text("PRESS RELEASE (invented)\n\n" + WIRE_P2 + "\n", encoding="utf-8")
    assert main(["reuse", str(folder), "--reference", str(ref)]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    pairs = sorted((line["doc_id"], line["source"]) for line in lines)
    assert pairs == [("copy", "press_release"), ("copy", "wire"), ("copy", "wire"),
                     ("wire", "press_release")]
    assert all(isinstance(line["start"], int) and line["n_words"] >= 12 for line in lines)


def test_a_saved_fact_sheet_page_is_a_reference_by_its_article_text(folder, tmp_path, capsys):
    page = tmp_path / "fact_sheet.html"
    page.write_text(
        "<html><head><title>FACT SHEET (invented)</title><script>var tracking = 1;</script>"
        "</head><body><nav><a href='/'>Home</a> <a href='/briefing-room'>Briefing Room</a>"
        f"</nav><main><article><h1>FACT SHEET (invented)</h1><p>{WIRE_P2}</p></article></main>"
        "<footer>Privacy policy. Accessibility statement.</footer></body></html>",
        encoding="utf-8")
    assert main(["reuse", str(folder), "--reference", str(page)]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    from_page = sorted((line["doc_id"], line["source_start"]) for line in lines
                       if line["source"] == "fact_sheet")
    assert from_page == [("copy", 0), ("wire", 0)]  # offsets into the article, not the markup
    table = tmp_path / "export.csv"
    table.write_text(f'id,text\n1,"{WIRE_P2}"\n', encoding="utf-8")
    assert main(["reuse", str(folder), "--reference", str(table)]) == 2
    assert capsys.readouterr().err == (f"error: {table}: a reference is one text (a .txt file or "
                                       "a saved .html page), not a table of articles\n")


@pytest.mark.parametrize("max_df", ["1", "0", "-3"])
def test_a_max_df_that_would_report_nothing_is_an_error(folder, capsys, max_df):
    assert main(["reuse", str(folder), "--max-df", max_df]) == 2
    assert capsys.readouterr() == ("", f"error: --max-df ({max_df}) must be at least 2: a passage "
                                       "is shared by two texts at least, so a lower limit would "
                                       "report none\n")


def test_reuse_command_with_a_missing_reference_fails_with_its_name(folder, capsys):
    assert main(["reuse", str(folder), "--reference", str(folder / "nope.txt")]) == 2
    err = capsys.readouterr().err
    assert "nope.txt" in err and "no such file" in err


def test_reuse_command_refuses_to_write_into_the_corpus(folder):
    assert main(["reuse", str(folder), "-o", str(folder / "out.jsonl")]) == 2
    assert not (folder / "out.jsonl").exists()


def _tables(corpus, references=None):
    clusters = quotation_clusters(corpus)
    passages = shared_passages(corpus, reference=references)
    reuse = document_reuse(corpus, passages=passages, clusters=clusters)
    return clusters, passages, reuse, reuse_by_outlet(reuse, corpus)


def test_commentary_on_the_seed_says_there_is_nothing_to_compare():
    corpus = load_corpus(SEED_DIR)
    text = describe_reuse(*_tables(corpus), corpus.name)
    assert text == ("There is only one article in *seeds*, so there is nothing to compare it "
                    "with. Its 5 quotations of three words or more are listed above.")


def test_commentary_on_several_articles_names_the_travelling_quotation(folder, tmp_path):
    corpus = load_corpus(folder)
    ref = tmp_path / "press_release.txt"
    ref.write_text("PRESS RELEASE (invented)\n\n" + WIRE_P2 + "\n", encoding="utf-8")
    clusters, passages, reuse, by_outlet = _tables(corpus, [ref])
    text = describe_reuse(clusters, passages, reuse, by_outlet, corpus.name,
                          references=["press_release"])
    assert ("*invented* holds 5 articles with 5 quotations of three words or more, in 3 "
            "clusters; 1 of them travelled to more than one article. The most widely carried is "
            "“Any attack on our ally will be met with a swift, overwhelming and decisive "
            "response”") in text
    assert "in 3 articles, first in Invented Wire on 26 April 2023, in 3 wordings." in text
    assert "2 passages of 12 words or more are shared between articles; 2 of the 5 articles " \
           "reuse text" in text
    assert "The outlet that reuses most is Invented Daily, " in text
    assert "% of the words of its 2 articles." in text  # the count behind the share
    assert "2 articles reuse passages of press_release (66 words in all, the longest 33 " \
           "words)." in text


def test_commentary_when_nothing_is_shared():
    corpus = Corpus([Document.from_text(UNRELATED, "farm", {"date": "2023-04-26"}),
                     Document.from_text(COMMENTARY, "column", {"date": "2023-04-28"})])
    text = describe_reuse(*_tables(corpus), "two")
    assert "No two articles share a passage of 12 words or more" in text
    assert "0 of them travelled to more than one article." in text


def test_figures_draw_the_tables(folder, tmp_path):
    from analysis.report.figures import new_figure, save_figure
    from analysis.report.reuse_plots import (
        quotation_outlet_grid,
        reference_coverage_plot,
        reuse_share_bars,
    )

    corpus = load_corpus(folder)
    ref = tmp_path / "press_release.txt"
    ref.write_text("PRESS RELEASE (invented)\n\n" + WIRE_P2 + "\n", encoding="utf-8")
    clusters, passages, reuse, by_outlet = _tables(corpus, [ref])
    fig, ax = new_figure()
    quotation_outlet_grid(quotation_outlets(clusters, corpus, top=3), ax=ax)
    labels = [t.get_text() for t in ax.get_xticklabels()]
    assert labels == ["Invented Daily", "Invented Wire", "Invented Review", "Invented Post"]
    assert ax.get_yticklabels()[0].get_text().startswith("“Any attack on our ally")
    save_figure(fig, "grid", tmp_path, show=False)
    fig, ax = new_figure()
    reuse_share_bars(by_outlet, ax=ax)
    assert len(ax.patches) == 4
    fig, ax = new_figure()  # one outlet reusing all its words: the axis still ends at 100%
    whole = by_outlet.assign(reused_share=[1.0] + [0.0] * (len(by_outlet) - 1))
    reuse_share_bars(whole, ax=ax)
    assert max(ax.get_xticks()) == 100 and ax.get_xlim()[1] > 100
    fig, ax = new_figure()
    reference_coverage_plot(reference_coverage(passages, [ref]), ax=ax)
    (line,) = ax.get_lines()
    assert max(line.get_ydata()) == 2


def test_cluster_table_is_flat():
    corpus = load_corpus(SEED_DIR)
    table = cluster_table(quotation_clusters(corpus))
    assert list(table["kind"]) == ["single"] * 5
    assert table.loc[0, "quote"] == "serious and substantial diplomatic breakthroughs"
    assert table.loc[0, "speaker"] == "Biden"


def test_a_wire_story_in_more_articles_than_max_df_needs_a_higher_max_df(tmp_path, capsys):
    from tests.test_reuse import WIRE_P1

    folder = tmp_path / "many"
    folder.mkdir()
    for i, headline in enumerate(["Seoul reacts", "Allies agree", "Markets calm", "Tokyo"]):
        (folder / f"o{i}.txt").write_text(f"{headline}\n\n{WIRE_P1}\n", encoding="utf-8")
    assert main(["reuse", str(folder), "--max-df", "3"]) == 0
    assert capsys.readouterr().out == ""  # in 4 articles > 3: boilerplate
    assert main(["reuse", str(folder), "--max-df", "4"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(lines) == 6  # every pair of the four articles
    # No dates, and all are wire copies: the one-word headline makes o3 one shingle shorter,
    # so it is the copy of each other; the others are equally long, so their order is unknown.
    assert sorted((line["doc_id"], line["source"], line["direction"]) for line in lines) == [
        ("o1", "o0", "undetermined"), ("o2", "o0", "undetermined"),
        ("o2", "o1", "undetermined"), ("o3", "o0", "containment"),
        ("o3", "o1", "containment"), ("o3", "o2", "containment")]
    assert {line["n_words"] for line in lines} == {38}


def test_commentary_claims_no_earlier_article_when_the_dates_tie():
    # Two outlets on the same day share a wire paragraph and each adds its own: the dates do not
    # say which came first, so the passage counts for both and nobody "reuses from an earlier
    # article"
    corpus = Corpus([
        Document.from_text(WIRE_P2 + "\n\n" + UNRELATED, "herald",
                           {"date": "2023-04-27", "outlet": "Herald"}),
        Document.from_text(COMMENTARY + "\n\n" + WIRE_P2, "times",
                           {"date": "2023-04-27", "outlet": "Times"})])
    clusters, passages, reuse, by_outlet = _tables(corpus)
    assert list(passages["direction"]) == ["undetermined"]
    assert list(reuse["n_reused_words"] > 0) == [True, True]
    text = describe_reuse(clusters, passages, reuse, by_outlet, "tie")
    assert "2 of the 2 articles share text with another article or reuse a reference" in text
    assert ("For 1 passage the dates do not tell which article came first (the same date, or "
            "none), so it counts for both articles.") in text
    assert "earlier article" not in text and "reuses most" not in text
    assert "The outlet with the largest share of such words is " in text


def test_a_footer_two_pages_of_a_site_share_is_no_reuse():
    # the same rights notice and byline under two different stories: stage lines, neither
    # compared nor counted
    footer = ("\n\nBy Jane Roe, Staff Reporter\n\nⓒ The Harbour Daily & Harbour Media Company "
              "Limited. All rights reserved. Unauthorized reproduction and redistribution of "
              "this article in any form is strictly prohibited.")
    corpus = Corpus([Document.from_text(UNRELATED + footer, "one", {"date": "2023-04-26"}),
                     Document.from_text(COMMENTARY + footer, "two", {"date": "2023-04-28"})])
    assert shared_passages(corpus).empty
    reuse = document_reuse(corpus)
    assert list(reuse["n_reused_words"]) == [0, 0]
    plain = Corpus([Document.from_text(UNRELATED, "one"), Document.from_text(COMMENTARY, "two")])
    assert list(reuse["n_words"]) == list(document_reuse(plain)["n_words"])


def test_a_same_day_copy_reuses_another_article_not_an_earlier_one():
    corpus = Corpus([Document.from_text(ORIGINAL, "wire", {"date": "2023-04-26"}),
                     Document.from_text(COPY, "copy", {"date": "2023-04-26"})])
    clusters, passages, reuse, by_outlet = _tables(corpus)
    assert set(passages["direction"]) == {"containment"}
    text = describe_reuse(clusters, passages, reuse, by_outlet, "same day")
    assert "1 of the 2 articles reuses text from another article or a reference" in text
    assert "earlier" not in text


def test_commentary_calls_no_article_first_when_the_first_dates_tie(tmp_path):
    # The article first in the corpus's order was called "first" although another article
    # of the same day carried the quotation too.
    root = tmp_path / "same_day"
    root.mkdir()
    for doc_id, (text, day, outlet) in {"wire": (ORIGINAL, "2023-04-26", "Invented Wire"),
                                        "column": (COMMENTARY, "2023-04-26", "Invented Review"),
                                        "edited": (EDITED, "2023-04-29", "Invented Post")}.items():
        (root / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        (root / f"{doc_id}.json").write_text(json.dumps({"date": day, "outlet": outlet}),
                                             encoding="utf-8")
    corpus = load_corpus(root)
    clusters, passages, reuse, by_outlet = _tables(corpus)
    assert clusters[0]["first_seen"]["ties"] == 1
    text = describe_reuse(clusters, passages, reuse, by_outlet, corpus.name)
    assert ("in 3 articles, earliest in Invented Review and 1 other article on 26 April 2023, "
            "whose dates do not tell which ran it first, in 3 wordings.") in text
    assert "first in Invented" not in text
