// The master data screens (/data-induk) in headless Chromium, logged in through the login form as Diskominfo (cookie
// session, CSRF token in every form): a refused OPD (markup typed stays text, the typed values are kept), then a new
// OPD and a new holiday added through the pages, each seen in its list and in its history. Prints a JSON report.
// Usage: node e2e-master-data.mjs <baseUrl> <opdCode> <holidayDate yyyy-mm-dd> <screenshotDir>
import fs from 'node:fs';
import path from 'node:path';
import { launch } from './browser.mjs';

const [baseUrl, opdCode, holidayDate, shots] = process.argv.slice(2);
fs.mkdirSync(shots, { recursive: true });
const report = { consoleErrors: [], failedRequests: [] };
const browser = await launch();

try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const page = await context.newPage();
  page.setDefaultTimeout(120000);
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) report.consoleErrors.push(m.text());
  });
  page.on('response', (r) => { if (r.status() >= 400) report.failedRequests.push(`${r.status()} ${new URL(r.url()).pathname}`); });
  await page.goto(`${baseUrl}/login`);
  await page.fill('#username', 'diskominfo');
  await page.fill('#password', 'tanggap');
  await Promise.all([page.waitForNavigation(), page.click('#login-form button[type=submit]')]);

  await page.goto(`${baseUrl}/data-induk`);
  report.indexTitle = await page.locator('h1').innerText();
  await Promise.all([page.waitForNavigation(), page.click('#screens a:text-is("OPD")')]);
  report.opdTitle = await page.locator('h1').innerText();

  // refused: no name, markup as short name; what was typed comes back as text
  await page.fill('#kode', opdCode);
  await page.fill('#singkatan', '<img src=x onerror=alert(1)>');
  await page.fill('#email', 'uji@ntbprov.example');
  await page.locator('#nama').evaluate((el) => el.removeAttribute('required'));
  await Promise.all([page.waitForNavigation(), page.click('#simpan')]);
  report.errors = await page.locator('#errors li').allInnerTexts();
  report.keptCode = await page.inputValue('#kode');
  report.keptShortName = await page.inputValue('#singkatan');
  report.injectedImages = await page.locator('img[src=x]').count();

  // accepted
  await page.fill('#nama', 'Dinas Uji Peramban');
  await page.fill('#singkatan', 'Dinas Uji');
  await Promise.all([page.waitForNavigation(), page.click('#simpan')]);
  report.opdSaved = await page.locator('#saved').innerText();
  report.opdRow = await page.locator(`#entries tr[data-code="${opdCode}"]`).innerText();
  await page.screenshot({ path: path.join(shots, 'master-data-opd.png'), fullPage: true });
  await Promise.all([page.waitForNavigation(), page.locator(`#entries tr[data-code="${opdCode}"] a:text-is("Riwayat")`).click()]);
  report.opdHistory = await page.locator('#changes tbody tr').allInnerTexts();

  await page.goto(`${baseUrl}/data-induk/hari-libur`);
  await page.fill('#tanggal', holidayDate);
  await page.fill('#nama', 'Libur Uji Peramban');
  await Promise.all([page.waitForNavigation(), page.click('#simpan')]);
  report.holidaySaved = await page.locator('#saved').innerText();
  report.holidayYear = await page.locator('#year').innerText();
  report.holidayRow = await page.locator(`#entries tr[data-code="${holidayDate}"]`).innerText();
  await page.screenshot({ path: path.join(shots, 'master-data-holidays.png'), fullPage: true });
  await Promise.all([page.waitForNavigation(), page.locator(`#entries tr[data-code="${holidayDate}"] a:text-is("Riwayat")`).click()]);
  report.holidayHistory = await page.locator('#changes tbody tr').allInnerTexts();

  await page.goto(`${baseUrl}/data-induk`);
  report.latest = await page.locator('#changes tbody tr').allInnerTexts();
  await page.screenshot({ path: path.join(shots, 'master-data.png'), fullPage: true });
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
