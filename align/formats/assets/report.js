// The page script of the side-by-side report (align/formats/html_report.cc embeds it at build
// time through cmake/EmbedAssets.cmake). Plain ES2017, no library, no network.
(function () {
'use strict';
var data = JSON.parse(document.getElementById('report-data').textContent);
var rows = data.rows, jumps = data.jumps, ncol = data.columns.length;
// Row index now -> row index in the data (jumps name data rows); edits replace rows.
rows.forEach(function (r, i) { r.o = i; });
var tbody = document.getElementById('rows');
var search = document.getElementById('search'), onlyDoubtful = document.getElementById('only-doubtful');
var shown = document.getElementById('shown'), status = document.getElementById('jump-status');
var view = parallaxRowView(renderRow, renderSummary);  // page.js
var haystack = null, cursor = new Map();
// Runs of at least data.gap consecutive rows with an omission or insertion (an uncovered
// stretch: a part one text has and the other does not, as parallax/coverage.h counts them)
// are shown as one collapsed block, whose summary row expands it. runStart: row -> first row
// of its run; runLength: first row -> rows; expanded: first rows of the runs shown;
// summaries: first rows whose summary row is in the table.
var GAP_ROWS = data.gap || 8;
var runStart = new Map(), runLength = new Map(), expanded = new Set(), summaries = new Set();

function cellText(cell) {
  var s = '';
  for (var i = 0; i < cell.length; ++i) {
    var p = cell[i];
    s += typeof p === 'string' ? p : (p === 0 ? '\n' : p[1]);
  }
  return s;
}
// Where cell c of row r starts in its input: the place of its first sentence ("12:5" = line 12,
// column 5 of a text; "p7", "page3", "tu:12" in a document), and of its last when that is in
// another paragraph, page or line ("p7–p8", "12:5–13"). '' for an empty cell.
function placeOf(r, c) {
  var where = data.columns[c].where, b = r.s[2 * c], e = r.s[2 * c + 1];
  if (!where || b >= e) return '';
  var text = data.columns[c].format === 'text';
  var first = where[b], last = text ? where[e - 1].split(':')[0] : where[e - 1];
  return (text ? first.split(':')[0] : first) === last ? first : first + '–' + last;
}
// The place spelled out for the tooltip.
function placeTitle(place, c) {
  if (data.columns[c].format !== 'text') return place;
  var m = /^(\d+):(\d+)(?:–(\d+))?$/.exec(place);
  return m ? 'line ' + m[1] + ', column ' + m[2] + (m[3] ? ' to line ' + m[3] : '') : place;
}
function findRuns() {
  runStart = new Map();
  runLength = new Map();
  for (var i = 0; i < rows.length;) {
    if (!rows[i].z) { ++i; continue; }
    var j = i;
    while (j < rows.length && rows[j].z) ++j;
    if (j - i >= GAP_ROWS) {
      runLength.set(i, j - i);
      for (var k = i; k < j; ++k) runStart.set(k, i);
    }
    i = j;
  }
}
function collapsed(i) {
  return runStart.has(i) && !expanded.has(runStart.get(i));
}
function summaryText(start) {
  var count = runLength.get(start), open = expanded.has(start);
  return (open ? '▾ ' : '▸ ') + count + ' rows with no counterpart (rows ' + (start + 1) + '–' +
      (start + count) + '): ' + (open ? 'collapse' : 'show');
}
// The summary row of a run, before the first of its rows that the filters show: one button
// that shows or hides the run.
function renderSummary(i) {
  if (!runStart.has(i) || summaries.has(runStart.get(i))) return null;
  var start = runStart.get(i);
  summaries.add(start);
  var tr = document.createElement('tr'), td = document.createElement('td');
  tr.className = 'gap';
  tr.dataset.run = start;
  td.colSpan = ncol + 1;
  var button = document.createElement('button');
  button.type = 'button';
  button.textContent = summaryText(start);
  button.setAttribute('aria-expanded', String(expanded.has(start)));
  button.addEventListener('click', function () { toggleRun(start); });
  td.appendChild(button);
  tr.appendChild(td);
  return tr;
}
function toggleRun(start) {
  if (expanded.has(start)) expanded.delete(start);
  else expanded.add(start);
  var open = expanded.has(start);
  for (var k = start; k < start + runLength.get(start); ++k) {
    var tr = view.elements.get(k);
    if (tr) tr.classList.toggle('collapsed', !open);
  }
  var button = tbody.querySelector('tr.gap[data-run="' + start + '"] button');
  if (button) {
    button.textContent = summaryText(start);
    button.setAttribute('aria-expanded', String(open));
  }
  window.dispatchEvent(new Event('scroll'));  // the view renders what came into sight
}
// Goes to row i, showing its run if it is collapsed.
function goTo(i) {
  if (collapsed(i)) toggleRun(runStart.get(i));
  return view.goTo(i);
}
// A mark of the report: id < 0 is a term of the original (its index -id - 1), else the
// rendering variant id.
function termMark(id) {
  var mark = document.createElement('mark');
  if (id < 0) {
    mark.className = 't';
    mark.dataset.t = String(-id - 1);
  } else {
    mark.className = 'v' + id;
    mark.dataset.v = String(id);
  }
  return mark;
}
// Moved blocks (#13): rows whose cell in column c holds a passage that stands elsewhere in
// that text. movedBlocks maps "c:id" to {first row, target begin, end, the row after which it
// stands in column c's text (the row holding its sentence before the block), or -1}.
var movedBlocks = new Map();
rows.forEach(function (r, i) {
  if (!r.m) return;
  r.m.forEach(function (id, c) {
    if (!id) return;
    var key = c + ':' + id, b = movedBlocks.get(key);
    if (!b) movedBlocks.set(key, b = {first: i, begin: r.s[2 * c], end: r.s[2 * c + 1], after: -1});
    if (r.s[2 * c] < r.s[2 * c + 1]) {
      b.begin = Math.min(b.begin, r.s[2 * c]);
      b.end = Math.max(b.end, r.s[2 * c + 1]);
    }
  });
});
movedBlocks.forEach(function (b, key) {
  var c = Number(key.split(':')[0]);
  rows.forEach(function (r, i) {
    if (!(r.m && r.m[c]) && r.s[2 * c + 1] === b.begin && r.s[2 * c] < r.s[2 * c + 1]) b.after = i;
  });
});
// The note at the head of a moved block: where its sentences stand in the column's text, with a
// link to the row after which they stand there.
function movedNote(i, c, id) {
  var b = movedBlocks.get(c + ':' + id);
  if (!b || b.first !== i) return null;
  var note = document.createElement('div');
  note.className = 'moved-note';
  note.appendChild(document.createTextNode('moved passage ' + id + ': in ' + data.columns[c].name +
      ' its sentences ' + (b.begin + 1) + '–' + b.end + ' stand elsewhere'));
  if (b.after >= 0) {
    var link = document.createElement('a');
    link.href = '#r' + b.after;
    link.textContent = 'after row ' + (b.after + 1);
    link.addEventListener('click', function (e) { e.preventDefault(); view.goTo(b.after); });
    note.appendChild(document.createTextNode(', '));
    note.appendChild(link);
  }
  return note;
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
  if (r.k) cls.push('checked');
  if (collapsed(i)) cls.push('collapsed');
  if (i === view.current) cls.push('current');
  tr.className = cls.join(' ');
  var th = document.createElement('th');
  th.className = 'num';
  th.textContent = String(i + 1);
  th.title = 'confidence ' + r.q.toFixed(3) + (r.k ? ' · checked by hand' : '');
  tr.appendChild(th);
  for (var c = 0; c < ncol; ++c) {
    var td = document.createElement('td');
    td.dir = 'auto';
    var x = r.x ? r.x[c] : 0;
    if (x === 1) td.className = 'low';
    if (x === 2) td.className = 'null';
    var place = placeOf(r, c);
    if (place) {
      td.title = data.columns[c].name + ': sentences ' + (r.s[2 * c] + 1) + '–' + r.s[2 * c + 1] +
          ' · ' + placeTitle(place, c);
      // The label is CSS generated content (report.css): it is neither selected, copied nor
      // searched with the sentence.
      var label = document.createElement('span');
      label.className = 'loc';
      label.dataset.place = place;
      td.appendChild(label);
    }
    if (r.m && r.m[c]) {
      td.classList.add('moved');
      var note = movedNote(i, c, r.m[c]);
      if (note) td.appendChild(note);
    }
    parallaxFillCell(td, r.c[c], termMark);  // page.js
    tr.appendChild(td);
  }
  return tr;
}
function applyFilters() {
  var q = search.value.trim().toLowerCase(), only = onlyDoubtful.checked;
  if (q && !haystack) {
    haystack = rows.map(function (r) { return r.c.map(cellText).join('\n').toLowerCase(); });
  }
  var visible = [];
  for (var i = 0; i < rows.length; ++i) {
    if ((only && !rows[i].d) || (q && haystack[i].indexOf(q) < 0)) continue;
    visible.push(i);
  }
  findRuns();
  summaries = new Set();
  view.show(visible);
  shown.textContent = visible.length === rows.length ? '' :
      'showing ' + visible.length + ' of ' + rows.length + ' rows';
  document.body.dataset.visible = String(visible.length);
}
function nextDoubtful(step) {
  // The rows of a collapsed run are skipped: its summary row stands for them.
  return view.step(step, function (i) { return rows[i].d && !collapsed(i); });
}
// Next row of a panel entry after the current row (wrapping), among the visible rows; when
// the filters hide them all, the filters are cleared.
function jump(button) {
  var list = [];
  (jumps[Number(button.dataset.jump)] || []).forEach(function (o) {
    var i = editor ? editor.rowOfData(o) : o;
    if (i !== undefined) list.push(i);
  });
  if (!list || list.length === 0) return;
  var candidates = list.filter(function (i) { return view.position.has(i); });
  if (candidates.length === 0) {
    search.value = '';
    onlyDoubtful.checked = false;
    applyFilters();
    candidates = list;
  }
  var last = cursor.has(button) ? cursor.get(button) : -1;
  var from = list.indexOf(view.current) >= 0 ? view.current : last;
  var target = candidates.find(function (i) { return i > from; });
  if (target === undefined) target = candidates[0];
  cursor.set(button, target);
  goTo(target);
  var n = list.indexOf(target) + 1;
  status.textContent = button.dataset.label + ': ' + n + ' of ' + list.length;
  var tr = view.elements.get(target);
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
var showPlaces = document.getElementById('show-places');
showPlaces.addEventListener('change', function () {
  document.body.classList.toggle('places', showPlaces.checked);
});
document.addEventListener('keydown', function (e) {
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  if (e.target === search) {
    if (e.key === 'Escape') { search.value = ''; applyFilters(); search.blur(); }
    return;
  }
  if (e.key === 'j' || e.key === 'n') { nextDoubtful(1); e.preventDefault(); }
  if (e.key === 'k' || e.key === 'p') { nextDoubtful(-1); e.preventDefault(); }
  if (e.key === '/') { search.focus(); e.preventDefault(); }
  if (editor && editor.key(e)) e.preventDefault();
});
tbody.addEventListener('click', function (e) {
  var tr = e.target.closest('tr');
  if (tr) view.setCurrent(Number(tr.dataset.row));
});
document.querySelectorAll('button[data-jump]').forEach(function (button) {
  button.addEventListener('click', function () { jump(button); });
});
// Editing beads by hand (one translation only: a row is then one bead, its sentence ranges in
// r.s = [source begin, end, target begin, end]). Every edit builds the new beads of the rows it
// touches, and is refused unless the whole still is a partition of both texts in order. The
// beads are kept in localStorage under the texts' checksums, so a closed tab loses nothing.
function makeEditor() {
  var cols = data.columns, m = cols[0].count, n = cols[1].count;
  var storageKey = 'parallax-edits:' + cols[0].checksum + ':' + cols[1].checksum;
  var original = rows.slice(), undo = [], redo = [];
  var byStart = new Map(), dataRow = new Map();
  original.forEach(function (r) { byStart.set(r.s.join(','), r); });
  var editStatus = document.getElementById('edit-status');

  function beadOf(r) { return [r.s[0], r.s[1], r.s[2], r.s[3], r.k ? 1 : 0]; }
  function joined(c, a, b) { return cols[c].texts.slice(a, b).join(' '); }
  // The row of a bead: the report's own row (its marks kept) when the bead is unchanged.
  function rowOf(b) {
    var kept = byStart.get(b.slice(0, 4).join(','));
    if (kept) {
      var same = Object.assign({}, kept);
      same.k = b[4];
      if (b[4]) { delete same.d; delete same.x; }
      return same;
    }
    var r = {c: [[joined(0, b[0], b[1])], [joined(1, b[2], b[3])]], s: b.slice(0, 4), q: 1, k: b[4]};
    if (b[0] === b[1] || b[2] === b[3]) r.z = 1;
    if (!b[4]) { r.d = 1; r.x = [0, r.z ? 2 : 1]; }
    return r;
  }
  function current_beads() { return rows.map(beadOf); }
  // The invariant: beads follow each other on both sides and cover both texts, none empty.
  function valid(beads) {
    var i = 0, j = 0;
    for (var k = 0; k < beads.length; ++k) {
      var b = beads[k];
      if (b[0] !== i || b[2] !== j || b[1] < b[0] || b[3] < b[2]) return false;
      if (b[0] === b[1] && b[2] === b[3]) return false;
      i = b[1]; j = b[3];
    }
    return i === m && j === n;
  }
  function setRows(beads) {
    rows = beads.map(rowOf);
    dataRow = new Map();
    rows.forEach(function (r, i) { if (r.o !== undefined) dataRow.set(r.o, i); });
    haystack = null;
    document.getElementById('edit-count').textContent =
        String(rows.filter(function (r) { return r.k; }).length);
  }
  function save() {
    var beads = current_beads(), same = beads.length === original.length &&
        beads.every(function (b, i) { return b.join(',') === beadOf(original[i]).join(','); });
    try {
      if (same) localStorage.removeItem(storageKey);
      else localStorage.setItem(storageKey, JSON.stringify(beads));
    } catch (err) {
      editStatus.textContent = 'cannot keep the edits in this browser: ' + err.message;
    }
  }
  function show(at) {
    applyFilters();
    goTo(Math.max(0, Math.min(at, rows.length - 1)));
  }
  // Applies beads (the new state) if valid; at = the row to show after.
  function commit(beads, at, what) {
    if (!valid(beads)) {
      editStatus.textContent = what + ': refused (every sentence must stay in exactly one bead)';
      return false;
    }
    undo.push(current_beads());
    redo = [];
    setRows(beads);
    save();
    show(at);
    editStatus.textContent = what;
    return true;
  }
  // Replaces beads [from, from + count) of the current state by replacement (each checked).
  function edit(from, count, replacement, at, what) {
    if (from < 0 || from + count > rows.length) {
      editStatus.textContent = what + ': no such bead';
      return false;
    }
    var beads = current_beads();
    replacement = replacement.filter(function (b) { return b[0] !== b[1] || b[2] !== b[3]; });
    replacement.forEach(function (b) { b[4] = 1; });
    Array.prototype.splice.apply(beads, [from, count].concat(replacement));
    return commit(beads, at, what);
  }
  var actions = {
    merge: function (i) {
      var a = beadOf(rows[i]), b = i + 1 < rows.length ? beadOf(rows[i + 1]) : null;
      if (!b) { editStatus.textContent = 'merge: the last bead has no next'; return false; }
      return edit(i, 2, [[a[0], b[1], a[2], b[3]]], i, 'merged beads ' + (i + 1) + ' and ' + (i + 2));
    },
    // Split after the first sentence on both sides ([a, a+1) × [c, c+1) and the rest).
    split: function (i) {
      var b = beadOf(rows[i]), p = Math.min(b[0] + 1, b[1]), q = Math.min(b[2] + 1, b[3]);
      if ((p === b[1] && q === b[3]) || (p === b[0] && q === b[2])) {
        editStatus.textContent = 'split: bead ' + (i + 1) + ' has one sentence';
        return false;
      }
      return edit(i, 1, [[b[0], p, b[2], q], [p, b[1], q, b[3]]], i, 'split bead ' + (i + 1));
    },
    // Split off the last sentence of one side as a bead of its own (1-0 or 0-1) below.
    splitSide: function (i, side) {
      var b = beadOf(rows[i]), lo = side ? b[2] : b[0], hi = side ? b[3] : b[1];
      if (hi === lo || (hi - lo === 1 && (side ? b[1] === b[0] : b[3] === b[2]))) {
        editStatus.textContent = 'split: nothing to split off';
        return false;
      }
      var first = side ? [b[0], b[1], b[2], hi - 1] : [b[0], hi - 1, b[2], b[3]];
      var last = side ? [b[1], b[1], hi - 1, hi] : [hi - 1, hi, b[3], b[3]];
      return edit(i, 1, [first, last], i,
                  'split the last ' + (side ? 'translation' : 'original') + ' sentence off bead ' + (i + 1));
    },
    // Moves the boundary between bead i and i+1 on one side by one sentence: up = the next
    // bead's first sentence joins bead i; down = bead i's last sentence goes to the next.
    move: function (i, side, up) {
      if (i + 1 >= rows.length) { editStatus.textContent = 'move: the last bead has no next'; return false; }
      var a = beadOf(rows[i]), b = beadOf(rows[i + 1]), e = side ? 3 : 1, f = side ? 2 : 0;
      if (up ? b[e] === b[f] : a[e] === a[f]) {
        editStatus.textContent = 'move: no sentence to move on that side';
        return false;
      }
      var d = up ? 1 : -1;
      a[e] += d; b[f] += d;
      return edit(i, 2, [a, b], i, 'moved a sentence ' + (up ? 'up' : 'down') + ' between beads ' +
                  (i + 1) + ' and ' + (i + 2));
    },
    check: function (i) {
      var beads = current_beads();
      beads[i][4] = beads[i][4] ? 0 : 1;
      return commit(beads, i, (beads[i][4] ? 'checked' : 'unchecked') + ' bead ' + (i + 1));
    },
    undo: function (i) {
      if (!undo.length) { editStatus.textContent = 'nothing to undo'; return false; }
      redo.push(current_beads());
      setRows(undo.pop());
      save();
      show(i);
      editStatus.textContent = 'undone';
      return true;
    },
    redo: function (i) {
      if (!redo.length) { editStatus.textContent = 'nothing to redo'; return false; }
      undo.push(current_beads());
      setRows(redo.pop());
      save();
      show(i);
      editStatus.textContent = 'redone';
      return true;
    },
  };
  var keys = {m: ['merge'], x: ['split'], s: ['splitSide', 0], t: ['splitSide', 1],
              u: ['move', 0, true], d: ['move', 0, false], U: ['move', 1, true],
              D: ['move', 1, false], c: ['check'], z: ['undo'], y: ['redo'], Z: ['redo']};

  // Exports, as the CLI writes them (docs/FORMATS.md, docs/CLI.md).
  function idList(a, b) { var ids = []; for (var i = a; i < b; ++i) ids.push(i); return ids; }
  function corrections() {
    var side = function (c) { return {file: cols[c].name, checksum: cols[c].checksum, sentences: cols[c].count}; };
    var beads = current_beads().filter(function (b) { return b[4]; }).map(function (b) {
      var o = {source_ids: idList(b[0], b[1]), target_ids: idList(b[2], b[3])};
      if (b[0] === b[1]) o.source_at = b[0];
      if (b[2] === b[3]) o.target_at = b[2];
      o.source = joined(0, b[0], b[1]);
      o.target = joined(1, b[2], b[3]);
      return o;
    });
    return JSON.stringify({format: 'parallax corrections', version: 1, source: side(0),
                           target: side(1), beads: beads}, null, 2) + '\n';
  }
  function flat(text) { return text.replace(/[\t\n\r]/g, ' '); }
  function tsv() {
    var withChecked = rows.some(function (r) { return r.k; });
    return rows.map(function (r) {
      var b = beadOf(r), line = [flat(joined(0, b[0], b[1])), flat(joined(1, b[2], b[3])),
        (b[4] ? 1 : r.q).toFixed(3), idList(b[0], b[1]).join(','), idList(b[2], b[3]).join(',')];
      if (withChecked) line.push(b[4] ? 'yes' : 'no');
      return line.join('\t') + '\n';
    }).join('');
  }
  function xml(text) {
    return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/&/g, '&amp;')
        .replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }
  function tmx() {
    var lang = function (c) { return xml(cols[c].language || 'und'); };
    var meta = document.querySelector('meta[name="generator"]');
    var version = meta ? meta.content.replace(/^parallax /, '') : '';
    var out = '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n' +
        '<tmx version="1.4">\n  <header creationtool="parallax" creationtoolversion="' + xml(version) +
        '" segtype="sentence" o-tmf="parallax" adminlang="en" srclang="' + lang(0) +
        '" datatype="plaintext" />\n  <body>\n';
    rows.forEach(function (r) {
      var b = beadOf(r);
      if (b[0] === b[1] || b[2] === b[3]) return;
      var prop = function (type, value) { return '      <prop type="' + type + '">' + value + '</prop>\n'; };
      out += '    <tu>\n' + prop('x-confidence', (b[4] ? 1 : r.q).toFixed(3)) +
          prop('x-source-ids', idList(b[0], b[1]).join(',')) +
          prop('x-target-ids', idList(b[2], b[3]).join(',')) + (b[4] ? prop('x-checked', 'yes') : '') +
          '      <tuv xml:lang="' + lang(0) + '">\n        <seg>' + xml(joined(0, b[0], b[1])) +
          '</seg>\n      </tuv>\n      <tuv xml:lang="' + lang(1) + '">\n        <seg>' +
          xml(joined(1, b[2], b[3])) + '</seg>\n      </tuv>\n    </tu>\n';
    });
    return out + '  </body>\n</tmx>\n';
  }
  function stem(c) { return cols[c].name.replace(/^.*\//, '').replace(/\.[^.]*$/, ''); }
  function download(name, type, text) {
    var a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([text], {type: type}));
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }
  var exports = {
    corrections: function () { download(stem(1) + '.corrections.json', 'application/json', corrections()); },
    tsv: function () { download(stem(1) + '.corrected.tsv', 'text/tab-separated-values', tsv()); },
    tmx: function () { download(stem(1) + '.corrected.tmx', 'application/xml', tmx()); },
  };
  document.querySelectorAll('button[data-edit]').forEach(function (button) {
    button.addEventListener('click', function () {
      var act = keys[button.dataset.edit];
      actions[act[0]](Math.max(view.current, 0), act[1], act[2]);
    });
  });
  document.querySelectorAll('button[data-export]').forEach(function (button) {
    button.addEventListener('click', function () { exports[button.dataset.export](); });
  });
  document.getElementById('checksums').textContent =
      cols[0].checksum + ' · ' + cols[1].checksum;

  var stored = null;
  try { stored = JSON.parse(localStorage.getItem(storageKey) || 'null'); } catch (err) { stored = null; }
  if (stored && valid(stored)) {
    setRows(stored);
    editStatus.textContent = 'edits restored from this browser';
  } else {
    setRows(current_beads());
  }
  return {
    rowOfData: function (o) { return dataRow.get(o); },
    key: function (e) {
      var act = keys[e.key];
      if (!act) return false;
      actions[act[0]](Math.max(view.current, 0), act[1], act[2]);
      return true;
    },
    beads: current_beads, corrections: corrections, tsv: tsv, tmx: tmx,
  };
}
var editor = data.editable ? makeEditor() : null;
window.parallaxEditor = editor;  // for tests and the console: corrections(), tsv(), tmx()
if (!data.editable) {
  document.getElementById('edit-note').textContent =
      'Editing beads needs a report with one translation.';
}
applyFilters();
document.body.dataset.ready = '1';
})();
