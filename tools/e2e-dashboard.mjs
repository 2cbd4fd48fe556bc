// Opens the supervisors' dashboard in headless Chromium as a logged-in supervisor for a period,
// reads the numbers it shows, takes a screenshot and follows a timeline link. Prints JSON.
// Usage: node e2e-dashboard.mjs <baseUrl> <user> <password> <query> <screenshotDir>
import fs from 'node:fs';
import path from 'node:path';
import { launch } from './browser.mjs';

const [baseUrl, user, password, query, shots] = process.argv.slice(2);
fs.mkdirSync(shots, { recursive: true });
const report = {};
const browser = await launch();
try {
  // HTTP Basic sent up front: staff pages answer an anonymous browser with the login form, not a challenge
  const auth = 'Basic ' + Buffer.from(`${user}:${password}`).toString('base64');
  const context = await browser.newContext({ extraHTTPHeaders: { Authorization: auth }, viewport: { width: 1280, height: 1600 } });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/dashboard?${query}`);
  report.kpis = {
    received: await page.locator('#kpi-received').innerText(), responded: await page.locator('#kpi-responded').innerText(),
    sla: await page.locator('#kpi-sla').innerText(), resolved: await page.locator('#kpi-resolved').innerText(),
    overdue: await page.locator('#kpi-overdue').innerText()
  };
  report.league = await page.locator('#league tbody tr').evaluateAll(rows => rows.map(r => r.dataset.opd + ':' + r.querySelector('.sla').textContent));
  report.categories = await page.locator('#categories tr').evaluateAll(rows => rows.map(r => r.cells[0].textContent + ':' + r.querySelector('.n').textContent));
  report.escalated = await page.locator('#escalated .kpi').evaluateAll(ks => ks.map(k => k.dataset.level + ':' + k.querySelector('strong').textContent));
  report.overdue = await page.locator('#overdue a').allInnerTexts();
  await page.screenshot({ path: path.join(shots, 'dashboard.png'), fullPage: true });
  if (report.overdue.length) {
    await page.click('#overdue a');
    report.timelineTicket = await page.locator('#ticket').innerText();
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
