/**
 * "Your voice" (issue 16) on the built category pages, in Chromium: the
 * switch by keyboard, what it announces, reload, another tab, copy and mail
 * links in the chosen voice, the page without JavaScript, and axe on the
 * panel in both colour schemes. Expected text comes from the email tree of
 * the source files (src/lib/email/text.ts), resolved in each voice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openCategoryPage, readClipboard, useServedSite } from '../support/served-site.ts';
import { voiceAxesOf } from '../../src/i18n/locales.ts';
import { axisOptions, type Voice } from '../../src/i18n/voice.ts';
import { format, useTranslations } from '../../src/i18n/ui/index.ts';
import { checkContent, type TemplateEntry } from '../../src/lib/content/validate.ts';
import { choiceAxes, toHtml, toPlainText } from '../../src/lib/email/text.ts';
import { mailLinks } from '../../src/lib/email/mail-links.ts';
import { axeViolations } from '../support/axe.ts';

const catalogue = checkContent(process.cwd()).catalogue;
const site = useServedSite();

/** The first template of a locale and category whose body varies by voice and whose mail links carry the body. */
function templateWithChoices(locale: string, category: string): TemplateEntry {
  const found = catalogue.templates.find(
    (t) => t.locale === locale && t.category === category && choiceAxes(t.body).size > 0 && !mailLinks(toPlainText(t.subject), toPlainText(t.body)).tooLong,
  ) ?? catalogue.templates.find((t) => t.locale === locale && t.category === category && choiceAxes(t.body).size > 0);
  if (!found) throw new Error(`no ${locale} template in ${category} uses a voice choice: the content of issue 16 is missing`);
  return found;
}

describe.each([
  ['th', 'refund-requests'],
  ['es', 'subscription-cancellation'],
])('the voice switch on /%s/%s/', (code, category) => {
  const [axis] = voiceAxesOf(code);
  const other = axisOptions(axis!.axis)!.find((o) => o !== axis!.default)!;
  const chosen: Voice = { [axis!.axis]: other };
  const tpl = templateWithChoices(code, category);
  const t = useTranslations(code);
  const path = `/${code}/${category}/`;
  let ctx: { context: BrowserContext; page: Page; errors: string[] };
  beforeAll(async () => {
    ctx = await openCategoryPage(site, path, { grant: true });
  });
  afterAll(() => ctx.context.close());

  const visibleOptions = (page: Page) =>
    page.$$eval('[data-voice] > [data-option]', (els) => [...new Set(els.filter((e) => !(e as HTMLElement).hidden).map((e) => (e as HTMLElement).dataset.option))]);

  it('shows the default voice first, with its radio checked', async () => {
    expect(await visibleOptions(ctx.page)).toEqual([axis!.default]);
    expect(await ctx.page.locator(`input[data-voice-input="${axis!.axis}"]:checked`).getAttribute('value')).toBe(axis!.default);
  });

  it('switches every choice on the page by keyboard, and says so', async () => {
    const { page } = ctx;
    await page.locator(`input[data-voice-input="${axis!.axis}"]:checked`).focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.locator(`input[data-voice-input="${axis!.axis}"]:checked`).getAttribute('value')).toBe(other);
    expect(await visibleOptions(page)).toEqual([other]);
    const label = axis!.options[axisOptions(axis!.axis)!.indexOf(other)]!;
    await expect.poll(() => page.locator('[data-status]').textContent()).toBe(format(t('fill.voiceChanged'), { option: label }));
    expect(ctx.errors).toEqual([]);
  });

  it('copies the body and the subject in the chosen voice', async () => {
    const { page } = ctx;
    await page.locator(`#${tpl.id} [data-action="copy-body"]`).click();
    await expect.poll(async () => (await readClipboard(page))['text/plain']).toBe(toPlainText(tpl.body, {}, chosen));
    expect((await readClipboard(page))['text/html']).toBe(toHtml(tpl.body, {}, chosen));
    expect(toPlainText(tpl.body, {}, chosen)).not.toBe(toPlainText(tpl.body));
    await page.locator(`#${tpl.id} [data-action="copy-subject"]`).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(toPlainText(tpl.subject, {}, chosen));
  });

  it('puts the chosen voice in the mail links', async () => {
    const links = mailLinks(toPlainText(tpl.subject, {}, chosen), toPlainText(tpl.body, {}, chosen));
    const href = await ctx.page.locator(`#${tpl.id} [data-mail="gmail"]`).getAttribute('href');
    expect(href).toBe(links.gmail);
    if (!links.tooLong) expect(new URL(href!).searchParams.get('body')).toBe(toPlainText(tpl.body, {}, chosen).replace(/\n/g, '\r\n'));
  });

  it('keeps the choice after a reload, and another tab follows it', async () => {
    const { page, context } = ctx;
    await page.reload();
    await page.waitForFunction(() => customElements.get('mk-copy') !== undefined);
    expect(await visibleOptions(page)).toEqual([other]);
    expect(await page.locator(`input[data-voice-input="${axis!.axis}"]:checked`).getAttribute('value')).toBe(other);
    const second = await context.newPage();
    await second.goto(`${site.server.origin}${path}`);
    await second.waitForFunction(() => customElements.get('mk-copy') !== undefined);
    expect(await visibleOptions(second)).toEqual([other]);
    // Back to the default in the second tab: the first follows (storage event).
    await second.locator(`input[data-voice-input="${axis!.axis}"][value="${axis!.default}"]`).check();
    await expect.poll(() => visibleOptions(page)).toEqual([axis!.default]);
    await second.close();
  });

  it('passes axe on the page with the panel, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await ctx.page.emulateMedia({ colorScheme });
      expect(await axeViolations(ctx.page), colorScheme).toEqual([]);
    }
  });

  it('shows the default voice without JavaScript, as selectable text', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}${path}`);
    expect(await visibleOptions(page)).toEqual([axis!.default]);
    const text = await page.locator(`#${tpl.id} [data-email-body]`).innerText();
    const words = toPlainText(tpl.body).split(/\s+/).filter((w) => w.length > 3 && !w.includes('['));
    for (const w of words.slice(0, 10)) expect(text).toContain(w);
    await context.close();
  });
});
