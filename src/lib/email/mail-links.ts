/**
 * Links that open an email in a mail client: a mailto: link and compose
 * links for Gmail and Outlook on the web. Used at build time (the page ships
 * working links) and in the browser (src/scripts/copy.ts rebuilds them with
 * the visitor's values), so both always agree.
 */

/** Longest mailto: link we hand to a mail client; some truncate or refuse longer ones. */
export const MAILTO_MAX = 2000;

export interface MailLinks {
  mailto: string;
  gmail: string;
  outlook: string;
  /** The mailto: link is over MAILTO_MAX: offer copying instead. */
  tooLong: boolean;
}

export function mailLinks(subject: string, body: string): MailLinks {
  const s = encodeURIComponent(subject);
  const b = encodeURIComponent(body);
  const mailto = `mailto:?subject=${s}&body=${b}`;
  return {
    mailto,
    gmail: `https://mail.google.com/mail/?view=cm&fs=1&su=${s}&body=${b}`,
    outlook: `https://outlook.office.com/mail/deeplink/compose?subject=${s}&body=${b}`,
    tooLong: mailto.length > MAILTO_MAX,
  };
}
