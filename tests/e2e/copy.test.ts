/**
 * Copy and personalize on the built category pages, in headless Chromium with
 * the clipboard read back. Expected strings come from the email tree of the
 * source file (src/lib/email/text.ts), so page, clipboard and source agree.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { openCategoryPage, readClipboard, useServedSite } from '../support/served-site.ts';
import { locales } from '../../src/i18n/locales.ts';
import { useTranslations, format } from '../../src/i18n/ui/index.ts';
import { checkContent, type TemplateEntry } from '../../src/lib/content/validate.ts';
import { placeholderKeys, toHtml, toPlainText, type PlaceholderValues } from '../../src/lib/email/text.ts';
import { mailLinks } from '../../src/lib/email/mail-links.ts';

const catalogue = checkContent(process.cwd()).catalogue;
const template = (locale: string, id: string): TemplateEntry => {
  const found = catalogue.templates.find((t) => t.locale === locale && t.id === id);
  if (!found) throw new Error(`no template ${locale}/${id}`);
  return found;
};

const site = useServedSite();

const open = (path: string, options: Parameters<Browser['newContext']>[0] = {}, grant = true) => openCategoryPage(site, path, { options, grant });

const status = (page: Page) => page.locator('[data-status]');
const clearClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.writeText(''));

// cancellation-confirmation has a greeting, a three-item list (one item with a link), a button to a placeholder and a two-line sign-off.
describe.each(locales.map((l) => [l.code]))('copying on /%s/subscription-cancellation/', (code) => {
  const t = useTranslations(code);
  const tpl = template(code, 'cancellation-confirmation');
  let ctx: { context: BrowserContext; page: Page; errors: string[] };
  beforeAll(async () => {
    ctx = await open(`/${code}/subscription-cancellation/`);
  });
  afterAll(() => ctx.context.close());

  it('copies the body as minimal HTML and clean plain text', async () => {
    const { page } = ctx;
    await page.locator('#cancellation-confirmation [data-action="copy-body"]').click();
    await expect.poll(() => status(page).textContent()).not.toBe('');
    const clip = await readClipboard(page);
    expect(clip['text/plain']).toBe(toPlainText(tpl.body));
    expect(clip['text/html']).toBe(toHtml(tpl.body));
    // The expected strings have the shape the brief asks for.
    expect(clip['text/plain']).toMatch(/\n- .+\n- /);
    expect(clip['text/html']).toMatch(/^<p>.*<ul>(<li>(?:(?!<\/?li>).)+<\/li>){3}<\/ul>/);
    expect(clip['text/html']).not.toMatch(/style=|class=|<span|<div|font/);
    expect(ctx.errors).toEqual([]);
  });

  it('says how many placeholders remain, in the page language', async () => {
    const empty = placeholderKeys(tpl.body).length;
    expect(empty).toBeGreaterThan(2);
    await expect.poll(() => status(ctx.page).textContent()).toBe(t.plural('copy.doneRemaining', empty));
  });

  it('copies the subject and each subject line on its own', async () => {
    const { page } = ctx;
    await page.locator('#cancellation-confirmation [data-action="copy-subject"]').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(toPlainText(tpl.subject));
    const line = page.locator('[data-subject-line]').nth(2);
    await line.locator('[data-action="copy-line"]').click();
    // What the visitor sees: innerText leaves out the voice options not chosen (hidden).
    const expected = (await line.locator('[data-subject-line-text]').innerText()).replace(/\s+/g, ' ').trim();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  });

  it('copies the permalink', async () => {
    const { page } = ctx;
    await page.locator('#cancellation-confirmation [data-action="copy-link"]').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.server.origin}/${code}/subscription-cancellation/#cancellation-confirmation`);
    await expect.poll(() => status(page).textContent()).toBe(t('copy.linkDone'));
  });

  it('builds mailto, Gmail and Outlook links with the subject and plain body (CRLF line breaks)', async () => {
    const { page } = ctx;
    // Over the length rule (about half of the Thai templates), every link carries the subject only.
    const tooLong = mailLinks(toPlainText(tpl.subject), toPlainText(tpl.body)).tooLong;
    const body = tooLong ? null : toPlainText(tpl.body).replace(/\n/g, '\r\n');
    const href = (kind: string) => page.locator(`#cancellation-confirmation [data-mail="${kind}"]`).getAttribute('href');
    const mailto = new URL((await href('mailto'))!);
    expect(mailto.protocol).toBe('mailto:');
    expect(mailto.searchParams.get('subject')).toBe(toPlainText(tpl.subject));
    expect(/body=([^&]*)/.exec(mailto.href)?.[1] ?? null).toBe(body === null ? null : encodeURIComponent(body));
    if (body !== null) expect(mailto.href).toContain('%0D%0A');
    const gmail = new URL((await href('gmail'))!);
    expect(`${gmail.origin}${gmail.pathname}`).toBe('https://mail.google.com/mail/');
    expect(gmail.searchParams.get('su')).toBe(toPlainText(tpl.subject));
    expect(gmail.searchParams.get('body')).toBe(body);
    const outlook = new URL((await href('outlook'))!);
    expect(`${outlook.origin}${outlook.pathname}`).toBe('https://outlook.office.com/mail/deeplink/compose');
    expect(outlook.searchParams.get('subject')).toBe(toPlainText(tpl.subject));
    expect(outlook.searchParams.get('body')).toBe(body);
    for (const kind of ['gmail', 'outlook']) {
      const a = page.locator(`#cancellation-confirmation [data-mail="${kind}"]`);
      expect(await a.getAttribute('rel')).toContain('noopener');
    }
  });
});

describe('fill in the blanks', () => {
  const values: PlaceholderValues = { customerName: 'Ana Novak', restartLink: 'https://example.com/restart?id=7' };
  let ctx: { context: BrowserContext; page: Page; errors: string[] };
  beforeAll(async () => {
    ctx = await open('/en/subscription-cancellation/');
  });
  afterAll(() => ctx.context.close());

  it('updates every template live', async () => {
    const { page } = ctx;
    await page.locator('[data-fill="customerName"]').fill(values.customerName!);
    await page.locator('[data-fill="restartLink"]').fill(values.restartLink!);
    const names = await page.locator('.ph[data-ph="customerName"]').allTextContents();
    expect(names.length).toBeGreaterThan(5);
    expect(new Set(names)).toEqual(new Set([values.customerName]));
    expect(await page.locator('.ph[data-ph="product"]').first().textContent()).toBe('[Product]');
    expect(await page.locator('.ph.filled').count()).toBe(names.length + (await page.locator('.ph[data-ph="restartLink"]').count()));
  });

  it('copies with the values, a real link for the filled button, and the right remaining count', async () => {
    const { page } = ctx;
    const tpl = template('en', 'cancellation-confirmation');
    await page.locator('#cancellation-confirmation [data-action="copy-body"]').click();
    const left = placeholderKeys(tpl.body).filter((k) => !values[k]).length;
    await expect.poll(() => status(page).textContent()).toBe(useTranslations('en').plural('copy.doneRemaining', left));
    const clip = await readClipboard(page);
    expect(clip['text/plain']).toBe(toPlainText(tpl.body, values));
    expect(clip['text/plain']).toContain('Ana Novak');
    expect(clip['text/html']).toBe(toHtml(tpl.body, values));
    expect(clip['text/html']).toContain('<a href="https://example.com/restart?id=7">');
  });

  it('pastes into a rich editor with paragraphs, list and link intact', async () => {
    const { page } = ctx;
    await page.evaluate(() => {
      const editor = document.createElement('div');
      editor.contentEditable = 'true';
      editor.id = 'editor';
      document.body.prepend(editor);
      editor.focus();
    });
    await page.keyboard.press('Control+V');
    const editor = page.locator('#editor');
    expect(await editor.locator('p').count()).toBeGreaterThan(2);
    expect(await editor.locator('ul > li').count()).toBe(3);
    expect(await editor.locator('a[href="https://example.com/restart?id=7"]').count()).toBe(1);
    expect(await editor.locator('br').count()).toBeGreaterThan(0);
  });

  it('keeps the values after a reload and on another category page, and only in localStorage', async () => {
    const { page, context } = ctx;
    await page.reload();
    await page.waitForFunction(() => customElements.get('mk-copy') !== undefined);
    expect(await page.locator('[data-fill="customerName"]').inputValue()).toBe(values.customerName);
    expect(await page.locator('.ph[data-ph="customerName"]').first().textContent()).toBe(values.customerName);
    const other = await context.newPage();
    await other.goto(`${site.server.origin}/en/refund-requests/`);
    await other.waitForFunction(() => customElements.get('mk-copy') !== undefined);
    expect(await other.locator('.ph[data-ph="customerName"]').first().textContent()).toBe(values.customerName);
    expect(await other.evaluate(() => Object.keys(localStorage))).toEqual(['mailkit:values']);
    expect(await context.cookies()).toEqual([]);
    await other.close();
  });

  it('clears the values', async () => {
    const { page } = ctx;
    await page.locator('[data-action="clear"]').click();
    await expect.poll(() => status(page).textContent()).toBe('Your values were cleared.');
    expect(await page.evaluate(() => localStorage.getItem('mailkit:values'))).toBeNull();
    expect(await page.locator('.ph[data-ph="customerName"]').first().textContent()).toBe('[Customer name]');
    expect(await page.locator('[data-fill="customerName"]').inputValue()).toBe('');
  });
});

describe('when the clipboard is refused', () => {
  it('selects the email and tells the visitor to press the shortcut', async () => {
    const context = await site.browser.newContext();
    await context.addInitScript(() => {
      const refuse = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
      Object.defineProperty(navigator.clipboard, 'write', { value: refuse });
      Object.defineProperty(navigator.clipboard, 'writeText', { value: refuse });
      document.execCommand = () => false;
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.server.origin}/sl/subscription-cancellation/`);
    await page.waitForFunction(() => customElements.get('mk-copy') !== undefined);
    await page.locator('#cancellation-confirmation [data-action="copy-body"]').click();
    const t = useTranslations('sl');
    await expect.poll(() => status(page).textContent()).toBe(format(t('copy.failed'), { shortcut: 'Ctrl+C' }));
    // Compared without whitespace: a selection adds line breaks between blocks that textContent lacks.
    const selected = await page.evaluate(() => getSelection()!.toString().replace(/\s+/g, ''));
    const body = (await page.locator('#cancellation-confirmation [data-email-body]').textContent())!.replace(/\s+/g, '');
    expect(selected).toBe(body);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('upgrading the page', () => {
  it('causes no layout shift', async () => {
    const context = await site.browser.newContext();
    await context.addInitScript(() => {
      (window as unknown as { __shift: number }).__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) (window as unknown as { __shift: number }).__shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/bg/refund-requests/`);
    await page.waitForFunction(() => customElements.get('mk-copy') !== undefined);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBe(0);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('shows every template as text and no copy controls', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/en/subscription-cancellation/`);
    expect(await page.locator('[data-email-body]').count()).toBe(catalogue.templates.filter((t) => t.locale === 'en' && t.category === 'subscription-cancellation').length);
    expect(await page.locator('#cancellation-confirmation [data-email-body]').textContent()).toContain('[Customer name]');
    for (const selector of ['[data-action]', '[data-mail]', '.fill', '[data-status]']) {
      const visible = await page.locator(selector).evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);
      expect(visible, selector).toBe(0);
    }
    await context.close();
  });
});

describe('keyboard only', () => {
  it('reaches and operates the copy actions with a visible focus', async () => {
    const { context, page } = await open('/en/refund-requests/');
    await clearClipboard(page);
    const reached: string[] = [];
    for (let i = 0; i < 200 && !reached.includes('refund-request-received:copy-link'); i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const action = el.dataset.action ?? el.dataset.mail ?? el.dataset.fill;
        const style = getComputedStyle(el);
        return { id: `${el.closest('[data-template]')?.id ?? 'page'}:${action}`, outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px' };
      });
      reached.push(info.id);
      if (info.id.endsWith(':undefined')) continue;
      expect(info.outline, `focus visible on ${info.id}`).toBe(true);
    }
    expect(reached).toContain('page:customerName');
    expect(reached).toContain('page:clear');
    for (const action of ['copy-body', 'copy-subject', 'mailto', 'gmail', 'outlook', 'copy-link']) expect(reached).toContain(`refund-request-received:${action}`);
    // Operate "copy email" with the keyboard.
    await page.locator('#refund-request-received [data-action="copy-body"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(toPlainText(template('en', 'refund-request-received').body));
    await page.locator('#refund-request-received [data-action="copy-subject"]').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(toPlainText(template('en', 'refund-request-received').subject));
    await context.close();
  });
});

/**
 * The copy module loads when the browser is idle or on first interaction
 * (src/scripts/copy-loader.ts). Here its response is held back until the
 * test releases it, so the click and the typing happen before it exists.
 */
describe('before the copy module has arrived', () => {
  it('holds a copy click and carries it out, with a value typed meanwhile, once the module is in', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
    const page = await context.newPage();
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let requested = false;
    await page.route(/\/_astro\/copy\.[\w-]+\.js$/, async (route) => {
      requested = true;
      await released;
      await route.continue();
    });
    await page.goto(`${site.server.origin}/en/subscription-cancellation/`);
    await clearClipboard(page);
    expect(await page.evaluate(() => customElements.get('mk-copy') === undefined)).toBe(true);

    // The controls are visible and usable although the module is not there.
    await page.locator('[data-fill="customerName"]').fill('Dana');
    await page.locator('#cancellation-confirmation [data-action="copy-body"]').click();
    await expect.poll(() => requested).toBe(true);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('');

    release();
    const tpl = template('en', 'cancellation-confirmation');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(toPlainText(tpl.body, { customerName: 'Dana' }));
    await expect.poll(() => page.locator('#cancellation-confirmation .ph[data-ph="customerName"]').first().textContent()).toBe('Dana');
    await context.close();
  });
});
