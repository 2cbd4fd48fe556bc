// Diskominfo works the social inbox (/kotak-masuk) in headless Chromium, logged in through the login form
// (a cookie session, so every action carries the CSRF token): spam is hidden until asked for; an uncertain
// complaint becomes a case (double-clicked: still one case), an aspiration goes to an OPD, a question is
// answered with a saved reply, a hoax report is dismissed. Prints a JSON report.
// Usage: node e2e-inbox.mjs <baseUrl> <complaintId> <aspirationId> <questionId> <hoaxId> <spamId> <opdCode> <screenshotDir>
import fs from 'node:fs';
import path from 'node:path';
import { launch } from './browser.mjs';

const [baseUrl, complaintId, aspirationId, questionId, hoaxId, spamId, opd, shots] = process.argv.slice(2);
fs.mkdirSync(shots, { recursive: true });
const report = { consoleErrors: [], failedRequests: [] };
const browser = await launch();
const row = (id) => `#interactions tr[data-id="${id}"]`;
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1200 } });
  const page = await context.newPage();
  // console errors other than failed loads (those are listed with their address below), e.g. CSP refusals
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) report.consoleErrors.push(m.text());
  });
  page.on('response', (r) => { if (r.status() >= 400) report.failedRequests.push(`${r.status()} ${new URL(r.url()).pathname}`); });
  await page.goto(`${baseUrl}/login`);
  await page.fill('#username', 'diskominfo');
  await page.fill('#password', 'tanggap');
  await Promise.all([page.waitForNavigation(), page.click('#login-form button[type=submit]')]);

  await page.goto(`${baseUrl}/kotak-masuk`);
  report.title = await page.locator('h1').innerText();
  report.listed = await page.locator('#interactions tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.id));
  report.complaintClass = await page.locator(`${row(complaintId)} td.class`).innerText();
  await page.screenshot({ path: path.join(shots, 'inbox.png'), fullPage: true });

  // spam only under its own filter
  await page.selectOption('#f-kelas', 'SPAM');
  await page.selectOption('#f-status', 'SEMUA');
  await Promise.all([page.waitForNavigation(), page.click('#saring')]);
  report.spamListed = await page.locator('#interactions tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.id));
  await page.goto(`${baseUrl}/kotak-masuk`);

  // a POST without the CSRF token from this cookie session is refused
  report.postWithoutCsrf = await page.evaluate(async (id) => {
    const r = await fetch('/kotak-masuk', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `aksi=ABAIKAN:${id}`, redirect: 'manual' });
    return r.status;
  }, complaintId);

  // one click (double-clicked) makes the case
  // (the second click's submission aborts the first's navigation: wait until both answers are in, not for one
  // navigation, which may be the aborted one)
  await page.dblclick(`${row(complaintId)} button.case`);
  await page.waitForLoadState('networkidle');
  await page.waitForSelector('#result');
  report.caseResult = await page.locator('#result').innerText();

  // a selection forwarded as aspiration to an OPD
  await page.check(`${row(aspirationId)} input.pick`);
  await page.selectOption('#opd', opd);
  await Promise.all([page.waitForNavigation(), page.click('#bulk-aspiration')]);
  report.aspirationResult = await page.locator('#result').innerText();

  // a question answered with a saved reply
  const reply = await page.locator('#balasan option').nth(1).getAttribute('value');
  await page.selectOption('#balasan', reply);
  await Promise.all([page.waitForNavigation(), page.click(`${row(questionId)} button.answer`)]);
  report.answerResult = await page.locator('#result').innerText();

  // a hoax report dismissed
  await Promise.all([page.waitForNavigation(), page.click(`${row(hoaxId)} button.dismiss`)]);
  report.dismissResult = await page.locator('#result').innerText();

  await page.selectOption('#f-status', 'SEMUA');
  await Promise.all([page.waitForNavigation(), page.click('#saring')]);
  report.states = {};
  for (const id of [complaintId, aspirationId, questionId, hoaxId]) {
    report.states[id] = await page.locator(`${row(id)}`).getAttribute('data-state');
  }
  report.ticketShown = await page.locator(`${row(complaintId)} .ticket`).innerText();
  await page.screenshot({ path: path.join(shots, 'inbox-after.png'), fullPage: true });
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
