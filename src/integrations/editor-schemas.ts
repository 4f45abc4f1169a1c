import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listContentFiles } from '../content/files.ts';
import { resolveContentDir } from '../content/paths.ts';
import { editorCollections } from '../exports/json-schemas.ts';

/**
 * Writes what the Astro language server needs to complete front matter (see
 * `editorCollections`) to `.astro/collections/`, and returns the paths it wrote. A file whose
 * text has not changed is left alone, so an editor does not reload its schemas for nothing.
 */
export function writeEditorCollections(root: string, contentDir: string): string[] {
  const dir = join(root, '.astro', 'collections');
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const [name, json] of Object.entries(editorCollections(listContentFiles(root, contentDir)))) {
    const path = join(dir, name);
    const text = `${JSON.stringify(json, null, 2)}\n`;
    if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
    writeFileSync(path, text);
    written.push(path);
  }
  return written;
}

/**
 * Front matter completion in editors that run the Astro language server (VS Code's Astro
 * extension with `astro.content-intellisense`): `npm run dev` and `astro sync` map every theme, level
 * and guide to its kind's JSON Schema, and the dev server maps a file as soon as it is added. Only file names are read; the content is read once, by the Echelon integration.
 */
export function editorSchemas(): AstroIntegration {
  let location: { root: string; contentDir: string } | undefined;
  return {
    name: 'echelon:editor-schemas',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        // Authors edit while `npm run dev` runs. Builds leave the map alone: the tests build
        // fixture ladders from this project side by side, and each would replace it.
        if (command !== 'dev' && command !== 'sync') return;
        const root = fileURLToPath(config.root);
        location = { root, contentDir: resolveContentDir(root) };
        writeEditorCollections(location.root, location.contentDir);
      },
      'astro:server:setup': ({ server }) => {
        if (!location) return;
        const { root, contentDir } = location;
        server.watcher.add(contentDir);
        const remap = (path: string) => {
          if (resolve(path).startsWith(join(contentDir, '/'))) writeEditorCollections(root, contentDir);
        };
        server.watcher.on('add', remap);
        server.watcher.on('unlink', remap);
      },
    },
  };
}
