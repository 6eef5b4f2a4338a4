"""Is a Latin-script name a person's? Its first word is a given name.

The given names come from `gender-guesser` (a list of some 40,000 first names of many
countries, shipped inside the PyPI package). A Korean article glosses a person's name the
way it glosses a company's (`데니스 야랏츠(Denis Yarats)`, `탈렌 에너지(Talen Energy)`); a
given name first, and no organisation word, tells the person.
"""

from __future__ import annotations

import functools
import re

from kg.catalog import CORPORATE_SUFFIXES

ORG_WORDS = CORPORATE_SUFFIXES | {
    "energy", "capital", "ventures", "partners", "fund", "motor", "motors", "bank", "media", "robotics",
    "semiconductor", "electronics", "foundation", "institute", "university", "cloud", "research", "co", "co.",
    "company", "investments", "management", "associates", "stanley", "brothers",
    "korea", "japan", "china", "america", "europe", "asia", "india",  # `Crystal Korea`: a place names no person
}  # fmt: skip
NAME_PARTICLES = {"de", "van", "von", "der", "da", "di", "le", "la", "bin"}  # `Aart de Geus`
NAME_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-Z][a-z]+)?|" + "|".join(sorted(NAME_PARTICLES)))


@functools.cache
def _detector() -> object:
    import gender_guesser.detector as gender

    return gender.Detector(case_sensitive=False)


def is_given_name(word: str) -> bool:
    return _detector().get_gender(word) != "unknown"  # type: ignore[attr-defined]


def person_name(latin: str) -> bool:
    """`Denis Yarats`, `Aart de Geus`: two to four name words, a given name first, none of
    them an organisation's word (`Morgan Stanley`, `Johnson Controls Group`)."""
    words = latin.split()
    if not 2 <= len(words) <= 4 or not all(NAME_WORD.fullmatch(w) for w in words) or not words[0][:1].isupper():
        return False
    return not any(w.lower() in ORG_WORDS for w in words) and is_given_name(words[0])
