// Completes an open user task from the dev console in headless Chromium, as a person would:
// opens the task, waits for its Camunda form (form-js), fills the fields, clicks the button, and
// then opens the public tracking page. Prints a JSON report; screenshots go to the given folder.
// Usage: node e2e-dev-task.mjs <baseUrl> <userTaskKey> <ticket> <screenshotDir>
import fs from 'node:fs';
import path from 'node:path';
import { launch } from './browser.mjs';

const [baseUrl, taskKey, ticket, shots] = process.argv.slice(2);
fs.mkdirSync(shots, { recursive: true });
const report = {};
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.goto(`${baseUrl}/dev/tasks`);
  report.taskListed = await page.locator(`a[href="/dev/tasks/${taskKey}"]`).count() === 1;
  await page.goto(`${baseUrl}/dev/tasks/${taskKey}`);
  await page.waitForSelector('body[data-form-ready="true"]', { timeout: 15000 });
  report.formText = await page.locator('#form').innerText();
  // the citizen's text sits in a read-only field (never rendered as markdown)
  const complaintText = page.getByLabel('Isi aduan');
  report.complaintText = await complaintText.inputValue();
  report.complaintTextReadonly = await complaintText.evaluate(e => e.readOnly);

  // submitting empty is refused by the form's required-field validation
  await page.click('#complete');
  report.emptySubmit = await page.locator('#result').innerText();

  await page.getByLabel('Kami tangani', { exact: true }).check();
  await page.getByLabel('Tanggapan kepada pelapor').fill('Petugas DLHK mengangkut sampah di lokasi pada pagi ini.');
  // the public reply link is asked only of cases that came from a social platform
  const replyLink = page.getByLabel('Tautan balasan publik');
  report.publicReplyLinkAsked = await replyLink.count() > 0;
  if (report.publicReplyLinkAsked) await replyLink.fill('https://www.instagram.com/p/dlhkntb-balasan');
  await page.keyboard.press('Tab');
  await page.waitForTimeout(500); // form-js commits typed values after a short debounce
  await page.screenshot({ path: path.join(shots, 'dev-task-form.png'), fullPage: true });
  await page.click('#complete');
  await page.waitForFunction(() => document.getElementById('result').textContent.includes('Tugas selesai'), null, { timeout: 15000 });
  report.result = await page.locator('#result').innerText();

  // the public tracking page shows the response once recordResponse ran
  let shown = false;
  for (let i = 0; i < 40 && !shown; i++) {
    await page.goto(`${baseUrl}/lacak/${ticket}`);
    shown = await page.locator('#response-text').count() > 0;
    if (!shown) await page.waitForTimeout(250);
  }
  report.trackingStatus = await page.locator('#status').innerText();
  report.trackingResponse = shown ? await page.locator('#response-text').innerText() : null;
  report.trackingTimeline = await page.locator('#timeline li strong').allInnerTexts();
  await page.screenshot({ path: path.join(shots, 'tracking-page.png'), fullPage: true });
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
