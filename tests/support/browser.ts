import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { chromiumArgs } from './chromium.ts';
import { type StaticServer, serveStatic } from './static-server.ts';

/** A browser and a server of the built sample ladder, for one test file. */
export interface SampleBrowser {
  browser: Browser;
  server: StaticServer;
  /** Opens a path of the sample site in a new page. */
  open(path: string, options?: BrowserContextOptions): Promise<Page>;
  close(): Promise<void>;
}

/** Starts headless Chromium and serves the sample ladder built by the global setup. */
export async function openSample(): Promise<SampleBrowser> {
  const browser = await chromium.launch({ executablePath: inject('chromiumPath'), args: chromiumArgs });
  const server = await serveStatic(inject('sampleDist'));
  return {
    browser,
    server,
    async open(path, options) {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      await page.goto(new URL(path.replace(/^\//, ''), server.url).href);
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
