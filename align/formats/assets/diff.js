// The script of the diff page (align/formats/diff_html.cc embeds it). Plain ES2017, no library,
// no network. The data it reads is described at the top of diff_html.cc.
(function () {
'use strict';
var data = JSON.parse(document.getElementById('diff-data').textContent);
var rows = data.rows, changes = data.changes;
var tbody = document.getElementById('rows'), sentinel = document.getElementById('sentinel');
var onlyChanged = document.getElementById('only-changed'), shown = document.getElementById('shown');
var bar = document.getElementById('bar'), status = document.getElementById('jump-status');
var CHUNK = 200, visible = [], position = new Map(), rendered = 0, elements = new Map();
var current = -1, cursor = new Map(), off = 0;
data.off.forEach(function (k) { off |= 1 << k; });

function setBarHeight() {
  document.documentElement.style.setProperty('--bar', bar.offsetHeight + 'px');
}
function fillCell(td, cell) {
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
      var change = changes[p[0]], mark = document.createElement('mark');
      mark.className = 'e k' + change[0];
      mark.dataset.c = String(p[0]);
      mark.title = data.kinds[change[0]] + ': ' + (change[1] || '∅') + ' → ' + (change[2] || '∅');
      mark.textContent = p[1];
      td.appendChild(mark);
    }
  }
}
function renderRow(i) {
  var r = rows[i], tr = document.createElement('tr');
  tr.id = 'r' + i;
  tr.tabIndex = -1;
  if (i === current) tr.className = 'current';
  var th = document.createElement('th');
  th.className = 'num';
  th.textContent = String(i);
  tr.appendChild(th);
  [r.a, r.b].forEach(function (cell) {
    var td = document.createElement('td');
    td.dir = 'auto';
    fillCell(td, cell);
    tr.appendChild(td);
  });
  return tr;
}
function renderMore(upto) {
  var end = Math.min(visible.length, Math.max(rendered + CHUNK, upto + 1));
  var fragment = document.createDocumentFragment();
  for (; rendered < end; ++rendered) {
    var i = visible[rendered], tr = renderRow(i);
    elements.set(i, tr);
    fragment.appendChild(tr);
  }
  tbody.appendChild(fragment);
}
function fill() {
  while (rendered < visible.length &&
         sentinel.getBoundingClientRect().top < window.innerHeight * 2 + 500) {
    renderMore(0);
  }
}
function applyFilters() {
  var only = onlyChanged.checked;
  visible = [];
  position = new Map();
  for (var i = 0; i < rows.length; ++i) {
    if (only && (rows[i].m & ~off) === 0) continue;
    position.set(i, visible.length);
    visible.push(i);
  }
  tbody.textContent = '';
  elements = new Map();
  rendered = 0;
  renderMore(0);
  fill();
  shown.textContent = 'showing ' + visible.length + ' of ' + rows.length + ' beads';
  document.body.dataset.visible = String(visible.length);
}
function goTo(i) {
  var at = position.get(i);
  if (at === undefined) return false;
  renderMore(at);
  var old = elements.get(current);
  if (old) old.classList.remove('current');
  current = i;
  var tr = elements.get(i);
  tr.classList.add('current');
  tr.scrollIntoView({block: 'center'});
  tr.focus({preventScroll: true});
  fill();
  return true;
}
function step(direction) {
  var at = position.has(current) ? position.get(current) : (direction > 0 ? -1 : visible.length);
  for (var p = at + direction; p >= 0 && p < visible.length; p += direction) {
    if ((rows[visible[p]].m & ~off) !== 0) return goTo(visible[p]);
  }
  return false;
}
function jump(tr) {
  var c = Number(tr.dataset.change), list = changes[c][4];
  if (list.some(function (i) { return !position.has(i); })) {
    onlyChanged.checked = false;
    applyFilters();
  }
  var last = cursor.has(c) ? cursor.get(c) : -1;
  var target = list.find(function (i) { return i > last; });
  if (target === undefined) target = list[0];
  cursor.set(c, target);
  goTo(target);
  status.textContent = (changes[c][1] || '∅') + ' → ' + (changes[c][2] || '∅') + ': ' +
      (list.indexOf(target) + 1) + ' of ' + list.length;
  document.querySelectorAll('mark.flash').forEach(function (m) { m.classList.remove('flash'); });
  elements.get(target).querySelectorAll('mark[data-c="' + c + '"]').forEach(function (m) {
    m.classList.add('flash');
  });
}
function setKind(k, on) {
  off = on ? off & ~(1 << k) : off | (1 << k);
  document.body.classList.toggle('off' + k, !on);
  applyFilters();
}
var sortKey = -1, sortUp = true;
function sortChanges(key) {
  var body = document.querySelector('#changes tbody');
  sortUp = key === sortKey ? !sortUp : key !== 0;
  sortKey = key;
  var list = Array.prototype.slice.call(body.rows);
  list.sort(function (x, y) {
    var u = x.cells[key].dataset.v || x.cells[key].textContent;
    var v = y.cells[key].dataset.v || y.cells[key].textContent;
    var order = key === 0 ? Number(u) - Number(v) : u.localeCompare(v);
    if (order === 0) order = Number(x.dataset.change) - Number(y.dataset.change);
    return sortUp ? order : -order;
  });
  list.forEach(function (tr) { body.appendChild(tr); });
}

document.querySelectorAll('input[data-kind]').forEach(function (box) {
  box.addEventListener('change', function () { setKind(Number(box.dataset.kind), box.checked); });
});
document.querySelectorAll('#changes th').forEach(function (th, key) {
  th.addEventListener('click', function () { sortChanges(key); });
});
document.querySelectorAll('#changes tbody tr').forEach(function (tr) {
  tr.addEventListener('click', function () { jump(tr); });
});
onlyChanged.addEventListener('change', applyFilters);
document.addEventListener('keydown', function (e) {
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  if (e.key === 'j' || e.key === 'n') { step(1); e.preventDefault(); }
  if (e.key === 'k' || e.key === 'p') { step(-1); e.preventDefault(); }
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
