// Logs a member of staff in through Keycloak's login page in headless Chromium (a browser with
// the default English locale), then opens pages of the application as that user. Prints JSON:
// what the login page said, where the browser landed, and for each path its status and text.
// Usage: node e2e-oidc-login.mjs <baseUrl> <user> <password> <screenshotDir> <path>...
import fs from 'node:fs';
import path from 'node:path';
import { launch } from './browser.mjs';

const [baseUrl, user, password, shots, ...paths] = process.argv.slice(2);
fs.mkdirSync(shots, { recursive: true });
const report = { pages: {} };
const browser = await launch();
try {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/oauth2/authorization/tanggap`);
  try {
    await page.waitForSelector('#kc-form-login');
  } catch (e) {
    throw new Error(`no Keycloak login form at ${page.url()}: ${(await page.locator('body').innerText()).slice(0, 500)}`);
  }
  report.loginUrl = page.url();
  report.loginLang = await page.locator('html').getAttribute('lang');
  report.loginTitle = await page.title();
  report.loginText = await page.locator('body').innerText();
  await page.screenshot({ path: path.join(shots, `keycloak-login-${user}.png`) });
  await page.fill('#username', user);
  await page.fill('#password', password);
  await Promise.all([page.waitForURL(u => u.toString().startsWith(baseUrl)), page.click('#kc-login')]);
  report.landedAt = page.url();
  for (const p of paths) {
    const response = await page.goto(`${baseUrl}${p}`);
    report.pages[p] = { status: response.status(), text: (await page.locator('body').innerText()).slice(0, 2000) };
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
