// Reads the public directory of officials' accounts in headless Chromium, and includes an OPD's
// embeddable snippet in a page of its own, as an OPD website would. Prints a JSON report.
// Usage: node e2e-directory.mjs <baseUrl> <opdCode> <screenshotDir>
import fs from 'node:fs';
import path from 'node:path';
import { launch } from './browser.mjs';

const [baseUrl, opd, shots] = process.argv.slice(2);
fs.mkdirSync(shots, { recursive: true });
const report = {};
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 1200 } });
  await page.goto(`${baseUrl}/direktori`);
  report.regionOpds = await page.locator('section.opd h2').allInnerTexts();
  report.regionOfficials = await page.locator('tr.official td:first-child').allInnerTexts();
  await page.screenshot({ path: path.join(shots, 'directory.png'), fullPage: true });
  await page.goto(`${baseUrl}/direktori/${opd}`);
  report.opdTitle = await page.locator('h1').innerText();
  report.opdAccounts = await page.locator('a.account').evaluateAll(as => as.map(a => a.textContent + ' ' + a.href));
  // an OPD website including the snippet
  await page.setContent(`<html><body><h1>Situs OPD</h1><script src="${baseUrl}/direktori/${opd}/embed.js"></script><p id="after">Kontak</p></body></html>`);
  await page.waitForSelector('.tanggap-direktori', { timeout: 10000 });
  report.embedded = await page.locator('.tanggap-direktori li').allInnerTexts();
  report.embeddedBeforeAfter = await page.evaluate(() => !!(document.querySelector('.tanggap-direktori').compareDocumentPosition(document.getElementById('after')) & Node.DOCUMENT_POSITION_FOLLOWING));
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
