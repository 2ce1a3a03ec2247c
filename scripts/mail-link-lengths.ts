/**
 * `node scripts/mail-link-lengths.ts`: the mail-link lengths of every
 * template with its placeholders unfilled, per locale (the longest and the
 * median template), against the one rule in src/lib/email/mail-links.ts.
 */
import { checkContent } from '../src/lib/content/validate.ts';
import { toPlainText } from '../src/lib/email/text.ts';
import { buildMailLinks, MAIL_LINK_MAX, mailLinksTooLong } from '../src/lib/email/mail-links.ts';

const { catalogue } = checkContent(process.cwd());
const rows = new Map<string, { id: string; letters: number; mailto: number; gmail: number; outlook: number; tooLong: boolean }[]>();
for (const t of catalogue.templates) {
  const subject = toPlainText(t.subject);
  const body = toPlainText(t.body);
  const links = buildMailLinks(subject, body);
  const list = rows.get(t.locale) ?? [];
  list.push({
    id: `${t.category}/${t.id}`,
    letters: subject.length + body.length,
    mailto: links.mailto.length,
    gmail: links.gmail.length,
    outlook: links.outlook.length,
    tooLong: mailLinksTooLong(links),
  });
  rows.set(t.locale, list);
}
console.log(`Rule: the longest of the three links, percent-encoded, must be ≤ ${MAIL_LINK_MAX} characters.\n`);
console.log('| locale | templates | over the rule | which | template | letters | mailto | Gmail | Outlook |');
console.log('| --- | ---: | ---: | --- | --- | ---: | ---: | ---: | ---: |');
for (const [locale, list] of [...rows].sort(([a], [b]) => a.localeCompare(b))) {
  list.sort((a, b) => a.outlook - b.outlook);
  const over = list.filter((r) => r.tooLong).length;
  const pick = { median: list[Math.floor((list.length - 1) / 2)]!, longest: list.at(-1)! };
  for (const [which, r] of Object.entries(pick)) {
    console.log(`| ${locale} | ${list.length} | ${over} | ${which} | ${r.id} | ${r.letters} | ${r.mailto} | ${r.gmail} | ${r.outlook} |`);
  }
}
