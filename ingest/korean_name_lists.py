"""Korean names found by the list they stand in.

A proper noun listed beside a catalog name is a name of the same type (`퓨리오사AI, 세레스,
딥엑스 등`, `엔비디아와 세레스가`); every member of a comma list closed by `등` and an
organisation noun is a company (`도요타, 덴소, NEC 등 8개 기업이`), the ones no other finder
knew included.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ingest.korean_name_cues import glued, name_word, particle_after, word_edges, word_ends_at
from ingest.names_common import GENERIC_NAMES, first_tag


def listed_names(doc: Doc, ents: list[Span], taken: set[int]) -> list[Span]:
    """`퓨리오사AI, 세레스, 딥엑스 등`, `엔비디아와 세레스가`: a proper noun listed beside a catalog
    name (a comma or `와/과` between them) is a name of the same type."""
    ends = {ent.end: ent for ent in ents if ent.ent_id_}
    starts = {ent.start: ent for ent in ents if ent.ent_id_}
    out: list[Span] = []
    for i in range(1, len(doc)):
        if i in taken or glued(doc, i) or not name_word(doc, i):
            continue
        start, end = word_edges(doc, i, i + 1)
        if start != i or not word_ends_at(doc, end) or not taken.isdisjoint(range(start, end)):
            continue
        sep = doc[start - 1].text
        before = ends.get(start - 1) if sep == "," or (sep in ("와", "과") and glued(doc, start - 1)) else None
        after = None
        if end < len(doc) and (doc[end].text == "," or particle_after(doc, end) in ("와", "과")):
            after = starts.get(end + 1)
        neighbour = before or after
        if neighbour is not None:
            out.append(Span(doc, start, end, label=neighbour.label_))
    return out


LIST_ORG_NOUNS = {"기업", "업체", "회사", "사", "곳", "투자사", "기관", "주주", "주주사", "투자자"}


def org_list_members(doc: Doc, taken: set[int]) -> list[Span]:
    """`도요타, 덴소, NEC, 키옥시아 등 8개 기업이`: every member of a comma list closed by `등` and
    an organisation noun is a company, the ones no other finder knew included."""
    out: list[Span] = []
    for close in (t.i for t in doc if t.text == "등" and org_list_closer(doc, t.i)):
        end = close
        while end > 0:
            start = end - 1
            while start > 0 and glued(doc, start) and doc[start - 1].text not in (",", "·"):
                start -= 1  # back over the word (and a glued `(Kioxia)` gloss)
            if start not in taken and _list_member(doc, start, end) and taken.isdisjoint(range(start, end)):
                word_end = next((k for k in range(start, end) if doc[k].text == "("), end)
                out.append(Span(doc, start, word_end, label="Company"))
            if start == 0 or doc[start - 1].text not in (",", "·"):
                break
            end = start - 1
    return out


def org_list_closer(doc: Doc, i: int) -> bool:
    """`등` at i closes a list of organisations (`등 8개 기업`, `등 10여 곳`)."""
    after = [t.text for t in doc[i + 1 : i + 4]]
    while after and (after[0].isdigit() or after[0] in ("개", "여")):
        after = after[1:]  # `8개 기업`, `10여 곳`
    return bool(after) and after[0] in LIST_ORG_NOUNS


def _list_member(doc: Doc, start: int, end: int) -> bool:
    """One name word: Hangul (`덴소`) or a capitalised Latin word (`NEC`), with no common noun in it."""
    word = doc[start:end].text.split("(")[0]
    if " " in word or not word or word in GENERIC_NAMES:
        return False
    return bool(re.fullmatch(r"[가-힣]{2,8}|[A-Z][A-Za-z0-9&]{1,12}", word)) and first_tag(doc[start].tag_) != "NNG"
