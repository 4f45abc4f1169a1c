import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

/** A running static server. */
export interface StaticServer {
  /** Base URL, ending with `/`: the base path included. */
  url: string;
  close(): Promise<void>;
}

/** How a static server serves a site. */
export interface ServeOptions {
  /**
   * Path the site is published under, such as `/careers/`, as when a host serves `dist/` in a
   * sub-folder of a bigger site: the server's URL ends with it and anything outside it is a
   * plain 404. Default `/`.
   */
  base?: string;
  /**
   * Answers the site's `_redirects` rules (`/old/ /new/ 301`) with real redirects before
   * looking for a file, as Netlify and Cloudflare Pages do. Default false: the HTML redirect
   * pages do the job, as on any other host.
   */
  redirects?: boolean;
}

/** The rules of a `_redirects` file: source path to target and status. */
function readRedirects(root: string): Map<string, { to: string; status: number }> {
  const rules = new Map<string, { to: string; status: number }>();
  const file = join(root, '_redirects');
  if (!existsSync(file)) return rules;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [from, to, status = '301'] = line.trim().split(/\s+/);
    if (!from || from.startsWith('#') || !to) continue;
    rules.set(from, { to, status: Number(status) });
  }
  return rules;
}

/**
 * Serves a built site from disk on a free localhost port, like a static host: folders
 * serve their `index.html`, unknown paths get the nearest `404.html` up the folder tree (as
 * Cloudflare Pages does, so `/fr/...` gets the French one) with status 404.
 */
export async function serveStatic(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const base = options.base ?? '/';
  const redirects = options.redirects ? readRedirects(root) : new Map();
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const rule = redirects.get(url.pathname);
    if (rule) {
      response.writeHead(rule.status, { Location: rule.to }).end();
      return;
    }
    if (!url.pathname.startsWith(base)) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const path = decodeURIComponent(url.pathname.slice(base.length - 1));
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      let folder = dirname(file);
      while (folder.length > normalize(root).length && !existsSync(join(folder, '404.html')))
        folder = dirname(folder);
      const notFound = join(folder, '404.html');
      response.writeHead(404, { 'Content-Type': types['.html'] });
      if (existsSync(notFound)) createReadStream(notFound).pipe(response);
      else response.end('Not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((closed) => server.close(() => closed())),
  };
}
