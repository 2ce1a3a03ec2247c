/**
 * The document <title>. Search results cut titles at about 60 characters, so:
 *
 * - "{page title} · {site name}" when that is at most 60 graphemes;
 * - otherwise the page title alone (the site name is the part a reader can
 *   lose: it is in og:site_name, the URL and the card);
 * - a page title over 60 graphemes on its own is an error that names the fix.
 *
 * Length is counted in graphemes (Intl.Segmenter), which is what a reader
 * sees: a Thai consonant with its vowel and tone mark counts once.
 */
export const MAX_TITLE = 60;

export function graphemeCount(text: string): number {
  let n = 0;
  for (const _ of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) n++;
  return n;
}

export function documentTitle(title: string, siteName: string, where: string): string {
  const full = `${title} · ${siteName}`;
  if (graphemeCount(full) <= MAX_TITLE) return full;
  const n = graphemeCount(title);
  if (n > MAX_TITLE) {
    throw new Error(
      `${where}: the title "${title}" is ${n} characters; search results cut titles at ${MAX_TITLE}. ` +
        'Shorten the page title (the `title` field in its front matter, or the UI string it comes from).',
    );
  }
  return title;
}
