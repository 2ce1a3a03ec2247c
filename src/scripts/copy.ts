/**
 * <mk-copy>: copy and personalize, on top of the server-rendered category
 * page. Everything works from the HTML that is already there:
 *
 * - `.ph[data-ph]` placeholders show the visitor's value or their `[Label]`;
 * - `[data-email-body]` is serialized to minimal rich HTML and to plain text
 *   (the same rules as src/lib/email/text.ts, which the tests compare with);
 * - values live in localStorage only, under one key.
 *
 * Kept small on purpose (the whole feature has a 5 KB gzip budget): one
 * element, delegated events, no framework.
 */
import { ClipboardItem, write, writeText } from 'clipboard-polyfill';
import { escapeHtml as esc, linkable } from '../lib/email/text.ts';
import { pluralize, type Plural } from '../i18n/plural.ts';
import { mailLinks } from '../lib/email/mail-links.ts';

interface Strings {
  tag: string;
  done: string;
  doneRemaining: Plural;
  linkDone: string;
  failed: string;
  cleared: string;
  remaining: Plural;
  allDone: string;
  /** "N emails are now too long for a mail link …", announced when that number grows. */
  tooLong: Plural;
  /** The note under one template's mail links when they carry the subject only. */
  mailNote: string;
}
type Values = Record<string, string>;

export const STORAGE_KEY = 'mailkit:values';

function load(): Values {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
    return v && typeof v === 'object' ? (v as Values) : {};
  } catch {
    return {}; // private mode or a corrupt entry: start empty
  }
}

function save(values: Values) {
  try {
    if (Object.keys(values).length) localStorage.setItem(STORAGE_KEY, JSON.stringify(values));
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage refused: values still work for this page view.
  }
}


class MailkitCopy extends HTMLElement {
  values: Values = {};
  s!: Strings;
  timer = 0;
  /** How many templates' mail links carry only the subject; undefined before the first update (nothing to announce on load). */
  tooLong?: number;

  connectedCallback() {
    this.s = JSON.parse(this.dataset.strings!) as Strings;
    this.values = load();
    for (const ph of this.$$('.ph')) ph.dataset.label ??= ph.textContent ?? '';
    // What the HTML leaves to this script (TemplateActions.astro says why): the compose links open
    // a new tab, and each template has a "too long for a mail link" note, hidden until its links need it.
    // update() below gives every mail link its URL.
    for (const a of this.$$<HTMLAnchorElement>('[data-mail="gmail"], [data-mail="outlook"]')) Object.assign(a, { target: '_blank', rel: 'noopener noreferrer' });
    for (const article of this.$$('[data-template]')) {
      if (article.querySelector('[data-mail-note]')) continue;
      const note = document.createElement('p');
      Object.assign(note, { className: 'mail-note', id: `${article.id}-mail-note`, hidden: true, textContent: this.s.mailNote });
      note.dataset.mailNote = '';
      article.querySelector('.actions')!.append(note);
    }
    // A value typed before this module arrived (src/scripts/copy-loader.ts) wins over the stored one.
    for (const input of this.$$<HTMLInputElement>('[data-fill]')) {
      if (input.value.trim()) this.values[input.dataset.fill!] = input.value;
      else input.value = this.values[input.dataset.fill!] ?? '';
    }
    save(this.values);
    this.addEventListener('input', this);
    this.addEventListener('click', this);
    // The visitor switched the voice (src/scripts/voice.ts): the mail links carry the new words.
    document.addEventListener('mailkit:voice', () => this.update());
    // Another tab changed the values: follow it.
    addEventListener('storage', (e) => {
      if (e.key === STORAGE_KEY) {
        this.values = load();
        for (const input of this.$$<HTMLInputElement>('[data-fill]')) input.value = this.values[input.dataset.fill!] ?? '';
        this.update();
      }
    });
    this.update();
  }

  $$<E extends HTMLElement = HTMLElement>(selector: string, root: ParentNode = this): E[] {
    return [...root.querySelectorAll<E>(selector)];
  }

  plural(p: Plural, count: number) {
    return pluralize(p, this.s.tag, count);
  }

