// The script of the diff page (align/formats/diff_html.cc embeds it). Plain ES2017, no library,
// no network. The data it reads is described at the top of diff_html.cc.
(function () {
'use strict';
var data = JSON.parse(document.getElementById('diff-data').textContent);
var rows = data.rows, changes = data.changes;
var onlyChanged = document.getElementById('only-changed'), shown = document.getElementById('shown');
var status = document.getElementById('jump-status');
var view = parallaxRowView(renderRow);  // page.js
var cursor = new Map(), off = 0;
data.off.forEach(function (k) { off |= 1 << k; });

// A change's mark: its kind's class, the change's id and a tooltip with the edit.
function changeMark(id) {
  var change = changes[id], mark = document.createElement('mark');
  mark.className = 'e k' + change[0];
  mark.dataset.c = String(id);
  mark.title = data.kinds[change[0]] + ': ' + (change[1] || '∅') + ' → ' + (change[2] || '∅');
  return mark;
}
function renderRow(i) {
  var r = rows[i], tr = document.createElement('tr');
  tr.id = 'r' + i;
  tr.tabIndex = -1;
  if (i === view.current) tr.className = 'current';
  var th = document.createElement('th');
  th.className = 'num';
  th.textContent = String(i);
  tr.appendChild(th);
  [r.a, r.b].forEach(function (cell) {
    var td = document.createElement('td');
    td.dir = 'auto';
    parallaxFillCell(td, cell, changeMark);  // page.js
    tr.appendChild(td);
  });
  return tr;
}
function applyFilters() {
  var only = onlyChanged.checked, visible = [];
  for (var i = 0; i < rows.length; ++i) {
    if (!only || (rows[i].m & ~off) !== 0) visible.push(i);
  }
  view.show(visible);
  shown.textContent = 'showing ' + visible.length + ' of ' + rows.length + ' beads';
  document.body.dataset.visible = String(visible.length);
}
function step(direction) {
  return view.step(direction, function (i) { return (rows[i].m & ~off) !== 0; });
}
function jump(tr) {
  var c = Number(tr.dataset.change), list = changes[c][4];
  if (list.some(function (i) { return !view.position.has(i); })) {
    onlyChanged.checked = false;
    applyFilters();
  }
  var last = cursor.has(c) ? cursor.get(c) : -1;
  var target = list.find(function (i) { return i > last; });
  if (target === undefined) target = list[0];
  cursor.set(c, target);
  view.goTo(target);
  status.textContent = (changes[c][1] || '∅') + ' → ' + (changes[c][2] || '∅') + ': ' +
      (list.indexOf(target) + 1) + ' of ' + list.length;
  document.querySelectorAll('mark.flash').forEach(function (m) { m.classList.remove('flash'); });
  view.elements.get(target).querySelectorAll('mark[data-c="' + c + '"]').forEach(function (m) {
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
applyFilters();
document.body.dataset.ready = '1';
})();
