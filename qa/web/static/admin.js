/* Article re-ingest/delete and review decisions, through the token-guarded JSON API. */
(function () {
  'use strict';
  var tk = window.trendkg;

  var article = document.querySelector('[data-article]');
  if (article) {
    var id = article.getAttribute('data-article'), status = article.querySelector('.status');
    article.addEventListener('click', function (ev) {
      var action = ev.target.getAttribute && ev.target.getAttribute('data-action');
      if (!action) return;
      if (action === 'delete' && !window.confirm(tk.msg('confirm_delete', {id: id}))) return;
      tk.say(status, '…');
      var url = '/api/articles/' + encodeURIComponent(id) + (action === 'reingest' ? '/reingest' : '');
      tk.send(url, {method: action === 'reingest' ? 'POST' : 'DELETE'}).then(function (res) {
        if (!res.ok) { tk.say(status, tk.msg('error', {status: res.status, msg: res.body.error}), true); return; }
        if (action === 'delete') { tk.say(status, tk.msg('deleted')); window.setTimeout(function () { window.location.href = '/'; }, 800); return; }
        var b = res.body;
        tk.say(status, tk.msg('reingested', b));
      });
    });
  }

  var review = document.getElementById('review-admin');
  if (review) {
    var rstatus = review.querySelector('.status');
    document.addEventListener('click', function (ev) {
      var decision = ev.target.getAttribute && ev.target.getAttribute('data-decision');
      if (!decision) return;
      var row = ev.target.closest('[data-candidate], [data-entity]');
      var entity = row.getAttribute('data-entity');
      var url = entity ? '/api/review/entities' : '/api/review/' + row.getAttribute('data-candidate');
      var body = entity ? {entity: entity, decision: decision} : {decision: decision};
      tk.send(url, {
        method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)
      }).then(function (res) {
        if (!res.ok) { tk.say(rstatus, tk.msg('error', {status: res.status, msg: res.body.error}), true); return; }
        tk.say(rstatus, (res.body.label || row.querySelector('a').textContent) + ' — ' + res.body.state);
        row.classList.add('decided');
        row.querySelectorAll('button').forEach(function (b) { b.disabled = true; });
      });
    });
  }
})();
