// The self-assessment's state, kept in the URL fragment: never sent to a server (browsers do
// not send fragments), restored exactly from a link, and read defensively, since a reader may
// edit or truncate it and a link may outlive the ladder it was made on.

/** Where a person stands in one theme, against their level. */
export type Mark = 'not-yet' | 'at-level' | 'beyond';

/** The marks in the order the page shows them. */
export const marks: readonly Mark[] = ['not-yet', 'at-level', 'beyond'];

/** A peer's feedback, as they sent it back in a link. */
export interface PeerFeedback {
  /** The peer's name, as they gave it. */
  name: string;
  /** Their mark per theme id. */
  marks: Record<string, Mark>;
  /** Their comment per theme id. */
  comments: Record<string, string>;
}

/** Everything a person enters on the assessment page. */
export interface AssessmentState {
  /** Id of the level assessed against. */
  level: string;
  /** The person's name, printed on the grid. */
  name: string;
  /** Mark per theme id. */
  marks: Record<string, Mark>;
  /** One line of evidence per theme id. */
  evidence: Record<string, string>;
  /** Themes chosen to grow in the next months, in the order chosen. */
  plan: string[];
  /** The OKR each planned theme's goal supports, per theme id. */
  okrs: Record<string, string>;
  /** Feedback merged from peers' links. */
  peers: PeerFeedback[];
}

/** A request for a peer's feedback: who asks, on which themes. */
export interface PeerRequest {
  /** Id of the level assessed against. */
  level: string;
  /** Name of the person asking. */
  from: string;
  /** Theme ids to comment on. */
  themes: string[];
  /** The peer's answer so far. */
  answer: PeerFeedback;
}

/** The version of the fragment format; a later format must still read links made with this one. */
export const formatVersion = 1;

/** An empty assessment of a level. */
export function emptyState(level: string): AssessmentState {
  return { level, name: '', marks: {}, evidence: {}, plan: [], okrs: {}, peers: [] };
}

const isMark = (value: unknown): value is Mark => marks.includes(value as Mark);
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown, max = 2000): string => (typeof value === 'string' ? value.slice(0, max) : '');
const textRecord = (value: unknown): Record<string, string> =>
  isRecord(value)
    ? Object.fromEntries(
        Object.entries(value).flatMap(([key, v]) => (typeof v === 'string' ? [[key, text(v)]] : [])),
      )
    : {};
const markRecord = (value: unknown): Record<string, Mark> =>
  isRecord(value)
    ? Object.fromEntries(Object.entries(value).filter((entry): entry is [string, Mark] => isMark(entry[1])))
    : {};
const peer = (value: unknown): PeerFeedback | undefined =>
  isRecord(value)
    ? { name: text(value.n, 120), marks: markRecord(value.m), comments: textRecord(value.c) }
    : undefined;

/** Base64url of UTF-8 text: short, and safe in a fragment without escaping. */
function toBase64Url(value: string): string {
  const bytes = new TextEncoder().encode(value);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Reverses `toBase64Url`; throws on anything that is not base64url of UTF-8. */
function fromBase64Url(value: string): string {
  const binary = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** The fragment (without `#`) that holds an assessment. */
export function encodeState(state: AssessmentState): string {
  const compact = {
    v: formatVersion,
    l: state.level,
    n: state.name || undefined,
    m: state.marks,
    e: state.evidence,
    p: state.plan.length ? state.plan : undefined,
    o: Object.keys(state.okrs).length ? state.okrs : undefined,
    r: state.peers.length ? state.peers.map((p) => ({ n: p.name, m: p.marks, c: p.comments })) : undefined,
  };
  return `a=${toBase64Url(JSON.stringify(compact))}`;
}

/** The fragment (without `#`) of a peer's page: the request and their answer so far. */
export function encodePeerRequest(request: PeerRequest): string {
  const compact = {
    v: formatVersion,
    l: request.level,
    f: request.from,
    t: request.themes,
    a: { n: request.answer.name, m: request.answer.marks, c: request.answer.comments },
  };
  return `peer=${toBase64Url(JSON.stringify(compact))}`;
}

/** What a fragment held, read defensively. */
export type Decoded =
  | { kind: 'empty' }
  | { kind: 'assessment'; state: AssessmentState; unknownThemes: string[] }
  | { kind: 'peer'; request: PeerRequest; unknownThemes: string[] }
  | { kind: 'unreadable' };

/** The JSON payload of a `key=` fragment, or undefined. */
function payload(fragment: string, key: string): Record<string, unknown> | undefined {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const value = params.get(key);
  if (!value) return undefined;
  const parsed: unknown = JSON.parse(fromBase64Url(value));
  return isRecord(parsed) ? parsed : undefined;
}

/**
 * Reads a fragment: an assessment, a peer request, nothing, or something unreadable (a
 * hand-edited or truncated link). Never throws. Themes the ladder no longer has are dropped
 * and listed, so the page can say so instead of losing them silently.
 */
export function decodeFragment(fragment: string, themeIds: readonly string[]): Decoded {
  const clean = fragment.replace(/^#/, '');
  if (!clean) return { kind: 'empty' };
  const known = new Set(themeIds);
  const unknown = new Set<string>();
  const keep = <T>(record: Record<string, T>) =>
    Object.fromEntries(
      Object.entries(record).filter(([id]) => {
        if (!known.has(id)) unknown.add(id);
        return known.has(id);
      }),
    );
  try {
    const assessment = payload(clean, 'a');
    if (assessment) {
      const state: AssessmentState = {
        level: text(assessment.l, 200),
        name: text(assessment.n, 120),
        marks: keep(markRecord(assessment.m)),
        evidence: keep(textRecord(assessment.e)),
        plan: Array.isArray(assessment.p)
          ? assessment.p.filter((id): id is string => typeof id === 'string')
          : [],
        okrs: keep(textRecord(assessment.o)),
        peers: Array.isArray(assessment.r)
          ? assessment.r.flatMap((p) => {
              const feedback = peer(p);
              return feedback
                ? [{ ...feedback, marks: keep(feedback.marks), comments: keep(feedback.comments) }]
                : [];
            })
          : [],
      };
      state.plan = state.plan.filter((id) => {
        if (!known.has(id)) unknown.add(id);
        return known.has(id);
      });
      return { kind: 'assessment', state, unknownThemes: [...unknown] };
    }
    const request = payload(clean, 'peer');
    if (request) {
      const answer = peer(request.a) ?? { name: '', marks: {}, comments: {} };
      const themes = Array.isArray(request.t)
        ? request.t.filter((id): id is string => typeof id === 'string')
        : [];
      return {
        kind: 'peer',
        request: {
          level: text(request.l, 200),
          from: text(request.f, 120),
          themes: themes.filter((id) => {
            if (!known.has(id)) unknown.add(id);
            return known.has(id);
          }),
          answer: { ...answer, marks: keep(answer.marks), comments: keep(answer.comments) },
        },
        unknownThemes: [...unknown],
      };
    }
    return { kind: 'unreadable' };
  } catch {
    return { kind: 'unreadable' };
  }
}

/**
 * Adds a peer's answer to an assessment, as its own column. A second answer from the same
 * name replaces the first, so sending the link twice does not count twice.
 */
export function mergePeer(state: AssessmentState, answer: PeerFeedback): AssessmentState {
  const others = state.peers.filter((p) => p.name.trim().toLowerCase() !== answer.name.trim().toLowerCase());
  return { ...state, peers: [...others, answer] };
}
