// Drives Debian's headless Chromium (never a downloaded browser) through playwright-core against a
// running `newsbrief serve`: opens a review page, checks both languages and the highlighted figures,
// edits the facts file on disk and waits for the page to change by itself (no navigation), then
// breaks the file and waits for the diagnostics box. Saves screenshots; prints a JSON report.
// Usage: node desk-review.mjs BASE_URL SLUG FACTS_FILE ARTIFACTS_DIR
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [base, slug, factsFile, artifacts] = process.argv.slice(2);
const report = { steps: [] };
const step = (name, data = {}) => report.steps.push({ name, ...data });
const fail = (message) => { throw new Error(message); };

const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbrief-chromium-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
  viewport: { width: 1280, height: 900 },
});
try {
  const page = context.pages()[0] ?? await context.newPage();
  let navigations = 0;
  page.on('framenavigated', (frame) => { if (frame === page.mainFrame()) navigations++; });

  await page.goto(`${base}review/${slug}`);
  await page.waitForSelector('#live.on', { timeout: 10000 });
  const navigationsAfterLoad = navigations;

  const headline = {
    id: await page.textContent('tr.headline td[lang=id]'),
    en: await page.textContent('tr.headline td[lang=en]'),
  };
  step('languages', headline);
  if (!headline.id.includes('Rp4,87 Miliar') || !headline.en.includes('$294,000')) fail('headline not in both languages: ' + JSON.stringify(headline));

  const mark = page.locator('tr.headline td[lang=en] mark.fig').first();
  await mark.hover();
  const figure = {
    name: await mark.getAttribute('data-figure'),
    raw: await mark.getAttribute('data-raw'),
    title: await mark.getAttribute('title'),
    tooltip: await mark.evaluate((el) => getComputedStyle(el, '::after').content),
    background: await mark.evaluate((el) => getComputedStyle(el).backgroundColor),
    count: await page.locator('table.align mark.fig').count(),
  };
  step('highlight', { figure: figure.name, raw: figure.raw, title: figure.title, tooltip: figure.tooltip, background: figure.background, count: figure.count });
  if (figure.name !== 'r1_cost' || !figure.raw.includes('294000 USD') || !figure.title.includes('294000 USD')) fail('figure highlight: ' + JSON.stringify(figure));
  if (!figure.tooltip.includes('r1_cost') || !figure.tooltip.includes('294000 USD')) fail('hover tooltip: ' + figure.tooltip);
  await page.screenshot({ path: path.join(artifacts, 'desk-review-hover.png') });

  // Live reload: edit the facts file on disk; the page must change without a navigation.
  await page.evaluate(() => { window.deskSentinel = 'set before the edit'; });
  const original = fs.readFileSync(factsFile, 'utf8');
  fs.writeFileSync(factsFile, original.replace('value: 512', 'value: 2048'));
  const t0 = Date.now();
  await page.waitForFunction(() => document.querySelector('tr.point td[lang=en]')?.textContent.includes('2,048 chips'), null, { timeout: 5000 });
  const live = {
    ms: Date.now() - t0,
    sentinel: await page.evaluate(() => window.deskSentinel),
    navigations: navigations - navigationsAfterLoad,
    id: await page.textContent('tr.point td[lang=id]'),
  };
  step('live-reload', live);
  if (live.sentinel !== 'set before the edit' || live.navigations !== 0) fail('the page reloaded instead of updating in place: ' + JSON.stringify(live));
  if (!live.id.includes('2.048 chip')) fail('Indonesian side not updated: ' + live.id);
  await page.mouse.move(0, 0);
  await page.screenshot({ path: path.join(artifacts, 'desk-review.png'), fullPage: true });

  // An invalid file: the page shows the diagnostic with the offending line, still without a reload.
  fs.writeFileSync(factsFile, original.replace('currency: USD', 'currency: USX'));
  await page.waitForSelector('.diagnostics .diag[data-code="NB1026"]', { timeout: 5000 });
  const diag = await page.textContent('.diagnostics .diag');
  step('diagnostics', { text: diag, sentinel: await page.evaluate(() => window.deskSentinel) });
  if (!diag.includes('currency: USX') || !diag.includes('^')) fail('diagnostic without the offending line: ' + diag);
  await page.screenshot({ path: path.join(artifacts, 'desk-review-error.png'), fullPage: true });

  // Fixed again: it recovers.
  fs.writeFileSync(factsFile, original);
  await page.waitForFunction(() => !document.querySelector('.diagnostics') && document.querySelector('tr.headline mark.fig'), null, { timeout: 5000 });
  step('recovered', { sentinel: await page.evaluate(() => window.deskSentinel), navigations: navigations - navigationsAfterLoad });

  // A phone (375 px): the slug on at most two lines, each locale's text at least 250 px wide, no sideways scrolling.
  const phone = await context.newPage();
  await phone.setViewportSize({ width: 375, height: 800 });
  await phone.goto(`${base}review/${slug}`);
  const narrow = await phone.evaluate(() => {
    const strong = document.querySelector('.bar strong');
    const lineHeight = parseFloat(getComputedStyle(strong).lineHeight) || 20;
    const widths = [...document.querySelectorAll('tr.headline td[lang]')].map((td) => td.getBoundingClientRect().width);
    return { slugLines: Math.round(strong.getBoundingClientRect().height / lineHeight), localeWidths: widths,
             overflow: document.documentElement.scrollWidth - window.innerWidth };
  });
  await phone.screenshot({ path: path.join(artifacts, 'desk-review-375.png'), fullPage: true });
  step('phone', narrow);
  if (narrow.slugLines > 2 || narrow.overflow > 0 || narrow.localeWidths.length < 2 || Math.min(...narrow.localeWidths) < 250) fail('cramped at 375 px: ' + JSON.stringify(narrow));
  report.ok = true;
} catch (e) {
  report.ok = false;
  report.error = String(e && e.stack || e);
} finally {
  await context.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}
console.log(JSON.stringify(report));
process.exit(report.ok ? 0 : 1);
