import type { APIRoute } from 'astro';
import { localePaths } from '../../../lib/page.ts';
import { searchStrings } from '../../../lib/search/strings.ts';

/**
 * /<locale>/search/strings.json: what the search UI says once Pagefind has
 * answered (src/lib/search/strings.ts says why it is not in every page).
 * src/scripts/search-ui.ts fetches it next to the form's action, the search page.
 */
export const getStaticPaths = localePaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(searchStrings(params.lang!, import.meta.env.BASE_URL).later), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
