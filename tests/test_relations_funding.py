"""Funding-round rules on small sentences written for these tests: who led or joined a
round, who backs a company, and what must not be read as an investment (money from
revenue, refusals) or is only hedged."""

from __future__ import annotations

import pytest

from ingest.document import Article
from ingest.extract import Extractor


def investments(extractor: Extractor, text: str, lang: str) -> dict[tuple[str, str], str]:
    """(investor, company) -> status for every investsIn the extractor finds in `text`."""
    x = extractor.extract(Article(id="t", body=text, title="t", lang=lang))
    return {
        (r.subject.rsplit("/", 1)[1], r.object.rsplit("/", 1)[1]): r.status
        for r in x.relations
        if r.predicate == "investsIn"
    }


EN_ROUNDS = [
    ("Databricks raised $500 million in a round led by Nvidia.", [("nvidia", "databricks")]),
    (
        "Sapeon raised $50 million in a Series B round led by Samsung Electronics, "
        "with participation from Microsoft, Intel and Google.",
        [("samsung-electronics", "sapeon"), ("microsoft", "sapeon"), ("intel", "sapeon"), ("google", "sapeon")],
    ),
    # the investors of a round the sentence before named
    (
        "Rebellions raised $124 million. Samsung Electronics, KT and Nvidia also participated.",
        [("samsung-electronics", "rebellions"), ("kt", "rebellions"), ("nvidia", "rebellions")],
    ),
    ("Cerebras raised $250 million. Nvidia led the round.", [("nvidia", "cerebras")]),
    (
        "Mistral AI raised $400 million. Investors include Nvidia, Salesforce and Microsoft.",
        [("nvidia", "mistral-ai"), ("salesforce", "mistral-ai"), ("microsoft", "mistral-ai")],
    ),
    ("Nvidia led the round in Mistral AI.", [("nvidia", "mistral-ai")]),
    (
        "Existing investors Nvidia and Microsoft joined the round for Mistral AI.",
        [("nvidia", "mistral-ai"), ("microsoft", "mistral-ai")],
    ),
    (
        "Mistral AI's backers Nvidia and Salesforce took part.",
        [("nvidia", "mistral-ai"), ("salesforce", "mistral-ai")],
    ),
    (
        "Mistral AI raised $400 million, with Nvidia and Salesforce joining the round.",
        [("nvidia", "mistral-ai"), ("salesforce", "mistral-ai")],
    ),
    ("Anthropic raised $4 billion from Amazon.", [("amazon", "anthropic")]),
    ("Mistral AI's $400 million Series B was led by Nvidia.", [("nvidia", "mistral-ai")]),
    ("Cerebras raised $250 million. Nvidia and Intel took part in the round.", [("nvidia", "cerebras")]),
    ("Anthropic, which raised $4 billion from Amazon, launched Claude 3.", [("amazon", "anthropic")]),
    # the `into` phrase hangs from a clause about the amount
    ("Amazon has now put the full $4 billion it promised into Anthropic.", [("amazon", "anthropic")]),
    ("Anthropic raised $450 million in a round led by Google's venture arm.", [("google", "anthropic")]),
]
EN_ROUNDS += [
    # investors listed under labels below the round's sentence, after a lead-in
    (
        "Groq raised $300 million in a Series C round. The investors:\n- Lead: Nvidia\n"
        "- New investors: Intel and Cisco",
        [("nvidia", "groq"), ("intel", "groq"), ("cisco", "groq")],
    ),
    # `along with`, and list members the small model did not tag, of the kind of the named ones
    (
        "Groq raised $300 million in a Series C. Intel and Cisco joined, along with Samsung Electronics.",
        [("intel", "groq"), ("cisco", "groq"), ("samsung-electronics", "groq")],
    ),
    (
        "Groq raised $300 million. Investors include Nvidia, Brightwater Partners, Quill Fund and Intel.",
        [("nvidia", "groq"), ("new-brightwater-partners", "groq"), ("new-quill-fund", "groq"), ("intel", "groq")],
    ),
    # investors named before `among the investors`; a relative clause on the round; money pledged to
    (
        "Groq raised $640 million in August, with Cisco, Samsung Electronics and Intel among the investors.",
        [("cisco", "groq"), ("samsung-electronics", "groq"), ("intel", "groq")],
    ),
    ("Work began after Anthropic's $124 million Series A, which Google led in May 2021.", [("google", "anthropic")]),
    ("Amazon has committed about $8 billion to Anthropic.", [("amazon", "anthropic")]),
]
KO_ROUNDS = [
    ("사피온은 삼성전자가 주도한 시리즈 B 투자에서 5억 달러를 유치했다.", [("samsung-electronics", "sapeon")]),
    # a round closed or received, its leader glossed
    ("코히어는 엔비디아(Nvidia)가 주도한 2억 달러 규모의 시리즈 C를 마쳤다.", [("nvidia", "cohere")]),
    ("리벨리온은 KT가 주도한 투자를 받았다.", [("kt", "rebellions")]),
    # shareholders: `A에 이어 B까지 C의 주주가 되면서`
    ("엔비디아에 이어 AMD까지 코히어의 주주가 되면서 관계가 넓어졌다.", [("nvidia", "cohere"), ("amd", "cohere")]),
    # the investors of a round the sentence before named
    (
        "리벨리온은 1억 달러를 유치했다. 삼성전자, KT, 엔비디아 등이 참여했다.",
        [("samsung-electronics", "rebellions"), ("kt", "rebellions"), ("nvidia", "rebellions")],
    ),
    (
        "리벨리온은 시리즈 C 투자를 유치했다. 이 투자는 KT가 주도했고 삼성전자도 참여했다.",
        [("kt", "rebellions"), ("samsung-electronics", "rebellions")],
    ),
    # the article's company when the sentence speaks of this investment
    (
        "리벨리온은 새 칩을 공개했다. 이번 투자에는 삼성전자와 KT가 참여했다.",
        [("samsung-electronics", "rebellions"), ("kt", "rebellions")],
    ),
    (
        "리벨리온은 새 칩을 공개했다. 삼성전자와 KT가 투자자로 참여했다.",
        [("samsung-electronics", "rebellions"), ("kt", "rebellions")],
    ),
    # money received from someone
    ("퓨리오사AI는 네이버와 KT로부터 800억 원을 투자받았다.", [("naver", "furiosaai"), ("kt", "furiosaai")]),
    ("앤트로픽은 아마존과 구글로부터 투자를 받았다.", [("amazon", "anthropic"), ("google", "anthropic")]),
    ("아마존은 앤트로픽에 40억 달러를 투자했다.", [("amazon", "anthropic")]),
    ("퓨리오사AI는 네이버의 투자를 받았다.", [("naver", "furiosaai")]),
    ("리벨리온은 1억 달러를 유치했다. 이번 라운드는 KT가 이끌었다.", [("kt", "rebellions")]),
    ("리벨리온은 1억 달러를 유치했다. KT가 투자자로 나섰다.", [("kt", "rebellions")]),
    # the round's owner raised it
    ("삼성전자는 2023년 리벨리온의 시리즈 B 투자에 참여했다.", [("samsung-electronics", "rebellions")]),
    ("퓨리오사AI가 유치한 이번 라운드에는 네이버와 KT가 참여했다.", [("naver", "furiosaai"), ("kt", "furiosaai")]),
    # money raised with other verbs (`조달`, `확보`), received from `에서`, investors listed as `N 투자사`
    ("앤트로픽은 구글로부터 20억 달러를 조달했다.", [("google", "anthropic")]),
    ("세레브라스는 엔비디아에서 2억 달러를 투자받았다.", [("nvidia", "cerebras")]),
    ("엔비디아와 인텔 등에서 1억 달러를 유치한 세레브라스는 칩을 만든다.", [("nvidia", "cerebras"), ("intel", "cerebras")]),  # noqa: E501
    ("사피온은 KT, 네이버 등 투자사로부터 600억 원을 유치했다.", [("kt", "sapeon"), ("naver", "sapeon")]),
    # a round raised with `확보` stays the subject while investors are listed over two sentences
    (
        "그록은 새 투자금 3억 달러를 확보했다. 이번 투자는 소프트뱅크가 리드했고, 인텔과 삼성전자도 참여했다. "
        "퀄컴도 합류했다.",
        [("softbank", "groq"), ("intel", "groq"), ("samsung-electronics", "groq"), ("qualcomm", "groq")],
    ),
    # the company raising as a plain subject (`X가 … 유치했다`), investors led and joined after it
    (
        "미스트랄AI가 6억 유로 규모의 투자를 유치했다. "
        "이번 투자는 인텔이 주도했으며 엔비디아, 세일즈포스 등이 참여했다.",
        [("intel", "mistral-ai"), ("nvidia", "mistral-ai"), ("salesforce", "mistral-ai")],
    ),
    # people invest too
    (
        "퍼플렉시티는 엔비디아와 제프 베이조스 등에게서 7천만 달러를 투자받았다.",
        [("nvidia", "perplexity"), ("jeff-bezos", "perplexity")],
    ),
    # investor nouns: predicated of a subject, introducing a list, modifying a name, as a role with 로
    ("KT와 네이버는 퓨리오사AI의 주요 투자자다.", [("kt", "furiosaai"), ("naver", "furiosaai")]),
    ("사피온의 투자자로는 SK텔레콤과 KT가 있다.", [("sk-telecom", "sapeon"), ("kt", "sapeon")]),
    ("그록의 투자사인 삼성전자는 칩 생산도 맡는다.", [("samsung-electronics", "groq")]),
    (
        "그록은 자금을 모았다. 인텔과 삼성전자가 투자자로 이름을 올렸다.",
        [("intel", "groq"), ("samsung-electronics", "groq")],
    ),
    # investors listed under labels below the round's sentence
    (
        "리벨리온은 시리즈C 투자에서 2,800억 원을 유치했다.\n- 리드 투자자: KT\n- 신규 투자자: 삼성전자, 네이버",
        [("kt", "rebellions"), ("samsung-electronics", "rebellions"), ("naver", "rebellions")],
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), [("en", *c) for c in EN_ROUNDS] + [("ko", *c) for c in KO_ROUNDS]
)
def test_round_investors(extractor: Extractor, lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    found = investments(extractor, text, lang)
    assert set(expected) <= set(found), found
    assert all(found[pair] == "asserted" for pair in expected)


NON_INVESTMENTS_EN = [
    "Databricks raised $500 million from revenue.",
    "Nvidia declined to invest in Mistral AI.",
    "Nvidia did not participate in the round.",
    # joining something other than the round
    "OpenAI raised $10 billion. Nvidia joined the Linux Foundation.",
    "Mistral AI raised $400 million. Nvidia also joined the board of Mistral AI.",
    # raising a forecast is not raising money, so the next sentence's `participated` joins no round
    "AMD raised its revenue forecast to $4 billion. Microsoft also participated.",
    # no round: joining a partnership is not an investment
    "Microsoft and Nvidia joined the effort with Mistral AI.",
    # the round's company is not named in the sentence or before it
    "The round was led by Nvidia, with participation from Microsoft and Intel.",
]
NON_INVESTMENTS_KO = [
    "데이터브릭스는 매출로 5억 달러를 벌었다.",
    "엔비디아는 미스트랄AI에 투자하지 않았다.",
    # joining something that is not a round
    "삼성전자는 리벨리온과 협력한다. KT도 참여했다.",
    # leading a market after a round is not leading the round
    "리벨리온은 1억 달러를 유치했다. 삼성전자가 HBM 시장을 이끌었다.",
    # the company before is itself one of the investors listed: no antecedent to invest in
    "SK텔레콤은 사업부를 분사했다. SK텔레콤과 SK하이닉스가 주요 투자자로 참여했다.",
    # raising people or goods is not raising money; money raised is no order of goods
    "퓨리오사AI는 네이버에서 인재를 확보했다.",
    "리벨리온은 삼성전자로부터 인력을 조달했다.",
    # an investor noun with no round under way and no company named: whose investor is unknown
    "그록은 새 칩을 공개했다. 인텔은 여러 신생 기업의 투자자로 알려졌다.",
]


@pytest.mark.parametrize(
    ("lang", "text"), [("en", t) for t in NON_INVESTMENTS_EN] + [("ko", t) for t in NON_INVESTMENTS_KO]
)
def test_non_investments(extractor: Extractor, lang: str, text: str) -> None:
    assert investments(extractor, text, lang) == {}


def test_money_raised_from_someone_is_no_supply(extractor: Extractor) -> None:
    x = extractor.extract(Article(id="t", body="앤트로픽은 아마존으로부터 40억 달러를 조달했다.", title="t", lang="ko"))
    assert not [r for r in x.relations if r.predicate == "supplies"]


@pytest.mark.parametrize(
    ("lang", "text", "status"),
    [
        ("en", "Nvidia is in talks to invest in Mistral AI.", "hedged"),
        ("en", "Nvidia will invest $1 billion in Mistral AI.", "planned"),
        ("ko", "엔비디아는 미스트랄AI에 투자를 검토하고 있다.", "hedged"),
        ("ko", "엔비디아는 미스트랄AI에 투자할 계획이다.", "planned"),
    ],
)
def test_investment_status(extractor: Extractor, lang: str, text: str, status: str) -> None:
    assert investments(extractor, text, lang) == {("nvidia", "mistral-ai"): status}
