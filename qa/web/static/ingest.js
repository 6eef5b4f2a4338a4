/* Ingest page: paste (JSON), upload (multipart) or URLs (a background job, polled); rows per article. */
(function () {
  'use strict';
  var tk = window.trendkg;
  var box = document.getElementById('ingest');
  var maxBytes = parseInt(box.getAttribute('data-max-bytes'), 10);
  var panel = document.getElementById('ingest-results');
  var status = document.getElementById('ingest-status');
  var tbody = document.querySelector('#ingest-table tbody');
  var LINKED = {added: 1, replaced: 1, skipped: 1, duplicate: 1};

  function start(text) { panel.hidden = false; tbody.textContent = ''; tk.say(status, text); panel.scrollIntoView({block: 'nearest'}); }

  function cell(row, text) { var td = row.insertCell(); td.textContent = text == null ? '' : String(text); return td; }

  function show(results) {
    tbody.textContent = '';
    results.forEach(function (r) {
      var row = tbody.insertRow();
      row.className = 'result-' + r.status;
      var badge = document.createElement('span');
      badge.className = 'badge badge-' + r.status; badge.textContent = r.status;
      row.insertCell().appendChild(badge);
      var td = row.insertCell();
      if (r.article_id && LINKED[r.status]) {
        var a = document.createElement('a');
        a.href = '/article/' + encodeURIComponent(r.article_id); a.textContent = r.title || r.article_id;
        td.appendChild(a);
      } else {
        td.textContent = r.title || r.source || '';
      }
      if (r.message) { var m = document.createElement('div'); m.className = 'meta'; m.textContent = r.message; td.appendChild(m); }
      cell(row, r.entities); cell(row, r.relations); cell(row, r.claims);
    });
  }

  function summary(results) {
    var counts = {};
    results.forEach(function (r) { counts[r.status] = (counts[r.status] || 0) + 1; });
    return Object.keys(counts).map(function (k) { return counts[k] + ' ' + k; }).join(', ');
  }

  function finish(res) {
    if (res.body.results) show(res.body.results);
    if (!res.ok) { tk.say(status, tk.msg('error', {status: res.status, msg: res.body.error}) + (res.status === 413 ? ' — ' + tk.msg('too_large', {bytes: '>' + maxBytes, max: maxBytes}) : ''), true); return; }
    if (res.status === 202 && res.body.status_url) { poll(res.body.status_url); return; }
    tk.say(status, summary(res.body.results || []));
  }

  function poll(url) {
    tk.send(url, {method: 'GET'}).then(function (res) {
      if (!res.ok) { tk.say(status, tk.msg('error', {status: res.status, msg: res.body.error}), true); return; }
      var job = res.body;
      show(job.results || []);
      if (job.state === 'done' || job.state === 'failed') {
        tk.say(status, job.state + ' — ' + summary(job.results || []), job.state === 'failed');
      } else {
        tk.say(status, job.state + ' ' + (job.done || 0) + ' / ' + (job.total || '?'));
        window.setTimeout(function () { poll(url); }, 1000);
      }
    });
  }

  function tooBig(bytes) {
    if (bytes <= maxBytes) return false;
    panel.hidden = false;
    tk.say(status, tk.msg('too_large', {bytes: bytes, max: maxBytes}), true);
    return true;
  }

  document.getElementById('paste-form').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var body = {text: document.getElementById('paste-text').value};
    ['title', 'lang', 'date'].forEach(function (k) { var v = document.getElementById('paste-' + k).value.trim(); if (v) body[k] = v; });
    var json = JSON.stringify(body);
    if (tooBig(new Blob([json]).size)) return;
    start('…');
    tk.send('/api/ingest', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: json}).then(finish);
  });

  document.getElementById('upload-form').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var files = document.getElementById('upload-files').files, data = new FormData(), total = 0;
    if (!files.length) { panel.hidden = false; tk.say(status, tk.msg('choose_files'), true); return; }
    Array.prototype.forEach.call(files, function (f) { data.append('file', f, f.name); total += f.size; });
    if (tooBig(total)) return;
    start('…');
    tk.send('/api/ingest', {method: 'POST', body: data}).then(finish);
  });

  document.getElementById('urls-form').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var urls = document.getElementById('urls').value.split(/\s+/).filter(function (u) { return u; });
    if (!urls.length) { panel.hidden = false; tk.say(status, tk.msg('give_url'), true); return; }
    start(tk.msg('queued'));
    tk.send('/api/ingest', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify({urls: urls})}).then(finish);
  });
})();
