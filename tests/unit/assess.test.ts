import { describe, expect, it } from 'vitest';
import { nextReviews } from '../../src/assess/calendar.ts';
import {
  type AssessmentState,
  decodeFragment,
  emptyState,
  encodePeerRequest,
  encodeState,
  mergePeer,
} from '../../src/assess/state.ts';

const themes = ['discovery', 'delivery', 'strategy'];

const filled: AssessmentState = {
  level: 'senior-pm',
  name: 'Camille Durand',
  marks: { discovery: 'at-level', delivery: 'not-yet', strategy: 'beyond' },
  evidence: {
    discovery: 'Ran 14 interviews on instant payments — “halved the scope”.',
    delivery: 'Été 2026 : 2 slips',
  },
  plan: ['delivery', 'strategy'],
  okrs: { delivery: 'O2: ship e-invoicing reception before September' },
  peers: [{ name: 'Sam', marks: { discovery: 'beyond' }, comments: { discovery: 'Led our interviews.' } }],
};

describe('an assessment kept in the link', () => {
  it('comes back exactly from its fragment, accents and quotes included', () => {
    const decoded = decodeFragment(`#${encodeState(filled)}`, themes);
    expect(decoded).toEqual({ kind: 'assessment', state: filled, unknownThemes: [] });
  });

  it('is not readable as plain text in the address bar, and needs no escaping', () => {
    const fragment = encodeState(filled);
    expect(fragment).toMatch(/^a=[A-Za-z0-9_-]+$/);
    expect(fragment).not.toContain('Camille');
  });

  it('opens a link made before the ladder lost a theme, and names the theme it left out', () => {
    const decoded = decodeFragment(encodeState(filled), ['discovery', 'delivery']);
    expect(decoded.kind).toBe('assessment');
    if (decoded.kind !== 'assessment') return;
    expect(decoded.unknownThemes).toEqual(['strategy']);
    expect(decoded.state.marks).toEqual({ discovery: 'at-level', delivery: 'not-yet' });
    expect(decoded.state.plan).toEqual(['delivery']);
  });

  it('never throws on a truncated, hand-edited or foreign fragment', () => {
    const fragment = encodeState(filled);
    for (const broken of [
      fragment.slice(0, 20),
      `${fragment}%%`,
      'a=!!!',
      'a=e30',
      'utm_source=mail',
      '#',
      'peer=bm90IGpzb24',
      `a=${btoa('{"v":1,"m":{"discovery":"excellent"},"e":{"discovery":42}}')}`,
    ]) {
      expect(() => decodeFragment(broken, themes)).not.toThrow();
    }
    expect(decodeFragment(fragment.slice(0, 20), themes).kind).toBe('unreadable');
    const odd = decodeFragment(
      `a=${btoa('{"v":1,"m":{"discovery":"excellent"},"e":{"discovery":42}}')}`,
      themes,
    );
    expect(odd.kind === 'assessment' && odd.state.marks).toEqual({});
  });

  it('starts empty without a fragment', () => {
    expect(decodeFragment('', themes)).toEqual({ kind: 'empty' });
    expect(emptyState('pm').marks).toEqual({});
  });
});

describe('feedback from a peer', () => {
  it('travels in the peer link and comes back with their marks and comments', () => {
    const request = {
      level: 'senior-pm',
      from: 'Camille',
      themes: ['discovery'],
      answer: {
        name: 'Sam',
        marks: { discovery: 'beyond' as const },
        comments: { discovery: 'Led our interviews.' },
      },
    };
    const decoded = decodeFragment(encodePeerRequest(request), themes);
    expect(decoded).toEqual({ kind: 'peer', request, unknownThemes: [] });
  });

  it('is merged as its own column, and a second answer from the same peer replaces the first', () => {
    const once = mergePeer(emptyState('senior-pm'), {
      name: 'Sam',
      marks: { discovery: 'at-level' },
      comments: {},
    });
    const twice = mergePeer(once, { name: ' sam ', marks: { discovery: 'beyond' }, comments: {} });
    const other = mergePeer(twice, { name: 'Alex', marks: { delivery: 'not-yet' }, comments: {} });
    expect(twice.peers).toHaveLength(1);
    expect(twice.peers[0].marks.discovery).toBe('beyond');
    expect(other.peers.map((peer) => peer.name)).toEqual([' sam ', 'Alex']);
  });
});

describe('the dates of the next reviews', () => {
  const halfYearly = { reviewCycleMonths: 6, reviewStartMonth: 1 };

  it('are the next two review months after today, every six months from January', () => {
    expect(nextReviews(new Date('2026-11-30T10:00:00Z'), halfYearly)).toEqual(['2027-01-01', '2027-07-01']);
    expect(nextReviews(new Date('2026-03-15T00:00:00Z'), halfYearly)).toEqual(['2026-07-01', '2027-01-01']);
  });

  it('skip a review that falls on today, so a plan always has time before its first review', () => {
    expect(nextReviews(new Date('2027-01-01T00:00:00Z'), halfYearly)).toEqual(['2027-07-01', '2028-01-01']);
  });

  it('follow quarterly cycles that start in another month', () => {
    expect(
      nextReviews(new Date('2026-11-30T00:00:00Z'), { reviewCycleMonths: 3, reviewStartMonth: 2 }),
    ).toEqual(['2027-02-01', '2027-05-01']);
  });
});
