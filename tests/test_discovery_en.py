"""English name finding on sentences written for the test: class words around a name,
context that shows a span is no name, model codes, plurals and catalog-name tails."""

from __future__ import annotations

from ingest.document import Article
from ingest.extract import Extractor
from ingest.extraction import Extraction


def run(extractor: Extractor, text: str) -> Extraction:
    return extractor.extract(Article(id="t", body=text, title="t", lang="en"))


def found(x: Extraction) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in x.mentions]


def slug(iri: str) -> str:
    return iri.rsplit("/", 1)[1]


def test_a_chip_named_by_its_model_code_is_matched_in_the_plural(extractor: Extractor) -> None:
    x = run(extractor, "Microsoft rented IPUs to customers, and the cluster will add 20,000 H200s next year.")
    assert [(m.text, slug(m.iri)) for m in x.mentions if m.type == "Chip"] == [
        ("IPUs", "graphcore-ipu"),
        ("H200s", "h200"),
    ]


def test_a_model_code_before_a_chip_word_is_a_chip(extractor: Extractor) -> None:
    x = run(extractor, "The tablet uses the Q12 Pro chip, while the laptop gets the R7 processor.")
    assert {("Q12 Pro", "Chip"), ("R7", "Chip")} <= set(found(x))
    assert all(m.is_new for m in x.mentions if m.type == "Chip")


def test_a_class_word_right_before_a_name_types_it(extractor: Extractor) -> None:
    x = run(extractor, "Last week xAI opened its chatbot Grok to every user.")
    assert ("Grok", "Product") in found(x)


def test_places_licences_and_term_abbreviations_are_not_names(extractor: Extractor) -> None:
    x = run(
        extractor,
        "LEEDS — Quorvia, the Leeds-based maker of inference chips, released its compiler under the "
        "Apache 2.0 license and said its mixture-of-experts (MoE) design halves the cost.",
    )
    names = {m.text for m in x.mentions}
    assert not names & {"LEEDS", "Leeds", "Apache 2.0", "MoE"}, names


def test_a_span_ending_in_a_conjunction_is_no_name(extractor: Extractor) -> None:
    x = run(extractor, "every workload that moves to Graviton, Zentrix or Axion is lost to x86.")
    assert not any(m.text.endswith(" or") for m in x.mentions)


def test_a_memory_stack_height_is_a_new_chip(extractor: Extractor) -> None:
    x = run(extractor, "Samsung started sampling HBM3E 16H, taller than its HBM3E.")
    assert [(m.text, m.type, m.is_new) for m in x.mentions if m.type == "Chip"] == [
        ("HBM3E 16H", "Chip", True),
        ("HBM3E", "Chip", False),
    ]


def test_sizes_and_series_stay_the_catalog_entity_and_a_generation_is_new(extractor: Extractor) -> None:
    x = run(
        extractor,
        "Developers compared Llama 2 70B on ROCm 6 with laptops using the Ryzen AI 300 series.",
    )
    linked = [(m.text, slug(m.iri)) for m in x.mentions if not m.is_new]
    assert ("Llama 2 70B", "llama-2") in linked
    assert ("Ryzen AI 300", "ryzen-ai") in linked
    assert ("ROCm 6", "new-rocm-6") in [(m.text, slug(m.iri)) for m in x.mentions if m.is_new]  # a generation
    chips = run(extractor, "Intel launched Xeon 6 for servers.")
    assert [(m.text, slug(m.iri)) for m in chips.mentions if m.type == "Chip"] == [("Xeon 6", "new-xeon-6")]
    sized = run(extractor, "Microsoft released Phi-3-mini and later Phi-3-vision.")
    assert [(m.text, slug(m.iri)) for m in sized.mentions if m.type == "Product"] == [
        ("Phi-3-mini", "phi-3"),
        ("Phi-3-vision", "phi-3"),
    ]
    part = run(extractor, "Graphcore shipped the Colossus MK2 QX400 and Nvidia paired Hopper H100 with it.")
    assert [(m.text, slug(m.iri)) for m in part.mentions if m.type == "Chip"][0] == (
        "Colossus MK2 QX400",
        "graphcore-ipu",
    )
    assert "H100" in {m.text for m in part.mentions}  # a known chip is not a part number


def test_quantities_after_a_name_are_not_part_of_it(extractor: Extractor) -> None:
    x = run(extractor, "The MI300X 192 GB part and Blackwell 208 billion transistors were shown; ROCm 6.1 shipped.")
    texts = [m.text for m in x.mentions]
    assert "MI300X" in texts and "Blackwell" in texts
    assert "ROCm 6.1" in texts  # a point release is a new product (see the variants rule)


