// Browser test of `parallax diff --format html`: generates the page for the two English
// translations of the 1963 letter (corpora/), opens it through file:// in Debian's headless
// Chromium driven by playwright-core, and checks the marks of the edits in both columns, the
// kinds quiet at first (typography, case) and their checkboxes, the "only beads with shown
// edits" filter, the sortable change table and its jumps, and that the script raises no error
// and fetches nothing. Saves a screenshot under --out.
//
// node diff.spec.mjs --parallax BUILD/cli/parallax --corpora SOURCE/corpora --out DIR
//                    [--screenshot-copy docs/diff.png]
// Exit codes: 0 pass, 1 fail, 77 skipped (no /usr/bin/chromium or no node_modules: run
// tests/browser/setup.sh).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const kChromium = '/usr/bin/chromium';
const args = {};
const argv = process.argv.slice(2);
for (let i = 0; i + 1 < argv.length; i += 2) args[argv[i].replace(/^--/, '')] = argv[i + 1];
for (const required of ['parallax', 'corpora', 'out']) {
  if (!args[required]) {
    console.error(`diff.spec.mjs: --${required} is required`);
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
const pagePath = join(out, 'diff.html');
const run = spawnSync(args.parallax, ['diff', '--format', 'html', '-o', pagePath,
  join(args.corpora, 'khrushchev-1963-06-08.en.txt'),
  join(args.corpora, 'khrushchev-1963-06-08.en-embassy.partial.txt')], { encoding: 'utf8' });
assert.equal(run.status, 0, `parallax diff failed: ${run.stderr}`);

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

const profile = mkdtempSync(join(tmpdir(), 'parallax-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: kChromium,
  headless: true,
  viewport: { width: 1400, height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('request', (request) => {
    if (!request.url().startsWith('file:')) requests.push(request.url());
  });
  await page.goto(pathToFileURL(pagePath).href);
  await page.waitForSelector('body[data-ready="1"]');
  const data = await page.evaluate(() =>
    JSON.parse(document.getElementById('diff-data').textContent));
  const kind = (name) => data.kinds.indexOf(name);
  const background = (locator) => locator.evaluate((e) => getComputedStyle(e).backgroundColor);

  await check('every edit of a bead is marked in both columns', async () => {
    const row = page.locator('#rows > tr').filter({ hasText: 'seek for a way' });
    await assert.doesNotReject(row.waitFor());
    assert.equal(await row.locator('td').nth(0).locator(`mark.k${kind('lexical')}`).first()
      .textContent(), 'seek');
    assert.equal(await row.locator('td').nth(1).locator(`mark.k${kind('lexical')}`).first()
      .textContent(), 'search');
    // "a" dropped: marked in A, a caret (empty mark) in B.
    const dropped = row.locator('td').nth(1).locator(`mark.k${kind('function_word')}:empty`);
    assert.ok(await dropped.count() >= 1);
  });

  await check('typography and case are quiet at first, and a checkbox turns them on', async () => {
    const dash = page.locator(`#rows mark.k${kind('typography')}`).first();
    assert.equal(await background(dash), 'rgba(0, 0, 0, 0)');
    await page.locator(`input[data-kind="${kind('typography')}"]`).check();
    assert.notEqual(await background(dash), 'rgba(0, 0, 0, 0)');
    await page.locator(`input[data-kind="${kind('typography')}"]`).uncheck();
  });

  await check('only beads with shown edits are listed, and the filter can be cleared', async () => {
    const shown = data.rows.filter((r) => (r.m & ~((1 << kind('typography')) |
      (1 << kind('case')))) !== 0).length;
    assert.equal(await page.evaluate(() => document.body.dataset.visible), String(shown));
    await page.locator('#only-changed').uncheck();
    assert.equal(await page.evaluate(() => document.body.dataset.visible),
      String(data.rows.length));
    await page.locator('#only-changed').check();
  });

  await check('turning a kind off hides its changes in the table', async () => {
    const rows = page.locator(`#changes tbody tr.c${kind('function_word')}`);
    assert.ok(await rows.first().isVisible());
    await page.locator(`input[data-kind="${kind('function_word')}"]`).uncheck();
    assert.equal(await rows.first().isVisible(), false);
    await page.locator(`input[data-kind="${kind('function_word')}"]`).check();
  });

  await check('the change table sorts by a column and its rows jump to their beads', async () => {
    await page.locator('#changes th').nth(2).click();  // by A text, ascending
    const firstA = await page.locator('#changes tbody tr').first().locator('td').nth(2)
      .textContent();
    const texts = await page.locator('#changes tbody tr td:nth-child(3)').allTextContents();
    assert.equal(firstA, [...texts].sort((x, y) => x.localeCompare(y))[0]);
    await page.locator('#changes th').nth(0).click();  // by count, most frequent first
    const counts = (await page.locator('#changes tbody tr td:nth-child(1)').allTextContents())
      .map(Number);
    assert.equal(counts[0], Math.max(...counts));
    await page.locator('#changes tbody tr').filter({ hasText: 'seek' }).click();
    assert.match(await page.locator('#jump-status').textContent(), /seek → search: 1 of 1/);
    assert.equal(await page.locator('tr.current mark.flash').first().textContent(), 'seek');
  });

  await check('no script error and no network request', async () => {
    assert.deepEqual(errors, []);
    assert.deepEqual(requests, []);
  });

  await page.screenshot({ path: join(out, 'diff.png') });
  if (args['screenshot-copy']) copyFileSync(join(out, 'diff.png'), args['screenshot-copy']);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
process.exit(failures === 0 ? 0 : 1);
