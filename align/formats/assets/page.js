// The part of the page script that both pages share (html_page.cc writes it before the page's
// own script): the table of rows rendered a chunk at a time as the view nears its end (a book
// has 10^5 rows), the current row, and the sticky bar's height kept in the CSS variable --bar.
// Plain ES2017, no library, no network.
// renderRow(i) builds the <tr> of data row i; renderBefore(i), when given, a <tr> to put
// before it or null (the report's summary row of a collapsed block); the view marks and moves
// the current row.
// Fills table cell td with the pieces of a cell as html_page.cc's append_cell writes them: a
// string is text, 0 a paragraph break, [id, text] a mark, whose <mark> element markOf(id) makes
// (its text is set here).
function parallaxFillCell(td, cell, markOf) {
  'use strict';
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
      var mark = markOf(p[0]);
      mark.textContent = p[1];
      td.appendChild(mark);
    }
  }
}
function parallaxRowView(renderRow, renderBefore) {
  'use strict';
  var tbody = document.getElementById('rows'), sentinel = document.getElementById('sentinel');
  var bar = document.getElementById('bar');
  var CHUNK = 200, rendered = 0;
  // visible: the data rows shown, in order; position: data row -> index in visible;
  // elements: data row -> its rendered <tr>; current: the current data row (-1: none).
  var view = {visible: [], position: new Map(), elements: new Map(), current: -1};

  // Renders the visible rows up to index `upto` of `visible`, at least one chunk more.
  function renderMore(upto) {
    var end = Math.min(view.visible.length, Math.max(rendered + CHUNK, upto + 1));
    if (rendered >= end) return;
    var fragment = document.createDocumentFragment();
    for (; rendered < end; ++rendered) {
      var i = view.visible[rendered], tr = renderRow(i);
      var before = renderBefore ? renderBefore(i) : null;
      if (before) fragment.appendChild(before);
      view.elements.set(i, tr);
      fragment.appendChild(tr);
    }
    tbody.appendChild(fragment);
  }
  // Keeps one screen of rows beyond the viewport rendered.
  function fill() {
    while (rendered < view.visible.length &&
           sentinel.getBoundingClientRect().top < window.innerHeight * 2 + 500) {
      renderMore(0);
    }
  }
  function setBarHeight() {
    document.documentElement.style.setProperty('--bar', bar.offsetHeight + 'px');
  }
  // Shows the data rows of the list `visible` (in order) from the top.
  view.show = function (visible) {
    view.visible = visible;
    view.position = new Map();
    visible.forEach(function (i, at) { view.position.set(i, at); });
    tbody.textContent = '';
    view.elements = new Map();
    rendered = 0;
    renderMore(0);
    fill();
  };
  view.setCurrent = function (i) {
    var old = view.elements.get(view.current);
    if (old) old.classList.remove('current');
    view.current = i;
    var tr = view.elements.get(i);
    if (tr) tr.classList.add('current');
  };
  // Scrolls row i into view and focuses it; false when it is not shown.
  view.goTo = function (i) {
    var at = view.position.get(i);
    if (at === undefined) return false;
    renderMore(at);
    view.setCurrent(i);
    var tr = view.elements.get(i);
    tr.scrollIntoView({block: 'center'});
    tr.focus({preventScroll: true});
    fill();
    return true;
  };
  // Goes to the next shown row after the current one (direction 1) or before it (-1) for
  // which wanted(data row) holds; false when there is none.
  view.step = function (direction, wanted) {
    var at = view.position.has(view.current) ? view.position.get(view.current) :
        (direction > 0 ? -1 : view.visible.length);
    for (var p = at + direction; p >= 0 && p < view.visible.length; p += direction) {
      if (wanted(view.visible[p])) return view.goTo(view.visible[p]);
    }
    return false;
  };

  if ('IntersectionObserver' in window) {
    new IntersectionObserver(function (entries) {
      if (entries.some(function (e) { return e.isIntersecting; })) fill();
    }, {rootMargin: '0px 0px 1000px 0px'}).observe(sentinel);
  }
  window.addEventListener('scroll', fill, {passive: true});
  window.addEventListener('resize', function () { setBarHeight(); fill(); });
  setBarHeight();
  return view;
}