def test_a_short_form_met_earlier_links_where_no_name_was_seen(extractor: Extractor) -> None:
    x = run(
        extractor,
        "Elon Musk founded xAI in 2023. On Monday, Musk wrote on his network that the cluster was online. "
        "Google showed TPU v5e in August; Google said v5e cost half as much. The deal was worth $1.5 billion.",
    )
    musk = [m for m in x.mentions if m.text in ("Elon Musk", "Musk")]
    assert [(m.text, m.type) for m in musk] == [("Elon Musk", "Person"), ("Musk", "Person")]
    assert len({m.iri for m in musk}) == 1
    v5e = [slug(m.iri) for m in x.mentions if m.text.endswith("v5e")]
    assert len(v5e) == 2 and len(set(v5e)) == 1
    assert not any(m.text == "1.5" for m in x.mentions)


def test_after_a_makers_possessive_the_rest_of_a_catalog_name_names_it(extractor: Extractor) -> None:
    x = run(extractor, "The bundle adds Nvidia's AI Enterprise software, while Nvidia's Data Center unit grew.")
    assert [(m.text, slug(m.iri)) for m in x.mentions if m.type != "Company"] == [
        ("AI Enterprise", "nvidia-ai-enterprise")
    ]


def test_a_companys_investment_arm_is_a_new_company(extractor: Extractor) -> None:
    x = run(extractor, "Cisco Investments and Samsung Catalyst Fund joined the round; Cisco said more would follow.")
    assert [(m.text, m.is_new) for m in x.mentions] == [
        ("Cisco Investments", True),
        ("Samsung Catalyst Fund", True),
        ("Cisco", False),
    ]


def test_a_capitalised_word_in_an_organisation_slot_is_a_new_company(extractor: Extractor) -> None:
    x = run(
        extractor,
        "Cisco agreed to buy Velmora for $28 billion. Investors including Quintar, Brisk and Orvane joined "
        "the round. The Information reported the talks. The deal follows the acquisition of Tessavox by "
        "Dell, and Zephlin, a rival of Velmora, said it would sue Korvend. The round was led by Maltrove.",
    )
    new = {(m.text, m.type) for m in x.mentions if m.is_new}
    assert new == {
        ("Velmora", "Company"),
        ("Quintar", "Company"),
        ("Brisk", "Company"),
        ("Orvane", "Company"),
        ("The Information", "Company"),
        ("Tessavox", "Company"),
        ("Zephlin", "Company"),
        ("Korvend", "Company"),
        ("Maltrove", "Company"),
    }, new


def test_common_words_in_organisation_slots_stay_words(extractor: Extractor) -> None:
    x = run(
        extractor,
        "Revenue rose. Cloud sales grew. The company said Series B closed. Analysts said demand held. "
        "Investors including pension funds bought bonds. Shares fell after the acquisition of "
        "Data assets; cloud revenue and data grew.",
    )
    assert [m.text for m in x.mentions if m.is_new] == []


def test_a_company_name_without_its_corporate_suffix_links_to_it(extractor: Extractor) -> None:
    x = run(extractor, "Quorvex AI raised $1 billion in May. Quorvex said the money would fund hiring.")
    quorvex = [(m.text, m.type) for m in x.mentions]
    assert quorvex == [("Quorvex AI", "Company"), ("Quorvex", "Company")]
    assert len({m.iri for m in x.mentions}) == 1


def test_a_new_name_found_once_is_found_again_later_in_the_article(extractor: Extractor) -> None:
    x = run(extractor, "Cisco agreed to buy Splunk in March. Splunk shares rose. Later, Splunk's board agreed.")
    splunk = [m for m in x.mentions if m.text == "Splunk"]
    assert [m.type for m in splunk] == ["Company"] * 3 and len({m.iri for m in splunk}) == 1


def test_capitalised_words_before_a_chip_word_name_a_chip(extractor: Extractor) -> None:
    x = run(extractor, "Its first products are the Sable Ridge laptop processor and the Ironwood Bay server chip.")
    assert {("Sable Ridge", "Chip"), ("Ironwood Bay", "Chip")} <= set(found(x))
    x = run(extractor, "It is built on a Tensor Weaving Processor design, unlike the Silicon Valley chip startups.")
    assert ("Tensor Weaving Processor", "Chip") in found(x) and not any("Valley" in t for t, _ in found(x))


def test_unnamed_members_of_a_list_of_companies_are_companies(extractor: Extractor) -> None:
    x = run(extractor, "Backers include Nvidia, Brightwater Partners, Quill Fund and Intel.")
    assert {("Brightwater Partners", "Company"), ("Quill Fund", "Company")} <= set(found(x))
    assert found(run(extractor, "The company sells in Europe, Asia and Africa.")) == []


def test_a_lower_case_model_code_with_hyphened_parts_is_a_product(extractor: Extractor) -> None:
    body = "Acme released q7-lite and q7-max to subscribers in mid-2024."
    x = extractor.extract(Article(id="t", body=body, title="t", lang="en"))
    found = {(m.text, m.type) for m in x.mentions}
    assert {("q7-lite", "Product"), ("q7-max", "Product")} <= found and not any("2024" in t for t, _ in found)


