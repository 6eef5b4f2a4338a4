"""`trendkg eval qa`: the gold QA set loads, answers are matched fairly, and the dev split
scores at least what was measured (thresholds a little below it; see README, Quality)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa.cli import main
from qa.eval import evaluate, format_report
from qa.eval_match import figures, surface_matches
from qa.gold import GoldError, load_questions
from qa.services import Services

GOLD = Path(__file__).resolve().parent / "qa_gold"
# measured on the whole corpus (see README; 238 articles since heldout16 was added); a drop below
# these is a regression. dev: 82.4% (ko 84.7, en 80.0, cross 69.0, evidence 94.3, abstain recall
# 90.9; the same on 166, 178 and 190 articles); the twelve heldout10 articles took it from 84.0% to 81.5%
# with unchanged code (a newer chip and model generation answer `first gen` and `라마3`
# questions), and ko-082, written as not in corpus, is answered by ko81 now
DEV_MIN = {"accuracy": 0.81, "ko": 0.83, "en": 0.78, "cross": 0.67, "cited": 1.0, "evidence": 0.93, "abstain": 0.9}
# dev2: 80 questions written later, blind to the system; rules were developed on it afterwards.
# 73.8% on 178, 190 and 202 articles (ko 72.5, en 75.0, cross 65.9, evidence 94.1, abstain recall 72.7;
# the twelve heldout11 articles took it to 72.5% with round 12's code; d2-ko-036 on Etched's Sohu,
# written as not in corpus, is answered by heldout7's en62 now)
DEV2_MIN = {"accuracy": 0.72, "ko": 0.7, "en": 0.73, "cross": 0.64, "cited": 1.0, "evidence": 0.93, "abstain": 0.7}
# heldout2: written blind and measured blind for two rounds; used for development since the third;
# 71.7% on 202 articles (ko 73.3, en 70.0, cross 66.7, evidence 97.3, abstain recall 75.0)
HELDOUT2_MIN = {"accuracy": 0.68, "ko": 0.7, "en": 0.66, "cross": 0.66, "cited": 1.0, "evidence": 0.95, "abstain": 0.7}
# heldout3, a development split since heldout4 was added: 66.7% on 178 articles (ko 67.7, en 65.5,
# cross 63.0, evidence 96.8, abstain recall 75.0)
HELDOUT3_MIN = {"accuracy": 0.63, "ko": 0.65, "en": 0.6, "cross": 0.6, "cited": 1.0, "evidence": 0.9, "abstain": 0.7}
# heldout4, measured blind for three rounds and a development split since heldout6 was added:
# 53.3% on 178 articles (ko 53.3, en 53.3, cross 50.0, evidence 100, abstain recall 58.3; the
# twelve heldout8 articles took it from 61.7% to 58.3%, the twelve heldout9 ones to 55.0%, the
# heldout10 ones to 53.3%, with unchanged code: new articles bring distractors; 55.0% on 202
# articles with round 15's code; the twelve heldout16 articles took it to 53.3% again, en 50.0 and
# cross 46.4, with unchanged code: `74%` of lakehouse adoption is outranked by other 74% sentences)
HELDOUT4_MIN = {"accuracy": 0.51, "ko": 0.51, "en": 0.48, "cross": 0.44, "cited": 1.0, "evidence": 0.95, "abstain": 0.55}  # noqa: E501
# heldout5, measured blind for two rounds and a development split since heldout7 was added:
# 63.3% on 178 articles (ko 56.7, en 70.0, cross 59.3, evidence 100, abstain recall 76.9)
HELDOUT5_MIN = {"accuracy": 0.56, "ko": 0.46, "en": 0.66, "cross": 0.52, "cited": 1.0, "evidence": 0.95, "abstain": 0.6}
# heldout6, measured blind for two rounds and a development split since heldout8 was added:
# 48.3% on 178 articles (ko 58.1, en 37.9, cross 51.9, evidence 100, abstain recall 58.3)
HELDOUT6_MIN = {"accuracy": 0.43, "ko": 0.5, "en": 0.34, "cross": 0.44, "cited": 1.0, "evidence": 0.95, "abstain": 0.5}
# heldout7, measured blind for two rounds and a development split since heldout9 was added:
# 45.0% on 178 articles (ko 50.0, en 40.0, cross 29.6, evidence 94.1, abstain recall 83.3; the
# twelve heldout11 articles took its evidence precision from 100 to 94.1 with unchanged code; the
# twelve heldout15 ones its accuracy from 46.7% to 41.7%, and round 17 brought it back to 45.0%,
# ko 46.7, on 226 articles: a new `Altimeter` had taken `라이트매터`'s link)
HELDOUT7_MIN = {"accuracy": 0.42, "ko": 0.44, "en": 0.37, "cross": 0.26, "cited": 1.0, "evidence": 0.92, "abstain": 0.75}  # noqa: E501
# heldout8, measured blind for two rounds and a development split since heldout10 was added:
# 51.7% on 202 articles (ko 63.3, en 40.0, cross 52.0, evidence 90.9, abstain recall 75.0; the twelve
# heldout13 articles took its evidence precision from 95.7 to 90.9 with unchanged code)
HELDOUT8_MIN = {"accuracy": 0.46, "ko": 0.53, "en": 0.37, "cross": 0.48, "cited": 1.0, "evidence": 0.88, "abstain": 0.45}  # noqa: E501
# heldout9, measured blind for two rounds and a development split since heldout11 was added:
# 61.7% (ko 58.1, en 65.5, cross 70.8, evidence 93.3, abstain recall 58.3)
HELDOUT9_MIN = {"accuracy": 0.57, "ko": 0.55, "en": 0.58, "cross": 0.66, "cited": 1.0, "evidence": 0.9, "abstain": 0.45}
# heldout10, measured blind for two rounds and a development split since heldout12 was added:
# 60.0% on 190 articles (ko 60.0, en 60.0, cross 57.7, evidence 100, abstain recall 50.0); 58.3% on 202
# (ko 60.0, en 56.7, cross 53.8) with unchanged code
HELDOUT10_MIN = {"accuracy": 0.55, "ko": 0.55, "en": 0.53, "cross": 0.5, "cited": 1.0, "evidence": 0.95, "abstain": 0.45}  # noqa: E501
# heldout11, measured blind for two rounds and a development split since heldout13 was added:
# 46.7% on 202 articles (ko 50.0, en 43.3, cross 32.0, evidence 89.5, abstain recall 75.0)
HELDOUT11_MIN = {"accuracy": 0.43, "ko": 0.46, "en": 0.4, "cross": 0.28, "cited": 1.0, "evidence": 0.86, "abstain": 0.7}
# heldout12, measured blind for two rounds and a development split since heldout14 was added:
# 41.7% on 214 articles (ko 38.7, en 44.8, cross 37.5, evidence 94.7, abstain recall 50.0)
HELDOUT12_MIN = {"accuracy": 0.38, "ko": 0.35, "en": 0.41, "cross": 0.33, "cited": 1.0, "evidence": 0.9, "abstain": 0.45}  # noqa: E501
# heldout13, measured blind for two rounds and a development split since heldout15 was added:
# 43.3% on 226 articles (ko 38.7, en 48.3, cross 28.0, evidence 100, abstain recall 50.0)
HELDOUT13_MIN = {"accuracy": 0.4, "ko": 0.35, "en": 0.44, "cross": 0.24, "cited": 1.0, "evidence": 0.95, "abstain": 0.45}  # noqa: E501
# heldout14, measured blind for two rounds and a development split since heldout16 was added:
# 68.3% on 238 articles (ko 60.0, en 76.7, cross 62.5, evidence 96.9, abstain recall 75.0)
HELDOUT14_MIN = {"accuracy": 0.65, "ko": 0.56, "en": 0.73, "cross": 0.58, "cited": 1.0, "evidence": 0.93, "abstain": 0.7}  # noqa: E501


def test_gold_set_splits_and_validates(tmp_path: Path) -> None:
    dev, heldout = load_questions(GOLD, "dev"), load_questions(GOLD, "heldout")
    assert len(dev) >= 100 and len(heldout) >= 50
    assert {q.lang for q in dev} == {"ko", "en"} and any(q.cross_lingual for q in heldout)
    assert not {q.id for q in dev} & {q.id for q in heldout}
    (tmp_path / "questions-x.yaml").write_text("- {id: x, question: q, lang: en, split: dev, type: list}\n")
    with pytest.raises(GoldError, match="no answers"):
        load_questions(tmp_path)


@pytest.mark.parametrize(
    ("gold", "answer", "matches"),
    [
        ("2조 4,000억 원", "2.4 trillion won", True),
        ("$36,999 per instance per month", "월 3만 6,999달러", True),
        ("H200: 141 GB", "141 GB, 80 GB", True),
        ("March 18, 2024", "2024년 3월 18일", True),
        ("2024년 3월", "March 4, 2024", True),
        ("March 18, 2024", "March 19, 2024", False),
        ("Samsung Foundry (Taylor, Texas)", "Samsung Foundry", True),
        ("트렌드포스", "트렌드포스는", True),  # particles do not matter
        ("about $1.3 billion", "1.3%", False),
        ("100,000 GPUs", "100k", True),  # a thousands suffix
        ("100,000 GPUs", "100", False),
    ],
)
def test_answer_matching(gold: str, answer: str, matches: bool) -> None:
    assert surface_matches(gold, answer) is matches


def test_korean_compound_figures_add_up() -> None:
    assert figures("5억 5,800만 달러와 2.4 trillion") == [558_000_000, 2.4e12]
    assert figures("129억, 32,000") == [12_900_000_000, 32_000]  # a list, not one compound


@pytest.mark.parametrize(
    ("split", "floor"),
    [
        ("dev", DEV_MIN),
        ("dev2", DEV2_MIN),
        ("heldout2", HELDOUT2_MIN),
        ("heldout3", HELDOUT3_MIN),
        ("heldout4", HELDOUT4_MIN),
        ("heldout5", HELDOUT5_MIN),
        ("heldout6", HELDOUT6_MIN),
        ("heldout7", HELDOUT7_MIN),
        ("heldout8", HELDOUT8_MIN),
        ("heldout9", HELDOUT9_MIN),
        ("heldout10", HELDOUT10_MIN),
        ("heldout11", HELDOUT11_MIN),
        ("heldout12", HELDOUT12_MIN),
        ("heldout13", HELDOUT13_MIN),
        ("heldout14", HELDOUT14_MIN),
    ],
)
def test_eval_qa_dev_meets_measured_thresholds(
    corpus_services: Services, split: str, floor: dict[str, float]
) -> None:
    result = evaluate(load_questions(GOLD, split), corpus_services.answerer.ask)
    report = format_report(result, verbose=True)
    assert result["accuracy"] >= floor["accuracy"], report
    assert result["by"]["lang"]["ko"]["accuracy"] >= floor["ko"], report
    assert result["by"]["lang"]["en"]["accuracy"] >= floor["en"], report
    assert result["by"]["cross_lingual"]["yes"]["accuracy"] >= floor["cross"], report
    assert result["cited_share"] >= floor["cited"], report
    assert result["evidence_precision"] >= floor["evidence"], report
    assert result["abstention"]["recall"] >= floor["abstain"], report


def test_eval_qa_cli_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data", str(tmp_path / "d"), "eval", "qa", "--gold", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("trendkg: cannot read the gold set") and err.count("\n") == 1
    assert main(["--data", str(tmp_path / "d"), "eval", "qa", "--gold", str(GOLD)]) == 1
    assert "store is empty" in capsys.readouterr().err
