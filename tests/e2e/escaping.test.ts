/**
 * Hostile strings in every content field land escaped wherever they go: HTML
 * text, attributes, JSON-LD, the clipboard and mailto:/compose URLs. A real
 * build of a project copy whose fixture content is full of them, checked in
 * the built files and in Chromium (any dialog or page error fails).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { useBuiltCopy } from '../support/served-site.ts';
import { validFiles } from '../support/content-fixture.ts';
import { listFiles } from '../../src/lib/fs/files.ts';
import { DEFERRED_MODULE_TYPE, deferredModulesBootstrap } from '../../src/lib/security/deferred-modules.ts';

const HOSTILE = `</script><script>alert(1)</script><!-- "q" & 'a' \u2028\u2029 <img src=x onerror=alert(2)>`;
/** The same attack within a title's 60 graphemes (the content check refuses longer titles). */
const TITLE_HOSTILE = `</script><img src=x onerror=alert(2)><!-- "q" & 'a'`;
const yaml = (s: string) => JSON.stringify(s); // YAML double-quoted strings take JSON escapes

const CATEGORY = 'src/content/categories/en/subscription-cancellation.mdx';
const TEMPLATE = 'src/content/templates/en/subscription-cancellation/cancellation-confirmation.md';
const GUIDE = 'src/content/guides/en/reducing-cancellations.mdx';

function hostileFiles(): Record<string, string> {
  const files = { ...validFiles };
  files[CATEGORY] = files[CATEGORY]!.replace('title: Subscription cancellation email templates', `title: ${yaml(`Cancel ${TITLE_HOSTILE}`)}`)
    .replace('navTitle: Subscription cancellation', `navTitle: ${yaml(`Nav ${HOSTILE}`)}`)
    .replace(/description: .*/, `description: ${yaml(`Desc ${HOSTILE}`)}`)
    .replace('{ question: Why send one?, answer: It confirms the request. }', `{ question: ${yaml(`Q ${HOSTILE}`)}, answer: ${yaml(`A ${HOSTILE}`)} }`)
    .replace('{ title: Keep it short, text: Two or three sentences are enough. }', `{ title: ${yaml(`Tip ${HOSTILE}`)}, text: ${yaml(HOSTILE)} }`);
  files[TEMPLATE] = files[TEMPLATE]!.replace('title: Cancellation confirmation', `title: ${yaml(`Tpl ${TITLE_HOSTILE}`)}`)
    .replace('useWhen: a customer has cancelled.', `useWhen: ${yaml(HOSTILE)}`)
    .replace('Your subscription to [Product] is cancelled.', 'Your subscription to [Product] is cancelled: a < b & "c" \'d\' [our terms](https://example.org/terms?a=1&b=2).');
  files[GUIDE] = files[GUIDE]!.replace('title: Reducing cancellations', `title: ${yaml(`Guide ${TITLE_HOSTILE}`)}`);
  return files;
}

const site = useBuiltCopy('hostile-content', { files: hostileFiles() });

