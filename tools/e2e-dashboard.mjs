// Opens the supervisors' dashboard in headless Chromium as a logged-in supervisor for a period, reads the numbers it
// shows, checks that the chart images load and the overdue list links to the staff view of each case, runs axe-core
// and the layout checks at 360, 390 and 1280 px, and keeps screenshots. Prints JSON.
// Usage: node e2e-dashboard.mjs <baseUrl> <user> <password> <query> <screenshotDir>
import fs from 'node:fs';
import path from 'node:path';
import { launch } from './browser.mjs';
import { accessibility, layout } from './page-checks.mjs';

const [baseUrl, user, password, query, shots] = process.argv.slice(2);
fs.mkdirSync(shots, { recursive: true });
const report = { problems: [], a11y: [], checked: [] };
const browser = await launch();
try {
  // HTTP Basic sent up front: staff pages answer an anonymous browser with the login form, not a challenge
  const auth = 'Basic ' + Buffer.from(`${user}:${password}`).toString('base64');
  for (const width of [1280, 390, 360]) {
    const context = await browser.newContext({ extraHTTPHeaders: { Authorization: auth }, viewport: { width, height: 900 }, locale: 'en-US' });
    // no tile server in the tests: the map must still show the cases and say so
    await context.route(/tile/, route => route.abort());
    const page = await context.newPage();
    // generous: the page and its five charts are computed on a shared, busy test machine
    page.setDefaultTimeout(120000);
    await page.goto(`${baseUrl}/dashboard?${query}`, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => [...document.images].every(i => i.complete));
    if (width === 1280) {
      report.kpis = {
        received: await page.locator('#kpi-received').innerText(), responded: await page.locator('#kpi-responded').innerText(),
        sla: await page.locator('#kpi-sla').innerText(), resolved: await page.locator('#kpi-resolved').innerText(),
        overdue: await page.locator('#kpi-overdue').innerText()
      };
      report.league = await page.locator('#league tbody tr').evaluateAll(rows => rows.map(r => r.dataset.opd + ':' + r.querySelector('.sla').textContent));
      report.ratings = await page.locator('#league tbody tr').evaluateAll(rows => rows.map(r => r.dataset.opd + ':' + r.querySelector('.rating').textContent));
      report.categories = await page.locator('#categories tbody tr').evaluateAll(rows => rows.map(r => r.cells[0].textContent + ':' + r.querySelector('.n').textContent));
      report.escalated = await page.locator('#escalated .kpi').evaluateAll(ks => ks.map(k => k.dataset.level + ':' + k.querySelector('strong').textContent));
      report.overdue = await page.locator('#overdue tbody tr').evaluateAll(rows => rows.map(r => ({
        ticket: r.cells[0].textContent.trim(), href: r.querySelector('a').getAttribute('href'), deadline: r.cells[1].textContent, opd: r.cells[3].textContent })));
      report.charts = await page.locator('.chart img').evaluateAll(imgs => imgs.map(i => ({ src: i.getAttribute('src').split('?')[0], width: i.naturalWidth, alt: i.alt })));
      // tiles are refused in this test: the map says so and still shows the cases
      await page.waitForFunction(() => document.getElementById('peta-status').textContent.includes('Peta dasar'));
      report.mapMarkers = await page.locator('#peta .leaflet-interactive').count();
      report.mapStatus = await page.locator('#peta-status').innerText();
      await accessibility(page, `dashboard @ ${width}px`, report.a11y);
    }
    const { scrollWidth } = await layout(page, `dashboard @ ${width}px`, report.problems);
    await page.evaluate(() => window.scrollTo(0, 0));
    const file = path.join(shots, `dashboard-${width}.png`);
    await page.screenshot({ path: file, fullPage: true });
    report.checked.push({ width, scrollWidth, screenshot: file });
    await context.close();
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
