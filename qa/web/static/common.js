/* Shared by the page scripts: UI messages in the page's language, and the write token
   (typed once, kept in sessionStorage for this tab only, sent as a Bearer header). */
(function () {
  'use strict';
  var MESSAGES = {
    en: {
      running: 'running…', rows: '{n} rows, {ms} ms', ask: 'ASK → {b}, {ms} ms', graph: 'graph result, {ms} ms',
      timeout: 'Timed out: the query ran past the {s} s limit and was stopped.',
      error_at: 'Error {status} (line {line}, column {col}): {msg}', error: 'Error {status}: {msg}',
      network: 'network error: {e}', too_large: 'Too large: {bytes} bytes; the limit is {max} bytes.',
      choose_files: 'Choose one or more files.', give_url: 'Give at least one http(s) URL.', queued: 'queued…',
      deleted: 'deleted', confirm_delete: 'Delete {id}?',
      reingested: '{status}: {entities} mentions, {relations} relations, {claims} claims'
    },
    ko: {
      running: '실행 중…', rows: '{n}행, {ms} ms', ask: 'ASK → {b}, {ms} ms', graph: '그래프 결과, {ms} ms',
      timeout: '시간 초과: 쿼리가 {s}초 제한을 넘겨 중단되었습니다.',
      error_at: '오류 {status} ({line}행 {col}열): {msg}', error: '오류 {status}: {msg}',
      network: '네트워크 오류: {e}', too_large: '너무 큽니다: {bytes}바이트, 한도는 {max}바이트입니다.',
      choose_files: '파일을 하나 이상 고르세요.', give_url: 'http(s) URL을 하나 이상 넣으세요.', queued: '대기 중…',
      deleted: '삭제됨', confirm_delete: '{id} 기사를 삭제할까요?',
      reingested: '{status}: 언급 {entities}, 관계 {relations}, 주장 {claims}'
    }
  };
  var lang = document.documentElement.lang === 'ko' ? 'ko' : 'en';

  function msg(key, args) {
    return MESSAGES[lang][key].replace(/\{(\w+)\}/g, function (_, name) { return args && args[name] != null ? String(args[name]) : ''; });
  }
  var KEY = 'trendkg-token';
  var inputs = Array.prototype.slice.call(document.querySelectorAll('input.token'));
  var saved = sessionStorage.getItem(KEY) || '';
  inputs.forEach(function (input) {
    input.value = saved;
    input.addEventListener('input', function () { sessionStorage.setItem(KEY, input.value.trim()); });
  });

  function token() { return sessionStorage.getItem(KEY) || (inputs[0] ? inputs[0].value.trim() : ''); }

  /* fetch with the token; resolves to {ok, status, body} where body is parsed JSON (or {error}) */
  function send(url, options) {
    options = options || {};
    options.headers = options.headers || {};
    options.headers.Authorization = 'Bearer ' + token();
    options.headers.Accept = 'application/json';
    return fetch(url, options).then(function (r) {
      return r.text().then(function (text) {
        var body;
        try { body = JSON.parse(text); } catch (e) { body = {error: text.slice(0, 200)}; }
        return {ok: r.ok, status: r.status, body: body};
      });
    }, function (e) { return {ok: false, status: 0, body: {error: msg('network', {e: e})}}; });
  }

  function say(el, text, isError) {
    if (!el) return;
    el.textContent = text;
    el.className = 'status' + (isError ? ' error' : ' ok');
  }

  window.trendkg = {token: token, send: send, say: say, msg: msg};
})();
