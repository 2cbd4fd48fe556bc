// The account monitoring results (/pemantauan) and the hoax register (/hoaks) in headless Chromium, logged in
// through the login form (cookie session, CSRF token in every form). Diskominfo registers a hoax domain, is
// refused a clarification that is no http(s) link (what was typed is kept and shown as text), and reads the
// monitoring results; the head of Dinas PUPR sees PUPR's accounts only. Prints a JSON report.
// Usage: node e2e-monitoring-hoax.mjs <baseUrl> <hoaxDomain> <clarificationUrl> <accountId> <screenshotDir>
import fs from 'node:fs';
import path from 'node:path';
import { launch } from './browser.mjs';

const [baseUrl, domain, clarification, accountId, shots] = process.argv.slice(2);
fs.mkdirSync(shots, { recursive: true });
const report = { consoleErrors: [], failedRequests: [] };
const browser = await launch();

async function login(user) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) report.consoleErrors.push(m.text());
  });
  page.on('response', (r) => { if (r.status() >= 400) report.failedRequests.push(`${r.status()} ${new URL(r.url()).pathname}`); });
  await page.goto(`${baseUrl}/login`);
  await page.fill('#username', user);
  await page.fill('#password', 'tanggap');
  await Promise.all([page.waitForNavigation(), page.click('#login-form button[type=submit]')]);
  return page;
}

try {
  const page = await login('diskominfo');
  await page.goto(`${baseUrl}/hoaks`);
  report.hoaxTitle = await page.locator('h1').innerText();

  // refused: the clarification is no http(s) link; the markup typed as address stays text
  await page.fill('#alamat', '<img src=x onerror=alert(1)>');
  await page.fill('#klarifikasi', 'javascript:alert(1)');
  await Promise.all([page.waitForNavigation(), page.click('#simpan')]);
  report.errors = await page.locator('#errors li').allInnerTexts();
  report.keptAddress = await page.inputValue('#alamat');
  report.injectedImages = await page.locator('img[src=x]').count();

  // accepted
  await page.fill('#alamat', domain);
  await page.selectOption('#putusan', 'DISINFORMASI');
  await page.fill('#klarifikasi', clarification);
  await Promise.all([page.waitForNavigation(), page.click('#simpan')]);
  report.saved = await page.locator('#saved').innerText();
  report.entries = await page.locator('#entries tbody tr td.address').allInnerTexts();
  report.verdicts = await page.locator('#entries tbody tr td.verdict').allInnerTexts();
  report.clarificationHref = await page.locator('#entries tbody tr a.clarification').first().getAttribute('href');
  await page.screenshot({ path: path.join(shots, 'hoax-register.png'), fullPage: true });

  await page.goto(`${baseUrl}/pemantauan`);
  report.monitoringTitle = await page.locator('h1').innerText();
  report.opdOptions = await page.locator('#f-opd option').count();
  report.accountState = await page.locator(`#per-account tr[data-id="${accountId}"] td.state`).innerText();
  await page.screenshot({ path: path.join(shots, 'monitoring.png'), fullPage: true });

  const head = await login('kadis-pupr');
  await head.goto(`${baseUrl}/pemantauan`);
  report.headOpds = await head.locator('#per-opd tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.opd));
  report.headSeesAccount = await head.locator(`#per-account tr[data-id="${accountId}"]`).count();
  report.headFilter = await head.locator('#filter').count();
  await head.screenshot({ path: path.join(shots, 'monitoring-head.png'), fullPage: true });
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
