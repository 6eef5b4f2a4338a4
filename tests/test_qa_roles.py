"""qa.roles: a person holds the asked role at the asked organisation, not at another one named nearby."""

from __future__ import annotations

import pytest

from qa.roles import role_holders

NAMES = {
    "jane": ["Jane Roe"],
    "kim": ["김철수", "Kim Chul-soo"],
    "beta": ["Beta", "베타"],
    "gamma": ["Gamma"],
}


@pytest.mark.parametrize(
    ("sentence", "asked", "people", "orgs", "holders"),
    [
        ("Acme was founded in 2020 by Jane Roe, who came from Beta.", ["Acme"], ["jane"], ["beta"], ["jane"]),
        ("Jane Roe, a co-founder of Beta, joined Acme in May.", ["Acme"], ["jane"], ["beta"], []),
        ("에이사(Acme)는 베타에서 일했던 김철수 대표가 2018년 세운 회사다.", ["에이사"], ["kim"], ["beta"], ["kim"]),
        ("베타 창업자 김철수가 에이사에 투자했다.", ["에이사"], ["kim"], ["beta"], []),
        ("Its founder and chief executive, Jane Roe, once worked at Gamma.", ["Acme"], ["jane"], ["gamma"], ["jane"]),
        ("Acme hired Jane Roe from Beta in March.", ["Acme"], ["jane"], ["beta"], []),  # no role named
        # where the sentence got it from is no organisation the role is of
        ("베타에 따르면 김철수 CEO는 심사가 길어질 수 있다고 말했다.", ["에이사"], ["kim"], ["beta"], ["kim"]),
        # the role is another firm's: the asked one is only where she once worked, far from the role word
        ("Founder and chief executive Jane Roe, who wrote the product plan, once worked at Acme.", ["Acme"], ["jane"],
         [], []),
    ],
)
def test_role_holders(sentence: str, asked: list[str], people: list[str], orgs: list[str], holders: list[str]) -> None:
    assert role_holders(sentence, asked, people, orgs, lambda iri: NAMES[iri]) == holders