def test_the_bare_head_of_an_articles_model_codes_names_the_family(extractor: Extractor) -> None:
    body = "Acme's q7 models, explained\n\nAcme released q7-lite and q7-max in May. The q7 series plans. A v2 is no q8."
    x = extractor.extract(Article(id="t", body=body, title="t", lang="en"))
    family = [(m.text, m.type) for m in x.mentions if m.text == "q7"]
    assert family == [("q7", "Product"), ("q7", "Product")]  # the title names it before the codes do
    assert not any(m.text in ("v2", "q8") for m in x.mentions)  # the head of no code in the article


def test_a_common_word_before_a_corporate_suffix_names_a_company(extractor: Extractor) -> None:
    x = run(
        extractor,
        "PORTLAND, Ore., May 2, 2025 — Lantern AI, a three-year-old developer of warehouse robots, today "
        "announced a funding round. Lantern said the money would pay for more robots.",
    )
    lantern = [(m.text, m.type) for m in x.mentions if m.text.startswith("Lantern")]
    assert lantern == [("Lantern AI", "Company"), ("Lantern", "Company")]
    assert len({m.iri for m in x.mentions if m.text.startswith("Lantern")}) == 1


def test_an_investor_list_after_a_colon_names_companies(extractor: Extractor) -> None:
    x = run(extractor, "- Investors: Quintar, Brisk and Orvane")
    found_here = {(m.text, m.type) for m in x.mentions}
    assert found_here == {("Quintar", "Company"), ("Brisk", "Company"), ("Orvane", "Company")}


def test_what_a_company_unveils_is_a_product_in_every_mention(extractor: Extractor) -> None:
    x = run(
        extractor,
        "Velmora's Quillstream, explained. Velmora unveiled Quillstream on May 2, a week before its "
        "conference. Customers said Quillstream saved time.",
    )
    quill = [(m.text, m.type) for m in x.mentions if m.text == "Quillstream"]
    assert quill == [("Quillstream", "Product")] * 3
    assert ("velmora", "announced", "quillstream") in {
        (slug(r.subject).removeprefix("new-"), r.predicate, slug(r.object).removeprefix("new-")) for r in x.relations
    }


def test_an_apposition_or_a_copula_types_a_new_name(extractor: Extractor) -> None:
    x = run(
        extractor,
        "Its best asset is Brightline AI, a cloud service that runs wireless networks. Orbison is the "
        "company's new agent platform.",
    )
    types = {m.text: m.type for m in x.mentions}
    assert types == {"Brightline AI": "Platform", "Orbison": "Platform"}, types


def test_an_apposition_after_an_untagged_name_types_it(extractor: Extractor) -> None:
    x = run(
        extractor,
        "In July it released Quillbox, a family of small models. It also runs Tarvichat, a free chat app. "
        "Ardent Labs sells Stable Quill Diffusion, a tool for images.",
    )
    found_here = {(m.text, m.type) for m in x.mentions}
    assert {("Quillbox", "Product"), ("Tarvichat", "Product")} <= found_here, found_here
    assert ("Quill Diffusion", "Product") not in found_here  # the tail of a longer name is no name
    x = run(extractor, "Paymo, a payments startup in Austin, raised $40 million in May.")
    assert [(m.text, m.type) for m in x.mentions if m.is_new] == [("Paymo", "Company")]  # startup read as a verb


def test_the_objects_of_investors_include_are_companies(extractor: Extractor) -> None:
    x = run(extractor, "The investors joining the rescue include Quintar, Brisk Holdings and Orvane.")
    assert {("Quintar", "Company"), ("Orvane", "Company")} <= {(m.text, m.type) for m in x.mentions}


def test_a_class_word_before_a_name_types_what_the_small_model_took_for_a_place(extractor: Extractor) -> None:
    x = run(extractor, "Acme built Kestrel, and its earlier chip, Sycamore, ran it. It sells a model called Zephyr.")
    found = {(m.text, m.type) for m in x.mentions}
    assert {("Sycamore", "Chip"), ("Zephyr", "Product")} <= found
    assert ("Zephyr", "Product") not in {(m.text, m.type) for m in run(extractor, "She flew to Zephyr.").mentions}
    award = run(extractor, "The department finalized a CHIPS Act award for Acme.")
    assert "Act" not in {m.text for m in award.mentions}  # an upper-case word is no class word


def test_a_proper_noun_before_a_catalog_product_names_another_product(extractor: Extractor) -> None:
    x = run(extractor, "Salesforce launched Einstein Copilot in 2024, while Microsoft Copilot grew.")
    named = {(m.text, m.iri.rsplit("/", 1)[-1]) for m in x.mentions}
    assert ("Einstein Copilot", "new-einstein-copilot") in named
    assert ("Microsoft Copilot", "microsoft-copilot") in named  # a maker's name before it is its own name
