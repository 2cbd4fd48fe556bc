// Checks shared by the browser tests: layout (nothing wider than the screen, no control covered) and accessibility
// (axe-core, served from tools/node_modules, injected through the DevTools protocol so the pages' CSP stays as it is).
import fs from 'node:fs';
import path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);
const AXE = fs.readFileSync(path.join(here, 'node_modules/axe-core/axe.min.js'), 'utf8');

export const CONTROLS = 'button, input:not([type=hidden]):not(.visually-hidden), select, textarea, a.button, label.button';

export async function layout(page, where, problems) {
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
  if (widths.scroll > widths.inner) {
    const wide = await page.evaluate(limit => [...document.querySelectorAll('body *')]
      .filter(e => e.getBoundingClientRect().right > limit + 0.5)
      .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')), widths.inner);
    problems.push(`${where}: page is ${widths.scroll}px wide on a ${widths.inner}px screen (${wide.join(', ')})`);
  }
  const controls = page.locator(CONTROLS);
  const count = await controls.count();
  for (let i = 0; i < count; i++) {
    const control = controls.nth(i);
    if (!(await control.isVisible())) continue;
    await control.scrollIntoViewIfNeeded();
    const covered = await control.evaluate(el => {
      const r = el.getBoundingClientRect();
      if (r.right > window.innerWidth + 0.5 || r.left < -0.5) return 'outside the screen';
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (!top || top === el || el.contains(top) || (el.labels && [...el.labels].some(l => l === top))) return null;
      return top.tagName.toLowerCase() + (top.id ? '#' + top.id : '');
    });
    if (covered) {
      const id = await control.evaluate(el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : el.name ? `[name=${el.name}]` : ''));
      problems.push(`${where}: ${id} covered by ${covered}`);
    }
  }
  return { scrollWidth: widths.scroll, count };
}

/** Serious and critical axe-core violations of the page, as "where: rule (n×) first-target". */
export async function accessibility(page, where, problems) {
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map(v => ({ id: v.id, impact: v.impact, n: v.nodes.length, target: String(v.nodes[0]?.target) }));
  });
  for (const v of result) {
    if (v.impact === 'serious' || v.impact === 'critical') problems.push(`${where}: ${v.id} (${v.impact}, ${v.n}×) ${v.target}`);
  }
  return result;
}
