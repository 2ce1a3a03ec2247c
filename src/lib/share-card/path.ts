/**
 * Where a page's share card lives, from the page's site path (without BASE):
 * `/` → /og/index.png, `/en/` → /og/en.png, `/en/refund-requests/` →
 * /og/en/refund-requests.png, `/en/404.html` → /og/en/404.png.
 * The layout declares this URL in og:image; the share-cards integration
 * reads it back from the built page and writes the file there.
 */
/** Every card's size: the 1.91:1 picture Open Graph consumers show largest. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export function cardPath(pagePath: string): string {
  const stem = pagePath.replace(/\/index\.html$|\.html$|\/$/, '').replace(/^\//, '');
  return `/og/${stem || 'index'}.png`;
}
