// Opens the public pages (and the login page) in headless Chromium at phone and desktop widths and checks their
// layout, not their pixels (Chromium updates move pixels): no page wider than the screen, no control covered by
// another element, and runs axe-core (serious and critical violations are problems). Keeps a full-page screenshot of each for people to look at.
// Usage: node e2e-public-layout.mjs <baseUrl> <ticket> <screenshotDir>
// Prints a JSON report: {checked: [...], problems: [...], a11y: [...]}; the calling test fails on any problem.
import fs from 'node:fs';
import path from 'node:path';
import { launch } from './browser.mjs';
import { accessibility } from './page-checks.mjs';

const [baseUrl, ticket, shots] = process.argv.slice(2);
fs.mkdirSync(shots, { recursive: true });

const WIDTHS = [360, 390, 1280];
const PAGES = [
  { name: 'aduan', url: '/aduan' },
  { name: 'aduan-kesalahan', url: '/aduan', prepare: async page => { await page.click('#kirim'); await page.waitForSelector('#errors'); } },
  { name: 'lacak-baru', url: `/lacak/${ticket}?baru`, expect: '#ticket-banner' },
  { name: 'lacak', url: `/lacak/${ticket}` },
  { name: 'lacak-tidak-ada', url: '/lacak/ADU-1999-999999', expect: '#error-page' },
  { name: 'direktori', url: '/direktori' },
  { name: 'privasi', url: '/privasi' },
  { name: 'direktori-tidak-ada', url: '/direktori/TIDAK-ADA', expect: '#error-page' },
  { name: 'login', url: '/login', expect: '#login-form' }
];

// controls a person taps; plain text links are left out (a link wrapped over two lines has no single centre)
// (a visually hidden file input is operated through its label, which is checked instead)
const CONTROLS = 'button, input:not([type=hidden]):not(.visually-hidden), select, textarea, a.button, label.button';

async function inspect(page, where, problems) {
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
  if (widths.scroll > widths.inner) {
    const wide = await page.evaluate(limit => [...document.querySelectorAll('body *')]
      .filter(e => e.getBoundingClientRect().right > limit + 0.5)
      .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).replace(/\s+/g, '.') : '')), widths.inner);
    problems.push(`${where}: page is ${widths.scroll}px wide on a ${widths.inner}px screen (${wide.join(', ')})`);
  }
  const controls = page.locator(CONTROLS);
  const count = await controls.count();
  for (let i = 0; i < count; i++) {
    const control = controls.nth(i);
    if (!(await control.isVisible())) continue;
    await control.scrollIntoViewIfNeeded();
    const covered = await control.evaluate(el => {
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      if (r.right > window.innerWidth + 0.5 || r.left < -0.5) return 'outside the screen';
      const top = document.elementFromPoint(x, y);
      // the control itself, something inside it, or its own label (radio buttons sit in theirs)
      if (!top || top === el || el.contains(top) || (el.labels && [...el.labels].some(l => l === top))) return null;
      return top.tagName.toLowerCase() + (top.id ? '#' + top.id : '');
    });
    if (covered) {
      const id = await control.evaluate(el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : el.name ? `[name=${el.name}]` : ''));
      problems.push(`${where}: ${id} covered by ${covered}`);
    }
  }
  return { scrollWidth: widths.scroll, count };
}

const report = { checked: [], problems: [], canary: [], a11y: [] };
const browser = await launch();
try {
  for (const width of WIDTHS) {
    const context = await browser.newContext({ viewport: { width, height: 800 }, locale: 'en-US', deviceScaleFactor: 1 });
    // the suite never reaches a real tile server: the form's map gives way to the address field
    await context.route(/tile\.openstreetmap\.org/, route => route.abort());
    const page = await context.newPage();
    for (const p of PAGES) {
      const where = `${p.name} @ ${width}px`;
      await page.goto(baseUrl + p.url);
      if (p.prepare) await p.prepare(page);
      if (p.expect && !(await page.locator(p.expect).count())) report.problems.push(`${where}: ${p.expect} missing`);
      const { scrollWidth, count } = await inspect(page, where, report.problems);
      // axe-core on the phone and the desktop layout: no serious or critical violation
      if (width !== 390) await accessibility(page, where, report.a11y);
      await page.evaluate(() => window.scrollTo(0, 0));
      const file = path.join(shots, `${p.name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      report.checked.push({ page: p.name, width, scrollWidth, controls: count, screenshot: file });
    }
    if (width === 360) {
      // the checks must be able to fail: a too-wide block and a banner over the submit button are both reported
      await page.goto(baseUrl + '/aduan');
      await page.evaluate(() => {
        const wide = document.createElement('div');
        wide.style.width = '600px';
        wide.textContent = 'lebar';
        document.querySelector('main').append(wide);
        const cover = document.createElement('div');
        cover.id = 'penutup';
        cover.style.cssText = 'position:fixed;left:0;right:0;bottom:0;height:100vh;background:rgba(0,0,0,.1)';
        document.body.append(cover);
      });
      await inspect(page, 'canary', report.canary);
    }
    await context.close();
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
