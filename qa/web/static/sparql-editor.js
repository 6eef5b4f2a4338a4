/* The SPARQL editor: CodeMirror with completion from /api/complete when it is installed,
   a plain textarea otherwise; runs queries against /sparql and shows a results table. */
(function () {
  'use strict';
  var form = document.getElementById('sparql-form');
  var textarea = document.getElementById('query');
  var status = document.getElementById('status');
  var out = document.getElementById('results');
  var timeout = parseFloat(form.getAttribute('data-timeout'));
  var cm = null, errorLine = null, tk = window.trendkg;

  var WORD = /[\w:\-\u3131-\u318e\uac00-\ud7a3]/;

  /* the word before the cursor and what kind of term it must be */
  function context(line, ch) {
    var start = ch;
    while (start > 0 && WORD.test(line.charAt(start - 1))) start--;
    var word = line.slice(start, ch), before = line.slice(0, start);
    var kind = 'entity';
    if (/(^|\s)a\s+$/.test(before) || /^[a-z]*:[A-Z]/.test(word)) kind = 'class';
    else if (/^(tkg|schema|skos|rdf|rdfs|owl|prov|nif|xsd):/.test(word)) kind = 'predicate';
    return {start: start, word: word, kind: kind};
  }

  function complete(editor, callback) {
    var cur = editor.getCursor(), c = context(editor.getLine(cur.line), cur.ch);
    if (c.word.length < 1) { callback(null); return; }
    var url = '/api/complete?kind=' + c.kind + '&prefix=' + encodeURIComponent(c.word);
    fetch(url).then(function (r) { return r.json(); }).then(function (data) {
      var list = (data.items || []).map(function (item) {
        return {text: item.text, displayText: item.text + (item.label && item.label !== item.text ? '   ' + item.label : '') +
          (item.detail ? '   · ' + item.detail : '')};
      });
      callback({list: list, from: window.CodeMirror.Pos(cur.line, c.start), to: cur});
    }, function () { callback(null); });
  }
  complete.async = true;

  if (window.CodeMirror && window.CodeMirror.showHint) {
    cm = window.CodeMirror.fromTextArea(textarea, {
      mode: 'application/sparql-query', lineNumbers: true, lineWrapping: false, indentUnit: 2,
      extraKeys: {'Ctrl-Space': 'autocomplete', 'Ctrl-Enter': function () { run(); }, 'Cmd-Enter': function () { run(); }},
      hintOptions: {hint: complete, completeSingle: false}
    });
    cm.on('inputRead', function (editor, change) {
      if (change.origin !== '+input' || editor.state.completionActive) return;
      var cur = editor.getCursor(), c = context(editor.getLine(cur.line), cur.ch);
      if (/:\w{2,}$/.test(c.word) || /[\uac00-\ud7a3]{2,}$/.test(c.word)) editor.showHint({hint: complete, completeSingle: false});
    });
    document.documentElement.classList.add('has-editor');
  }

  function text() { return cm ? cm.getValue() : textarea.value; }
  function setText(value) { if (cm) { cm.setValue(value); cm.focus(); } else { textarea.value = value; } }

  document.querySelectorAll('[data-example]').forEach(function (button) {
    button.addEventListener('click', function () {
      setText(document.getElementById('example-' + button.getAttribute('data-example')).content.textContent);
    });
  });

  function say(message, kind) { status.textContent = message; status.className = 'status ' + (kind || ''); }

  function clearError() { if (cm && errorLine !== null) { cm.removeLineClass(errorLine, 'background', 'cm-error-line'); errorLine = null; } }

  /* the query's own PREFIX lines, to show IRIs as prefixed names */
  function prefixes() {
    var found = [], re = /PREFIX\s+([\w-]*):\s*<([^>]*)>/gi, m;
    while ((m = re.exec(text())) !== null) found.push([m[1], m[2]]);
    return found.sort(function (a, b) { return b[1].length - a[1].length; });
  }

  function compact(iri, known) {
    for (var i = 0; i < known.length; i++) {
      var rest = iri.slice(known[i][1].length);
      if (iri.indexOf(known[i][1]) === 0 && /^[\w-]+$/.test(rest)) return known[i][0] + ':' + rest;
    }
    return iri;
  }

  function cellFor(td, cell, known) {
    var m = cell.type === 'uri' && cell.value.match(/^https:\/\/trendkg\.org\/(id|article)\/([^\/#]+)$/);
    if (m) {
      var a = document.createElement('a');
      a.href = '/' + (m[1] === 'id' ? 'entity' : 'article') + '/' + m[2];
      a.textContent = compact(cell.value, known); a.title = cell.value; a.className = 'ent';
      td.appendChild(a);
    } else if (cell.type === 'uri') {
      td.textContent = compact(cell.value, known); td.title = cell.value;
    } else {
      td.textContent = cell.value;
      if (cell['xml:lang']) td.lang = cell['xml:lang'];
    }
  }

  function table(data) {
    var vars = data.head.vars, rows = data.results.bindings, t = document.createElement('table');
    t.className = 'results';
    var head = t.createTHead().insertRow();
    vars.forEach(function (v) { var th = document.createElement('th'); th.textContent = '?' + v; head.appendChild(th); });
    var body = t.createTBody(), known = prefixes();
    rows.forEach(function (b) {
      var tr = body.insertRow();
      vars.forEach(function (v) { var td = tr.insertCell(); if (b[v]) cellFor(td, b[v], known); });
    });
    out.appendChild(t);
    return rows.length;
  }

  function run() {
    if (cm) cm.save();
    clearError();
    out.textContent = '';
    say(tk.msg('running'), 'running');
    var started = Date.now();
    fetch(form.action, {
      method: 'POST',
      headers: {'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/sparql-results+json, text/turtle;q=0.9'},
      body: new URLSearchParams({query: text()})
    }).then(function (r) {
      return r.text().then(function (body) { return {r: r, body: body}; });
    }).then(function (x) {
      var ms = Date.now() - started;
      if (!x.r.ok) {
        var e = {};
        try { e = JSON.parse(x.body); } catch (ignore) { e = {error: x.body}; }
        if (x.r.status === 503) { say(tk.msg('timeout', {s: timeout}) + ' ' + (e.error || ''), 'error timeout'); return; }
        var args = {status: x.r.status, line: e.line, col: e.column, msg: e.error || ''};
        say(tk.msg(e.line ? 'error_at' : 'error', args), 'error');
        if (cm && e.line) { errorLine = e.line - 1; cm.addLineClass(errorLine, 'background', 'cm-error-line'); cm.setCursor({line: errorLine, ch: Math.max(0, (e.column || 1) - 1)}); }
        return;
      }
      var type = x.r.headers.get('Content-Type') || '';
      if (type.indexOf('json') < 0) {
        var pre = document.createElement('pre'); pre.textContent = x.body; out.appendChild(pre);
        say(tk.msg('graph', {ms: ms}), 'ok'); return;
      }
      var data = JSON.parse(x.body);
      if (data.boolean !== undefined) { say(tk.msg('ask', {b: data.boolean, ms: ms}), 'ok'); return; }
      var n = table(data);
      say(tk.msg('rows', {n: n, ms: ms}), 'ok');
    }).catch(function (e) { say(tk.msg('network', {e: e}), 'error'); });
  }

  form.addEventListener('submit', function (ev) {
    if (cm) cm.save();
    var submitter = ev.submitter;
    if (submitter && submitter.id === 'run') { ev.preventDefault(); run(); }
    /* the download buttons submit the form: GET /sparql?query=…&format=csv|json, an attachment */
  });
})();
