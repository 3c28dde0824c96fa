// Browser test of editing beads in the report page (#16): on the UN Charter report (Russian
// original, one English translation) it merges, splits, moves a boundary sentence, undoes,
// marks a bead checked and checks that every edit keeps every sentence in exactly one bead;
// reloads the page and finds the edits restored from localStorage; exports the corrections
// and the TMX through the page's download buttons and checks them; then feeds the exported
// corrections to `parallax align --anchors` and checks that the fixed beads come out verbatim.
//
// node edit.spec.mjs --parallax BUILD/cli/parallax --corpora SOURCE/corpora --out DIR
// Exit codes: 0 pass, 1 fail, 77 skipped (no /usr/bin/chromium or no node_modules: run
// tests/browser/setup.sh).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const kChromium = '/usr/bin/chromium';
const args = {};
for (let i = 2; i + 1 < process.argv.length; i += 2) args[process.argv[i].slice(2)] = process.argv[i + 1];
for (const required of ['parallax', 'corpora', 'out']) {
  if (!args[required]) {
    console.error(`edit.spec.mjs: --${required} is required`);
    process.exit(64);
  }
}
if (!existsSync(kChromium)) {
  console.log(`SKIP: ${kChromium} not installed (run tests/browser/setup.sh)`);
  process.exit(77);
}
let chromium;
try {
  ({ chromium } = await import('playwright-core'));
} catch {
  console.log('SKIP: playwright-core not installed (run tests/browser/setup.sh)');
  process.exit(77);
}

const out = resolve(args.out);
mkdirSync(out, { recursive: true });
const source = join(args.corpora, 'un-charter.ru.txt');
const target = join(args.corpora, 'un-charter.en.txt');
const reportPath = join(out, 'report-edit.html');
const made = spawnSync(args.parallax, ['report', source, target, '--from', 'ru', '--to', 'en',
  '--term', 'Совет Безопасности', '-q', '-o', reportPath], { encoding: 'utf8', timeout: 240000 });
assert.equal(made.status, 0, `parallax report failed: ${made.stderr}`);

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

// Every sentence of both texts in exactly one bead, in order (beads as [sb, se, tb, te, k]).
function assertPartition(beads, m, n) {
  let i = 0;
  let j = 0;
  for (const b of beads) {
    assert.ok(b[0] === i && b[2] === j && b[1] >= b[0] && b[3] >= b[2], `bead ${b} follows ${i},${j}`);
    assert.ok(b[1] > b[0] || b[3] > b[2], `bead ${b} is not empty`);
    i = b[1];
    j = b[3];
  }
  assert.deepEqual([i, j], [m, n]);
}

