"""bench.generate: synthetic articles in the header form of the samples, with gold, reproducibly."""

from __future__ import annotations

import json
import re

from bench.generate import generate, main
from kg.sources import read_sources

GOLD_KEYS = {"article", "title", "published", "states", "agreements", "meetings", "reports", "sources",
             "people", "not_agreements"}


def test_articles_and_gold(tmp_path):
    assert main(["5", str(tmp_path), "--seed", "3"]) == 0
    articles = sorted((tmp_path / "articles").glob("*.txt"))
    golds = sorted((tmp_path / "gold").glob("*.gold.json"))
    assert len(articles) == len(golds) == 5
    read = {a.source: a for a in read_sources([tmp_path / "articles"])}
    for path in golds:
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert set(gold) == GOLD_KEYS
        article = read[gold["article"]]
        assert article.title == gold["title"] and article.published.isoformat() == gold["published"]
        assert 700 <= len(article.text.split()) <= 1100
        assert gold["states"] and all(q.startswith("Q") for q in gold["states"])
        assert gold["agreements"] or gold["meetings"]
        for item in gold["agreements"] + gold["meetings"] + gold["reports"]:
            assert item["evidence"] in article.text
        for item in gold["not_agreements"]:
            assert item in article.text
        for agreement in gold["agreements"]:
            assert set(agreement["status"]) <= {"signed", "agreed", "planned", "denied"}
            assert len(agreement["parties"]) == 2


def test_same_seed_same_corpus(tmp_path):
    generate(3, tmp_path / "a", seed=11)
    generate(3, tmp_path / "b", seed=11)
    generate(3, tmp_path / "c", seed=12)
    same = [(tmp_path / "a" / "articles" / n).read_bytes() == (tmp_path / "b" / "articles" / n).read_bytes()
            for n in ("000001.txt", "000002.txt", "000003.txt")]
    assert all(same)
    assert (tmp_path / "a" / "articles" / "000001.txt").read_bytes() != \
        (tmp_path / "c" / "articles" / "000001.txt").read_bytes()


def test_events_are_shared_between_articles(tmp_path):
    """One agreement reported by several articles: the case that makes reasoning span articles."""
    generate(60, tmp_path, seed=5)
    evidence = [a["evidence"] for p in (tmp_path / "gold").glob("*.gold.json")
                for a in json.loads(p.read_text(encoding="utf-8"))["agreements"]]
    core = [re.sub(r", [^,]+ reported\.$", ".", e) for e in evidence]   # the same sentence, another source
    assert len(set(core)) < len(core)
