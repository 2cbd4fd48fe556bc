// The public form's location in headless Chromium (locale en-US, as on a phone set to English): tapping the map fills
// latitude and longitude with a decimal comma; with the tile server blocked the map gives way to the address field;
// the browser's geolocation fills them too. The tracking page shows Indonesian dates whatever the browser language.
// Tiles are served by the test itself (a plain PNG) or refused: the suite never reaches a real tile server.
// Usage: node e2e-web-map.mjs <baseUrl> <ticket> <screenshotDir>
import fs from 'node:fs';
import path from 'node:path';
import { launch } from './browser.mjs';

const [baseUrl, ticket, shots] = process.argv.slice(2);
fs.mkdirSync(shots, { recursive: true });
// a 1×1 grey PNG stands for every tile
const TILE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mN8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==', 'base64');
const report = {};
const browser = await launch();
try {
  const opts = { viewport: { width: 390, height: 844 }, locale: 'en-US', timezoneId: 'America/New_York' };

  // tiles load: the map is shown, and a tap on it fills the coordinates
  let context = await browser.newContext(opts);
  await context.route(/tile\.openstreetmap\.org/, route => route.fulfill({ status: 200, contentType: 'image/png', body: TILE }));
  let page = await context.newPage();
  await page.goto(baseUrl + '/aduan');
  await page.waitForFunction(() => document.querySelectorAll('#peta-aduan .leaflet-tile-loaded').length > 0, null, { timeout: 15000 });
  report.mapShown = await page.locator('#peta-aduan').isVisible();
  await page.locator('#peta-aduan').scrollIntoViewIfNeeded();
  const box = await page.locator('#peta-aduan').boundingBox();
  await page.mouse.click(box.x + box.width / 2 + 30, box.y + box.height / 2 - 20);
  report.tapped = { lat: await page.inputValue('#lat'), lon: await page.inputValue('#lon'), status: await page.locator('#lokasi-status').innerText() };
  report.marker = await page.locator('#peta-aduan .leaflet-interactive').count();
  await page.screenshot({ path: path.join(shots, 'aduan-peta-390.png'), fullPage: true });
  await context.close();

  // tiles blocked: the map goes away, the address field stays and says what to do
  context = await browser.newContext(opts);
  await context.route(/tile\.openstreetmap\.org/, route => route.abort());
  page = await context.newPage();
  await page.goto(baseUrl + '/aduan');
  await page.waitForFunction(() => document.getElementById('peta-aduan').hidden, null, { timeout: 15000 });
  report.blocked = { mapShown: await page.locator('#peta-aduan').isVisible(), address: await page.locator('#alamat').isVisible(),
    status: await page.locator('#lokasi-status').innerText() };
  await page.screenshot({ path: path.join(shots, 'aduan-tanpa-peta-390.png'), fullPage: true });
  await context.close();

  // the browser's geolocation
  context = await browser.newContext({ ...opts, permissions: ['geolocation'], geolocation: { latitude: -8.5833, longitude: 116.1167 } });
  await context.route(/tile\.openstreetmap\.org/, route => route.fulfill({ status: 200, contentType: 'image/png', body: TILE }));
  page = await context.newPage();
  await page.goto(baseUrl + '/aduan');
  await page.click('#lokasi-saya');
  await page.waitForFunction(() => document.getElementById('lat').value !== '', null, { timeout: 15000 });
  report.located = { lat: await page.inputValue('#lat'), lon: await page.inputValue('#lon') };

  // dates on the tracking page in Indonesian and WITA, though the browser speaks English in New York
  await page.goto(baseUrl + '/lacak/' + ticket);
  report.receivedAt = await page.locator('#received-at').innerText();
  report.htmlLang = await page.getAttribute('html', 'lang');
  await context.close();
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
