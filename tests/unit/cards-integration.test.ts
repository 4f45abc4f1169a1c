import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** Each pool the integration made: its size, how it was grown, what it drew, whether it closed. */
const pools = vi.hoisted(() => ({
  made: [] as { size: number; grown: number[]; drawn: number; closed: boolean }[],
}));

// Four cores and pools that answer at once, watched: the tests see how many workers the
// integration asks for, and when.
vi.mock('../../src/cards/draw-pool.ts', async (original) => ({
  ...(await original<typeof import('../../src/cards/draw-pool.ts')>()),
  coreCount: () => 4,
  drawPool: (_root: string, size: number) => {
    const pool = { size, grown: [] as number[], drawn: 0, closed: false };
    pools.made.push(pool);
    return {
      draw: async () => {
        pool.drawn++;
        return { png: Buffer.from('a card'), ms: 1 };
      },
      grow: (to: number) => pool.grown.push(to),
      running: () => 0,
      close: async () => {
        pool.closed = true;
      },
    };
  },
}));

const { cards } = await import('../../src/integrations/cards.ts');
const { finishStepsAlongside } = await import('../../src/integrations/alongside.ts');

let scratch: string;
const logger = { info: vi.fn(), warn: vi.fn() };

beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'echelon-cards-integration-'));
  // An empty card cache: every card of the sample ladder is to draw.
  vi.stubEnv('ECHELON_CACHE_DIR', join(scratch, 'cache'));
  pools.made.length = 0;
});
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(scratch, { recursive: true, force: true });
});

/** Runs the integration's hooks as `astro <command>` does, up to the configuration being done. */
async function configure(command: 'build' | 'dev') {
  const { hooks } = cards();
  const outDir = join(scratch, 'dist');
  mkdirSync(outDir, { recursive: true });
  const config = {
    root: pathToFileURL(`${process.cwd()}/`),
    publicDir: pathToFileURL(`${process.cwd()}/public/`),
    cacheDir: pathToFileURL(`${join(scratch, 'astro-cache')}/`),
    outDir: pathToFileURL(`${outDir}/`),
  };
  await hooks['astro:config:setup']?.({ config, command, updateConfig: () => {}, logger } as never);
  await hooks['astro:config:done']?.({ config } as never);
  return { hooks, outDir };
}

describe('the share cards integration', () => {
  it('draws nothing when the dev server starts: it draws each card on request', async () => {
    await configure('dev');
    expect(pools.made).toEqual([]);
  });

  it('starts drawing once the configuration is done, on every core but one, and on every core once the pages are done', async () => {
    const { hooks, outDir } = await configure('build');
    // Before the build starts: one worker fewer than the cores, already drawing.
    expect(pools.made).toHaveLength(1);
    expect(pools.made[0].size).toBe(3);
    expect(pools.made[0].drawn).toBeGreaterThan(0);
    expect(pools.made[0].grown).toEqual([]);
    await hooks['astro:build:start']?.({ logger } as never);
    await hooks['astro:build:done']?.({ dir: pathToFileURL(`${outDir}/`), logger } as never);
    expect(pools.made[0].grown).toEqual([4]);
    await finishStepsAlongside();
    expect(pools.made[0].closed).toBe(true);
    expect(existsSync(join(outDir, 'cards', 'index.png'))).toBe(true);
  });
});
