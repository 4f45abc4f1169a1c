import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite, freshBuildFolder, projectRoot } from '../support/build-site.ts';
import { chromiumArgs } from '../support/chromium.ts';
import { htmlPages, readPage } from '../support/dist.ts';
import { ensureNginx, type Nginx } from '../support/nginx.ts';
import { type StaticServer, serveStatic } from '../support/static-server.ts';

/** A ladder published at https://example.com/careers/, in English and Spanish, with a renamed level. */
const contentDir = join(projectRoot, 'tests/fixtures/sub-folder/content');
const base = '/careers/';

let build: Awaited<ReturnType<typeof buildSite>>;
let browser: Browser;
let nginx: Nginx;
beforeAll(async () => {
  // Found, or installed from Debian's packages, before the build, so a missing nginx stops the
  // file with what to install rather than skipping the test of the documented configuration.
  nginx = ensureNginx();
  build = await buildSite({ contentDir });
  if (build.code !== 0) throw new Error(`The sub-folder ladder did not build:\n${build.output}`);
  browser = await chromium.launch({ executablePath: inject('chromiumPath'), args: chromiumArgs });
});
afterAll(async () => {
  await browser?.close();
});

/** Every address a page points at through an attribute: links, scripts, styles, images, meta. */
function addressesIn(html: string): string[] {
  const found: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      for (const attribute of ['href', 'src', 'action', 'data-search-module']) {
        if (attributes[attribute]) found.push(attributes[attribute]);
      }
      if (
        name === 'meta' &&
        /^(og:image|og:url|twitter:image)$/.test(attributes.property ?? attributes.name ?? '')
      )
        found.push(attributes.content);
    },
  });
  parser.write(html);
  parser.end();
  return found;
}

/** The file of the built site that serves a path under the base, or undefined outside it. */
function fileFor(path: string): string | undefined {
  if (!path.startsWith(base)) return undefined;
  const inside = join(build.outDir, path.slice(base.length));
  return path.endsWith('/') ? join(inside, 'index.html') : inside;
}

