"""English relations stated by descriptions and lists rather than by a verb and its
arguments, on small sentences written for the test: a possessed description in apposition,
relational nouns (`counterpart to`, `between A and B`), bullets under a lead-in verb, spec
lines about the product just introduced, a subject the small parser loses, training as
making, participles and shared subjects."""

from __future__ import annotations

import pytest

from ingest.extract import Extractor
from tests.test_relations_en_clauses import triples

SPECS = (
    "Graphcore makes AI chips. In May the company showed its newest processor, Colossus MK2, to analysts. "
    "The published specifications:\n- Memory: 900 MB of on-chip SRAM and HBM3.\n- Architecture: the Bow IPU "
    "design.\n- Availability: Microsoft Azure and Oracle Cloud Infrastructure.\n- Co-design: the team also tested "
    "the H100.\n- GPU: compared with the A100."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a possessed description next to a name makes the owner its maker
        ("Intel's newest accelerator, Gaudi 3, ships next year.", ("intel", "develops", "gaudi3")),
        ("- oneAPI: the newest version of Intel's programming framework.", ("intel", "develops", "oneapi")),
        # relational nouns: rivals
        ("- oneAPI: the newest version of Intel's programming framework, its counterpart to Nvidia's CUDA.",
         ("oneapi", "competesWith", "cuda")),
        ("The Gaudi 3 is an alternative to the H100.", ("gaudi3", "competesWith", "h100")),
        ("Qualcomm's answer to Apple's M3 chip is the Snapdragon X Elite.",
         ("snapdragon-x-elite", "competesWith", "new-m3")),
        # relational nouns: a possessor's partner; a part supplied for a product
        ("Oracle was named Nvidia's preferred cloud partner.", ("oracle", "partnersWith", "nvidia")),
        ("Dell, Nvidia's closest partner for AI servers, ships the racks.", ("dell", "partnersWith", "nvidia")),
        ("Samsung became the main supplier of HBM3E for Nvidia's H200.", ("h200", "uses", "hbm3e")),
        # becoming another's subsidiary is being acquired by it
        ("After the deal, Quillo will become a wholly owned subsidiary of Samsung.",
         ("samsung-electronics", "acquired", "new-quillo")),
        ("Quillo became Samsung's subsidiary in 2021.", ("samsung-electronics", "acquired", "new-quillo")),
        ("Micron will supply HBM3E for the B200.", ("b200", "uses", "hbm3e")),
        # a name given to a possessed description
        ("Graphcore's chip, which it calls Colossus MK2, is large.", ("graphcore", "develops", "graphcore-ipu")),
        ("Rebellions sells its NPU line under the name ATOM.", ("rebellions", "develops", "atom")),
        # relational nouns: `between A and B`, also through `the one`
        ("Analysts compare the rivalry between Intel and AMD to a price war.", ("intel", "competesWith", "amd")),
        ("The deal echoes the one between Nvidia and Dell.", ("nvidia", "partnersWith", "dell")),
        # bullets take the open verb of their lead-in
        ("At its developer event Intel announced:\n- Gaudi 3 accelerators in three form factors;\n"
         "- Xeon 6 processors for data centers.", ("intel", "announced", "new-xeon-6")),
        # a product introduced in an apposition is what a spec list after it describes
        (SPECS, ("graphcore-ipu", "uses", "hbm3")),
        (SPECS, ("graphcore-ipu", "builtOn", "bow-ipu")),
        (SPECS, ("graphcore-ipu", "offeredOn", "oci")),
        ("Graphcore makes AI chips. In May the company showed its newest processor, Colossus MK2, to analysts.",
         ("graphcore", "develops", "graphcore-ipu")),
        # `both` / `the two chips`: the two products of one kind named last
        ("Intel makes the Gaudi 3 and the Xeon 6 for its cloud, Intel Tiber. The company launched both in April.",
         ("intel", "announced", "new-xeon-6")),
        ("Intel makes the Gaudi 3 and the Xeon 6 for its cloud, Intel Tiber. The company launched the two chips "
         "in April.", ("intel", "announced", "gaudi3")),
        # `it` in a coordinated clause is the product the first verb named
        ("Mistral AI released Mixtral 8x7B. Later Meta shipped Llama 3 and made it available on Amazon Bedrock.",
         ("llama-3", "offeredOn", "amazon-bedrock")),
        # `each instance` is one of the product under discussion
        ("Nvidia launched DGX Cloud in March. Each instance contains eight H100 GPUs.",
         ("dgx-cloud", "builtOn", "h100")),
        # an unnamed object made under a name
        ("Nvidia and Dell said they would build several AI factories under the DGX SuperPOD name.",
         ("dell", "develops", "dgx-superpod")),
        # a maker-verb compound covers the whole list it heads
        ("Customers can rent the AWS-designed Trainium and Inferentia chips.",
         ("amazon-web-services", "develops", "inferentia")),
        # training a model is making it
        ("Mistral AI shipped Mixtral 8x7B in December. It trained Mistral Large on rented GPUs.",
         ("mistral-ai", "develops", "mistral-large")),
        # a reduced active participle takes the noun it modifies as subject
        ("Dell servers using Nvidia's H100 GPUs sell out quickly.", ("dell", "uses", "h100")),
        # coordinated verbs share the subject of the first
        ("Mistral AI released Mixtral 8x7B in December. The model was trained in France and is available on "
         "Amazon Bedrock and Vertex AI.", ("mixtral-8x7b", "offeredOn", "vertex-ai")),
        # a foundry making a chip on its process supplies the chip's designer
        ("Ampere Computing designs AmpereOne. TSMC manufactures AmpereOne on its 5-nanometer process.",
         ("tsmc", "supplies", "new-ampere-computing")),
        ("Its rivals are MediaTek and Apple, whose flagship chips TSMC also makes in the 3-nanometer class.",
         ("tsmc", "supplies", "apple")),
        # a system or platform running on what is under it
        ("The Databricks Data Intelligence Platform runs on Microsoft Azure.",
         ("databricks-lakehouse-platform", "builtOn", "microsoft-azure")),
        ("Microsoft confirmed that Bing Chat had been running on GPT-4.", ("microsoft-copilot", "uses", "gpt-4")),
    ],
)
def test_described_relation_found(extractor: Extractor, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # a lead-in that writes its own object passes nothing to its bullets
        ("Intel has been building its own accelerators:\n- Gaudi 3 ships in the spring.",
         ("intel", "develops", "gaudi3")),
        # a description that is itself a name is no apposition
        ("Alongside Google's own Gemma models, Vertex AI lists Llama 2.", ("google", "develops", "vertex-ai")),
        # `every DGX H100 system` names its own product
        ("Nvidia launched DGX Cloud in March. Every DGX H100 system contains eight H100 GPUs.",
         ("dgx-cloud", "builtOn", "h100")),
        # a name is not a product in use
        ("Rebellions sells its NPU line under the name ATOM, which it first used in 2021.",
         ("rebellions", "uses", "atom")),
        # a label is read whole: `Co-design` is no design line
        (SPECS, ("graphcore-ipu", "builtOn", "h100")),
        (SPECS, ("graphcore-ipu", "uses", "a100")),
        # spec lines need a lead-in: after prose they describe nothing
        ("Graphcore showed its newest processor, Colossus MK2. Analysts liked it.\n- Memory: HBM3 was scarce.",
         ("graphcore-ipu", "uses", "hbm3")),
        # a rival noun pairs only names of one kind
        ("Intel's counterpart to CUDA is still young.", ("intel", "competesWith", "cuda")),
    ],
)
def test_described_relation_not_found(extractor: Extractor, text: str, unexpected: tuple[str, str, str]) -> None:
    assert unexpected not in triples(extractor, text)
