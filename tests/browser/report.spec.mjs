// Browser test of `parallax report`: generates the page for the bundled UN Charter (Russian
// original, English version) with the term "Совет Безопасности", opens it through file:// in
// Debian's headless Chromium driven by playwright-core, and checks its structure, the term
// panel's jumps, the doubtful filter and keys, the search box, the lazy rendering, and that
// hostile text stays text. Saves screenshots under --out.
//
// node report.spec.mjs --parallax BUILD/cli/parallax --corpora SOURCE/corpora --out DIR
//                      [--screenshot-copy docs/report.png]
// Exit codes: 0 pass, 1 fail, 77 skipped (no /usr/bin/chromium or no node_modules: run
// tests/browser/setup.sh), which ctest reports as skipped (SKIP_RETURN_CODE).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const kChromium = '/usr/bin/chromium';
const kSkip = 77;

function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i += 2) {
    if (!argv[i].startsWith('--') || i + 1 >= argv.length) {
      console.error(`usage: node report.spec.mjs --parallax EXE --corpora DIR --out DIR`);
      process.exit(64);
    }
    args[argv[i].slice(2)] = argv[i + 1];
  }
  for (const required of ['parallax', 'corpora', 'out']) {
    if (!args[required]) {
      console.error(`report.spec.mjs: --${required} is required`);
      process.exit(64);
    }
  }
  return args;
}

const args = parseArgs(process.argv.slice(2));
if (!existsSync(kChromium)) {
  console.log(`SKIP: ${kChromium} not installed (run tests/browser/setup.sh)`);
  process.exit(kSkip);
}
let chromium;
try {
  ({ chromium } = await import('playwright-core'));
} catch {
  console.log('SKIP: playwright-core not installed (run tests/browser/setup.sh)');
  process.exit(kSkip);
}

const out = resolve(args.out);
mkdirSync(out, { recursive: true });

// Runs parallax report; returns the page's path.
function makeReport(name, inputs, extra) {
  const page = join(out, name);
  const run = spawnSync(args.parallax, ['report', ...inputs, ...extra, '-o', page], {
    encoding: 'utf8',
    timeout: 240000,
  });
  assert.equal(run.status, 0, `parallax report failed: ${run.stderr}`);
  assert.ok(run.stderr.includes(page), `the path is printed on stderr: ${run.stderr}`);
  return page;
}

let failures = 0;
async function check(name, body) {
  try {
    await body();
    console.log(`ok - ${name}`);
  } catch (error) {
    failures += 1;
    console.log(`not ok - ${name}\n${error.stack}`);
  }
}

const charter = makeReport(
  'report.html',
  [join(args.corpora, 'un-charter.ru.txt'), join(args.corpora, 'un-charter.en.txt')],
  ['--term', 'Совет Безопасности', '--from', 'ru', '--to', 'en'],
);

// A third text for the N-way page: the English version with ten lines left out, one line
// added and two lines joined, so that the page has omissions, an insertion and merged rows.
const english = readFileSync(join(args.corpora, 'un-charter.en.txt'), 'utf8').split('\n');
const edited = [...english.slice(0, 60), ...english.slice(70, 100),
  'This sentence was added by an editor and has no counterpart in the original.',
  ...english.slice(100, 150), `${english[150]} ${english[151]}`, ...english.slice(152)];
const editedPath = join(out, 'un-charter.en-edited.txt');
writeFileSync(editedPath, edited.join('\n'));
const nway = makeReport(
  'report-nway.html',
  [join(args.corpora, 'un-charter.ru.txt'), join(args.corpora, 'un-charter.en.txt'), editedPath],
  ['--term', 'Совет Безопасности', '--from', 'ru', '--to', 'en'],
);

