import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findBrokenLinks, formatBrokenLinks } from '../../src/checks/links.ts';
import { finishStepsAlongside, runAlongside, runAtEnd } from '../../src/integrations/alongside.ts';

let dist = '';
afterEach(() => rmSync(dist, { recursive: true, force: true }));

/** Writes a small built site: file path → HTML. */
function site(files: Record<string, string>) {
  dist = mkdtempSync(join(tmpdir(), 'echelon-links-'));
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), html);
  }
  return dist;
}

describe('the broken link check', () => {
  it('accepts links to pages, files and anchors that exist, and ignores other sites', async () => {
    const dir = site({
      'index.html':
        '<a href="/a/">A</a><a href="a/#theme">T</a><img src="/logo.svg"><a href="https://other.example/x">x</a><a href="https://ladder.example/a/">self</a>',
      'a/index.html': '<h2 id="theme">Theme</h2><a href="../">home</a><a href="#theme">here</a>',
      'logo.svg': '<svg/>',
    });
    expect(await findBrokenLinks(dir, 'https://ladder.example/')).toEqual([]);
  });

  it('names the page and the link of a missing page, file or anchor', async () => {
    const dir = site({
      'index.html':
        '<a href="/gone/">gone</a><link rel="stylesheet" href="/_astro/x.css"><a href="/a/#nope">x</a>',
      'a/index.html': '<meta property="og:image" content="https://ladder.example/cards/a.png">',
    });
    expect(formatBrokenLinks(await findBrokenLinks(dir, 'https://ladder.example/')).split('\n')).toEqual([
      '/: link /_astro/x.css leads to no page or file',
      '/: link /a/#nope has no element with id "nope"',
      '/: link /gone/ leads to no page or file',
      '/a/: link https://ladder.example/cards/a.png leads to no page or file',
    ]);
  });

  it('follows the base path of a site published in a sub-folder', async () => {
    const dir = site({
      'index.html': '<a href="/careers/a/">A</a><a href="/a/">outside</a>',
      'a/index.html': '',
    });
    expect(
      (await findBrokenLinks(dir, 'https://example.com/careers/')).map((b) => [b.page, b.link, b.reason]),
    ).toEqual([['/careers/', '/a/', "is outside the site's base path /careers/"]]);
  });

  /** The links reported broken for a site at https://ladder.example/, without the reasons. */
  const brokenLinks = async (dir: string) =>
    (await findBrokenLinks(dir, 'https://ladder.example/')).map((b) => b.link);

  it('reports an anchor that exists only as the name of a meta tag', async () => {
    const dir = site({
      'index.html': '<meta name="description" content="A ladder"><a href="#description">x</a>',
    });
    expect(formatBrokenLinks(await findBrokenLinks(dir, 'https://ladder.example/'))).toBe(
      '/: link #description has no element with id "description"',
    );
  });

  it('reports an anchor that exists only as a data-*-id attribute', async () => {
    const dir = site({ 'index.html': '<div data-level-id="senior"></div><a href="#senior">x</a>' });
    expect(await brokenLinks(dir)).toEqual(['#senior']);
  });

  it('reports an anchor that exists only as words in the text or in a comment', async () => {
    const dir = site({
      'index.html':
        '<p>Give a heading id="theme" to link to it.</p><!-- <h2 id="old"> --><a href="#theme">t</a><a href="#old">o</a>',
    });
    expect(await brokenLinks(dir)).toEqual(['#old', '#theme']);
  });

  it('counts name as an anchor on a elements only, as browsers do', async () => {
    const dir = site({
      'index.html': '<a name="legacy"></a><input name="q"><a href="#legacy">l</a><a href="#q">q</a>',
    });
    expect(await brokenLinks(dir)).toEqual(['#q']);
  });

  it('counts an id on any element as an anchor, however it is quoted or encoded', async () => {
    const dir = site({
      'index.html':
        "<section id=levels></section><table><tr><td id='cell'></td></tr></table>" +
        '<svg><g id="icon"></g></svg><h2 ID="a&#45;b"></h2><dl><dt id="caf%C3%A9">c</dt></dl>' +
        '<a href="#levels">1</a><a href="#cell">2</a><a href="#icon">3</a><a href="#a-b">4</a><a href="#caf%C3%A9">5</a>',
    });
    expect(await brokenLinks(dir)).toEqual([]);
  });

  it('checks hrefs written in single quotes or without quotes', async () => {
    const dir = site({
      'index.html': "<a href='/single/'>s</a><a href=/bare/>b</a><a href=/a/>a</a>",
      'a/index.html': '',
    });
    expect(await brokenLinks(dir)).toEqual(['/bare/', '/single/']);
  });

  it('checks each URL of a srcset, with width and density descriptors', async () => {
    const dir = site({
      'index.html':
        '<img src="/a.png" srcset="/a.png 1x, /b.png 2x"><picture>' +
        '<source srcset="/c-480.webp 480w,/d-800.webp 800w" sizes="50vw"><img src="/a.png"></picture>' +
        '<img srcset="/e.png, /cdn/f,w_480.png 480w">',
      'a.png': '',
    });
    expect(await brokenLinks(dir)).toEqual([
      '/b.png',
      '/c-480.webp',
      '/cdn/f,w_480.png',
      '/d-800.webp',
      '/e.png',
    ]);
  });

  it('decodes character references in URLs, such as &amp; and &#47;', async () => {
    const dir = site({
      'index.html': '<a href=\'/gone/?a=1&amp;b=2\'>g</a><a href="/a&#47;#theme">t</a>',
      'a/index.html': '<h2 id="theme">Theme</h2>',
    });
    expect(await brokenLinks(dir)).toEqual(['/gone/?a=1&b=2']);
  });

  it('checks the URL of every media, form, object and area element', async () => {
    const dir = site({
      'index.html':
        '<video src="/v.mp4" poster="/poster.jpg"><track src="/captions.vtt"></video><audio src=\'/a.mp3\'></audio>' +
        '<embed src="/e.swf"><object data="/o.svg"></object><iframe src="/frame/"></iframe>' +
        '<form action="/search/"><input type="image" src="/go.png"><button formaction="/save/">s</button></form>' +
        '<map name="m"><area href="/region/"></map><script src="/s.js"></script>',
    });
    expect(await brokenLinks(dir)).toEqual([
      '/a.mp3',
      '/captions.vtt',
      '/e.swf',
      '/frame/',
      '/go.png',
      '/o.svg',
      '/poster.jpg',
      '/region/',
      '/s.js',
      '/save/',
      '/search/',
      '/v.mp4',
    ]);
  });

  it('checks the content of og:image, og:url and twitter:image meta tags, and no other', async () => {
    const dir = site({
      'index.html':
        '<meta name=\'twitter:image\' content=\'/cards/t.png\'><meta content="/cards/o.png" property="og:image">' +
        '<meta property="og:url" content="https://ladder.example/nowhere/">' +
        '<meta property="og:image:width" content="1200"><meta name="description" content="/not-a-link/">',
    });
    expect(await brokenLinks(dir)).toEqual([
      '/cards/o.png',
      '/cards/t.png',
      'https://ladder.example/nowhere/',
    ]);
  });

  it('ignores tags written in comments and in the text of scripts', async () => {
    const dir = site({
      'index.html': '<!-- <a href="/old/">old</a> --><script>const tag = \'<img src="/gone.png">\';</script>',
    });
    expect(await brokenLinks(dir)).toEqual([]);
  });

  it('reports a link with a malformed percent escape instead of failing', async () => {
    const dir = site({ 'index.html': '<a href="/100%/">p</a><a href="#50%">a</a>' });
    expect(formatBrokenLinks(await findBrokenLinks(dir, 'https://ladder.example/')).split('\n')).toEqual([
      '/: link /100%/ leads to no page or file',
      '/: link #50% has no element with id "50%"',
    ]);
  });
});

