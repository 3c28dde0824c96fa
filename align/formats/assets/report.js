// The page script of the side-by-side report (align/formats/html_report.cc embeds it at build
// time through cmake/EmbedAssets.cmake). Plain ES2017, no library, no network.
(function () {
'use strict';
var data = JSON.parse(document.getElementById('report-data').textContent);
var rows = data.rows, jumps = data.jumps, ncol = data.columns.length;
var tbody = document.getElementById('rows'), sentinel = document.getElementById('sentinel');
var search = document.getElementById('search'), onlyDoubtful = document.getElementById('only-doubtful');
var shown = document.getElementById('shown'), status = document.getElementById('jump-status');
var bar = document.getElementById('bar');
var CHUNK = 200;
var visible = [], position = new Map(), rendered = 0, elements = new Map(), current = -1;
var haystack = null, cursor = new Map();

function setBarHeight() {
  document.documentElement.style.setProperty('--bar', bar.offsetHeight + 'px');
}
function cellText(cell) {
  var s = '';
  for (var i = 0; i < cell.length; ++i) {
    var p = cell[i];
    s += typeof p === 'string' ? p : (p === 0 ? '\n' : p[1]);
  }
  return s;
}
function renderRow(i) {
  var r = rows[i], tr = document.createElement('tr');
  tr.id = 'r' + i;
  tr.dataset.row = i;
  tr.tabIndex = -1;
  var cls = [];
  if (r.d) cls.push('doubtful');
  if (r.z) cls.push('null');
  if (r.p) cls.push('para');
  if (i === current) cls.push('current');
  tr.className = cls.join(' ');
  var th = document.createElement('th');
  th.className = 'num';
  th.textContent = String(i + 1);
  th.title = 'confidence ' + r.q.toFixed(3);
  tr.appendChild(th);
  for (var c = 0; c < ncol; ++c) {
    var td = document.createElement('td');
    td.dir = 'auto';
    var x = r.x ? r.x[c] : 0;
    if (x === 1) td.className = 'low';
    if (x === 2) td.className = 'null';
    if (r.s[2 * c] < r.s[2 * c + 1]) {
      td.title = data.columns[c].name + ': sentences ' + (r.s[2 * c] + 1) + '–' + r.s[2 * c + 1];
    }
    var cell = r.c[c];
    for (var k = 0; k < cell.length; ++k) {
      var p = cell[k];
      if (typeof p === 'string') {
        td.appendChild(document.createTextNode(p));
      } else if (p === 0) {
        var pb = document.createElement('span');
        pb.className = 'pb';
        pb.textContent = '¶';
        td.appendChild(pb);
        td.appendChild(document.createElement('br'));
      } else {
        var mark = document.createElement('mark');
        if (p[0] < 0) {
          mark.className = 't';
          mark.dataset.t = String(-p[0] - 1);
        } else {
          mark.className = 'v' + p[0];
          mark.dataset.v = String(p[0]);
        }
        mark.textContent = p[1];
        td.appendChild(mark);
      }
    }
    tr.appendChild(td);
  }
  return tr;
}
// Renders the visible rows up to index `upto` of `visible`, at least one chunk more.
function renderMore(upto) {
  var end = Math.min(visible.length, Math.max(rendered + CHUNK, upto + 1));
  if (rendered >= end) return;
  var fragment = document.createDocumentFragment();
  for (; rendered < end; ++rendered) {
    var i = visible[rendered], tr = renderRow(i);
    elements.set(i, tr);
    fragment.appendChild(tr);
  }
  tbody.appendChild(fragment);
}
// Keeps one screen of rows beyond the viewport rendered.
function fill() {
  while (rendered < visible.length &&
         sentinel.getBoundingClientRect().top < window.innerHeight * 2 + 500) {
    renderMore(0);
  }
}
function applyFilters() {
  var q = search.value.trim().toLowerCase(), only = onlyDoubtful.checked;
  if (q && !haystack) {
    haystack = rows.map(function (r) { return r.c.map(cellText).join('\n').toLowerCase(); });
  }
  visible = [];
  position = new Map();
  for (var i = 0; i < rows.length; ++i) {
    if ((only && !rows[i].d) || (q && haystack[i].indexOf(q) < 0)) continue;
    position.set(i, visible.length);
    visible.push(i);
  }
  tbody.textContent = '';
  elements = new Map();
  rendered = 0;
  renderMore(0);
  fill();
  shown.textContent = visible.length === rows.length ? '' :
      'showing ' + visible.length + ' of ' + rows.length + ' rows';
  document.body.dataset.visible = String(visible.length);
}
function setCurrent(i) {
  var old = elements.get(current);
  if (old) old.classList.remove('current');
  current = i;
  var tr = elements.get(i);
  if (tr) tr.classList.add('current');
}
// Scrolls row i into view and focuses it; false when filters hide it.
function goTo(i) {
  var at = position.get(i);
  if (at === undefined) return false;
  renderMore(at);
  var tr = elements.get(i);
  setCurrent(i);
  tr.scrollIntoView({block: 'center'});
  tr.focus({preventScroll: true});
  fill();
  return true;
}
function nextDoubtful(step) {
  var at = position.has(current) ? position.get(current) : (step > 0 ? -1 : visible.length);
  for (var p = at + step; p >= 0 && p < visible.length; p += step) {
    if (rows[visible[p]].d) return goTo(visible[p]);
  }
  return false;
}
// Next row of a panel entry after the current row (wrapping), among the visible rows; when
// the filters hide them all, the filters are cleared.
function jump(button) {
  var list = jumps[Number(button.dataset.jump)];
  if (!list || list.length === 0) return;
  var candidates = list.filter(function (i) { return position.has(i); });
  if (candidates.length === 0) {
    search.value = '';
    onlyDoubtful.checked = false;
    applyFilters();
    candidates = list;
  }
  var last = cursor.has(button) ? cursor.get(button) : -1;
  var from = list.indexOf(current) >= 0 ? current : last;
  var target = candidates.find(function (i) { return i > from; });
  if (target === undefined) target = candidates[0];
  cursor.set(button, target);
  goTo(target);
  var n = list.indexOf(target) + 1;
  status.textContent = button.dataset.label + ': ' + n + ' of ' + list.length;
  var tr = elements.get(target);
  document.querySelectorAll('mark.flash').forEach(function (m) { m.classList.remove('flash'); });
  if (tr) {
    var selector = button.dataset.v !== undefined ? 'mark.v' + button.dataset.v :
        (button.dataset.t !== undefined ? 'mark.t[data-t="' + button.dataset.t + '"]' : null);
    if (selector) tr.querySelectorAll(selector).forEach(function (m) { m.classList.add('flash'); });
  }
}

var timer = 0;
search.addEventListener('input', function () {
  clearTimeout(timer);
  timer = setTimeout(applyFilters, 120);
});
onlyDoubtful.addEventListener('change', applyFilters);
document.addEventListener('keydown', function (e) {
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  if (e.target === search) {
    if (e.key === 'Escape') { search.value = ''; applyFilters(); search.blur(); }
    return;
  }
  if (e.key === 'j' || e.key === 'n') { nextDoubtful(1); e.preventDefault(); }
  if (e.key === 'k' || e.key === 'p') { nextDoubtful(-1); e.preventDefault(); }
  if (e.key === '/') { search.focus(); e.preventDefault(); }
});
document.querySelectorAll('button[data-jump]').forEach(function (button) {
  button.addEventListener('click', function () { jump(button); });
});
if ('IntersectionObserver' in window) {
  new IntersectionObserver(function (entries) {
    if (entries.some(function (e) { return e.isIntersecting; })) fill();
  }, {rootMargin: '0px 0px 1000px 0px'}).observe(sentinel);
}
window.addEventListener('scroll', fill, {passive: true});
window.addEventListener('resize', function () { setBarHeight(); fill(); });
setBarHeight();
applyFilters();
document.body.dataset.ready = '1';
})();