const profile = mkdtempSync(join(tmpdir(), 'parallax-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: kChromium,
  headless: true,
  viewport: { width: 1400, height: 900 },
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

try {
  const page = await context.newPage();
  const dialogs = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const requests = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('file:')) requests.push(request.url());
  });
  await page.goto(pathToFileURL(charter).href);
  await page.waitForSelector('body[data-ready="1"]');
  const data = await page.evaluate(() =>
    JSON.parse(document.getElementById('report-data').textContent));
  const rendered = () => page.locator('#rows > tr').count();

  await check('structure: columns, rows, counts', async () => {
    assert.equal(await page.locator('thead th').count(), 3);  // #, original, translation
    assert.equal(data.columns.length, 2);
    assert.ok(data.rows.length > 200, `the charter has ${data.rows.length} rows`);
    assert.equal(await page.locator('#row-count').textContent(), String(data.rows.length));
    const doubtful = data.rows.filter((r) => r.d).length;
    assert.equal(await page.locator('#doubtful-count').textContent(), String(doubtful));
    assert.equal(await page.locator('#rows > tr:first-child > td').count(), 2);
    assert.equal(await page.locator('#rows > tr:first-child > td[dir="auto"]').count(), 2);
    assert.deepEqual(requests, [], 'no network request');
  });

  await check('lazy rendering: one chunk first, more on scroll', async () => {
    const first = await rendered();
    assert.ok(first >= 1 && first < data.rows.length, `${first} of ${data.rows.length} rendered`);
    for (let i = 0; i < 40 && (await rendered()) < data.rows.length; ++i) {
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForTimeout(50);
    }
    assert.equal(await rendered(), data.rows.length);
    await page.evaluate(() => window.scrollTo(0, 0));
  });

  await check('highlights: the term in the original, renderings in the translation', async () => {
    const terms = await page.locator('#rows td:nth-child(2) mark.t').count();
    const renderings = await page.locator('#rows td:nth-child(3) mark[data-v]').count();
    assert.ok(terms >= 20, `${terms} occurrences of the term highlighted`);
    assert.ok(renderings >= 20, `${renderings} renderings highlighted`);
    const panel = await page.locator('#panel button.variant').first().textContent();
    assert.match(panel, /Security Council/);
    const colour = await page.locator('#rows mark.v0').first()
        .evaluate((m) => getComputedStyle(m).backgroundColor);
    assert.notEqual(colour, 'rgba(0, 0, 0, 0)', 'variants have a colour');
  });

  await check('panel: clicking a variant jumps through its occurrences', async () => {
    await page.reload();
    await page.waitForSelector('body[data-ready="1"]');
    const button = page.locator('#panel button.variant').first();
    const list = data.jumps[Number(await button.getAttribute('data-jump'))];
    assert.ok(list.length >= 3, `${list.length} rows`);
    const scrollBefore = await page.evaluate(() => window.scrollY);
    // Click until the jump reaches a row outside the first rendered chunk.
    let target = -1;
    for (let n = 0; n < list.length; ++n) {
      await button.click();
      const focused = await page.evaluate(() => document.activeElement.dataset.row);
      assert.equal(Number(focused), list[n], `click ${n + 1} focuses the next occurrence`);
      assert.equal(await page.locator('#rows > tr.current').count(), 1);
      target = list[n];
      if (target > 250) break;
    }
    const row = page.locator(`#r${target}`);
    const box = await row.boundingBox();
    assert.ok(box && box.y >= 0 && box.y + Math.min(box.height, 100) <= 900, 'row in viewport');
    assert.ok(await page.evaluate(() => window.scrollY) > scrollBefore, 'the page scrolled');
    assert.ok(await row.locator('mark.flash').count() >= 1, 'the rendering is outlined');
    assert.match(await page.locator('#jump-status').textContent(), / of \d+$/);
    await page.screenshot({ path: join(out, 'report-jump.png') });
  });

  await check('N-way: three texts, omissions and an insertion marked; filter and keys', async () => {
    await page.goto(pathToFileURL(nway).href);
    await page.waitForSelector('body[data-ready="1"]');
    const data = await page.evaluate(() =>
      JSON.parse(document.getElementById('report-data').textContent));
    assert.equal(await page.locator('thead th').count(), 4);
    assert.equal(await page.locator('#rows > tr:first-child > td').count(), 3);
    const doubtful = data.rows.map((r, i) => (r.d ? i : -1)).filter((i) => i >= 0);
    assert.ok(doubtful.length >= 10, `${doubtful.length} doubtful rows (ten lines left out)`);
    assert.equal(await page.locator('#doubtful-count').textContent(), String(doubtful.length));
    const inserted = data.rows.findIndex((r) => r.s[0] === r.s[1]);
    assert.ok(inserted >= 0 && data.rows[inserted].d, 'the added line has a doubtful row');
    // j/k skip the rows of a collapsed block (a run of data.gap rows or more with an omission:
    // the ten lines left out), whose summary row stands for them.
    const inRun = new Set();
    for (let i = 0; i < data.rows.length;) {
      let j = i;
      while (j < data.rows.length && data.rows[j].z) j += 1;
      if (j - i >= data.gap) for (let k = i; k < j; k += 1) inRun.add(k);
      i = Math.max(j, i + 1);
    }
    assert.ok(inRun.size >= data.gap, 'the ten lines left out are one collapsed block');
    assert.equal(await page.locator('#rows > tr.gap').count(), 1);
    const reachable = doubtful.filter((i) => !inRun.has(i));
    await page.keyboard.press('j');
    assert.equal(Number(await page.evaluate(() => document.activeElement.dataset.row)),
                 reachable[0]);
    if (reachable.length > 1) {
      await page.keyboard.press('n');
      assert.equal(Number(await page.evaluate(() => document.activeElement.dataset.row)),
                   reachable[1]);
      await page.keyboard.press('k');
      assert.equal(Number(await page.evaluate(() => document.activeElement.dataset.row)),
                   reachable[0]);
    }
    await page.locator('#only-doubtful').check();
    assert.equal(await page.locator('body').getAttribute('data-visible'),
                 String(doubtful.length));
    assert.equal(await page.locator('#rows > tr:not(.doubtful):not(.gap)').count(), 0);
    assert.ok((await page.locator('#rows > tr:not(.gap)').count()) <= doubtful.length);
    await page.locator('#only-doubtful').uncheck();
    assert.equal(await page.locator('body').getAttribute('data-visible'),
                 String(data.rows.length));
    await page.keyboard.press('j');
    await page.screenshot({ path: join(out, 'report-nway.png') });
  });

  await check('search filters rows over all columns', async () => {
    await page.goto(pathToFileURL(charter).href);
    await page.waitForSelector('body[data-ready="1"]');
    const text = (cell) => cell.map((p) => (typeof p === 'string' ? p : p === 0 ? '\n' : p[1]))
        .join('');
    const matching = (q) => data.rows.filter((r) =>
      r.c.map(text).join('\n').toLowerCase().includes(q.toLowerCase())).length;
    for (const query of ['trusteeship', 'Опеки']) {
      await page.locator('#search').fill(query);
      await page.waitForFunction(
        (n) => document.body.dataset.visible === String(n), matching(query));
      const expected = matching(query);
      assert.ok(expected > 0 && expected < data.rows.length, `${query}: ${expected} rows`);
      const rows = await page.locator('#rows > tr').allTextContents();
      assert.ok(rows.every((r) => r.toLowerCase().includes(query.toLowerCase())));
      assert.match(await page.locator('#shown').textContent(), new RegExp(`showing ${expected} of`));
    }
    await page.locator('#search').fill('Security Council');
    await page.waitForFunction(
      (n) => document.body.dataset.visible === String(n), matching('Security Council'));
    await page.screenshot({ path: join(out, 'report-search.png') });
    await page.locator('#search').fill('');
    await page.waitForFunction(
      (n) => document.body.dataset.visible === String(n), data.rows.length);
  });

  await check('places: each cell says where it starts in its file, on hover or for all', async () => {
    // A DOCX original (paragraphs p<k>) and a text translation (line:column).
    const letter = makeReport('report-places.html', [
      join(args.corpora, 'khrushchev-1963-06-08.en.docx'),
      join(args.corpora, 'khrushchev-1963-06-08.en-embassy.partial.txt'),
    ], ['--no-terms', '--from', 'en', '--to', 'en']);
    await page.goto(pathToFileURL(letter).href);
    await page.waitForSelector('body[data-ready="1"]');
    const data = await page.evaluate(() =>
      JSON.parse(document.getElementById('report-data').textContent));
    assert.deepEqual(data.columns.map((c) => c.format), ['docx', 'text']);
    assert.equal(data.columns[0].where.length, data.columns[0].count);
    assert.ok(data.columns[0].where.every((w) => /^p\d+$/.test(w)), data.columns[0].where.join());
    assert.equal(data.columns[1].where[0], '1:1');
    // The first row with both sides: its labels, tooltips, and the text left as it was.
    const r = data.rows.findIndex((row) => row.s[0] < row.s[1] && row.s[2] < row.s[3]);
    const row = page.locator(`#r${r}`);
    const label = row.locator('td').nth(1).locator('span.loc');
    const place = await label.getAttribute('data-place');
    assert.match(place, /^\d+:\d+(–\d+)?$/);
    assert.equal(place.split(/[:–]/)[0], data.columns[1].where[data.rows[r].s[2]].split(':')[0]);
    const [line, column] = data.columns[1].where[data.rows[r].s[2]].split(':');
    assert.match(await row.locator('td').nth(1).getAttribute('title'),
                 new RegExp(`line ${line}, column ${column}`));
    assert.match(await row.locator('td').nth(0).locator('span.loc').getAttribute('data-place'),
                 /^p\d+(–p\d+)?$/);
    const visibility = () => label.evaluate((e) => getComputedStyle(e).visibility);
    const shown = () => label.evaluate((e) => getComputedStyle(e, '::before').content);
    assert.equal(await shown(), JSON.stringify(place), 'the label shows the place');
    await page.mouse.move(0, 0);
    assert.equal(await visibility(), 'hidden', 'unobtrusive: hidden until wanted');
    await row.hover();
    assert.equal(await visibility(), 'visible', 'shown on the row under the mouse');
    await page.mouse.move(0, 0);
    await page.locator('#show-places').check();
    assert.equal(await visibility(), 'visible', '"show where" shows every place');
    const text = (cell) => cell.map((p) => (typeof p === 'string' ? p : p === 0 ? '\n' : p[1]))
        .join('');
    assert.equal((await row.locator('td').nth(1).textContent()),
                 text(data.rows[r].c[1]).replace(/\n/g, '¶'), 'the place is not in the text');
    await page.screenshot({ path: join(out, 'report-places.png') });
  });

  await check('screenshot', async () => {
    await page.goto(pathToFileURL(charter).href);
    await page.waitForSelector('body[data-ready="1"]');
    await page.locator('#panel button.variant').first().click();
    const shot = join(out, 'report.png');
    await page.screenshot({ path: shot });
    assert.ok(existsSync(shot));
    if (args['screenshot-copy']) copyFileSync(shot, args['screenshot-copy']);
  });

  await check('hostile text stays text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-hostile-'));
    const hostile = [
      '<script>alert(1)</script> Первая строка.',
      'Tom &amp; "Jerry" \'quoted\' <img src=x onerror=alert(2)>.',
      'abc\u202Edcba и конец.',
    ];
    writeFileSync(join(dir, 'a.txt'), hostile.join('\n') + '\n');
    writeFileSync(join(dir, 'b.txt'),
                  '</script><script>alert(3)</script> First line.\nSecond & line.\nThird line.\n');
    const hostilePage = makeReport('hostile.html', [join(dir, 'a.txt'), join(dir, 'b.txt')],
                                   ['--lines', '--no-terms', '--from', 'ru', '--to', 'en']);
    rmSync(dir, { recursive: true, force: true });
    await page.goto(pathToFileURL(hostilePage).href);
    await page.waitForSelector('body[data-ready="1"]');
    const cells = await page.locator('#rows td').allTextContents();
    const all = cells.join('\n');
    for (const line of hostile) assert.ok(all.includes(line), `literal: ${line}`);
    assert.ok(all.includes('</script><script>alert(3)</script>'));
    assert.equal(await page.locator('#rows img, #rows script').count(), 0);
    assert.equal(await page.locator('script').count(), 2);
    assert.deepEqual(dialogs, [], 'no script ran');
  });

  // The Embassy's partial translation of the 8 June 1963 letter (9 sentences) against the
  // State Department's whole one: the sentences it leaves out are runs of rows with no
  // counterpart, each shown as one collapsed block that its summary row expands (#13).
  await check('uncovered stretches: one collapsed block each, expanded on click', async () => {
    const partial = makeReport(
      'report-partial.html',
      [join(args.corpora, 'khrushchev-1963-06-08.en.txt'),
       join(args.corpora, 'khrushchev-1963-06-08.en-embassy.partial.txt')],
      ['--no-terms', '--from', 'en', '--to', 'en'],
    );
    await page.goto(pathToFileURL(partial).href);
    await page.waitForSelector('body[data-ready="1"]');
    const data = await page.evaluate(() =>
      JSON.parse(document.getElementById('report-data').textContent));
    // The runs of at least data.gap rows with an omission or insertion, from the data.
    const runs = [];
    for (let i = 0; i < data.rows.length;) {
      let j = i;
      while (j < data.rows.length && data.rows[j].z) j += 1;
      if (j - i >= data.gap) runs.push([i, j]);
      i = Math.max(j, i + 1);
    }
    assert.equal(data.gap, 8);
    assert.ok(runs.length >= 1, 'the partial translation leaves a run of 8 sentences out');
    const summaries = page.locator('#rows > tr.gap');
    assert.equal(await summaries.count(), runs.length);
    const hiddenRows = runs.reduce((sum, [a, b]) => sum + b - a, 0);
    assert.equal(await page.locator('#rows > tr.collapsed').count(), hiddenRows);
    const [first, end] = runs[0];
    assert.equal(await page.locator(`#r${first}`).isVisible(), false);
    const button = summaries.first().locator('button');
    assert.ok((await button.textContent()).includes(`${end - first} rows with no counterpart`));
    await button.click();
    assert.equal(await page.locator(`#r${first}`).isVisible(), true);
    assert.equal(await page.locator('#rows > tr.collapsed').count(), hiddenRows - (end - first));
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    await page.screenshot({ path: join(out, 'report-partial.png') });
    await button.click();
    assert.equal(await page.locator(`#r${first}`).isVisible(), false);
    // Rows outside the runs stay visible; a row with a counterpart is never collapsed.
    const paired = data.rows.findIndex((r) => !r.z);
    assert.equal(await page.locator(`#r${paired}`).isVisible(), true);
  });
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}

console.log(failures === 0 ? 'PASS' : `FAIL: ${failures} check(s) failed`);
process.exit(failures === 0 ? 0 : 1);
