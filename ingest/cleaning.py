"""Page chrome removal for text saved from news sites: menus, bylines, share buttons,
newsletter prompts, related-article lists, copyright and registration lines.

Rules work line by line and are deliberately narrow: dropping a real sentence costs
more than keeping a stray menu line. Everything downstream reads the cleaned body.
"""

from __future__ import annotations

import re

LEGAL = re.compile(  # the notice, not a sentence about copyright (`sued YouTube for copyright infringement`)
    r"(©|\bcopyright\s*(?:©|\(c\)|(?:19|20)\d{2})|^\W*copyright\b|all rights reserved|"
    r"무단\s*전재|재배포\s*금지|저작권자|"
    r"^\s*(등록번호|등록일|등록발행일자|발행인|편집인|발행·편집인|청소년\s*보호\s*책임자|사업자\s*등록번호|"
    r"회사명|제호|주소|tel|전화|팩스|대표전화)\s*[:：])",
    re.I,
)
PROMPT = re.compile(
    r"(구독하기|무료\s*구독|뉴스레터|newsletter|subscribe|sign up|sign in|log in|로그인|회원가입|"
    r"privacy policy|terms of use|cookie|개인정보\s*처리\s*방침|이용약관|sponsored|추천\s*테크라이브러리|"
    r"offcanvas|공유하기|기사\s*공유|url\s*복사|글자\s*크기|프린트|카카오톡\s*공유|share this|print this)",
    re.I,
)
LIST_HEADER = re.compile(
    r"^\s*(관련\s*기사|관련\s*뉴스|많이\s*본\s*뉴스|인기\s*기사|추천\s*기사|주요\s*뉴스|"
    r"related (stories|articles|content|news)|most (read|popular)|more from .{0,30}|"
    r"read more|you may also like|recommended)\s*:?\s*$",
    re.I,
)
RELATED_LINE = re.compile(
    r"^\s*(related|read next|read more|read also|see also|more on this|관련\s*기사|함께\s*읽(을|기)(\s*기사)?)"
    r"\s*[:：]\s*\S",
    re.I,
)  # `Related: A · B`, `관련 기사: A | B`: links to other articles on one line
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
SENTENCE_END = re.compile(r"[.!?。]['\"”’)]?\s*\d{0,2}\s*$|[다요죠]\s*$")
SEPARATORS = re.compile(r"\s(?:>|›|»|\||/)\s|\s*\|\s*")


def _is_navigation(line: str) -> bool:
    """`홈 > IT > 반도체`, `Home | Tech | Subscribe`, `2022.12.23 한상기 | CIO KR`."""
    parts = [p.strip() for p in SEPARATORS.split(line) if p.strip()]
    return len(parts) >= 2 and all(len(p) <= 24 for p in parts) and not SENTENCE_END.search(line)


def is_chrome(line: str) -> bool:
    text = line.strip()
    if not text:
        return False
    if LEGAL.search(text) or EMAIL.search(text) or RELATED_LINE.match(text):
        return True
    if len(text) <= 60 and PROMPT.search(text):
        return True
    return _is_navigation(text)


def clean_page(text: str) -> str:
    """The text without chrome lines; blank-line runs collapse to one blank line."""
    out: list[str] = []
    skipping_list = False
    for line in text.split("\n"):
        stripped = line.strip()
        if LIST_HEADER.match(stripped):
            skipping_list = True
            continue
        if skipping_list:
            if stripped and not SENTENCE_END.search(stripped) and len(stripped) <= 90:
                continue  # a headline in a related-articles list
            if stripped:
                skipping_list = False
        if is_chrome(line):
            continue
        out.append(line)
    cleaned = re.sub(r"\n{3,}", "\n\n", "\n".join(out))
    return cleaned.strip("\n")