  value(key: string) {
    return this.values[key]?.trim() ?? '';
  }

  handleEvent(e: Event) {
    const target = e.target as HTMLElement;
    if (e.type === 'input' && target.matches('[data-fill]')) {
      const input = target as HTMLInputElement;
      if (input.value.trim()) this.values[input.dataset.fill!] = input.value;
      else delete this.values[input.dataset.fill!];
      save(this.values);
      this.update();
      return;
    }
    const action = target.closest<HTMLElement>('[data-action]')?.dataset.action;
    const article = target.closest<HTMLElement>('[data-template]');
    if (action === 'copy-body' && article) void this.copyBody(article);
    else if (action === 'copy-subject' && article) void this.copyText(this.text(article.querySelector('[data-subject-text]')!), article, this.missing(article.querySelector('[data-subject-text]')!));
    else if (action === 'copy-line') void this.copyText(this.text(target.closest('li')!.querySelector('[data-subject-line-text]')!), target.closest('li')!, this.missing(target.closest('li')!));
    else if (action === 'copy-link' && article) void this.copyText(`${location.origin}${location.pathname}#${article.id}`, article, [], this.s.linkDone);
    else if (action === 'clear') {
      this.values = {};
      save(this.values);
      for (const input of this.$$<HTMLInputElement>('[data-fill]')) input.value = '';
      this.update();
      this.say(this.s.cleared);
    }
  }

  /** Shows every value (or label) on the page, the remaining count and fresh mail links. */
  update() {
    for (const ph of this.$$('.ph')) {
      const v = this.value(ph.dataset.ph!);
      ph.textContent = v || ph.dataset.label!;
      ph.classList.toggle('filled', !!v);
    }
    const left = new Set(this.$$('.ph').filter((ph) => !this.value(ph.dataset.ph!)).map((ph) => ph.dataset.ph)).size;
    const counter = this.querySelector('[data-remaining]');
    if (counter) counter.textContent = left ? this.plural(this.s.remaining, left) : this.s.allDone;
    const tooLong = this.$$('[data-template]').filter((article) => this.mailLinks(article)).length;
    // Announced politely, once, when more emails cross the line (typing a long value).
    if (this.tooLong !== undefined && tooLong > this.tooLong) this.say(this.plural(this.s.tooLong, tooLong));
    this.tooLong = tooLong;
  }

  /** Fresh mail links for one template; true when they carry only the subject (mail-links.ts decides). */
  mailLinks(article: HTMLElement): boolean {
    const links = mailLinks(this.text(article.querySelector('[data-subject-text]')!), this.text(article.querySelector('[data-email-body]')!));
    const note = article.querySelector<HTMLElement>('[data-mail-note]')!;
    for (const a of this.$$<HTMLAnchorElement>('[data-mail]', article)) {
      a.href = links[a.dataset.mail as 'mailto' | 'gmail' | 'outlook'];
      if (links.tooLong) a.setAttribute('aria-describedby', note.id);
      else a.removeAttribute('aria-describedby');
    }
    note.hidden = !links.tooLong;
    return links.tooLong;
  }

  /** Placeholder keys in `root` that still have no value. */
  missing(root: Element): string[] {
    return [...new Set(this.$$('.ph', root).map((ph) => ph.dataset.ph!))].filter((k) => !this.value(k));
  }

  async copyBody(article: HTMLElement) {
    const body = article.querySelector<HTMLElement>('[data-email-body]')!;
    const missing = this.missing(body);
    try {
      await write([
        new ClipboardItem({
          'text/html': new Blob([this.html(body)], { type: 'text/html' }),
          'text/plain': new Blob([this.text(body)], { type: 'text/plain' }),
        }),
      ]);
      this.done(missing);
    } catch {
      this.failed(body);
    }
  }

  async copyText(text: string, select: Element, missing: string[], message?: string) {
    try {
      await writeText(text);
      this.done(missing, message);
    } catch {
      this.failed(select);
    }
  }

  done(missing: string[], message?: string) {
    this.say(message ?? (missing.length ? this.plural(this.s.doneRemaining, missing.length) : this.s.done));
  }

