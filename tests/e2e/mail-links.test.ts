/**
 * Mail links in Chromium on the built category pages: the one length rule
 * (src/lib/email/mail-links.ts) gives ordinary Russian and Thai templates all
 * three links with their body, and a body made too long by a visitor's value
 * turns all three into subject-only links, with the note shown and announced.
 * Expected links come from the source files, not from the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openCategoryPage, useServedSite } from '../support/served-site.ts';
import { useTranslations } from '../../src/i18n/ui/index.ts';
import { checkContent } from '../../src/lib/content/validate.ts';
import { getPlaceholders } from '../../src/i18n/placeholders/index.ts';
import { toPlainText } from '../../src/lib/email/text.ts';
import { mailLinks } from '../../src/lib/email/mail-links.ts';

const catalogue = checkContent(process.cwd()).catalogue;
const KINDS = ['mailto', 'gmail', 'outlook'] as const;
const site = useServedSite();

/** What the page shows for one template's mail links. */
const shown = (page: Page, id: string) =>
  page.evaluate((id) => {
    const article = document.getElementById(id)!;
    const note = article.querySelector<HTMLElement>('[data-mail-note]')!;
    const links = Object.fromEntries(
      [...article.querySelectorAll<HTMLAnchorElement>('[data-mail]')].map((a) => [
        a.dataset.mail,
        { href: a.href, visible: a.offsetParent !== null, describedBy: a.getAttribute('aria-describedby') },
      ]),
    );
    return { links, note: { visible: note.offsetParent !== null, text: note.textContent, id: note.id } };
  }, id);

const bodyOf = (href: string) => {
  const m = /[?&]body=([^&]*)/.exec(href);
  return m ? decodeURIComponent(m[1]!) : null;
};
const subjectOf = (href: string) => decodeURIComponent(/[?&](?:subject|su)=([^&]*)/.exec(href)![1]!);

const open = (path: string) => openCategoryPage(site, path);

describe.each([['ru'], ['th']])('mail links on the %s category pages', (code) => {
  const categories = [...new Set(catalogue.templates.filter((t) => t.locale === code).map((t) => t.category))];

  it.each(categories.map((c) => [c]))('give every template of /' + code + '/%s/ the links the rule says, all three alike', async (category) => {
    const { context, page, errors } = await open(`/${code}/${category}/`);
    const templates = catalogue.templates.filter((t) => t.locale === code && t.category === category);
    let withBody = 0;
    for (const tpl of templates) {
      const expected = mailLinks(toPlainText(tpl.subject), toPlainText(tpl.body));
      const got = await shown(page, tpl.id);
      for (const kind of KINDS) {
        expect(got.links[kind]?.visible, `${tpl.id} ${kind}`).toBe(true);
        expect(got.links[kind]?.href, `${tpl.id} ${kind}`).toBe(expected[kind]);
        expect(subjectOf(got.links[kind]!.href), `${tpl.id} ${kind}`).toBe(toPlainText(tpl.subject));
        expect(bodyOf(got.links[kind]!.href), `${tpl.id} ${kind}`).toBe(expected.tooLong ? null : toPlainText(tpl.body).replace(/\n/g, '\r\n'));
      }
      expect(got.note.visible, tpl.id).toBe(expected.tooLong);
      if (!expected.tooLong) withBody++;
    }
    // Ordinary Russian templates all get their body; a Thai letter is 9 encoded characters,
    // so about half of the Thai templates are over the rule (see mail-links.ts).
    expect(withBody).toBeGreaterThanOrEqual(code === 'th' ? 1 : templates.length);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a body made too long by a value', () => {
  const code = 'ru';
  const t = useTranslations(code);
  let ctx: { context: BrowserContext; page: Page; errors: string[] };
  beforeAll(async () => {
    ctx = await open(`/${code}/refund-requests/`);
  });
  afterAll(() => ctx.context.close());

  // The signature is in the bodies only, so the subject stays as it is.
  const longSignature = 'Служба поддержки, отдел возвратов. '.repeat(60);
  const templates = catalogue.templates.filter((tpl) => tpl.locale === code && tpl.category === 'refund-requests');
  const signed = templates.filter((tpl) => toPlainText(tpl.body).includes(`[${getPlaceholders(code).signature.label}]`));

  it('switches all three links of those templates to subject only, with the note shown and announced', async () => {
    const { page } = ctx;
    expect(signed.length).toBeGreaterThan(1);
    await page.locator('[data-fill="signature"]').fill(longSignature);
    await expect.poll(() => page.locator('[data-status]').textContent()).toBe(t.plural('mail.tooLongCount', signed.length));
    expect(await page.locator('[data-status]').getAttribute('role')).toBe('status');
    for (const tpl of templates) {
      const got = await shown(page, tpl.id);
      const isSigned = signed.includes(tpl);
      for (const kind of KINDS) {
        expect(got.links[kind]?.visible, `${tpl.id} ${kind}`).toBe(true);
        expect(subjectOf(got.links[kind]!.href), `${tpl.id} ${kind}`).toBe(toPlainText(tpl.subject));
        expect(bodyOf(got.links[kind]!.href) === null, `${tpl.id} ${kind}`).toBe(isSigned);
        expect(got.links[kind]?.describedBy, `${tpl.id} ${kind}`).toBe(isSigned ? got.note.id : null);
      }
      expect(got.note.visible, tpl.id).toBe(isSigned);
      if (isSigned) expect(got.note.text).toBe(t('mail.tooLong'));
    }
    expect(ctx.errors).toEqual([]);
  });

  it('gives the bodies back when the value is cleared', async () => {
    const { page } = ctx;
    await page.locator('[data-action="clear"]').click();
    for (const tpl of signed) {
      const got = await shown(page, tpl.id);
      for (const kind of KINDS) expect(bodyOf(got.links[kind]!.href), `${tpl.id} ${kind}`).toBe(toPlainText(tpl.body).replace(/\n/g, '\r\n'));
      expect(got.note.visible, tpl.id).toBe(false);
    }
    expect(ctx.errors).toEqual([]);
  });
});
