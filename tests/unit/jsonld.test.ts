import { describe, expect, it } from 'vitest';
import { breadcrumbList, faqPage, serializeJsonLd } from '../../src/lib/seo/jsonld.ts';

describe('serializeJsonLd', () => {
  const hostile = 'a</script><script>alert(1)</script> <!-- & \u2028\u2029 "quoted"';

  it('cannot be broken out of by content', () => {
    const json = serializeJsonLd(faqPage([{ question: hostile, answer: hostile }], 'en'));
    expect(json).not.toMatch(/<|>|&|\u2028|\u2029/);
    expect(JSON.parse(json).mainEntity[0].name).toBe(hostile);
  });

  it('builds FAQPage and BreadcrumbList shapes', () => {
    const faq = faqPage([{ question: 'Q?', answer: 'A.' }], 'sl');
    expect(faq).toMatchObject({ '@type': 'FAQPage', inLanguage: 'sl', mainEntity: [{ '@type': 'Question', name: 'Q?', acceptedAnswer: { '@type': 'Answer', text: 'A.' } }] });
    const crumbs = breadcrumbList([
      { name: 'Templates', url: 'https://x.test/en/' },
      { name: 'Refunds', url: 'https://x.test/en/refunds/' },
    ]);
    expect(crumbs.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Templates', item: 'https://x.test/en/' },
      { '@type': 'ListItem', position: 2, name: 'Refunds', item: 'https://x.test/en/refunds/' },
    ]);
  });
});
