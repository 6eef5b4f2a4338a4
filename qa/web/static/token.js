/* The write token: typed once, kept in sessionStorage (this tab only), sent as a Bearer header. */
(function () {
  'use strict';
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
        try { body = JSON.parse(text); } catch (e) { body = {error: r.status === 413 ? 'too large' : text.slice(0, 200)}; }
        return {ok: r.ok, status: r.status, body: body};
      });
    }, function (e) { return {ok: false, status: 0, body: {error: 'network error: ' + e}}; });
  }

  function say(el, text, isError) {
    if (!el) return;
    el.textContent = text;
    el.className = 'status' + (isError ? ' error' : ' ok');
  }

  window.trendkg = {token: token, send: send, say: say};
})();
