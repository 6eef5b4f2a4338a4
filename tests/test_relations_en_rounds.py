"""English funding and launch phrasings on small sentences written for the test: a round
told over several sentences, a round that `included` its investors, `among its investors`,
a money noun naming its target (`its $2 billion Anthropic commitment`), phrasal launch verbs,
deals, where products arrive or run, parts, and what is no making (`made X available`) or no
part (`competes with`)."""

from __future__ import annotations

import pytest

from ingest.extract import Extractor
from tests.test_relations_en_clauses import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the round stays the topic while sentences speak of it
        ("Cohere raised $500 million this week. The round was led by Nvidia. Salesforce and Cisco also participated.",
         ("cisco", "investsIn", "cohere")),
        # money put `in` a company makes it the company the next sentence's round is about
        ("Samsung invested in Rebellions last year. Nvidia took part in the funding.",
         ("nvidia", "investsIn", "rebellions")),
        # the round's owner through `its`, and a round that `included` investors
        ("Groq said its new funding round was led by Cisco and included Samsung and Nvidia.",
         ("samsung-electronics", "investsIn", "groq")),
        # the company a round values raised it; backers who `returned` joined it
        ("The funding values Scale AI at $13.8 billion. Existing backers Nvidia and Intel Capital also returned.",
         ("nvidia", "investsIn", "scale-ai")),
        ("Scale AI raised $1 billion. Nvidia was among the participants in the round.",
         ("nvidia", "investsIn", "scale-ai")),
        # `co-led it` after the round's sentence; `came in as new investors`; `also put money in`
        ("Quillo raised $1 billion in a Series J. Alder Capital led the round. Birch Partners and Dune Ventures "
         "co-led it, and Fir Capital came in as a new investor.", ("new-dune-ventures", "investsIn", "new-quillo")),
        ("Quillo raised $1 billion in a Series J. Alder Capital led the round. Birch Partners and Dune Ventures "
         "co-led it, and Fir Capital came in as a new investor.", ("new-fir-capital", "investsIn", "new-quillo")),
        ("Quillo closed a $5 billion round. Alder Capital and Birch Partners also put money in.",
         ("new-birch-partners", "investsIn", "new-quillo")),
        # `among the investors`, `counts A among its investors`
        ("Nvidia is among the investors in Cohere's latest round.", ("nvidia", "investsIn", "cohere")),
        ("Cohere builds language models. The startup counts Nvidia and Samsung among its investors.",
         ("samsung-electronics", "investsIn", "cohere")),
        # a money noun with the company as its modifier
        ("Google finalized its $2 billion Anthropic commitment in March.", ("google", "investsIn", "anthropic")),
        ("Amazon completes its $4 billion Anthropic investment.", ("amazon", "investsIn", "anthropic")),
        # phrasal launch verbs; `team up` stays a partnership verb
        ("Meta rolled out Llama 3 to developers in April.", ("meta", "announced", "llama-3")),
        ("Oracle teamed up with Nvidia to sell cloud capacity.", ("oracle", "partnersWith", "nvidia")),
        # a deal noun's partner hangs from the light verb
        ("Mistral AI struck a deal with Microsoft.", ("mistral-ai", "partnersWith", "microsoft")),
        # where a product arrives, who offers it, what runs it
        ("Claude 3 Opus arrived on Amazon Bedrock in April.", ("claude-3-opus", "offeredOn", "amazon-bedrock")),
        ("The H200 will be offered by Microsoft Azure and Oracle Cloud Infrastructure.", ("h200", "offeredOn", "oci")),
        ("Customers can run Mixtral 8x7B on Amazon Bedrock.", ("mixtral-8x7b", "offeredOn", "amazon-bedrock")),
        ("Amazon Bedrock runs Claude 3 Opus.", ("claude-3-opus", "offeredOn", "amazon-bedrock")),
        ("Google today announced the general availability of Gemini 1.5 Pro on Vertex AI.",
         ("gemini-1-5", "offeredOn", "vertex-ai")),
        ("Mistral AI released Mixtral 8x7B in December. Developers can download it from the Hugging Face Hub.",
         ("mixtral-8x7b", "offeredOn", "hugging-face-hub")),
        # a relative clause after an apposition is about the name; a service running on a chip is built on it
        ("Apple announced Apple Intelligence, its new AI system, which runs on the M1 chip.",
         ("apple-intelligence", "builtOn", "new-m1")),
        ("SambaNova launched Samba-1, a model that runs on its SN40L chip.", ("samba-1", "builtOn", "sn40l")),
        # a product's parts; verbs the small parser takes for nouns, read from the surface
        ("The Snapdragon X Elite includes a Hexagon NPU.", ("snapdragon-x-elite", "uses", "hexagon-npu")),
        ("GPT-4o powers ChatGPT.", ("chatgpt", "uses", "gpt-4o")),
        ("ChatGPT now runs GPT-4o.", ("chatgpt", "uses", "gpt-4o")),
        # joint development is a partnership; `take on` and `compete against` name rivals
        ("Samsung and Naver are jointly developing AI chips.", ("samsung-electronics", "partnersWith", "naver")),
        ("Gaudi 3 takes on Nvidia's H100 in inference.", ("gaudi3", "competesWith", "h100")),
        ("The Gaudi 3 competes against Nvidia's H100.", ("gaudi3", "competesWith", "h100")),
        # a sentence whose main clause names no one is about the subject of its other clause
        ("Although Google buys GPUs, its own chips matter more. The launch of Gemini came in December.",
         ("google", "announced", "gemini")),
    ],
)
def test_round_or_launch_found(extractor: Extractor, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # the round a sentence before named does not pass to an unrelated sentence
        ("Cohere raised $500 million this week. Nvidia plans to hire 300 engineers. Oracle also joined.",
         ("oracle", "investsIn", "cohere")),
        # `returned` joins a round only where a round is the subject matter
        ("Scale AI raised $1 billion. Nvidia returned the product to its store.", ("nvidia", "investsIn", "scale-ai")),
        # the company invested in, not its investor, is what a later `took part` joins
        ("Samsung invested in Rebellions last year. Nvidia took part in the funding.",
         ("nvidia", "investsIn", "samsung-electronics")),
        # `made X available` is no making (and so no foundry's supplying either)
        ("Microsoft made GPT-4 available to Azure customers through the Azure OpenAI Service.",
         ("microsoft", "supplies", "openai")),
        # `powered by` names the part, not the whole
        ("Qualcomm launched the Snapdragon X Elite, powered by its Hexagon NPU.",
         ("hexagon-npu", "uses", "snapdragon-x-elite")),
        # a passive made `together with` a partner does not pair the article's company with it
        ("Rebellions raised money from KT. The next chip is being developed together with Samsung Electronics.",
         ("kt", "partnersWith", "samsung-electronics")),
        # a company's list of products names no parts
        ("Nvidia's lineup includes the H100 and the H200.", ("nvidia", "uses", "h100")),
        # `competes with` names a rival, not a part
        ("Intel's Gaudi 3 competes directly with Nvidia's H100.", ("gaudi3", "uses", "h100")),
    ],
)
def test_round_or_launch_not_found(extractor: Extractor, text: str, unexpected: tuple[str, str, str]) -> None:
    assert unexpected not in triples(extractor, text)
