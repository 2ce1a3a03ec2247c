/**
 * The favicon as a data: URI. Inlined (300 bytes) because a separate file
 * costs every first view one more request, and the category page's budget
 * is four. public/favicon.svg stays for tools that look for the file.
 */
import svg from '../../../public/favicon.svg?raw';

export const faviconHref = `data:image/svg+xml,${encodeURIComponent(svg.trim())}`;
