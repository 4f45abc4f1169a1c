// A synthetic career ladder of any size, written as real content files in the format of
// docs/authoring.md, so the benchmark builds exactly what an author's ladder would build.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { isManagementTrack, type LadderShape } from './page-count.ts';
import { seededRandom } from './random.ts';
import {
  type Bilingual,
  behaviour,
  differentiator,
  example,
  levelScope,
  levelSummary,
  paragraph,
  prerequisite,
  summary,
} from './synthetic-text.ts';

/** Languages a synthetic ladder can be published in, the default first. */
export const benchLocales = [
  { code: 'en', label: 'English' },
  { code: 'fr', label: 'Français' },
  { code: 'de', label: 'Deutsch' },
  { code: 'es', label: 'Español' },
  { code: 'it', label: 'Italiano' },
  { code: 'nl', label: 'Nederlands' },
] as const;

interface TrackName {
  title: Bilingual;
  /** Role of an individual contributor (`designer`) or domain of a manager (`design`). */
  noun: Bilingual;
}

/** Track names in pairs: an individual-contributor track, then its management track. */
const trackNames: TrackName[] = [
  {
    title: { en: 'Product management', fr: 'Product management' },
    noun: { en: 'product manager', fr: 'product manager' },
  },
  { title: { en: 'Product leadership', fr: 'Leadership produit' }, noun: { en: 'Product', fr: 'Produit' } },
  { title: { en: 'Design', fr: 'Design' }, noun: { en: 'designer', fr: 'designer' } },
  { title: { en: 'Design leadership', fr: 'Leadership design' }, noun: { en: 'Design', fr: 'Design' } },
  { title: { en: 'Engineering', fr: 'Ingénierie' }, noun: { en: 'engineer', fr: 'ingénieur·e' } },
  {
    title: { en: 'Engineering management', fr: "Management de l'ingénierie" },
    noun: { en: 'Engineering', fr: 'Ingénierie' },
  },
  { title: { en: 'Data', fr: 'Data' }, noun: { en: 'data scientist', fr: 'data scientist' } },
  { title: { en: 'Data leadership', fr: 'Leadership data' }, noun: { en: 'Data', fr: 'Data' } },
  {
    title: { en: 'Product marketing', fr: 'Marketing produit' },
    noun: { en: 'product marketer', fr: 'product marketer' },
  },
  {
    title: { en: 'Marketing leadership', fr: 'Leadership marketing' },
    noun: { en: 'Marketing', fr: 'Marketing' },
  },
];

/** Rank labels of individual-contributor levels, lowest first. */
const icLabels: Bilingual[] = [
  { en: 'Associate', fr: 'Associate' },
  { en: 'Junior', fr: 'Junior' },
  { en: 'Confirmed', fr: 'Confirmé' },
  { en: 'Senior', fr: 'Senior' },
  { en: 'Lead', fr: 'Lead' },
  { en: 'Staff', fr: 'Staff' },
  { en: 'Principal', fr: 'Principal' },
  { en: 'Senior principal', fr: 'Principal senior' },
  { en: 'Distinguished', fr: 'Distingué' },
  { en: 'Fellow', fr: 'Fellow' },
  { en: 'Senior fellow', fr: 'Fellow senior' },
];

/** Rank labels of management levels, lowest first. */
const managerLabels: Bilingual[] = [
  { en: 'Team lead', fr: "Chef d'équipe" },
  { en: 'Manager', fr: 'Manager' },
  { en: 'Senior manager', fr: 'Manager senior' },
  { en: 'Group manager', fr: 'Group manager' },
  { en: 'Head', fr: 'Head' },
  { en: 'Senior head', fr: 'Head senior' },
  { en: 'Director', fr: 'Directeur·rice' },
  { en: 'Senior director', fr: 'Directeur·rice senior' },
  { en: 'VP', fr: 'VP' },
  { en: 'Senior VP', fr: 'VP senior' },
  { en: 'Chief', fr: 'Chief' },
];

