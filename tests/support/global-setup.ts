// Runs once before all tests: finds (or installs) Chromium and builds the sample ladder,
// so every browser and build test reads the same fresh site.
import type { TestProject } from 'vitest/node';
import { buildSite } from './build-site.ts';
import { ensureChromium } from './chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder holding the freshly built sample ladder. */
    sampleDist: string;
    /** Path of the Chromium executable for browser tests. */
    chromiumPath: string;
  }
}

export default async function setup(project: TestProject) {
  project.provide('chromiumPath', ensureChromium());
  const build = await buildSite();
  if (build.code !== 0) {
    throw new Error(`Building the sample ladder failed:\n${build.output}`);
  }
  project.provide('sampleDist', build.outDir);
}
