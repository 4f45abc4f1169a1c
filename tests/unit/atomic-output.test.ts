import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroConfig, AstroIntegrationLogger } from 'astro';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { atomicOutput } from '../../src/integrations/atomic-output.ts';

let parent: string;
let site: string;
const logger = { info: vi.fn(), warn: vi.fn() };

/** What the integration asked Astro to change in its configuration. */
type ConfigUpdate = { outDir: URL; vite: { build: { emptyOutDir?: boolean } } };

/** Runs the integration's hooks around a build whose other steps are `steps(buildingFolder)`. */
async function build(steps: (folder: string) => void): Promise<ConfigUpdate> {
  const { hooks } = atomicOutput();
  const updates: ConfigUpdate[] = [];
  const config = { outDir: pathToFileURL(`${site}/`), integrations: [] } as unknown as AstroConfig;
  await hooks['astro:config:setup']?.({
    config,
    command: 'build',
    logger: logger as unknown as AstroIntegrationLogger,
    updateConfig: (update: ConfigUpdate) => updates.push(update),
  } as never);
  const [update] = updates;
  steps(fileURLToPath(update.outDir));
  await hooks['astro:build:done']?.({ dir: update.outDir, logger } as never);
  return update;
}

beforeEach(() => {
  parent = mkdtempSync(join(tmpdir(), 'echelon-atomic-'));
  site = join(parent, 'dist');
});

afterEach(() => {
  rmSync(parent, { recursive: true, force: true });
});

describe('building into a fresh folder', () => {
  it('has Astro write into an empty folder beside the site, and keeps what other steps wrote there from the start', async () => {
    writeFileSync(join(parent, 'keep.txt'), 'not part of the site');
    const update = await build((folder) => {
      expect(readdirSync(folder)).toEqual([]);
      // The cards integration writes into the folder as soon as the build starts, before Astro
      // would empty it: Astro must leave the folder as it is.
      writeFileSync(join(folder, 'card.png'), 'drawn at build start');
    });
    expect(fileURLToPath(update.outDir)).toMatch(/dist\.building-\d+\/$/);
    expect(update.vite.build.emptyOutDir).toBe(false);
    expect(readFileSync(join(site, 'card.png'), 'utf8')).toBe('drawn at build start');
    expect(readdirSync(parent).sort()).toEqual(['dist', 'keep.txt']);
  });
});
