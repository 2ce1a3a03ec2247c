import { chromium } from 'playwright-core';
const [,, base, ...specs] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
for (const spec of specs) {
  const [path, width, scheme, out, scrollSel] = spec.split('|');
  const ctx = await browser.newContext({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
  const page = await ctx.newPage();
  await page.goto(base + path); await page.waitForLoadState('networkidle'); await page.waitForTimeout(500);
  if (scrollSel) await page.locator(scrollSel).scrollIntoViewIfNeeded();
  await page.screenshot({ path: out });
  await ctx.close();
}
await browser.close();
