import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorCollections, jsonSchemaOf } from '../../src/exports/json-schemas.ts';
import { editorSchemas } from '../../src/integrations/editor-schemas.ts';
import { levelSchema, levelTranslationSchema } from '../../src/schemas/index.ts';
import { projectRoot } from '../support/build-site.ts';
import { writeLadder } from '../support/ladder-files.ts';

/*
 * Front matter completion, proved with the language server editors run: the Astro language
 * server (VS Code's Astro extension, and other editors through it) started headless over
 * stdio, as an editor starts it with `astro.content-intellisense` on, in a ladder whose map
 * the Echelon integration wrote as `astro sync` does.
 */

/** A minimal language client: JSON-RPC over the server's stdio. */
class LanguageClient {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, (message: Record<string, unknown>) => void>();
  /** Problems the server published, by file URL. */
  readonly diagnostics = new Map<string, { message: string }[]>();
  private readonly server: ChildProcess;

  constructor() {
    const bin = createRequire(import.meta.url).resolve('@astrojs/language-server/bin/nodeServer.js');
    this.server = spawn(process.execPath, [bin, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
    this.server.stdout?.on('data', (chunk: Buffer) => this.receive(chunk));
  }

  private send(message: Record<string, unknown>) {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }));
    this.server.stdin?.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.server.stdin?.write(body);
  }

  private receive(chunk: Buffer) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/.exec(this.buffer.subarray(0, end).toString())?.[1]);
      if (this.buffer.length < end + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString());
      this.buffer = this.buffer.subarray(end + 4 + length);
      if (message.method && message.id !== undefined) {
        // The server asks for the editor's settings; an editor with none answers null to each.
        const items = message.params?.items as unknown[] | undefined;
        this.send({ id: message.id, result: items ? items.map(() => null) : null });
      } else if (message.id !== undefined) {
        this.pending.get(message.id)?.(message);
        this.pending.delete(message.id);
      } else if (message.method === 'textDocument/publishDiagnostics') {
        this.diagnostics.set(message.params.uri, message.params.diagnostics);
      }
    }
  }

  async request<T>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    const reply = new Promise<Record<string, unknown>>((resolve) => this.pending.set(id, resolve));
    this.send({ id, method, params });
    const message = await reply;
    if (message.error) throw new Error(`${method}: ${JSON.stringify(message.error)}`);
    return message.result as T;
  }

  notify(method: string, params: unknown) {
    this.send({ method, params });
  }

  /** Opens a file as an editor does, and returns its URL. */
  open(path: string): string {
    const uri = pathToFileURL(path).href;
    const languageId = path.endsWith('.mdx') ? 'mdx' : 'markdown';
    this.notify('textDocument/didOpen', {
      textDocument: { uri, languageId, version: 1, text: readFileSync(path, 'utf8') },
    });
    return uri;
  }

  stop() {
    this.server.kill();
  }
}

interface CompletionItem {
  label: string;
  documentation?: string | { value: string };
}

/** Text of a completion item's or hover's documentation. */
function textOf(documentation: CompletionItem['documentation']): string | undefined {
  return typeof documentation === 'string' ? documentation : documentation?.value;
}

/** Descriptions of an object schema's fields, as editors should show them. */
function descriptionOf(schema: { shape: Record<string, { description?: string }> }, field: string) {
  return schema.shape[field].description;
}

const ladder = writeLadder({
  // A blank line in each front matter, where the author asks for completion; one level in a
  // folder whose name has a space, as a team's folder may.
  'levels/product team/lead-pm.md': '---\ntrack: product\nrank: 3\n\nrnak: 4\n---\nLeads the area.\n',
  'levels/product/pm.fr.md': '---\ntitle: Chef de produit\n\n---\nLe niveau.\n',
  'guides/faq.mdx': '---\ntitle: Questions\n\n---\nAnswers.\n',
});
const client = new LanguageClient();

