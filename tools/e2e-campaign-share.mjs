// A staff member opens the personal link from the campaign invitation in headless Chromium, first
// pastes a link that is not a post, then the URL of their post, and sees it counted. Prints a JSON report.
// Usage: node e2e-campaign-share.mjs <personalLink> <postUrl> <screenshotDir>
import fs from 'node:fs';
import path from 'node:path';
import { launch } from './browser.mjs';

const [link, postUrl, shots] = process.argv.slice(2);
fs.mkdirSync(shots, { recursive: true });
const report = {};
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  await page.goto(link);
  report.title = await page.locator('h1').innerText();
  report.before = await page.locator('#none').count();
  await page.fill('#url', 'https://ntbprov.go.id/berita/bukan-unggahan');
  await Promise.all([page.waitForNavigation(), page.click('#kirim')]);
  report.error = await page.locator('#error').innerText();
  await page.fill('#url', postUrl);
  await Promise.all([page.waitForNavigation(), page.click('#kirim')]);
  report.message = await page.locator('#message').innerText();
  report.counted = await page.locator('#counted li').allInnerTexts();
  await page.screenshot({ path: path.join(shots, 'campaign-share.png'), fullPage: true });
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
