/**
 * Structured data. Built from the same data that renders the visible page
 * (the FAQ is never typed twice), typed with schema-dts, and serialised by
 * the one audited function that may be injected raw into HTML.
 */
import type { BreadcrumbList, FAQPage, WithContext } from 'schema-dts';

export interface FaqItem {
  question: string;
  answer: string;
}

export function faqPage(items: readonly FaqItem[], inLanguage: string): WithContext<FAQPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage,
    mainEntity: items.map((item) => ({
      '@type': 'Question',
      name: item.question,
      acceptedAnswer: { '@type': 'Answer', text: item.answer },
    })),
  };
}

export function breadcrumbList(crumbs: readonly { name: string; url: string }[]): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: c.url })),
  };
}

/**
 * JSON for a <script type="application/ld+json"> block. JSON.stringify alone
 * is not enough inside HTML: "</script>" or "<!--" in a string would end or
 * corrupt the block, so every "<", ">" and "&" becomes a JSON unicode escape
 * (which JSON parsers read back as the same character). U+2028/U+2029 are
 * escaped for old JavaScript parsers.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
