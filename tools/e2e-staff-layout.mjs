// The staff pages added with monitoring, the hoax register, evidence, connecting official accounts and the master
// data screens, and the
// complainant call-back task form, in headless Chromium at phone and desktop widths (360, 390, 1280 px): the same
// layout checks as the public pages and the dashboard (nothing wider than the screen, no control covered), axe-core
// at 360 and 1280 px (serious and critical violations are problems), and a full-page screenshot of each for people.
// Each page is opened as the role that uses it, logged in through the login form (a cookie session, as in a browser).
// The call-back form is a Camunda form shown by Tasklist: it is rendered here with form-js and its own stylesheet.
// Usage: node e2e-staff-layout.mjs <baseUrl> <ticket> <nip> <accountId> <whatsAppAccountId> <screenshotDir>
// Prints a JSON report: {checked: [...], problems: [...], a11y: [...], canary: [...]}; the calling test fails on any problem.
import fs from 'node:fs';
import path from 'node:path';
import { launch } from './browser.mjs';
import { accessibility, layout } from './page-checks.mjs';

const [baseUrl, ticket, nip, accountId, whatsAppId, shots] = process.argv.slice(2);
fs.mkdirSync(shots, { recursive: true });
const here = path.dirname(new URL(import.meta.url).pathname);
const formJs = path.join(here, 'node_modules/@bpmn-io/form-js/dist');

const WIDTHS = [360, 390, 1280];
const PAGES = [
  { name: 'pemantauan', user: 'diskominfo', url: '/pemantauan', expect: '#per-account' },
  { name: 'pemantauan-kepala-opd', user: 'kadis-pupr', url: '/pemantauan', expect: '#per-opd' },
  { name: 'hoaks', user: 'diskominfo', url: '/hoaks', expect: '#hoax-form' },
  {
    name: 'hoaks-kesalahan', user: 'diskominfo', url: '/hoaks', expect: '#errors',
    prepare: async page => {
      await page.fill('#alamat', 'hoaks-tata-letak.example');
      await page.fill('#klarifikasi', 'bukan-tautan');
      await Promise.all([page.waitForNavigation(), page.click('#simpan')]);
    }
  },
  { name: 'bukti', user: 'pupr', url: `/bukti/${ticket}`, expect: '#evidence-form' },
  { name: 'pejabat-akun', user: 'pupr', url: `/pejabat/${nip}/akun`, expect: '#accounts' },
  { name: 'akun-resmi', user: 'pupr', url: `/akun-resmi/${accountId}`, expect: '#hubungkan' },
  { name: 'akun-resmi-whatsapp', user: 'diskominfo', url: `/akun-resmi/${whatsAppId}`, expect: '#phoneNumberId' },
  // the master data screens (issue 17)
  { name: 'data-induk', user: 'diskominfo', url: '/data-induk', expect: '#screens' },
  { name: 'data-induk-opd', user: 'diskominfo', url: '/data-induk/opd', expect: '#opd-form' },
  { name: 'data-induk-jabatan', user: 'diskominfo', url: '/data-induk/jabatan?opd=DPUPR&kode=KABID_BINA_MARGA', expect: '#holder-form' },
  { name: 'data-induk-kategori', user: 'diskominfo', url: '/data-induk/kategori', expect: '#category-form' },
  { name: 'data-induk-kontak-eskalasi', user: 'diskominfo', url: '/data-induk/kontak-eskalasi', expect: '#contact-form' },
  { name: 'data-induk-tujuan-penerusan', user: 'diskominfo', url: '/data-induk/tujuan-penerusan', expect: '#target-form' },
  { name: 'data-induk-hari-libur', user: 'diskominfo', url: '/data-induk/hari-libur?tahun=2026', expect: '#holiday-form' }
];

const report = { checked: [], problems: [], a11y: [], canary: [] };
const browser = await launch();

