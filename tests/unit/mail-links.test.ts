import { describe, expect, it } from 'vitest';
import { buildMailLinks, MAIL_LINK_MAX, mailLinks, mailLinksLength, mailLinksTooLong } from '../../src/lib/email/mail-links.ts';
import { checkContent } from '../../src/lib/content/validate.ts';
import { toPlainText } from '../../src/lib/email/text.ts';

const KINDS = ['mailto', 'gmail', 'outlook'] as const;
/** The body as each link carries it (null when absent), decoded. */
const bodyOf = (url: string) => {
  const m = /[?&]body=([^&]*)/.exec(url);
  return m ? decodeURIComponent(m[1]!) : null;
};
const subjectOf = (url: string) => decodeURIComponent(/[?&](?:subject|su)=([^&]*)/.exec(url)![1]!);

/** A body whose links are exactly `target` encoded characters at their longest (Outlook's). */
function bodyForLength(target: number, subject = 'Hi'): string {
  const base = mailLinksLength(buildMailLinks(subject, ''));
  return 'a'.repeat(target - base);
}

describe('mail links', () => {
  it('break lines with CRLF (%0D%0A, RFC 6068) in every link, whatever the source line ends', () => {
    const links = buildMailLinks('Hello', 'Dear Ana,\n\nThanks.\r\nBest,\rMia');
    for (const kind of KINDS) {
      expect(links[kind], kind).toContain('Dear%20Ana%2C%0D%0A%0D%0AThanks.%0D%0ABest%2C%0D%0AMia');
      expect(links[kind], kind).not.toMatch(/%0A(?<!%0D%0A)/);
      expect(bodyOf(links[kind])).toBe('Dear Ana,\r\n\r\nThanks.\r\nBest,\r\nMia');
    }
  });

  it('point at the right endpoints with the subject', () => {
    const links = buildMailLinks('Your refund & more', 'x');
    expect(links.mailto).toMatch(/^mailto:\?subject=Your%20refund%20%26%20more&body=x$/);
    expect(links.gmail).toMatch(/^https:\/\/mail\.google\.com\/mail\/\?view=cm&fs=1&su=Your%20refund%20%26%20more&body=x$/);
    expect(links.outlook).toMatch(/^https:\/\/outlook\.office\.com\/mail\/deeplink\/compose\?subject=Your%20refund%20%26%20more&body=x$/);
  });

  it('count encoded characters: one Cyrillic letter is 6, one Thai letter 9', () => {
    const latin = mailLinksLength(buildMailLinks('', 'a'.repeat(100)));
    expect(mailLinksLength(buildMailLinks('', 'д'.repeat(100))) - latin).toBe(500);
    expect(mailLinksLength(buildMailLinks('', 'ก'.repeat(100))) - latin).toBe(800);
  });

  it('apply the rule at its boundary: exactly MAIL_LINK_MAX fits, one more does not', () => {
    const fits = mailLinks('Hi', bodyForLength(MAIL_LINK_MAX));
    expect(mailLinksLength(fits)).toBe(MAIL_LINK_MAX);
    expect(fits.tooLong).toBe(false);
    for (const kind of KINDS) expect(bodyOf(fits[kind]), kind).toBe(bodyForLength(MAIL_LINK_MAX));

    const over = mailLinks('Hi', bodyForLength(MAIL_LINK_MAX + 1));
    expect(over.tooLong).toBe(true);
  });

  it('decide once for all three links: the longest decides, so none keeps a body the others lost', () => {
    // Just over for Outlook (the longest) while mailto alone would still fit.
    const links = buildMailLinks('Hi', bodyForLength(MAIL_LINK_MAX + 1));
    expect(links.mailto.length).toBeLessThanOrEqual(MAIL_LINK_MAX);
    expect(links.outlook.length).toBe(MAIL_LINK_MAX + 1);
    expect(mailLinksTooLong(links)).toBe(true);
    const shown = mailLinks('Hi', bodyForLength(MAIL_LINK_MAX + 1));
    expect(KINDS.map((k) => bodyOf(shown[k]))).toEqual([null, null, null]);
  });

  it('keep the subject when the body is too long', () => {
    const links = mailLinks('Ваш возврат одобрен', 'Здравствуйте!\n\n' + 'Длинный текст. '.repeat(500));
    expect(links.tooLong).toBe(true);
    for (const kind of KINDS) {
      expect(subjectOf(links[kind]), kind).toBe('Ваш возврат одобрен');
      expect(bodyOf(links[kind]), kind).toBeNull();
      expect(links[kind].length, kind).toBeLessThanOrEqual(MAIL_LINK_MAX);
    }
  });

  it('drop even the subject when it alone breaks the rule, never offering a link over it', () => {
    const links = mailLinks('x'.repeat(MAIL_LINK_MAX), 'Hello');
    expect(links.tooLong).toBe(true);
    for (const kind of KINDS) {
      expect(links[kind].length, kind).toBeLessThanOrEqual(MAIL_LINK_MAX);
      expect(subjectOf(links[kind]), kind).toBe('');
    }
  });

  it('survive a lone surrogate (half an emoji) typed into a value', () => {
    expect(() => mailLinks('Hi \uD83D', 'Body \uDE00 end')).not.toThrow();
    expect(bodyOf(mailLinks('Hi', 'a\uD83Db').mailto)).toBe('a\uFFFDb');
  });

  it('give every real template in Latin or Cyrillic script, Bulgarian and Russian included, all three links with its body (unfilled)', () => {
    const { catalogue } = checkContent(process.cwd());
    const over: string[] = [];
    for (const t of catalogue.templates) {
      const full = buildMailLinks(toPlainText(t.subject), toPlainText(t.body));
      const links = mailLinks(toPlainText(t.subject), toPlainText(t.body));
      // The decision is the rule, nothing else: over the limit exactly when the longest link is.
      expect(links.tooLong, `${t.locale}/${t.id}`).toBe(mailLinksLength(full) > MAIL_LINK_MAX);
      if (links.tooLong) over.push(`${t.locale}/${t.category}/${t.id} (${mailLinksLength(full)})`);
      else for (const kind of KINDS) expect(bodyOf(links[kind]), `${t.locale}/${t.id} ${kind}`).toBe(toPlainText(t.body).replace(/\n/g, '\r\n'));
    }
    // Every template outside Thai fits. A Thai letter is 9 encoded characters, so about half
    // of the Thai templates (700-1,000 letters) are over and their links carry the subject
    // only, with the note to copy the email: see the rule and its sources in mail-links.ts.
    expect(over.filter((id) => !id.startsWith('th/'))).toEqual([]);
  });
});
