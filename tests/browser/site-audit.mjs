// Audits a built site in Debian's headless Chromium: axe-core on each page (reports serious and
// critical violations) and screenshots at phone and desktop widths; the same in dark mode
// (prefers-color-scheme: dark: axe again, for contrast, and the colours used); and in print
// (what is hidden, the text colour, and the page as a PDF).
// Usage: node site-audit.mjs SITE_DIR OUT_DIR PAGE... (PAGE is a path under the site, e.g. /en/)
// Prints one JSON object: { pages: [{ page, violations: [{id, impact, nodes}], screenshots: [..],
//   dark: { violations, background, color }, print: { hidden: {selector: bool}, color, pdf, pdfPages } }] }
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const [siteDir, outDir, ...pages] = process.argv.slice(2);
if (!siteDir || !outDir || pages.length === 0) {
  console.error('usage: node site-audit.mjs SITE_DIR OUT_DIR PAGE...');
  process.exit(2);
}

const root = path.resolve(siteDir);
const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.xml': 'application/xml', '.md': 'text/markdown; charset=utf-8' };

// A static server on loopback only, serving files under the site root and nothing else.
const server = http.createServer((req, res) => {
  let rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (rel.endsWith('/')) rel += 'index.html';
  const file = path.resolve(root, '.' + rel);
  if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    res.writeHead(404); res.end('not found'); return;
  }
  res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
});
await new Promise(r => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

fs.mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const result = { pages: [] };
try {
  for (const page of pages) {
    const entry = { page, violations: [], screenshots: [], external: [] };
    for (const width of [375, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const tab = await context.newPage();
      // No request may leave the machine: record anything that is not our own server.
      tab.on('request', r => { if (!r.url().startsWith(base) && !r.url().startsWith('data:')) entry.external.push(r.url()); });
      await tab.goto(base + page, { waitUntil: 'load' });
      const shot = path.join(outDir, `${page.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'root'}-${width}.png`);
      await tab.screenshot({ path: shot, fullPage: true });
      entry.screenshots.push(shot);
      entry.scrollWidth = Math.max(entry.scrollWidth ?? 0, await tab.evaluate(() => document.documentElement.scrollWidth - window.innerWidth));
      if (width === 1280) {
        await tab.addScriptTag({ content: axeSource });
        const axe = await tab.evaluate(async () => await window.axe.run(document, { resultTypes: ['violations'] }));
        entry.violations = axe.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')) }));
      }
      await context.close();
    }

    // Dark mode: the colours the page really uses, and axe again (contrast differs per scheme).
    {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
      const tab = await context.newPage();
      tab.on('request', r => { if (!r.url().startsWith(base) && !r.url().startsWith('data:')) entry.external.push(r.url()); });
      await tab.goto(base + page, { waitUntil: 'load' });
      const name = `${page.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'root'}`;
      const shot = path.join(outDir, `${name}-1280-dark.png`);
      await tab.screenshot({ path: shot, fullPage: true });
      entry.screenshots.push(shot);
      const colours = await tab.evaluate(() => { const s = getComputedStyle(document.body); return { background: s.backgroundColor, color: s.color }; });
      await tab.addScriptTag({ content: axeSource });
      const axe = await tab.evaluate(async () => await window.axe.run(document, { resultTypes: ['violations'] }));
      entry.dark = { ...colours, violations: axe.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')) })) };
      await context.close();
    }

    // Print: navigation and footer hidden, black text, and the page printed to PDF.
    {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
      const tab = await context.newPage();
      await tab.goto(base + page, { waitUntil: 'load' });
      await tab.emulateMedia({ media: 'print' });
      const state = await tab.evaluate(() => {
        const hidden = {};
        for (const selector of ['nav', 'footer.site', '.skip']) {
          const element = document.querySelector(selector);
          if (element) hidden[selector] = getComputedStyle(element).display === 'none';
        }
        const s = getComputedStyle(document.body);
        return { hidden, color: s.color, background: s.backgroundColor };
      });
      const name = `${page.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'root'}`;
      const pdf = path.join(outDir, `${name}-print.pdf`);
      await tab.pdf({ path: pdf, format: 'A4' });
      const bytes = fs.readFileSync(pdf).toString('latin1');
      entry.print = { ...state, pdf, pdfPages: (bytes.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length };
      await context.close();
    }

    result.pages.push(entry);
  }
} finally {
  await browser.close();
  server.close();
}
console.log(JSON.stringify(result, null, 2));