  /** The clipboard was refused: select the text so the visitor can copy it by hand. */
  failed(el: Element) {
    const range = document.createRange();
    range.selectNodeContents(el);
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    const mac = /Mac|iP(hone|ad|od)/.test(navigator.platform);
    this.say(this.s.failed.replace('{shortcut}', mac ? '⌘C' : 'Ctrl+C'), true);
  }

  say(message: string, error = false) {
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    // Empty first, so the same message twice is announced twice.
    status.textContent = '';
    status.classList.toggle('error', error);
    requestAnimationFrame(() => (status.textContent = message));
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => (status.textContent = ''), 6000);
  }

  /** Plain text: blocks separated by a blank line, "- item", "Label: link". */
  text(root: Element): string {
    if (!root.matches('[data-email-body]')) return this.inline(root, false);
    return [...root.children]
      .map((block) => {
        if (block.tagName === 'UL') return [...block.children].map((li) => `- ${this.inline(li, false)}`).join('\n');
        if (block.matches('[data-cta]')) return this.button(block, false);
        return this.inline(block, false);
      })
      .join('\n\n');
  }

  /** Minimal rich HTML: p, br, ul/li, strong, a. No classes, styles or fonts. */
  html(root: Element): string {
    return [...root.children]
      .map((block) => {
        if (block.tagName === 'UL') return `<ul>${[...block.children].map((li) => `<li>${this.inline(li, true)}</li>`).join('')}</ul>`;
        if (block.matches('[data-cta]')) return `<p>${this.button(block, true)}</p>`;
        return `<p>${this.inline(block, true)}</p>`;
      })
      .join('');
  }

  button(block: Element, html: boolean): string {
    const a = block.querySelector<HTMLElement>('.cta-button')!;
    const label = this.inline(a, html);
    const key = a.dataset.phHref;
    const href = key ? this.value(key) : a.getAttribute('href');
    if (!key && !href) return label;
    const url = href && linkable(href);
    if (html && url) return `<a href="${esc(url)}">${label}</a>`;
    const target = href || `[${this.label(key!)}]`;
    return `${label}: ${html ? esc(target) : target}`;
  }

  label(key: string) {
    return (this.querySelector<HTMLElement>(`.ph[data-ph="${key}"]`)?.dataset.label ?? '').replace(/^\[|\]$/g, '');
  }

  inline(el: Element, html: boolean): string {
    let out = '';
    let skipTarget = false;
    for (const node of el.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        // HTML white space only: \s would also fold a no-break space, which the
        // Bulgarian, Russian and Slovenian texts use on purpose (before a dash,
        // after №), and the copy would differ from the email tree's plain text.
        const t = (node.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ');
        out += html ? esc(t) : t;
        continue;
      }
      // A voice option not chosen (src/scripts/voice.ts) is not part of the email.
      if (!(node instanceof HTMLElement) || node.hidden) continue;
      const { tagName: tag, classList: cls } = node;
      if (cls.contains('ph')) {
        const t = this.value(node.dataset.ph!) || node.dataset.label!;
        out += html ? esc(t) : t;
      } else if (cls.contains('ph-target')) {
        if (!skipTarget) out += this.inline(node, html);
        skipTarget = false;
      } else if (tag === 'BR') out += html ? '<br>' : '\n';
      else if (tag === 'STRONG') out += html ? `<strong>${this.inline(node, true)}</strong>` : this.inline(node, false);
      else if (tag === 'A') {
        const label = this.inline(node, html);
        const key = node.dataset.phHref;
        const href = key ? linkable(this.value(key)) : node.getAttribute('href');
        // A placeholder link with a usable value becomes a real link; its "(…)" suffix goes.
        if (key) skipTarget = !!href;
        if (!href) out += label;
        else if (html) out += `<a href="${esc(href)}">${label}</a>`;
        else out += key ? `${label} (${this.value(key)})` : label === href.replace(/^mailto:/, '') ? label : `${label} (${href.replace(/^mailto:/, '')})`;
      } else if (!cls.contains('visually-hidden')) out += this.inline(node, html);
    }
    return out;
  }
}

customElements.define('mk-copy', MailkitCopy);