const themeNames: { title: Bilingual; group: 'hard' | 'soft' }[] = [
  { title: { en: 'Discovery', fr: 'Discovery' }, group: 'hard' },
  { title: { en: 'Communication', fr: 'Communication' }, group: 'soft' },
  { title: { en: 'Delivery', fr: 'Delivery' }, group: 'hard' },
  { title: { en: 'Ownership', fr: 'Responsabilité' }, group: 'soft' },
  { title: { en: 'Strategy', fr: 'Stratégie' }, group: 'hard' },
  { title: { en: 'Empathy', fr: 'Empathie' }, group: 'soft' },
  { title: { en: 'Data', fr: 'Data' }, group: 'hard' },
  { title: { en: 'Influence', fr: 'Influence' }, group: 'soft' },
  { title: { en: 'Technical fluency', fr: 'Aisance technique' }, group: 'hard' },
  { title: { en: 'Culture and values', fr: 'Culture et valeurs' }, group: 'soft' },
  { title: { en: 'Regulatory vigilance', fr: 'Vigilance réglementaire' }, group: 'hard' },
  { title: { en: 'Coaching', fr: 'Coaching' }, group: 'soft' },
  { title: { en: 'Pricing', fr: 'Pricing' }, group: 'hard' },
  { title: { en: 'Negotiation', fr: 'Négociation' }, group: 'soft' },
  { title: { en: 'Experimentation', fr: 'Expérimentation' }, group: 'hard' },
  { title: { en: 'Accessibility', fr: 'Accessibilité' }, group: 'hard' },
];

const guideNames: Bilingual[] = [
  { en: 'How reviews work', fr: 'Comment se passent les évaluations' },
  { en: 'Reading the ladder', fr: 'Lire la grille' },
  { en: 'Frequently asked questions', fr: 'Questions fréquentes' },
  { en: 'Preparing your review', fr: 'Préparer son évaluation' },
  { en: 'Calibration meetings', fr: 'Les réunions de calibration' },
  { en: 'Moving between tracks', fr: 'Changer de parcours' },
  { en: 'Pay and progression', fr: 'Salaire et progression' },
  { en: 'Writing good examples', fr: 'Écrire de bons exemples' },
  { en: 'The ladder in job offers', fr: "La grille dans les offres d'emploi" },
  { en: 'Self-assessment', fr: 'Auto-évaluation' },
  { en: 'Feedback from peers', fr: 'Le feedback des pairs' },
  { en: 'Glossary', fr: 'Glossaire' },
];

const guideHeadings: Bilingual[] = [
  { en: 'Why it matters', fr: 'Pourquoi c’est important' },
  { en: 'The steps', fr: 'Les étapes' },
  { en: 'Who takes part', fr: 'Qui participe' },
  { en: 'What to prepare', fr: 'Que préparer' },
  { en: 'Common mistakes', fr: 'Les erreurs fréquentes' },
];

const importance = ['essential', 'important', 'supporting'] as const;

/** The item at `index` of a list of names, numbered once the list runs out: `Design 2`. */
function nth<T extends Bilingual>(names: readonly T[], index: number): Bilingual {
  const name = names[index % names.length];
  const round = Math.floor(index / names.length);
  return round === 0 ? name : { en: `${name.en} ${round + 1}`, fr: `${name.fr} ${round + 1}` };
}

/** An id from a title: lowercase words joined by hyphens. */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A Markdown file with YAML front matter. */
function markdown(data: unknown, body: string): string {
  return `---\n${stringify(data)}---\n\n${body.trim()}\n`;
}

interface SyntheticTrack {
  id: string;
  index: number;
  name: TrackName;
  management: boolean;
  levelIds: string[];
}

/**
 * The files of a synthetic ladder of the given shape, by path inside the content folder:
 * `settings.yaml`, `tracks/*.yaml`, `themes/*.md`, `levels/<track>/*.md` with expectations
 * for every theme of the level's track, `guides/*.md`, and for every language after the first
 * a translation beside each file (`senior-designer.fr.md`). Languages after French reuse the
 * French words: the benchmark needs the weight of a translation, not a third vocabulary.
 * The same shape always gives the same files.
 */
