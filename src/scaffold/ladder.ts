import { frontMatterText, slugify, yamlText } from '../import/map.ts';
import { localeSchema } from '../schemas/settings.ts';

/** What `npm run new -- ladder` needs to know about the company. */
export interface NewLadderAnswers {
  /** The company's name, such as `Acme`. */
  name: string;
  /** Code of the ladder's language, such as `de`. */
  locale: string;
  /** Titles of the tracks, such as `Engineering` and `Design`. */
  tracks: string[];
}

/** The flags `npm run new -- ladder` reads, with the question asked when one is missing. */
export const ladderQuestions = {
  name: 'Company name (--name)',
  locale: 'Language code, such as en, de or es (--locale)',
  tracks: 'Tracks, separated by commas, such as Engineering, Design (--tracks)',
} as const;

/** Why answers cannot make a ladder, one line each; empty when they can. */
export function ladderAnswerProblems(answers: Partial<Record<keyof NewLadderAnswers, string>>): string[] {
  const problems: string[] = [];
  if (!answers.name?.trim()) problems.push('--name: give the company name, such as --name "Acme".');
  if (!answers.locale?.trim()) problems.push('--locale: give the language code, such as --locale de.');
  else if (!localeSchema.shape.code.safeParse(answers.locale.trim()).success) {
    problems.push(`--locale: "${answers.locale}" is not a language code, such as de, es or pt-BR.`);
  }
  if (!splitTracks(answers.tracks ?? '').length) {
    problems.push('--tracks: name at least one track, such as --tracks "Engineering,Design".');
  }
  return problems;
}

/** Track titles from a comma-separated list, blanks dropped. */
export function splitTracks(text: string): string[] {
  return text
    .split(',')
    .map((title) => title.trim())
    .filter((title) => title !== '');
}

/** The language's own name, for the language switch: `Deutsch` for `de`. */
export function languageLabel(code: string): string {
  const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
}

/**
 * The files of a minimal ladder for a new company: its settings in its language, a track per
 * name with two levels, a hard and a soft theme, and one guide. Every file passes the check as
 * written, so `npm run build` works at once; sentences starting `To write:` are the author's to
 * replace, in the ladder's language.
 */
export function newLadderFiles(answers: NewLadderAnswers): Map<string, string> {
  const files = new Map<string, string>();
  const slug = slugify(answers.name) || 'company';
  files.set(
    'settings.yaml',
    yamlText({
      organisation: { name: answers.name },
      title: `${answers.name} career ladder`,
      description: `To write: one or two sentences on how people grow at ${answers.name}.`,
      url: `https://careers.${slug}.example/`,
      locales: [{ code: answers.locale, label: languageLabel(answers.locale) }],
    }),
  );
  const themes = [
    { id: 'craft', title: 'Craft', group: 'hard' },
    { id: 'collaboration', title: 'Collaboration', group: 'soft' },
  ];
  for (const theme of themes) {
    files.set(
      `themes/${theme.id}.md`,
      frontMatterText(
        {
          title: theme.title,
          group: theme.group,
          summary: `To write: what ${theme.title} covers at ${answers.name}.`,
        },
        `To write: what ${theme.title} means at ${answers.name}, why it matters and how it is assessed.\n`,
      ),
    );
  }
  const trackIds = new Set<string>();
  answers.tracks.forEach((title, index) => {
    let id = slugify(title) || `track-${index + 1}`;
    for (let n = 2; trackIds.has(id); n++) id = `${slugify(title) || 'track'}-${n}`;
    trackIds.add(id);
    files.set(
      `tracks/${id}.yaml`,
      yamlText({
        title,
        kind: 'individual-contributor',
        summary: `To write: who the ${title} track is for.`,
        order: index + 1,
      }),
    );
    // Codes are a letter and the rank, like E1; a title with no Latin letter gets L1.
    const letter = (slugify(title).match(/[a-z]/)?.[0] ?? 'l').toUpperCase();
    for (const rank of [1, 2]) {
      files.set(
        `levels/${id}/${id}-${rank}.md`,
        frontMatterText({
          title: `${title} ${rank}`,
          track: id,
          rank,
          code: `${letter}${rank}`,
          summary: `To write: what changes for someone at this level.`,
          expectations: Object.fromEntries(
            themes.map((theme) => [
              theme.id,
              { behaviours: [`To write: what someone at ${title} ${rank} does.`] },
            ]),
          ),
        }),
      );
    }
  });
  files.set(
    'guides/how-reviews-work.md',
    frontMatterText(
      { title: 'How reviews work', description: `To write: how reviews work at ${answers.name}.` },
      '## The cycle\n\nTo write: when reviews happen, who takes part and how decisions are made.\n',
    ),
  );
  return files;
}

/**
 * The entries of a content folder that make up a ladder, which `npm run new -- ladder`
 * replaces. Anything else in the folder is left alone.
 */
export const ladderEntries = [
  'settings.yaml',
  'tracks',
  'themes',
  'levels',
  'guides',
  'published-urls.txt',
  '.import-manifest.json',
] as const;

/** Whether a content folder entry belongs to the ladder: the entries above and their translations. */
export function isLadderEntry(name: string): boolean {
  return (
    (ladderEntries as readonly string[]).includes(name) ||
    /^(?:settings|changelog)(?:\.[a-z]{2,3}(?:-[A-Z]{2})?)?\.ya?ml$/.test(name)
  );
}
