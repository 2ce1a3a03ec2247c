/**
 * Voice choices in the built HTML (issue 16): every choice on every page
 * offers every option of its axis, in the axis's order, with exactly the
 * locale's default visible; the panel offers a radio group for each axis the
 * page uses and none it does not; and the built pages hold as many choices
 * as the content does, so a renderer that drops them cannot pass.
 */
import { describe, expect, it } from 'vitest';
import { locales, voiceAxesOf } from '../../src/i18n/locales.ts';
import { axisOptions, type LocaleVoiceAxis } from '../../src/i18n/voice.ts';
import { checkContent } from '../../src/lib/content/validate.ts';
import type { EmailBody } from '../../src/lib/email/ast.ts';
import { eachInline } from '../../src/lib/email/text.ts';
import { parseEmailBody } from '../../src/lib/email/parse.ts';
import { placeholderLabels } from '../../src/i18n/placeholders/index.ts';
import { pages } from '../support/site.ts';

const categoryPages = pages().filter((p) => /^\/[^/]+\/[^/]+\/$/.test(p.path) && p.doc.querySelector('article.template'));
const { catalogue } = checkContent(process.cwd());

const countBody = (body: EmailBody) => {
  let n = 0;
  eachInline(body, (node) => node.type === 'choice' && n++);
  return n;
};

describe('voice choices in the built pages', () => {
  it.each(categoryPages.map((p) => [p.path, p] as const))('%s: every choice offers every option of its axis, the default visible', (_path, page) => {
    const locale = page.path.split('/')[1]!;
    const contentLocale = page.doc.querySelector('article.template')?.getAttribute('lang') ?? locale;
    const declared = new Map<string, LocaleVoiceAxis>(voiceAxesOf(locales.find((l) => l.tag === contentLocale)?.code ?? locale).map((a) => [a.axis, a]));
    const used = new Set<string>();
    for (const choice of page.doc.querySelectorAll('[data-voice]')) {
      const axis = declared.get(choice.getAttribute('data-voice')!);
      expect(axis, `${page.path}: a choice for an axis the locale does not declare: ${choice.toString().slice(0, 120)}`).toBeDefined();
      used.add(axis!.axis);
      const options = choice.childNodes.filter((n) => n.nodeType === 1).map((n) => n as unknown as { getAttribute(a: string): string | undefined });
      expect(options.map((o) => o.getAttribute('data-option'))).toEqual(axisOptions(axis!.axis));
      expect(options.filter((o) => o.getAttribute('hidden') === undefined).map((o) => o.getAttribute('data-option'))).toEqual([axis!.default]);
    }
    const radios = page.doc.querySelectorAll('input[data-voice-input]');
    expect([...new Set(radios.map((r) => r.getAttribute('data-voice-input')))].sort()).toEqual([...used].sort());
    for (const axis of used) {
      expect(radios.filter((r) => r.getAttribute('data-voice-input') === axis).map((r) => r.getAttribute('value'))).toEqual(axisOptions(axis));
    }
  });

  it.each(locales.map((l) => [l.code]))('/%s/: the category pages hold every choice of the content', (code) => {
    const mine = categoryPages.filter((p) => p.path.startsWith(`/${code}/`) && !p.doc.querySelector('article.template')?.getAttribute('lang'));
    const built = mine.reduce((n, p) => n + p.doc.querySelectorAll('[data-voice]').length, 0);
    const labels = placeholderLabels(code);
    const fromContent =
      catalogue.templates.filter((t) => t.locale === code).reduce((n, t) => n + countBody(t.body) + countBody(t.subject), 0) +
      catalogue.categories.filter((c) => c.locale === code).reduce((n, c) => n + c.data.subjects.reduce((m, s) => m + countBody(parseEmailBody(s, labels, voiceAxesOf(code)).body), 0), 0);
    expect(built).toBe(fromContent);
    // The locales the issue names carry choices; English has none to carry.
    if (['th', 'es'].includes(code)) expect(built, `${code}: no voice choices in the content`).toBeGreaterThan(0);
    if (code === 'en') expect(built).toBe(0);
  });
});
