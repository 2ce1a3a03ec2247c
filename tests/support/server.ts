/**
 * A minimal static server for the built site on 127.0.0.1 (random port),
 * behaving like a static host: directory index.html, the nearest 404.html
 * with status 404, correct content types. Optionally mounted under a BASE.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export interface StaticServer {
  origin: string;
  /** Every path requested, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Netlify/Cloudflare `_headers` rules: a path pattern (with * wildcards) and its headers. */
function headerRules(root: string): { pattern: RegExp; headers: [string, string][] }[] {
  const file = join(root, '_headers');
  if (!existsSync(file)) return [];
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const escaped = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${escaped}$`), headers: [] });
    } else {
      const at = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

export async function serveStatic(root: string, base = '/'): Promise<StaticServer> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const requests: string[] = [];
  // Served like a real host would: with the site's _headers (CSP and friends).
  const rules = headerRules(root);
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname);
    const send = (status: number, file: string) => {
      for (const rule of rules) if (rule.pattern.test(url.pathname)) for (const [k, v] of rule.headers) res.setHeader(k, v);
      const type = types[extname(file)] ?? 'application/octet-stream';
      let body = readFileSync(file);
      // Compressed like any real static host does (Lighthouse measures transfer sizes).
      if (/gzip/.test(String(req.headers['accept-encoding'])) && /text|json|xml|svg|javascript/.test(type)) {
        body = gzipSync(body);
        res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Vary', 'Accept-Encoding');
      }
      res.writeHead(status, { 'Content-Type': type, 'Content-Length': body.length });
      res.end(body);
    };
    if (!url.pathname.startsWith(prefix) && `${url.pathname}/` !== prefix) {
      res.writeHead(404).end('outside BASE');
      return;
    }
    const rel = decodeURIComponent(url.pathname.slice(prefix.length - 1));
    const path = normalize(join(root, rel));
    if (!path.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isFile()) return send(200, path);
    if (existsSync(join(path, 'index.html'))) {
      if (!url.pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${url.pathname}/` }).end();
        return;
      }
      return send(200, join(path, 'index.html'));
    }
    // The nearest 404.html up the tree, like Cloudflare Pages.
    let dir = path;
    while (dir.startsWith(normalize(root)) && dir.length >= normalize(root).length) {
      const candidate = join(dir, '404.html');
      if (existsSync(candidate)) return send(404, candidate);
      const up = dir.slice(0, dir.lastIndexOf(sep));
      if (up === dir) break;
      dir = up;
    }
    res.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