async function login(context, user) {
  const page = await context.newPage();
  page.setDefaultTimeout(120000);
  await page.goto(`${baseUrl}/login`);
  await page.fill('#username', user);
  await page.fill('#password', 'tanggap');
  await Promise.all([page.waitForNavigation(), page.click('#login-form button[type=submit]')]);
  return page;
}

async function keep(page, name, width, scrollWidth, count) {
  await page.evaluate(() => window.scrollTo(0, 0));
  const file = path.join(shots, `${name}-${width}.png`);
  await page.screenshot({ path: file, fullPage: true });
  report.checked.push({ page: name, width, scrollWidth, controls: count, screenshot: file });
}

try {
  for (const width of WIDTHS) {
    const sessions = {};
    for (const p of PAGES) {
      if (!sessions[p.user]) {
        const context = await browser.newContext({ viewport: { width, height: 800 }, locale: 'en-US', deviceScaleFactor: 1 });
        sessions[p.user] = { context, page: await login(context, p.user) };
      }
      const page = sessions[p.user].page;
      const where = `${p.name} @ ${width}px`;
      const response = await page.goto(baseUrl + p.url);
      if (response.status() !== 200) report.problems.push(`${where}: HTTP ${response.status()}`);
      if (p.prepare) await p.prepare(page);
      if (p.expect && !(await page.locator(p.expect).count())) report.problems.push(`${where}: ${p.expect} missing`);
      const { scrollWidth, count } = await layout(page, where, report.problems);
      if (width !== 390) await accessibility(page, where, report.a11y);
      await keep(page, p.name, width, scrollWidth, count);
    }
    if (width === 360) {
      // the shared checks must be able to fail here too: a too-wide block and a layer over the save button
      const page = sessions.diskominfo.page;
      await page.goto(`${baseUrl}/hoaks`);
      await page.evaluate(() => {
        const wide = document.createElement('div');
        wide.style.width = '600px';
        wide.textContent = 'lebar';
        document.querySelector('main').append(wide);
        const cover = document.createElement('div');
        cover.id = 'penutup';
        cover.style.cssText = 'position:fixed;left:0;right:0;top:0;height:100vh;background:rgba(0,0,0,.1)';
        document.body.append(cover);
      });
      await layout(page, 'canary', report.canary);
    }
    for (const s of Object.values(sessions)) await s.context.close();

    // the call-back task form as form-js renders it, with the variables the task gets
    const context = await browser.newContext({ viewport: { width, height: 800 }, locale: 'en-US', deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.setContent('<!DOCTYPE html><html lang="id"><head><meta name="viewport" content="width=device-width, initial-scale=1">'
      + '<title>Telepon balik pelapor</title></head><body><main><div id="container"></div></main></body></html>');
    await page.addStyleTag({ path: path.join(formJs, 'assets/form-js.css') });
    await page.addScriptTag({ path: path.join(formJs, 'form-viewer.umd.js') });
    const schema = JSON.parse(fs.readFileSync(path.join(here, '../forms/complainant-callback.form'), 'utf8'));
    await page.evaluate(async ({ schema, ticket }) => {
      await window.FormViewer.createForm({
        schema, container: document.getElementById('container'),
        data: { ticket, callbackDueText: '4 Desember 2026 pukul 10.00 WITA',
          callbackMessage: 'Aduan Anda tentang jalan berlubang di Jalan Pejanggik sudah diteruskan ke Dinas PUPR dan sedang diperiksa.' }
      });
    }, { schema, ticket }).catch(e => report.problems.push(`telepon-balik @ ${width}px: ${e.message}`));
    const where = `telepon-balik @ ${width}px`;
    if (!(await page.locator('input[type=radio]').count())) report.problems.push(`${where}: no radio buttons rendered`);
    const { scrollWidth, count } = await layout(page, where, report.problems);
    await keep(page, 'telepon-balik', width, scrollWidth, count);
    await context.close();
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
