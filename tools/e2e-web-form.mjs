// Files a complaint through the public web form in headless Chromium, with a photo, as a resident
// would, and follows it to the tracking page. Prints a JSON report; screenshots to the given folder.
// Usage: node e2e-web-form.mjs <baseUrl> <photo.png> <screenshotDir>
import fs from 'node:fs';
import path from 'node:path';
import { launch } from './browser.mjs';

const [baseUrl, photo, shots] = process.argv.slice(2);
fs.mkdirSync(shots, { recursive: true });
const report = {};
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
  await page.goto(`${baseUrl}/aduan`);
  // an empty submission is refused with the fields named
  await page.click('#kirim');
  report.errors = await page.locator('#errors li').allInnerTexts();

  await page.check('#rahasia');
  await page.fill('#nama', 'Baiq Rahmi');
  await page.fill('#kontak', 'rahmi@warga.example');
  await page.selectOption('#kategori', 'POHON');
  await page.fill('#isi', 'Pohon mahoni besar di depan SDN 3 Cakranegara miring dan hampir tumbang ke jalan.');
  await page.fill('#alamat', 'Jl. Selaparang, Cakranegara, Mataram');
  await page.fill('#lat', '-8.5901');
  await page.fill('#lon', '116.1402');
  await page.setInputFiles('#foto', photo);
  await page.screenshot({ path: path.join(shots, 'web-form.png'), fullPage: true });
  await page.click('#kirim');
  await page.waitForURL(/\/lacak\/ADU-\d{4}-\d{6}/, { timeout: 15000 });
  report.ticket = await page.locator('#ticket').innerText();
  report.status = await page.locator('#status').innerText();
  report.pageText = await page.locator('main').innerText();
  await page.screenshot({ path: path.join(shots, 'web-form-tracking.png'), fullPage: true });
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
