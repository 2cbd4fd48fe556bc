// Diskominfo creates a campaign on /kampanye in headless Chromium: an incomplete form is refused
// with the problems named, a complete one leads to the campaign's page. Prints a JSON report.
// Usage: node e2e-campaign-admin.mjs <baseUrl> <user> <password> <programme> <contentUrl> <opdCode> <startLocal> <endLocal> <screenshotDir>
import fs from 'node:fs';
import path from 'node:path';
import { launch } from './browser.mjs';

const [baseUrl, user, password, programme, contentUrl, opd, start, end, shots] = process.argv.slice(2);
fs.mkdirSync(shots, { recursive: true });
const report = {};
const browser = await launch();
try {
  const auth = 'Basic ' + Buffer.from(`${user}:${password}`).toString('base64');
  const context = await browser.newContext({ extraHTTPHeaders: { Authorization: auth }, viewport: { width: 1200, height: 1200 } });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/kampanye`);
  await page.fill('#programme', programme);
  await Promise.all([page.waitForNavigation(), page.click('#buat')]);
  report.errors = await page.locator('#errors li').allInnerTexts();
  await page.fill('#contentUrl', contentUrl);
  await page.check(`input[name=targetOpds][value="${opd}"]`);
  await page.fill('#startsAt', start);
  await page.fill('#endsAt', end);
  await page.fill('#expectedParticipation', '60');
  await Promise.all([page.waitForNavigation(), page.click('#buat')]);
  report.url = page.url();
  report.title = await page.locator('h1').innerText();
  report.status = await page.locator('#status').innerText();
  report.targets = await page.locator('#targets').innerText();
  await page.screenshot({ path: path.join(shots, 'campaign.png'), fullPage: true });
  await page.goto(`${baseUrl}/kampanye`);
  report.listed = await page.locator('#campaigns tbody tr td:first-child').allInnerTexts();
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
