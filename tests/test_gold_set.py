"""The extraction gold set itself: every file resolves against its article, names what it
relates, and uses a split the CLI can score. Reads annotations only; runs no extractor."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from ingest.document import IngestError
from ingest.gold import SPLITS, gold_iri, load_gold, load_gold_set
from ingest.mentions import new_entity_iri
from kg.catalog import default_catalog
from qa.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
CORPUS = ROOT / "corpus"


def test_every_gold_file_resolves_and_names_its_relation_ends() -> None:
    catalog = default_catalog()
    articles = load_gold_set(GOLD, CORPUS, catalog, None)
    assert len(articles) == len(list(GOLD.glob("*.yaml")))
    for path in sorted(GOLD.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        listed = {str(e["id"]) for e in data["entities"]} | {f"new:{e['text']}" for e in data["entities"]}
        ends = [r[k] for r in data.get("relations") or [] for k in ("subject", "object")]
        assert not [end for end in ends if end not in listed], path.name
        for entry in data["entities"]:
            assert entry["id"] == "new" or catalog.get(entry["id"]) is not None, (path.name, entry)


@pytest.mark.parametrize(
    ("split", "per_language"),
    [("heldout2", 5), ("heldout3", 6), ("heldout4", 6), ("heldout5", 6), ("heldout6", 6), ("heldout7", 6)]
    + [("heldout8", 6), ("heldout9", 6), ("heldout10", 6), ("heldout11", 6), ("heldout12", 6), ("heldout13", 6)]
    + [("heldout14", 6), ("heldout15", 6), ("heldout16", 6)],
)
def test_fresh_splits_are_whole_articles_in_both_languages(split: str, per_language: int) -> None:
    articles = load_gold_set(GOLD, CORPUS, default_catalog(), split)
    assert Counter(a.article.lang for a in articles) == {"ko": per_language, "en": per_language}
    assert all(a.relations and a.claims for a in articles)
    for article in articles:  # every listed name occurs in the body on its own at least once
        data = yaml.safe_load((GOLD / f"{article.article.id}.yaml").read_text(encoding="utf-8"))
        listed = {str(e["text"]) for e in data["entities"]}
        assert listed - {m.text for m in article.mentions} == set(), article.article.id


def test_split_names_match_the_cli(tmp_path: Path) -> None:
    parser = build_parser()
    args = parser.parse_args(["eval", "extraction", "--split", "heldout2"])
    assert args.split == "heldout2"
    for split in SPLITS:
        assert parser.parse_args(["eval", "extraction", "--split", split]).split == split
    bad = tmp_path / "ko31-tenstorrent-jim-keller-funding.yaml"
    bad.write_text("article: ko31-tenstorrent-jim-keller-funding\nlang: ko\nsplit: test\nentities: []\n")
    with pytest.raises(IngestError, match="unknown split 'test'"):
        load_gold(bad, CORPUS, default_catalog())


def test_a_new_name_given_with_an_alias_is_minted_from_the_latin_form() -> None:
    catalog = default_catalog()
    body = "첫 칩 그레이스컬(Grayskull)은 카드로 나왔다. 블랙홀은 다음 세대다."
    assert gold_iri("new:그레이스컬", catalog, body) == new_entity_iri("Grayskull")
    assert gold_iri("new:블랙홀", catalog, body) == new_entity_iri("블랙홀")
    assert gold_iri("nvidia", catalog, body) == catalog.get("nvidia").iri  # type: ignore[union-attr]


def test_a_gold_name_glossed_with_an_acronym_is_minted_from_its_long_name() -> None:
    body = "가나가 퀼로 시맨틱(Quillo Semantic, QS)을 샀다."
    assert gold_iri("new:퀼로 시맨틱", default_catalog(), body).endswith("/new-quillo-semantic")