const profile = mkdtempSync(join(tmpdir(), 'parallax-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: kChromium,
  headless: true,
  acceptDownloads: true,
  viewport: { width: 1400, height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

try {
  const page = await context.newPage();
  await page.goto(pathToFileURL(reportPath).href);
  await page.waitForSelector('body[data-ready="1"]');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.waitForSelector('body[data-ready="1"]');
  const data = await page.evaluate(() =>
    JSON.parse(document.getElementById('report-data').textContent));
  const m = data.columns[0].count;
  const n = data.columns[1].count;
  const beads = () => page.evaluate(() => window.parallaxEditor.beads());
  const status = () => page.locator('#edit-status').textContent();
  const select = async (i) => {
    await page.locator(`#r${i} > th`).click();
  };
  const original = await beads();
  // Two consecutive 1-1 beads well inside the text, for the edits.
  let at = 12;
  while (!(original[at][1] - original[at][0] === 1 && original[at][3] - original[at][2] === 1 &&
           original[at + 1][1] - original[at + 1][0] === 1 &&
           original[at + 1][3] - original[at + 1][2] === 1)) at += 1;
  const [a, b] = [original[at], original[at + 1]];
  let afterEdits = null;

  await check('the page is editable and shows the checksums', async () => {
    assert.equal(data.editable, 1);
    assert.match(data.columns[0].checksum, /^fnv1a64:[0-9a-f]{16}$/);
    assert.equal(data.columns[0].texts.length, m);
    assert.match(await page.locator('#checksums').textContent(), /fnv1a64:/);
    assertPartition(original, m, n);
  });

  await check('merge (m): two beads become one, checked', async () => {
    await select(at);
    await page.keyboard.press('m');
    const now = await beads();
    assert.equal(now.length, original.length - 1);
    assert.deepEqual(now[at], [a[0], b[1], a[2], b[3], 1]);
    assertPartition(now, m, n);
    assert.match(await status(), /merged/);
  });

  await check('split (x): the merged bead splits after its first sentences', async () => {
    await page.keyboard.press('x');
    const now = await beads();
    assert.deepEqual(now[at], [a[0], a[1], a[2], a[3], 1]);
    assert.deepEqual(now[at + 1], [b[0], b[1], b[2], b[3], 1]);
    assertPartition(now, m, n);
  });

  await check('move (d, U) and undo (z): a boundary sentence goes down, then back', async () => {
    const before = await beads();
    await page.keyboard.press('d');  // the original sentence of bead `at` joins bead at+1
    let now = await beads();
    assert.deepEqual(now[at], [a[0], a[0], a[2], a[3], 1]);
    assert.deepEqual(now[at + 1], [a[0], b[1], b[2], b[3], 1]);
    assertPartition(now, m, n);
    await page.keyboard.press('z');
    now = await beads();
    assert.deepEqual(now, before);
    await page.keyboard.press('y');  // redo, then undo again: redo works
    assert.deepEqual((await beads())[at + 1], [a[0], b[1], b[2], b[3], 1]);
    await page.keyboard.press('z');
    assert.deepEqual(await beads(), before);
  });

  await check('an edit that would break the invariant is refused', async () => {
    const before = await beads();
    const last = before.length - 1;
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    for (let k = 0; k < 40 && (await page.locator(`#r${last}`).count()) === 0; ++k) {
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForTimeout(50);
    }
    await select(last);
    await page.keyboard.press('m');
    assert.match(await status(), /no next/);
    await page.keyboard.press('U');
    assert.match(await status(), /no next/);
    assert.deepEqual(await beads(), before);
    await page.evaluate(() => window.scrollTo(0, 0));
  });

  await check('split off a sentence (t), merge it back, check a bead (c)', async () => {
    await page.keyboard.press('j');  // the review keys still work while editing
    await select(at + 2);
    await page.keyboard.press('c');
    const checked = await beads();
    assert.equal(checked[at + 2][4], 1);
    assert.equal(await page.locator(`#r${at + 2}.checked`).count(), 1);
    await select(at + 3);
    await page.keyboard.press('t');
    const split = await beads();
    const x = checked[at + 3];
    if (x[3] - x[2] >= 2 || (x[3] - x[2] === 1 && x[1] > x[0])) {
      assert.deepEqual(split[at + 4], [x[1], x[1], x[3] - 1, x[3], 1]);
      assertPartition(split, m, n);
      await page.keyboard.press('m');  // merged back into one (checked) bead
      assert.deepEqual((await beads())[at + 3], [x[0], x[1], x[2], x[3], 1]);
    }
    afterEdits = await beads();
    assertPartition(afterEdits, m, n);
  });

  await check('reloading the page restores the edits', async () => {
    await page.reload();
    await page.waitForSelector('body[data-ready="1"]');
    assert.deepEqual(await beads(), afterEdits);
    assert.match(await status(), /restored/);
  });

  let correctionsPath = null;
  await check('export: corrections and TMX downloaded from the page', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('button[data-export="corrections"]').click(),
    ]);
    correctionsPath = join(out, 'edit.corrections.json');
    await download.saveAs(correctionsPath);
    assert.match(download.suggestedFilename(), /\.corrections\.json$/);
    const corrections = JSON.parse(readFileSync(correctionsPath, 'utf8'));
    assert.equal(corrections.format, 'parallax corrections');
    assert.equal(corrections.source.checksum, data.columns[0].checksum);
    assert.equal(corrections.target.checksum, data.columns[1].checksum);
    assert.equal(corrections.target.sentences, n);
    const fixed = afterEdits.filter((x) => x[4]);
    assert.equal(corrections.beads.length, fixed.length);
    assert.ok(fixed.length >= 3, `${fixed.length} beads fixed`);
    corrections.beads.forEach((bead, k) => {
      const f = fixed[k];
      assert.deepEqual(bead.source_ids, Array.from({ length: f[1] - f[0] }, (_, i) => f[0] + i));
      assert.deepEqual(bead.target_ids, Array.from({ length: f[3] - f[2] }, (_, i) => f[2] + i));
      if (f[0] === f[1]) assert.equal(bead.source_at, f[0]);
      if (f[2] === f[3]) assert.equal(bead.target_at, f[2]);
    });
    const [tmxDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('button[data-export="tmx"]').click(),
    ]);
    const tmxPath = join(out, 'edit.corrected.tmx');
    await tmxDownload.saveAs(tmxPath);
    const tmx = readFileSync(tmxPath, 'utf8');
    const units = tmx.match(/<tu>/g).length;
    assert.equal(units, afterEdits.filter((x) => x[1] > x[0] && x[3] > x[2]).length);
    const checkedUnits = (tmx.match(/<prop type="x-checked">yes<\/prop>/g) || []).length;
    assert.equal(checkedUnits, fixed.filter((x) => x[1] > x[0] && x[3] > x[2]).length);
    assert.ok(tmx.includes(`<prop type="x-source-ids">${a[0]}</prop>`));
    assert.match(tmx, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<!DOCTYPE tmx/);
  });

  await check('parallax align --anchors keeps the exported beads verbatim', async () => {
    const run = spawnSync(args.parallax, ['align', source, target, '--anchors', correctionsPath,
      '--format', 'json', '-q'], { encoding: 'utf8', timeout: 240000, maxBuffer: 1 << 28 });
    assert.equal(run.status, 0, run.stderr);
    const aligned = JSON.parse(run.stdout);
    const got = aligned.beads.map((x) => [x.source_ids, x.target_ids, x.checked]);
    const fixed = afterEdits.filter((x) => x[4]);
    const checkedOut = aligned.beads.filter((x) => x.checked);
    assert.equal(checkedOut.length, fixed.length);
    checkedOut.forEach((bead, k) => {
      assert.equal(bead.confidence, 1);
      assert.equal(bead.source_ids.length, fixed[k][1] - fixed[k][0]);
      if (bead.source_ids.length) assert.equal(bead.source_ids[0], fixed[k][0]);
      assert.equal(bead.target_ids.length, fixed[k][3] - fixed[k][2]);
      if (bead.target_ids.length) assert.equal(bead.target_ids[0], fixed[k][2]);
    });
    const flat = aligned.beads.map((x) => [x.source_ids[0] ?? -1, x.target_ids[0] ?? -1]);
    assert.equal(got.length, flat.length);
  });
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
process.exit(failures === 0 ? 0 : 1);
