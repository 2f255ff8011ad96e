// The timeline: one mark per exchange for each side, running totals since February 2022 (uPlot, vendored).
// Text from the ledger is only ever set with textContent: nothing here parses HTML.
(function () {
  'use strict';
  var UA = '#0b5cad', RU = '#b3261e';
  var START = Date.UTC(2022, 1, 24) / 1000;

  function seconds(date) {
    var p = date.split('-');
    return Date.UTC(+p[0], p.length > 1 ? +p[1] - 1 : 0, p.length > 2 ? +p[2] : 15) / 1000;
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text != null) { e.textContent = text; }
    return e;
  }

  // One exchange from the compact /api/timeline row (see the OpenAPI document).
  function unpack(row, labels) {
    function fig(count, text) { return count == null ? null : { count: count, text: text != null ? text : String(count) }; }
    var src = {};
    if (row[9] >= 0) { src.returned_to_ukraine = labels[row[9]]; }
    if (row[10] >= 0) { src.returned_to_russia = labels[row[10]]; }
    return { id: row[0], date: row[1], ordinal: row[2], returned_to_ukraine: fig(row[3], row[4]),
      returned_to_russia: fig(row[5], row[6]), flags: row[7] ? row[7].split(',') : [], sources: row[8],
      best_sources: src };
  }

  function describe(info, ev, cum) {
    info.replaceChildren();
    var head = el('strong', null, ev.date + (ev.ordinal != null ? ' · exchange no. ' + ev.ordinal : ''));
    info.append(head, document.createTextNode(' — '));
    var ua = el('span', 'ua', 'to Ukraine ' + (ev.returned_to_ukraine ? ev.returned_to_ukraine.text : 'unknown'));
    var ru = el('span', 'ru', 'to Russia ' + (ev.returned_to_russia ? ev.returned_to_russia.text : 'unknown'));
    info.append(ua, document.createTextNode(', '), ru, el('br'));
    var src = ev.best_sources || {};
    var parts = [];
    if (src.returned_to_ukraine) { parts.push('Ukraine figure: ' + src.returned_to_ukraine); }
    if (src.returned_to_russia) { parts.push('Russia figure: ' + src.returned_to_russia); }
    info.append(document.createTextNode((parts.length ? parts.join(' · ') + ' · ' : '') + ev.sources + ' source'
      + (ev.sources === 1 ? '' : 's') + (ev.flags.length ? ' · flags: ' + ev.flags.join(', ') : '')
      + ' · since Feb 2022: ' + cum[0] + ' to Ukraine, ' + cum[1] + ' to Russia. '));
    var a = el('a', null, 'Open this exchange');
    a.href = '/events/' + encodeURIComponent(ev.id);
    info.append(a);
  }

  function draw(root, info, events) {
    var xs = [], ua = [], ru = [], cua = [], cru = [], su = 0, sr = 0;
    events.forEach(function (e) {
      xs.push(Math.max(seconds(e.date), START));
      var u = e.returned_to_ukraine ? e.returned_to_ukraine.count : null;
      var r = e.returned_to_russia ? e.returned_to_russia.count : null;
      su += u || 0; sr += r || 0;
      ua.push(u); ru.push(r); cua.push(su); cru.push(sr);
    });
    root.dataset.events = String(events.length);
    var selected = -1;
    function select(i) {
      if (i < 0 || i >= events.length) { return; }
      selected = i;
      describe(info, events[i], [cua[i], cru[i]]);
    }
    var opts = {
      width: Math.max(root.clientWidth, 280),
      height: root.clientWidth < 600 ? 280 : 380,
      scales: { x: { time: true, range: function (u, min, max) { return [Math.min(min, START), max + 86400 * 15]; } },
        n: { range: function (u, min, max) { return [0, Math.max(10, max) * 1.1]; } },
        cum: { range: function (u, min, max) { return [0, Math.max(10, max) * 1.05]; } } },
      axes: [{}, { scale: 'n', label: 'per exchange', size: 56 },
        { scale: 'cum', side: 1, label: 'since Feb 2022', size: 64, grid: { show: false } }],
      cursor: { points: { size: 10 }, drag: { x: false, y: false } },
      legend: { show: true, live: false },
      series: [
        { label: 'date' },
        { label: 'to Ukraine', scale: 'n', stroke: UA, fill: UA, paths: function () { return null; },
          points: { show: true, size: 8, fill: UA, stroke: UA } },
        { label: 'to Russia', scale: 'n', stroke: RU, fill: RU, paths: function () { return null; },
          points: { show: true, size: 8, fill: '#fff', stroke: RU, width: 2 } },
        { label: 'to Ukraine, cumulative', scale: 'cum', stroke: UA, width: 2, points: { show: false } },
        { label: 'to Russia, cumulative', scale: 'cum', stroke: RU, width: 2, dash: [6, 4], points: { show: false } }
      ],
      hooks: { setCursor: [function (u) { if (u.cursor.idx != null) { select(u.cursor.idx); } }] }
    };
    var plot = new window.uPlot(opts, [xs, ua, ru, cua, cru], root);
    plot.over.addEventListener('click', function () {
      if (plot.cursor.idx != null) { window.location.href = '/events/' + encodeURIComponent(events[plot.cursor.idx].id); }
    });
    root.addEventListener('keydown', function (ev) {
      var next = selected;
      if (ev.key === 'ArrowRight') { next = Math.min(events.length - 1, selected + 1); }
      else if (ev.key === 'ArrowLeft') { next = Math.max(0, selected - 1); }
      else if (ev.key === 'Home') { next = 0; }
      else if (ev.key === 'End') { next = events.length - 1; }
      else if (ev.key === 'Enter' && selected >= 0) {
        window.location.href = '/events/' + encodeURIComponent(events[selected].id); return;
      } else { return; }
      ev.preventDefault();
      select(next);
      var y = ua[next] != null ? ua[next] : ru[next];
      plot.setCursor({ left: plot.valToPos(xs[next], 'x'), top: y != null ? plot.valToPos(y, 'n') : 10 });
    });
    window.addEventListener('resize', function () {
      plot.setSize({ width: Math.max(root.clientWidth, 280), height: root.clientWidth < 600 ? 280 : 380 });
    });
    if (events.length) {
      info.textContent = events.length + ' exchanges from ' + events[0].date + ' to ' + events[events.length - 1].date
        + ': ' + su + ' people returned to Ukraine and ' + sr + ' to Russia by the best figures. Hover a mark.';
    } else {
      info.textContent = 'No exchanges in the ledger yet.';
    }
    root.dataset.readyAt = String(Math.round(performance.now()));
    root.dataset.ready = 'true';
  }

  document.addEventListener('DOMContentLoaded', function () {
    var root = document.getElementById('timeline');
    var info = document.getElementById('timeline-info');
    fetch('/api/timeline', { headers: { Accept: 'application/json' } })
      .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
      .then(function (t) { draw(root, info, t.events.map(function (row) { return unpack(row, t.labels); })); })
      .catch(function (e) { info.textContent = 'Could not load the exchanges: ' + e.message; });
  });
}());