export function syntheticLadder(shape: LadderShape): Record<string, string> {
  if (shape.locales < 1 || shape.locales > benchLocales.length) {
    throw new Error(`--locales must be between 1 and ${benchLocales.length}.`);
  }
  if (shape.tracks < 1 || shape.levels < 1 || shape.themes < 1 || shape.guides < 0) {
    throw new Error('A ladder needs at least one track, one level per track and one theme.');
  }
  const locales = benchLocales.slice(0, shape.locales);
  const translated = locales.slice(1).map((locale) => locale.code);
  const files: Record<string, string> = {};

  files['settings.yaml'] = stringify({
    organisation: { name: 'Meridian', website: 'https://meridian.example', logo: 'logo.svg' },
    title: 'Career ladder',
    description:
      'How people grow at Meridian: what each level expects, theme by theme, with real examples, pay ranges and the way reviews work every six months.',
    url: 'https://careers.meridian.example/',
    locales: [...locales],
    colours: { brand: '#1f4f8f', brandDark: '#9cc0f0' },
    reviewCycleMonths: 6,
    showPay: true,
    themeGroups: [
      {
        id: 'hard',
        title: 'Hard skills',
        description: 'The craft: finding, shipping and measuring the work.',
      },
      { id: 'soft', title: 'Soft skills', description: 'How people work with others and bring them along.' },
    ],
  });
  for (const code of translated) {
    files[`settings.${code}.yaml`] = stringify({
      title: 'Grille de carrière',
      description:
        'Comment on progresse chez Meridian : ce que chaque niveau attend, thème par thème, avec des exemples réels, les fourchettes de salaire et le déroulement des évaluations.',
      themeGroups: {
        hard: { title: 'Hard skills', description: 'Le métier : trouver, livrer et mesurer le travail.' },
        soft: {
          title: 'Soft skills',
          description: 'La façon de travailler avec les autres et de les embarquer.',
        },
      },
    });
  }

  const tracks: SyntheticTrack[] = [];
  for (let index = 0; index < shape.tracks; index++) {
    const name = {
      ...trackNames[index % trackNames.length],
      title: nth(
        trackNames.map((t) => t.title),
        index,
      ),
    };
    const id = slug(name.title.en);
    tracks.push({ id, index, name, management: isManagementTrack(index), levelIds: [] });
    const random = seededRandom(`track:${id}`);
    const about = summary(random, name.title);
    const kind = isManagementTrack(index) ? 'management' : 'individual-contributor';
    files[`tracks/${id}.yaml`] = stringify({
      title: name.title.en,
      kind,
      summary: about.en,
      order: index + 1,
    });
    for (const code of translated) {
      files[`tracks/${id}.${code}.yaml`] = stringify({ title: name.title.fr, summary: about.fr });
    }
  }

  const managementIds = tracks.filter((track) => track.management).map((track) => track.id);
  const themes = Array.from({ length: shape.themes }, (_, index) => {
    const title = nth(
      themeNames.map((t) => t.title),
      index,
    );
    // The last theme is for managers only, like people leadership in a real ladder.
    const managersOnly = index === shape.themes - 1 && index > 0 && managementIds.length > 0;
    return {
      id: slug(title.en),
      title,
      group: themeNames[index % themeNames.length].group,
      importance: importance[index % importance.length],
      tracks: managersOnly ? managementIds : undefined,
    };
  });
  for (const theme of themes) {
    const random = seededRandom(`theme:${theme.id}`);
    const about = summary(random, theme.title);
    const body = [
      paragraph(random, theme.title, 4),
      paragraph(random, theme.title, 4),
      paragraph(random, theme.title, 3),
    ];
    files[`themes/${theme.id}.md`] = markdown(
      {
        title: theme.title.en,
        group: theme.group,
        importance: theme.importance,
        summary: about.en,
        ...(theme.tracks ? { tracks: theme.tracks } : {}),
      },
      body.map((p) => p.en).join('\n\n'),
    );
    for (const code of translated) {
      files[`themes/${theme.id}.${code}.md`] = markdown(
        { title: theme.title.fr, summary: about.fr },
        body.map((p) => p.fr).join('\n\n'),
      );
    }
  }

  for (const track of tracks) {
    const labels = track.management ? managerLabels : icLabels;
    const trackThemes = themes.filter((theme) => !theme.tracks || theme.tracks.includes(track.id));
    for (let rank = 1; rank <= shape.levels; rank++) {
      const label = nth(labels, rank - 1);
      const title: Bilingual = track.management
        ? { en: `${label.en}, ${track.name.noun.en}`, fr: `${label.fr}, ${track.name.noun.fr}` }
        : {
            en: `${label.en} ${track.name.noun.en}`,
            fr: `${track.name.noun.fr} ${label.fr.toLowerCase()}`,
          };
      const id = `${track.id}-${slug(label.en)}`;
      track.levelIds.push(id);
      const random = seededRandom(`level:${id}`);
      const about = levelSummary(random, rank, shape.levels);
      const scope = levelScope(random, rank, shape.levels);
      const prerequisites = Array.from({ length: rank === 1 ? 2 : 3 }, () =>
        prerequisite(random, rank, shape.levels),
      );
      const differentiators =
        rank === 1 ? [] : Array.from({ length: 2 }, () => differentiator(random, rank, shape.levels));
      const expectations = trackThemes.map((theme) => ({
        id: theme.id,
        behaviours: Array.from({ length: 3 }, () => behaviour(random, theme.title, rank, shape.levels)),
        examples: Array.from({ length: random.int(1, 2) }, () => example(random, title)),
      }));
      const narrative = [paragraph(random, title, 3), paragraph(random, title, 3)];
      const pay = 38_000 + (rank - 1) * 9_000 + (track.management ? 6_000 : 0);
      const expectationsIn = (language: 'en' | 'fr') =>
        Object.fromEntries(
          expectations.map((e) => [
            e.id,
            {
              behaviours: e.behaviours.map((b) => b[language]),
              examples: e.examples.map((x) => ({
                situation: x.situation[language],
                action: x.action[language],
                outcome: x.outcome[language],
              })),
            },
          ]),
        );
      const code = track.index < 26 ? String.fromCharCode(65 + track.index) : `T${track.index}-`;
      // A management level matches the level of the same rank in the track before it.
      const equivalent = track.management ? tracks[track.index - 1].levelIds[rank - 1] : undefined;
      files[`levels/${track.id}/${id}.md`] = markdown(
        {
          title: title.en,
          track: track.id,
          rank,
          code: `${code}${rank}`,
          summary: about.en,
          scope: scope.en,
          prerequisites: prerequisites.map((p) => p.en),
          differentiators: differentiators.map((d) => d.en),
          timeInLevel: rank < shape.levels ? { min: 12 + rank * 3, max: 24 + rank * 6 } : { min: 24 },
          pay: { currency: 'EUR', min: pay, max: Math.round(pay * 1.22), period: 'year' },
          ...(equivalent ? { equivalent } : {}),
          expectations: expectationsIn('en'),
        },
        narrative.map((p) => p.en).join('\n\n'),
      );
      for (const language of translated) {
        files[`levels/${track.id}/${id}.${language}.md`] = markdown(
          {
            title: title.fr,
            summary: about.fr,
            scope: scope.fr,
            prerequisites: prerequisites.map((p) => p.fr),
            differentiators: differentiators.map((d) => d.fr),
            expectations: expectationsIn('fr'),
          },
          narrative.map((p) => p.fr).join('\n\n'),
        );
      }
    }
  }

  for (let index = 0; index < shape.guides; index++) {
    const title = nth(guideNames, index);
    const id = slug(title.en);
    const random = seededRandom(`guide:${id}`);
    const description = summary(random, title);
    const sections = guideHeadings.map((heading) => ({
      heading,
      paragraphs: [paragraph(random, title, 4), paragraph(random, title, 3)],
    }));
    const body = (language: 'en' | 'fr') =>
      sections
        .map((s) => `## ${s.heading[language]}\n\n${s.paragraphs.map((p) => p[language]).join('\n\n')}`)
        .join('\n\n');
    files[`guides/${id}.md`] = markdown(
      { title: title.en, description: description.en, order: index + 1 },
      body('en'),
    );
    for (const code of translated) {
      files[`guides/${id}.${code}.md`] = markdown(
        { title: title.fr, description: description.fr },
        body('fr'),
      );
    }
  }
  return files;
}

/**
 * Writes files given by relative path under `dir`, creating folders. Sources are written
 * before their translations, so no translation looks older than its source to `check`.
 */
export function writeFiles(dir: string, files: Record<string, string>): void {
  const paths = Object.keys(files).sort((a, b) => a.split('.').length - b.split('.').length);
  for (const path of paths) {
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, files[path]);
  }
}
