/**
 * Links that open an email in a mail client: a mailto: link and compose
 * links for Gmail and Outlook on the web. Used at build time (the page ships
 * working links) and in the browser (src/scripts/copy.ts rebuilds them with
 * the visitor's values), so both always agree.
 *
 * Line breaks are CRLF (`%0D%0A`), as RFC 6068 §5 requires for a mailto:
 * body; the compose endpoints get the same text so the three never differ.
 *
 * ## The length rule
 *
 * One rule, the same for all three links: if the longest of them, counted
 * as it goes over the wire (percent-encoded ASCII, so one Cyrillic letter is
 * 6 characters and one Thai letter 9), is over MAIL_LINK_MAX, every link
 * drops the body and keeps only the subject, and the page asks the visitor
 * to copy the body instead (`mailLinksTooLong()` is that decision).
 *
 * Why encoded characters: every limit found counts the URL after encoding.
 * Chromium hands Windows the ASCII `url.spec()`; HTTP servers count octets of
 * the request line. The number of letters the visitor sees does not matter.
 *
 * Why 6,000, from what actually refuses long links today:
 * - Gmail's compose page (mail.google.com/mail/?view=cm) answers 413 or
 *   "Bad Request" from about 6,400 encoded characters, lower with more
 *   cookies (Google limits the whole request head; failures reported at
 *   6,410 and 8,132: github.com/defund12/defund12.org/issues/893). This is
 *   the tightest limit of the three, and it still lets every Bulgarian and
 *   Russian email of the catalogue through, so it sets the rule, with
 *   headroom. A Thai letter is 9 encoded characters: about half of the Thai
 *   templates (700-1,000 letters) are over it and offer the subject only, with
 *   the note to copy the email (`npm run mail-links` lists them). Raising the
 *   limit to RFC 9110's 8,000 would pass most of them, but into the range
 *   where Gmail has been seen to refuse; a downloadable .eml draft is the
 *   real answer for long emails.
 * - Outlook on the web (IIS) accepts compose links up to about 31,000
 *   characters; Outlook desktop, started by Windows with the link on its
 *   command line, up to about 31,900 (CreateProcess stops at 32,767):
 *   stackoverflow.com/questions/4473959 (answers measuring Outlook).
 * - RFC 9110 §4.1 asks every HTTP recipient to support URIs of at least
 *   8,000 octets; 6,000 is below it.
 * - macOS/iOS Mail and Thunderbird publish no limit (iOS takes ~1 MB;
 *   Thunderbird takes at least 2,000 in the same answers). Chromium itself
 *   accepts URLs up to 2 MB (url/url_constants.h, kMaxURLChars).
 *
 * The known gap: Chrome and Edge on Windows silently do nothing for a
 * mailto: over 2,048 encoded characters (chrome/browser/platform_util_win.cc,
 * OpenExternalOnWorkerThread: `kMaxUrlLength = 2048`, crbug.com/727909, a
 * leftover from Windows 2000 ShellExecute crashes). Under that limit a
 * Russian email could hold about 300 letters, a Thai one about 200: no real
 * template fits, so honouring it would mean no mailto: at all for those
 * languages. We do not; the Gmail and Outlook links and "Copy email" are the
 * way there, and a planned .eml download is the real fix for that case.
 */

/** Longest link, in encoded characters, that we offer with the body in it. */
export const MAIL_LINK_MAX = 6000;

export interface MailLinkSet {
  mailto: string;
  gmail: string;
  outlook: string;
}

export interface MailLinks extends MailLinkSet {
  /** The links with the body would be over MAIL_LINK_MAX: they carry only the subject, and the page says to copy the body. */
  tooLong: boolean;
}

/** RFC 6068 §5: line breaks in a body are CRLF. */
const crlf = (s: string) => s.replace(/\r\n|\r|\n/g, '\r\n');
/** A subject is one line (RFC 6068: line breaks in other fields SHOULD NOT be used). */
const oneLine = (s: string) => s.replace(/\s*(\r\n|\r|\n)\s*/g, ' ');
/** encodeURIComponent throws on a lone surrogate (a half-pasted emoji): replace it instead. */
const encode = (s: string) => encodeURIComponent(s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));

/** The three links for this subject and (optional) body, whatever their length. */
export function buildMailLinks(subject: string, body?: string): MailLinkSet {
  const s = encode(oneLine(subject));
  const b = body === undefined ? '' : encode(crlf(body));
  const tail = (subjectKey: string) => `${subjectKey}=${s}${body === undefined ? '' : `&body=${b}`}`;
  return {
    mailto: `mailto:?${tail('subject')}`,
    gmail: `https://mail.google.com/mail/?view=cm&fs=1&${tail('su')}`,
    outlook: `https://outlook.office.com/mail/deeplink/compose?${tail('subject')}`,
  };
}

/** The length the rule looks at: the longest of the three links, encoded. */
export const mailLinksLength = (links: MailLinkSet) => Math.max(links.mailto.length, links.gmail.length, links.outlook.length);

/**
 * THE decision: are these links too long to offer? One answer for all three
 * links, so they always behave the same. Anything that offers another way
 * out for a long email (copy, an .eml download) should ask this function.
 */
export function mailLinksTooLong(links: MailLinkSet): boolean {
  return mailLinksLength(links) > MAIL_LINK_MAX;
}

/**
 * The links to show: with the body when they fit the rule, otherwise with the
 * subject only (and `tooLong`). A subject so long that it alone breaks the
 * rule (a pasted essay in a placeholder) is dropped too: a link that is
 * refused is worse than an empty draft.
 */
export function mailLinks(subject: string, body: string): MailLinks {
  const full = buildMailLinks(subject, body);
  if (!mailLinksTooLong(full)) return { ...full, tooLong: false };
  const subjectOnly = buildMailLinks(subject);
  return { ...(mailLinksTooLong(subjectOnly) ? buildMailLinks('') : subjectOnly), tooLong: true };
}