describe('the link check of a build', () => {
  it('finds the same broken links when it lets other work run between pages', async () => {
    const dir = site({
      'index.html': '<a href="/gone/">gone</a><a href="/a/#nope">x</a><a href="/b/#theme">b</a>',
      'a/index.html': '<h2 id="theme">Theme</h2><a href="/c/">c</a>',
      'b/index.html': '<h2 id="theme">Theme</h2><a href="/a/#theme">a</a>',
    });
    // One page at a time, letting other work run between every two.
    const between = await findBrokenLinks(dir, 'https://ladder.example/', { pagesAtOnce: 1 });
    expect(formatBrokenLinks(between).split('\n')).toEqual([
      '/: link /a/#nope has no element with id "nope"',
      '/: link /gone/ leads to no page or file',
      '/a/: link /c/ leads to no page or file',
    ]);
    expect(between).toEqual(await findBrokenLinks(dir, 'https://ladder.example/', { pagesAtOnce: 1000 }));
  });

  it('reads every page while share cards are still being written, and resolves links once they are', async () => {
    const dir = site({
      'index.html': '<a href="/a/">A</a><meta property="og:image" content="/cards/home.png">',
      'a/index.html': '<a href="/">home</a><meta property="og:image" content="/cards/a.png">',
    });
    const parsed: string[] = [];
    const scans = { get: () => undefined, set: (digest: string) => parsed.push(digest) };
    let readBeforeCards = 0;
    const cardsWritten = new Promise<void>((resolve) =>
      setTimeout(() => {
        readBeforeCards = parsed.length;
        mkdirSync(join(dir, 'cards'));
        writeFileSync(join(dir, 'cards/home.png'), 'png');
        writeFileSync(join(dir, 'cards/a.png'), 'png');
        resolve();
      }, 20),
    );
    expect(
      await findBrokenLinks(dir, 'https://ladder.example/', { scans, targetsWritten: cardsWritten }),
    ).toEqual([]);
    expect(readBeforeCards).toBe(2);
  });

  it('waits for every step run alongside, and fails with the first failure', async () => {
    const finished: string[] = [];
    const step = (name: string, ms: number, error?: Error) =>
      new Promise<void>((resolve, reject) =>
        setTimeout(() => {
          finished.push(name);
          if (error) reject(error);
          else resolve();
        }, ms),
      );
    runAlongside(step('slow', 60));
    runAlongside(step('broken', 10, new Error('The link check found 1 broken link(s)')));
    runAtEnd(() => step('at the end', 0));
    await expect(finishStepsAlongside()).rejects.toThrow('The link check found 1 broken link(s)');
    // A step left for the end does not start when a step alongside failed.
    expect(finished).toEqual(['broken', 'slow']);
    // Each step is waited for once: the next build starts with none.
    await expect(finishStepsAlongside()).resolves.toBeUndefined();
  });

  it('starts the steps left for the end only once the steps alongside are done', async () => {
    const order: string[] = [];
    runAlongside(
      new Promise<void>((resolve) =>
        setTimeout(() => {
          order.push('alongside');
          resolve();
        }, 30),
      ),
    );
    runAtEnd(async () => {
      order.push('at the end');
    });
    expect(order).toEqual([]);
    await finishStepsAlongside();
    expect(order).toEqual(['alongside', 'at the end']);
  });
});
