import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../support/build-site.ts';

const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
const deploying = readme.split('## Deploying')[1].split('\n## ')[0];

/** The GitHub Actions workflow as users copy it. */
interface Workflow {
  on: { push: { branches: string[] } };
  permissions: Record<string, string>;
  jobs: Record<
    string,
    { needs?: string; steps: { uses?: string; run?: string; with?: Record<string, unknown> }[] }
  >;
}

describe('the deploy recipes', () => {
  it('link every recipe file from the README, and each file exists', () => {
    const linked = [...deploying.matchAll(/\]\((docs\/deploy\/[^)]+)\)|sh (docs\/deploy\/\S+)/g)].map(
      (match) => match[1] ?? match[2],
    );
    expect(linked).toEqual(
      expect.arrayContaining([
        'docs/deploy/github-pages.yml',
        'docs/deploy/nginx.conf',
        'docs/deploy/nginx-redirects.sh',
      ]),
    );
    for (const file of linked) expect(existsSync(join(projectRoot, file)), file).toBe(true);
  });

  it('give a GitHub Pages workflow that installs, builds with the checks and publishes dist/', () => {
    const workflow = parse(
      readFileSync(join(projectRoot, 'docs/deploy/github-pages.yml'), 'utf8'),
    ) as Workflow;
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    const build = workflow.jobs.build.steps;
    const runs = build.map((step) => step.run).filter(Boolean);
    expect(runs).toEqual(['npm ci', 'npm run build']);
    const node = build.find((step) => step.uses?.startsWith('actions/setup-node@'));
    // The project's own Node runs the build; the runner's only has to run npm and be >= 22.12.
    expect(Number(node?.with?.['node-version'])).toBeGreaterThanOrEqual(22);
    const upload = build.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(upload?.with?.path).toBe('dist');
    const checkout = build.find((step) => step.uses?.startsWith('actions/checkout@'));
    // The translation check dates files by their last commit: a shallow clone would date them all alike.
    expect(checkout?.with?.['fetch-depth']).toBe(0);
    expect(workflow.jobs.deploy.needs).toBe('build');
    expect(workflow.jobs.deploy.steps.some((step) => step.uses?.startsWith('actions/deploy-pages@'))).toBe(
      true,
    );
  });
});