describe('hostile content', () => {
  const pages = () => listFiles(site.dist).filter((f) => f.endsWith('.html') && !f.includes('/pagefind/'));

  it('never becomes markup: no injected script, image or comment in any page', () => {
    for (const file of pages()) {
      const html = readFileSync(file, 'utf8');
      const doc = parse(html, { comment: true });
      expect(doc.querySelectorAll('img'), file).toHaveLength(0);
      for (const script of doc.querySelectorAll('script')) {
        const type = script.getAttribute('type');
        // JSON-LD, a module file, a module deferred until after the first paint, or the one bootstrap that starts those (exact bytes, allowed by hash).
        const ok =
          type === 'application/ld+json' ||
          (type === 'module' && (script.hasAttribute('src') || script.rawText === deferredModulesBootstrap)) ||
          (type === DEFERRED_MODULE_TYPE && script.hasAttribute('data-src') && script.rawText === '');
        expect(ok, `${file}: ${script.outerHTML.slice(0, 80)}`).toBe(true);
      }
      expect(html, file).not.toContain('<!-- "q"');
    }
  });

  it('lands intact in text and attributes', () => {
    const doc = parse(readFileSync(join(site.dist, 'en', 'subscription-cancellation', 'index.html'), 'utf8'));
    expect(doc.querySelector('title')!.textContent).toContain(`Cancel ${TITLE_HOSTILE}`);
    expect(doc.querySelector('meta[name="description"]')!.getAttribute('content')).toBe(`Desc ${HOSTILE}`);
    expect(doc.querySelector('h1')!.textContent).toBe(`Cancel ${TITLE_HOSTILE}`);
    expect(doc.querySelector('h1')!.getAttribute('data-pagefind-filter')).toBe(`category:Nav ${HOSTILE}`);
    // The template's title, now shown in its heading (search reads it from its own record, src/lib/search/records.ts).
    expect(doc.querySelector('article.template h3')!.textContent!.replace(/#$/, '')).toBe(`Tpl ${TITLE_HOSTILE}`);
    expect(doc.querySelector('.email a[href]')!.getAttribute('href')).toBe('https://example.org/terms?a=1&b=2');
  });

  it('is escaped in JSON-LD: parses back to the same text, cannot close the block', () => {
    const html = readFileSync(join(site.dist, 'en', 'subscription-cancellation', 'index.html'), 'utf8');
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(blocks.length).toBe(2);
    for (const raw of blocks) {
      expect(raw).not.toMatch(/<\/script|<!--|\u2028|\u2029/i);
      expect(raw).not.toMatch(/&(lt|gt|amp|quot);/);
    }
    const data = blocks.map((b) => JSON.parse(b) as { '@type': string; mainEntity?: { name: string; acceptedAnswer: { text: string } }[]; itemListElement?: { name: string }[] });
    const faq = data.find((d) => d['@type'] === 'FAQPage')!;
    expect(faq.mainEntity![0]!.name).toBe(`Q ${HOSTILE}`);
    expect(faq.mainEntity![0]!.acceptedAnswer.text).toBe(`A ${HOSTILE}`);
    expect(data.find((d) => d['@type'] === 'BreadcrumbList')!.itemListElement![1]!.name).toBe(`Nav ${HOSTILE}`);
  });

  it('runs nothing in the browser, and visitor values stay text in copies and mail links', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('pageerror', (e) => problems.push(e.message));
    for (const path of ['/en/', '/en/subscription-cancellation/', '/en/guides/reducing-cancellations/']) {
      await page.goto(`${site.server.origin}${path}`);
      await page.waitForLoadState('networkidle');
    }
    expect(await page.title()).toContain('</script>');
    await page.goto(`${site.server.origin}/en/subscription-cancellation/`);
    await page.waitForFunction(() => customElements.get('mk-copy') !== undefined);
    const value = `<img src=x onerror=alert(3)> & "x"`;
    await page.locator('[data-fill="customerName"]').fill(value);
    expect(await page.locator('.email .ph[data-ph="customerName"]').first().textContent()).toBe(value);
    expect(await page.locator('.email img').count()).toBe(0);
    await page.locator('[data-action="copy-body"]').first().click();
    await expect.poll(() => page.locator('[data-status]').textContent()).not.toBe('');
    const html = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return (await item!.getType('text/html')).text();
    });
    expect(html).toContain('&lt;img src=x onerror=alert(3)&gt; &amp;');
    expect(html).not.toContain('<img');
    const mailto = (await page.locator('[data-mail="mailto"]').first().getAttribute('href'))!;
    expect(decodeURIComponent(/body=([^&]*)/.exec(mailto)![1]!)).toContain(`Hi ${value},`);
    expect(mailto).not.toMatch(/[<>"\s]/);
    const gmail = new URL((await page.locator('[data-mail="gmail"]').first().getAttribute('href'))!);
    expect(gmail.searchParams.get('body')).toContain(`Hi ${value},`);
    expect(problems).toEqual([]);
    await context.close();
  });
});