describe('a ladder built for a sub-folder, https://example.com/careers/', () => {
  it('builds, the link check passing over every page', () => {
    expect(build.output).toContain('links: every internal link, image and anchor resolves');
  });

  it('points every link, asset and card of every page under /careers/, each to a file that exists', () => {
    const pages = htmlPages(build.outDir);
    expect(pages).toContain('/es/engineering/engineer/');
    for (const page of pages) {
      for (const address of addressesIn(readPage(build.outDir, page))) {
        if (address.startsWith('#') || address.startsWith('data:')) continue;
        const url = new URL(address, `https://example.com${base}`);
        if (url.origin !== 'https://example.com') continue;
        expect(url.pathname.startsWith(base), `${page}: ${address}`).toBe(true);
        const file = fileFor(url.pathname);
        expect(file && existsSync(file), `${page}: ${address}`).toBe(true);
      }
    }
  });

  it('lists redirects, sitemap and ladder.json addresses under /careers/', () => {
    const redirects = readFileSync(join(build.outDir, '_redirects'), 'utf8').trim().split('\n');
    expect(redirects).toContain('/careers/engineering/developer/ /careers/engineering/engineer/ 301');
    for (const line of redirects) {
      const [from, to] = line.split(' ');
      expect(from.startsWith(base) && to.startsWith(base), line).toBe(true);
      expect(existsSync(fileFor(to) ?? ''), line).toBe(true);
    }
    expect(readFileSync(join(build.outDir, 'sitemap.xml'), 'utf8')).toContain(
      '<loc>https://example.com/careers/engineering/engineer/</loc>',
    );
    const ladder = JSON.parse(readFileSync(join(build.outDir, 'ladder.json'), 'utf8'));
    expect(ladder.url).toBe('https://example.com/careers/');
    expect(existsSync(join(build.outDir, 'es', '404.html'))).toBe(true);
  });

  describe('served under /careers/', () => {
    let server: StaticServer;
    beforeAll(async () => {
      server = await serveStatic(build.outDir, { base });
    });
    afterAll(async () => {
      await server?.close();
    });

    it('finds a level through search, and the result opens under /careers/', async () => {
      const page = await browser.newPage();
      await page.goto(new URL('search/', server.url).href);
      await page.locator('#search-page-input').fill('tide');
      await page.locator('#search-page-input').press('Enter');
      const result = page.locator('.search-result a').first();
      await result.waitFor({ timeout: 15_000 });
      expect(new URL(await result.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toBe(
        '/careers/engineering/senior-engineer/',
      );
      await result.click();
      await page.waitForURL((url) => url.pathname === '/careers/engineering/senior-engineer/');
      expect(await page.locator('h1').textContent()).toContain('Senior engineer');
      await page.close();
    });

    it('loads the stylesheet and the logo, and follows a former address to its new one, anchor kept', async () => {
      const page = await browser.newPage();
      const failed: string[] = [];
      page.on('response', (response) => {
        if (response.status() >= 400) failed.push(response.url());
      });
      await page.goto(new URL('engineering/developer/#craft', server.url).href);
      await page.waitForURL('**/careers/engineering/engineer/#craft');
      expect(await page.locator('h1').textContent()).toContain('Engineer');
      const logo = page.locator('.brand img');
      expect(await logo.evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
      expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
      expect(failed).toEqual([]);
      await page.close();
    });
  });

  it('answers former addresses with real 301s from _redirects, as Netlify and Cloudflare Pages do', async () => {
    const host = await serveStatic(build.outDir, { base, redirects: true });
    try {
      const moved = await fetch(new URL('es/engineering/developer/', host.url), { redirect: 'manual' });
      expect(moved.status).toBe(301);
      expect(moved.headers.get('location')).toBe('/careers/es/engineering/engineer/');
      const missing = await fetch(new URL('es/no-such-page/', host.url));
      expect(missing.status).toBe(404);
      expect(await missing.text()).toContain('<html lang="es"');
    } finally {
      await host.close();
    }
  });

  it('answers former addresses with real 301s, and unknown ones with the 404 page of their language, from nginx with docs/deploy/nginx.conf', async () => {
    const work = freshBuildFolder();
    mkdirSync(join(work, 'www'));
    symlinkSync(build.outDir, join(work, 'www', 'careers'));
    execFileSync('sh', [
      join(projectRoot, 'docs/deploy/nginx-redirects.sh'),
      join(build.outDir, '_redirects'),
      join(work, 'redirects.map'),
    ]);
    const port = await freePort();
    const site = readFileSync(join(projectRoot, 'docs/deploy/nginx.conf'), 'utf8')
      .replaceAll('listen 80;', `listen 127.0.0.1:${port};`)
      .replaceAll('root /srv/www;', `root ${join(work, 'www')};`)
      .replaceAll('/etc/nginx/echelon-redirects.map', join(work, 'redirects.map'));
    writeFileSync(join(work, 'site.conf'), site);
    // Test builds sit in private folders (mkdtemp): run as root, workers would otherwise be nobody.
    const root = process.getuid?.() === 0 ? 'user root;\n' : '';
    writeFileSync(
      join(work, 'nginx.conf'),
      `${root}daemon off;\npid ${join(work, 'nginx.pid')};\nerror_log ${join(work, 'error.log')};\nevents {}\nhttp {\n  include ${nginx.mimeTypes};\n  access_log off;\n  client_body_temp_path ${work}/body;\n  proxy_temp_path ${work}/proxy;\n  fastcgi_temp_path ${work}/fastcgi;\n  uwsgi_temp_path ${work}/uwsgi;\n  scgi_temp_path ${work}/scgi;\n  include ${join(work, 'site.conf')};\n}\n`,
    );
    const running: ChildProcess = spawn(nginx.executable, ['-c', join(work, 'nginx.conf'), '-p', work], {
      stdio: 'pipe',
    });
    let errors = '';
    running.stderr?.on('data', (chunk) => {
      errors += chunk;
    });
    try {
      const origin = `http://127.0.0.1:${port}`;
      const get = async (path: string) => {
        for (let attempt = 0; ; attempt++) {
          try {
            return await fetch(origin + path, { redirect: 'manual' });
          } catch (error) {
            if (attempt > 50) throw new Error(`nginx did not answer: ${errors}`, { cause: error });
            await new Promise((wait) => setTimeout(wait, 100));
          }
        }
      };
      const moved = await get('/careers/engineering/developer/');
      expect(moved.status).toBe(301);
      expect(moved.headers.get('location')).toBe('/careers/engineering/engineer/');
      const card = await get('/careers/cards/es/engineering/developer.png');
      expect(card.status).toBe(301);
      expect((await get('/careers/engineering/engineer/')).status).toBe(200);
      const folder = await get('/careers/engineering/engineer');
      expect(folder.status).toBe(301);
      expect(folder.headers.get('location')).toBe('/careers/engineering/engineer/');
      const wasm = readdirSync(join(build.outDir, 'pagefind')).find((file) => file.endsWith('.wasm'));
      if (wasm)
        expect((await get(`/careers/pagefind/${wasm}`)).headers.get('content-type')).toBe('application/wasm');
      const missing = await get('/careers/no-such-page/');
      expect(missing.status).toBe(404);
      expect(await missing.text()).toContain('<html lang="en"');
      const missingInSpanish = await get('/careers/es/no-such-page/');
      expect(missingInSpanish.status).toBe(404);
      expect(await missingInSpanish.text()).toContain('<html lang="es"');
    } finally {
      running.kill();
    }
  });
});

/** A free localhost port, for nginx to listen on. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
