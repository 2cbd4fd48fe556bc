// Staff of the handling OPD upload photo evidence on /bukti/<ticket> in headless Chromium, logged in through the
// login form (a cookie session: the multipart form carries the CSRF token): a file that is no image is refused with
// the caption and the checkbox kept, a photo without the checkbox is refused, a photo with it is stored; then the
// complainant's tracking page (with the rating code) shows their photo (before) and the evidence (after).
// Prints a JSON report; screenshots go to the given folder.
// Usage: node e2e-evidence.mjs <baseUrl> <user> <ticket> <code> <photo.png> <notAnImage> <screenshotDir>
import fs from 'node:fs';
import path from 'node:path';
import { launch } from './browser.mjs';

const [baseUrl, user, ticket, code, photo, notAnImage, shots] = process.argv.slice(2);
fs.mkdirSync(shots, { recursive: true });
const report = { consoleErrors: [], statuses: [] };
const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width: 1200, height: 1000 } });
  const page = await context.newPage();
  // errors other than the refused uploads' own 400 answers (e.g. CSP refusals)
  const onConsole = (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) report.consoleErrors.push(m.text());
  };
  page.on('console', onConsole);
  page.on('response', (r) => {
    if (r.request().method() === 'POST' && new URL(r.url()).pathname.startsWith('/bukti/')) report.statuses.push(r.status());
  });
  await page.goto(`${baseUrl}/login`);
  await page.fill('#username', user);
  await page.fill('#password', 'tanggap');
  await Promise.all([page.waitForNavigation(), page.click('#login-form button[type=submit]')]);

  await page.goto(`${baseUrl}/bukti/${ticket}`);
  report.title = await page.locator('h1').innerText();

  // a text file named like a photo
  await page.setInputFiles('#foto', notAnImage);
  await page.fill('#keterangan', 'Jalan sudah diaspal ulang');
  await page.check('#dataDiperiksa');
  await Promise.all([page.waitForNavigation(), page.click('#upload')]);
  report.badErrors = await page.locator('#errors li').allInnerTexts();
  report.badCaptionKept = await page.inputValue('#keterangan');
  report.badCheckboxKept = await page.isChecked('#dataDiperiksa');
  await page.screenshot({ path: path.join(shots, 'evidence-refused.png'), fullPage: true });

  // a photo without the statement that faces and people's data were checked
  await page.setInputFiles('#foto', photo);
  await page.uncheck('#dataDiperiksa');
  await Promise.all([page.waitForNavigation(), page.click('#upload')]);
  report.uncheckedErrors = await page.locator('#errors li').allInnerTexts();

  // the photo with the statement
  await page.setInputFiles('#foto', photo);
  await page.check('#dataDiperiksa');
  await Promise.all([page.waitForNavigation(), page.click('#upload')]);
  report.saved = await page.locator('#saved').innerText();
  report.listed = await page.locator('#evidence img').count();
  report.listedLoaded = await page.locator('#evidence img').evaluateAll((imgs) => imgs.every((i) => i.complete && i.naturalWidth > 0));
  await page.screenshot({ path: path.join(shots, 'evidence-saved.png'), fullPage: true });

  // the complainant's view on /lacak: before and after, both images that load
  const citizen = await browser.newContext({ viewport: { width: 1200, height: 1000 } });
  const tracking = await citizen.newPage();
  tracking.on('console', onConsole);
  await tracking.goto(`${baseUrl}/lacak/${ticket}?kode=${encodeURIComponent(code)}`);
  const loaded = (sel) => tracking.locator(sel).evaluateAll((imgs) => imgs.filter((i) => i.complete && i.naturalWidth > 0).length);
  report.before = await loaded('#photos-before img');
  report.after = await loaded('#evidence-after img');
  report.afterSrc = await tracking.locator('#evidence-after img').evaluateAll((imgs) => imgs.map((i) => i.getAttribute('src')));
  await tracking.screenshot({ path: path.join(shots, 'tracking-before-after.png'), fullPage: true });
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
