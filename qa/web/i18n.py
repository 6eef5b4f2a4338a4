"""UI language (ko/en) and the interface strings in both languages.

The language comes from `?ui=ko|en` (remembered in a cookie), else the browser's
Accept-Language. Article text keeps its own language; only the interface changes.
"""

from __future__ import annotations

from urllib.parse import urlencode

from flask import Flask, Response, request

LANGS = ("ko", "en")
COOKIE = "ui"

# key: (English, Korean)
STRINGS: dict[str, tuple[str, str]] = {
    "ask": ("Ask", "질문"),
    "ask_button": ("Ask", "묻기"),
    "tagline": ("Ask the tech-trend articles, in Korean or English", "기술 트렌드 기사에 한국어나 영어로 물어보세요"),
    "tile_trends": ("Who is mentioned more, month by month", "월별로 많이 언급되는 기업과 기술"),
    "tile_sparql": ("Query the knowledge graph directly", "지식 그래프를 직접 쿼리"),
    "tile_ingest": ("Add articles: paste, upload or URLs", "기사 추가: 붙여넣기, 파일, URL"),
    "ask_placeholder": ("Ask in Korean or English", "질문을 입력하세요 (한국어/English)"),
    "ask_intro": ("Answers come only from the articles in the corpus, with the sentences that support them.",
                  "답은 코퍼스의 기사에서만 나오며, 근거 문장을 함께 보여 줍니다."),
    "examples": ("Try", "예시 질문"),
    "evidence": ("Evidence", "근거"),
    "why": ("Why this answer", "이 답의 근거 쿼리"),
    "open_editor": ("Open in editor", "편집기에서 열기"),
    "not_in_corpus": ("Not in the corpus", "코퍼스에 없음"),
    "not_in_corpus_hint": ("No article supports an answer, so none is given. Try another wording or one of the "
                           "examples.", "이 질문을 뒷받침하는 기사가 없어 답하지 않았습니다. 다른 표현이나 예시 질문을 "
                           "써 보세요."),
    "confidence": ("confidence", "신뢰도"),
    "source": ("source", "원문"),
    "share": ("Link to this answer", "이 답의 링크"),
    "trends": ("Trends", "트렌드"),
    "ingest": ("Ingest", "기사 추가"),
    "review": ("Review", "검토"),
    "entity": ("Entity", "개체"),
    "relations": ("Relations", "관계"),
    "relations_out": ("Outgoing", "이 개체가 주어"),
    "relations_in": ("Incoming", "이 개체가 목적어"),
    "claims": ("Claims", "주장·수치"),
    "disagree": ("Sources disagree", "출처 간 불일치"),
    "articles": ("Articles", "기사"),
    "mentions_over_time": ("Mentions over time", "월별 언급 수"),
    "neighbourhood": ("Neighbourhood", "관계망"),
    "query_entity": ("Query this entity", "이 개체 쿼리하기"),
    "aliases": ("Aliases", "별칭"),
    "references": ("References", "참고 자료"),
    "metadata": ("Details", "정보"),
    "language": ("Language", "언어"),
    "published": ("Published", "발행일"),
    "publisher": ("Publisher", "매체"),
    "reingest": ("Re-ingest", "다시 처리"),
    "delete": ("Delete", "삭제"),
    "token": ("Token", "토큰"),
    "token_hint": ("Writes need the server's token (TRENDKG_TOKEN); it stays in this browser tab only.",
                   "쓰기에는 서버 토큰(TRENDKG_TOKEN)이 필요합니다. 이 탭에만 보관됩니다."),
    "subject": ("Subject", "주어"),
    "predicate": ("Relation", "관계"),
    "object": ("Object", "목적어"),
    "sentence": ("Sentence", "문장"),
    "speaker": ("Said by", "발언자"),
    "citation": ("Citation", "인용"),
    "top_month": ("Most mentioned, by month", "월별 최다 언급"),
    "rising": ("Rising", "상승세"),
    "compare": ("Compare over time", "기간별 비교"),
    "compare_button": ("Compare", "비교"),
    "compare_hint": ("Pick up to six entities.", "최대 여섯 개체를 고르세요."),
    "conflicts": ("Recent conflicting claims", "최근 상충하는 주장"),
    "none": ("Nothing yet.", "아직 없습니다."),
    "recent": ("last 3 months", "최근 3개월"),
    "before": ("3 months before", "이전 3개월"),
    "paste": ("Paste text", "텍스트 붙여넣기"),
    "upload": ("Upload files", "파일 올리기"),
    "urls": ("URLs or feeds", "URL 또는 피드"),
    "title": ("Title", "제목"),
    "date": ("Date", "날짜"),
    "text": ("Text", "본문"),
    "files": ("Files (.txt, .md, .html)", "파일 (.txt, .md, .html)"),
    "urls_hint": ("One URL per line: pages or RSS/Atom feeds.", "한 줄에 URL 하나: 웹 페이지 또는 RSS/Atom 피드."),
    "submit": ("Ingest", "추가"),
    "limit": ("Limit", "한도"),
    "results": ("Results", "결과"),
    "needs_js": ("This form needs JavaScript (it sends the token as a header).",
                 "이 양식은 자바스크립트가 필요합니다 (토큰을 헤더로 보냅니다)."),
    "new_entities": ("New entities", "새 개체"),
    "merge_candidates": ("Cross-language merge candidates", "언어 간 병합 후보"),
    "accept": ("Merge", "병합"),
    "reject": ("Reject", "거절"),
    "score": ("Score", "점수"),
    "entity_type": ("Type", "유형"),
    "mention_count": ("Mentions", "언급 수"),
    "state": ("State", "상태"),
    "first_seen": ("Mentions", "언급"),
    "sparql_hint": ("Default graph = union of all graphs. Ctrl-Space completes entities (Korean or English "
                    "label), classes and predicates.", "기본 그래프는 모든 그래프의 합집합입니다. Ctrl-Space로 "
                    "개체(한국어·영어 이름), 클래스, 술어를 자동 완성합니다."),
    "run": ("Run", "실행"),
    "time_limit": ("Time limit", "시간 제한"),
    "writes_disabled": ("Writes are disabled: no token is configured on the server (TRENDKG_TOKEN).",
                        "서버에 토큰(TRENDKG_TOKEN)이 없어 쓰기가 꺼져 있습니다."),
    "download": ("Download", "내려받기"),
    "example_queries": ("Examples", "예시 쿼리"),
}


def ui_lang() -> str:
    chosen = request.args.get("ui") or request.cookies.get(COOKIE)
    if chosen in LANGS:
        return chosen
    return request.accept_languages.best_match(list(LANGS)) or "en"


def translate(key: str, lang: str) -> str:
    en, ko = STRINGS[key]
    return ko if lang == "ko" else en


def switch_url(lang: str) -> str:
    """This page again in the other UI language."""
    args = request.args.to_dict(flat=False)
    args["ui"] = [lang]
    return f"{request.path}?{urlencode(args, doseq=True)}"


def install(app: Flask) -> None:
    """`ui` and `t(key)` in every template; `?ui=` is remembered in a cookie."""

    @app.context_processor
    def strings() -> dict[str, object]:
        lang = ui_lang()
        return {"ui": lang, "t": lambda key: translate(key, lang), "switch_url": switch_url}

    @app.after_request
    def remember(response: Response) -> Response:
        chosen = request.args.get("ui")
        if chosen in LANGS and request.cookies.get(COOKIE) != chosen:
            response.set_cookie(COOKIE, chosen, max_age=365 * 86400, samesite="Lax")
        return response