beforeAll(async () => {
  // The hook as `astro sync` calls it; it reads only the project root from the config.
  const setup = editorSchemas().hooks['astro:config:setup'] as (options: unknown) => void;
  setup({ config: { root: pathToFileURL(`${ladder.root}/`) }, command: 'sync' });
  const root = pathToFileURL(ladder.root).href;
  await client.request('initialize', {
    processId: process.pid,
    rootUri: root,
    workspaceFolders: [{ uri: root, name: 'ladder' }],
    capabilities: { textDocument: { completion: {}, hover: { contentFormat: ['markdown'] } } },
    initializationOptions: {
      typescript: { tsdk: join(projectRoot, 'node_modules/typescript/lib') },
      contentIntellisense: true,
    },
  });
  client.notify('initialized', {});
}, 60_000);

afterAll(() => {
  client.stop();
  ladder.cleanup();
});

/** Field names the server offers at a line of a file's front matter. */
async function completionsAt(path: string, line: number): Promise<CompletionItem[]> {
  const uri = client.open(join(ladder.contentDir, path));
  const result = await client.request<{ items: CompletionItem[] } | CompletionItem[] | null>(
    'textDocument/completion',
    { textDocument: { uri }, position: { line, character: 0 } },
  );
  return Array.isArray(result) ? result : (result?.items ?? []);
}

describe('front matter completion in an editor running the Astro language server', () => {
  it('offers a level’s fields with the description of each', async () => {
    const items = await completionsAt('levels/product team/lead-pm.md', 3);
    const labels = items.map((item) => item.label);
    expect(labels).toEqual(expect.arrayContaining(['code', 'title', 'summary', 'pay', 'expectations']));
    // Fields already written are not offered again.
    expect(labels).not.toContain('track');
    const code = items.find((item) => item.label === 'code');
    expect(textOf(code?.documentation)).toBe(descriptionOf(levelSchema, 'code'));
  });

  it('explains a field on hover and flags a misspelt one', async () => {
    const uri = client.open(join(ladder.contentDir, 'levels/product team/lead-pm.md'));
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', {
      textDocument: { uri },
      position: { line: 2, character: 1 },
    });
    expect(hover.contents.value).toContain(descriptionOf(levelSchema, 'rank'));
    await expect
      .poll(() => client.diagnostics.get(uri)?.map((problem) => problem.message), { timeout: 20_000 })
      .toEqual(expect.arrayContaining(['Property rnak is not allowed.', 'Missing property "code".']));
  });

  it('offers only the words a translation holds', async () => {
    const labels = (await completionsAt('levels/product/pm.fr.md', 2)).map((item) => item.label);
    expect(labels).toEqual(expect.arrayContaining(['summary', 'scope', 'prerequisites', 'expectations']));
    expect(labels).not.toContain('rank');
    const scope = (await completionsAt('levels/product/pm.fr.md', 2)).find((item) => item.label === 'scope');
    expect(textOf(scope?.documentation)).toBe(descriptionOf(levelTranslationSchema, 'scope'));
  });

  it('completes the front matter of an MDX guide too', async () => {
    const labels = (await completionsAt('guides/faq.mdx', 2)).map((item) => item.label);
    expect(labels).toEqual(expect.arrayContaining(['description', 'order', 'aliases']));
  });
});

describe('the map of content files to schemas', () => {
  it('maps each Markdown file to its kind’s schema, and leaves YAML files to the YAML extension', () => {
    const files = [
      { collection: 'levels', absolutePath: '/l/content/levels/pm/Senior PM.md' },
      { collection: 'levels', absolutePath: '/l/content/levels/pm/senior-pm.pt-BR.md' },
      { collection: 'themes', absolutePath: '/l/content/themes/craft.mdx' },
      { collection: 'tracks', absolutePath: '/l/content/tracks/pm.yaml' },
    ];
    const map = editorCollections(files);
    expect(map['collections.json']).toEqual({
      collections: [
        { name: 'echelon-theme', hasSchema: true },
        { name: 'echelon-level', hasSchema: true },
        { name: 'echelon-level-translation', hasSchema: true },
      ],
      entries: {
        'file:///l/content/levels/pm/senior pm.md': 'echelon-level',
        'file:///l/content/levels/pm/senior-pm.pt-br.md': 'echelon-level-translation',
        'file:///l/content/themes/craft.mdx': 'echelon-theme',
      },
    });
    expect(map['echelon-level.schema.json']).toEqual(jsonSchemaOf('level'));
    expect(Object.keys(map)).toHaveLength(4);
  });
});
