import { stringify } from 'yaml';
import { importanceLevels } from '../schemas/theme.ts';
import { cellRef, cellText, findSheet, type Sheet, type Workbook } from './table.ts';

/** One line of the mapping report: a cell (or range) and what became of it. */
export interface ImportNote {
  /** Where it came from, as spreadsheets write it: `Matrix!C7`, `Levels!A3`. */
  ref: string;
  /** `placed`: it became (part of) a file; `skipped`: it could not be placed; `filled`: the import supplied a value. */
  kind: 'placed' | 'skipped' | 'filled';
  /** What happened and why, for the author. */
  message: string;
}

/** What the import makes of a workbook: content files by path (relative to the content folder), and its report. */
export interface LadderFiles {
  /** File text by path relative to the content folder, such as `levels/engineering/senior.md`. */
  files: Map<string, string>;
  notes: ImportNote[];
}

/** What the mapping needs to know about the ladder it imports into. */
export interface MapOptions {
  /** Theme groups of the settings, in order; themes name one. Default: hard and soft skills. */
  themeGroups?: readonly { id: string; title: string }[];
  /** Title of the track used when the spreadsheet names none, such as the file's name. */
  defaultTrack: string;
}

/** Placeholder lines start with this, so authors (and the report) can find what is left to write. */
export const toWrite = 'To write:';

/**
 * Turns a spreadsheet title into an id: `Senior Product Manager (L3)` becomes
 * `senior-product-manager-l3`. Accents are dropped so ids stay plain in URLs.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Header text reduced to letters and digits, so `Pay (min)`, `pay min` and `PayMin` match. */
const normalise = (text: string) => slugify(text).replaceAll('-', '');

/** Accepted headers of each optional sheet's columns, normalised. */
const levelColumns = {
  id: ['id'],
  code: ['code', 'levelcode'],
  title: ['title', 'name', 'level', 'leveltitle', 'jobtitle'],
  track: ['track', 'jobfamily', 'family', 'path'],
  rank: ['rank', 'grade', 'levelnumber'],
  summary: ['summary'],
  scope: ['scope'],
  equivalent: ['equivalent', 'equivalentlevel'],
  prerequisites: ['prerequisites', 'requirements'],
  differentiators: ['differentiators', 'whatchanges'],
  timeMin: ['timeinlevelmin', 'minmonths', 'monthsmin'],
  timeMax: ['timeinlevelmax', 'maxmonths', 'monthsmax'],
  currency: ['currency'],
  payMin: ['paymin', 'minpay', 'salarymin', 'min', 'minimum'],
  payMax: ['paymax', 'maxpay', 'salarymax', 'max', 'maximum'],
} as const;
const themeColumns = {
  title: ['theme', 'title', 'name'],
  id: ['id'],
  group: ['group', 'themegroup'],
  importance: ['importance', 'weight'],
  summary: ['summary', 'description'],
} as const;
const exampleColumns = {
  level: ['level', 'code'],
  theme: ['theme'],
  example: ['example', 'examples'],
  situation: ['situation'],
  action: ['action'],
  outcome: ['outcome', 'result'],
} as const;
const trackColumns = {
  title: ['track', 'title', 'name'],
  id: ['id'],
  kind: ['kind', 'type'],
  summary: ['summary', 'description'],
} as const;

/** A row of an optional sheet, by field, with the reference of each cell. */
type Row<K extends string> = { row: number; values: Partial<Record<K, { text: string; ref: string }>> };

/** Reads a sheet whose first row names its columns; unknown columns are reported, not read. */
function readRecords<K extends string>(
  sheet: Sheet,
  columns: Record<K, readonly string[]>,
  notes: ImportNote[],
): Row<K>[] {
  const header = sheet.rows[0] ?? [];
  const byColumn = new Map<number, K>();
  header.forEach((text, column) => {
    if (!text.trim()) return;
    const key = (Object.keys(columns) as K[]).find((k) => columns[k].includes(normalise(text)));
    if (key && ![...byColumn.values()].includes(key)) byColumn.set(column, key);
    else {
      notes.push({
        ref: cellRef(sheet.name, 0, column),
        kind: 'skipped',
        message: `column "${text.trim()}" is not one the import reads (${Object.keys(columns).join(', ')}); ignored.`,
      });
    }
  });
  const rows: Row<K>[] = [];
  for (let r = 1; r < sheet.rows.length; r++) {
    const values: Row<K>['values'] = {};
    for (const [column, key] of byColumn) {
      const text = cellText(sheet, r, column);
      if (text) values[key] = { text, ref: cellRef(sheet.name, r, column) };
    }
    if (Object.keys(values).length > 0) rows.push({ row: r, values });
  }
  return rows;
}

/** Splits a matrix cell into behaviours and one-line examples: one per line, bullets removed. */
export function parseCell(text: string): { behaviours: string[]; examples: string[]; notAssessed: boolean } {
  // Checked before bullets are removed, since a lone dash is also a bullet.
  if (/^(?:not[- ]assessed|n\/?a|[-–—])$/i.test(text.trim())) {
    return { behaviours: [], examples: [], notAssessed: true };
  }
  const lines = text
    .split(/\r?\n/)
    .map((line) =>
      line
        .trim()
        .replace(/^(?:[-*•–—·▪◦]|\d+[.)])\s*/, '')
        .trim(),
    )
    .filter((line) => line !== '');
  const behaviours: string[] = [];
  const examples: string[] = [];
  let target = behaviours;
  for (const line of lines) {
    if (/^examples?\s*:$/i.test(line)) target = examples;
    else target.push(line);
  }
  return { behaviours, examples, notAssessed: false };
}

/** Reads an amount written the way people write pay: `70000`, `70,000`, `70 000 €`, `70k`. */
export function parseAmount(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f,'’]/g, '').replace(/[€£$]|[A-Z]{3}/g, '');
  const match = /^(\d+(?:\.\d+)?)(k?)$/i.exec(compact);
  if (!match) return undefined;
  return Math.round(Number(match[1]) * (match[2] ? 1000 : 1));
}

const currencySymbols: Record<string, string> = { '€': 'EUR', '£': 'GBP', $: 'USD' };

interface LevelPlan {
  id: string;
  title?: string;
  code: string;
  rank: number;
  track: string;
  summary?: string;
  scope?: string;
  equivalent?: string;
  pay?: { currency: string; min: number; max: number };
  prerequisites?: string[];
  differentiators?: string[];
  timeInLevel?: { min: number; max?: number };
  /** The cell it was described in, for the report. */
  ref: string;
  /** Words the matrix header may use for the level. */
  names: string[];
}

interface TrackPlan {
  id: string;
  title: string;
  kind: 'individual-contributor' | 'management';
  summary: string;
  order: number;
}

/**
 * Picks an id not yet taken: two levels titled `Senior` in two tracks cannot share an id, since
 * ids are unique within their kind. A suffixed id is reported, so the author can choose better.
 */
function uniqueId(wanted: string, taken: Set<string>, fallback: string, note: (id: string) => void): string {
  let id = wanted || fallback;
  for (let n = 2; taken.has(id); n++) id = `${wanted || fallback}-${n}`;
  if (id !== wanted) note(id);
  taken.add(id);
  return id;
}

/** A YAML file's text from data, through the YAML library: long lines are kept whole. */
export function yamlText(data: unknown): string {
  return stringify(data, { lineWidth: 0 });
}

/** A Markdown file with YAML front matter. */
export function frontMatterText(data: unknown, body = ''): string {
  return `---\n${yamlText(data)}---\n${body}`;
}

/**
 * Maps a workbook to ladder files: the matrix sheet (themes as rows, levels as columns) and the
 * optional Levels, Themes, Tracks and Examples sheets. Pure: it reads nothing and writes nothing, and
 * reports every cell it used, filled in or could not place.
 */
export function mapWorkbook(workbook: Workbook, options: MapOptions): LadderFiles {
  const notes: ImportNote[] = [];
  const files = new Map<string, string>();
  const groups = options.themeGroups?.length
    ? options.themeGroups
    : [
        { id: 'hard', title: 'Hard skills' },
        { id: 'soft', title: 'Soft skills' },
      ];
  const levelsSheet = findSheet(workbook, 'Levels');
  const themesSheet = findSheet(workbook, 'Themes');
  const tracksSheet = findSheet(workbook, 'Tracks');
  const matrix =
    findSheet(workbook, 'Matrix') ??
    workbook.sheets.find((sheet) => ![levelsSheet, themesSheet, tracksSheet].includes(sheet));
  if (!matrix) {
    notes.push({
      ref: workbook.file,
      kind: 'skipped',
      message: 'has no matrix sheet: name one sheet "Matrix", with themes as rows and levels as columns.',
    });
    return { files, notes };
  }

  // Tracks: from the Tracks sheet, then from what the Levels sheet names.
  const tracks = new Map<string, TrackPlan>();
  const trackIds = new Set<string>();
  const addTrack = (title: string, ref: string, extra: { id?: string; kind?: string; summary?: string }) => {
    const id = uniqueId(slugify(extra.id ?? title), trackIds, 'track', (given) =>
      notes.push({
        ref,
        kind: 'filled',
        message: `track "${title}": its id is taken or empty, written as ${given}.`,
      }),
    );
    const kindText = normalise(extra.kind ?? '');
    const kind = /manag|lead|people/.test(kindText) ? 'management' : 'individual-contributor';
    if (!extra.kind) {
      notes.push({
        ref,
        kind: 'filled',
        message: `track "${title}": no kind given, written as individual-contributor.`,
      });
    }
    const summary = extra.summary ?? `${toWrite} who the ${title} track is for.`;
    if (!extra.summary)
      notes.push({ ref, kind: 'filled', message: `track "${title}": summary left to write.` });
    const track = { id, title, kind, summary, order: tracks.size + 1 } as const;
    tracks.set(id, track);
    notes.push({ ref, kind: 'placed', message: `track "${title}" → tracks/${id}.yaml` });
    return track;
  };
  const findTrack = (text: string) =>
    [...tracks.values()].find((t) => t.id === slugify(text) || t.title.toLowerCase() === text.toLowerCase());
  if (tracksSheet) {
    for (const { row, values } of readRecords(tracksSheet, trackColumns, notes)) {
      const ref = cellRef(tracksSheet.name, row, 0);
      if (!values.title) {
        notes.push({ ref, kind: 'skipped', message: 'a track without a title; row skipped.' });
        continue;
      }
      addTrack(values.title.text, values.title.ref, {
        id: values.id?.text,
        kind: values.kind?.text,
        summary: values.summary?.text,
      });
    }
  }
  const defaultTrack = () =>
    tracks.size === 1
      ? [...tracks.values()][0]
      : (findTrack(options.defaultTrack) ?? addTrack(options.defaultTrack, cellRef(matrix.name, 0, 0), {}));

  // Levels: from the Levels sheet, or from the matrix's column headers.
  const levels: LevelPlan[] = [];
  const levelIds = new Set<string>();
  const rankInTrack = new Map<string, number>();
  const header = matrix.rows[0] ?? [];
  if (levelsSheet) {
    for (const { row, values } of readRecords(levelsSheet, levelColumns, notes)) {
      const ref = cellRef(levelsSheet.name, row, 0);
      const name = values.title?.text ?? values.code?.text ?? values.id?.text;
      if (!name) {
        notes.push({ ref, kind: 'skipped', message: 'a level with no id, code or title; row skipped.' });
        continue;
      }
      const track = values.track
        ? (findTrack(values.track.text) ?? addTrack(values.track.text, values.track.ref, {}))
        : defaultTrack();
      const position = (rankInTrack.get(track.id) ?? 0) + 1;
      rankInTrack.set(track.id, position);
      let rank = position;
      if (values.rank) {
        const parsed = Number(values.rank.text.replace(/^\D+/, ''));
        if (Number.isInteger(parsed) && parsed >= 1) rank = parsed;
        else {
          notes.push({
            ref: values.rank.ref,
            kind: 'filled',
            message: `rank "${values.rank.text}" is not a whole number from 1: ranked ${position} by its row.`,
          });
        }
      } else
        notes.push({
          ref,
          kind: 'filled',
          message: `level "${name}": no rank, ranked ${position} by its row in its track.`,
        });
      const level = makeLevel(name, values.code?.text, values.id?.text, rank, track.id, ref, levelIds, notes);
      level.summary = values.summary?.text;
      level.scope = values.scope?.text;
      level.equivalent = values.equivalent?.text;
      if (values.prerequisites) level.prerequisites = parseCell(values.prerequisites.text).behaviours;
      if (values.differentiators) level.differentiators = parseCell(values.differentiators.text).behaviours;
      level.timeInLevel = readTimeInLevel(values, name, notes);
      const pay = readPay(values, name, notes);
      if (pay) level.pay = pay;
      levels.push(level);
    }
  } else {
    const track = defaultTrack();
    header.forEach((text, column) => {
      if (column === 0 || !text.trim()) return;
      const position = levels.length + 1;
      levels.push(
        makeLevel(
          text.trim(),
          undefined,
          undefined,
          position,
          track.id,
          cellRef(matrix.name, 0, column),
          levelIds,
          notes,
        ),
      );
    });
  }
  if (tracks.size === 0) defaultTrack();

  // Which level each matrix column holds.
  const columns = new Map<number, LevelPlan>();
  header.forEach((raw, column) => {
    const text = raw.trim();
    if (column === 0 || !text) return;
    const ref = cellRef(matrix.name, 0, column);
    const key = text.toLowerCase();
    const matches = levels.filter(
      (level) => level.id === slugify(text) || level.names.some((n) => n.toLowerCase() === key),
    );
    const exact = matches.filter((level) => level.id === slugify(text));
    const level = matches.length === 1 ? matches[0] : exact.length === 1 ? exact[0] : undefined;
    if (!level) {
      notes.push({
        ref,
        kind: 'skipped',
        message:
          matches.length > 1
            ? `column "${text}" matches several levels (${matches.map((l) => l.id).join(', ')}): head it with the level's id instead; column skipped.`
            : `column "${text}" is no level of the Levels sheet (by id, code or title); column skipped.`,
      });
      return;
    }
    if ([...columns.values()].includes(level)) {
      notes.push({
        ref,
        kind: 'skipped',
        message: `column "${text}" repeats level ${level.id}; column skipped.`,
      });
      return;
    }
    columns.set(column, level);
  });
  for (const level of levels) {
    if (![...columns.values()].includes(level)) {
      notes.push({
        ref: level.ref,
        kind: 'filled',
        message: `level ${level.id} has no column in ${matrix.name}: written without expectations.`,
      });
    }
  }

  // Themes: the matrix's rows, described by the Themes sheet.
  const themeInfo = new Map<string, Row<keyof typeof themeColumns>['values']>();
  if (themesSheet) {
    for (const { values } of readRecords(themesSheet, themeColumns, notes)) {
      const key = values.id?.text ?? values.title?.text;
      if (key) themeInfo.set(slugify(key), values);
      if (values.title && values.id) themeInfo.set(slugify(values.title.text), values);
    }
  }
  const themeIds = new Set<string>();
  /** Theme ids by what the Examples sheet may call them: id or title. */
  const themeByName = new Map<string, string>();
  const expectations = new Map<LevelPlan, Record<string, unknown>>(levels.map((level) => [level, {}]));
  const orderInGroup = new Map<string, number>();
  for (let row = 1; row < matrix.rows.length; row++) {
    const title = cellText(matrix, row, 0);
    const filled = [...columns.keys()].filter((column) => cellText(matrix, row, column) !== '');
    if (!title) {
      if (filled.length > 0) {
        notes.push({
          ref: cellRef(matrix.name, row, 0),
          kind: 'skipped',
          message: `row ${row + 1} has behaviours but no theme name; row skipped.`,
        });
      }
      continue;
    }
    const ref = cellRef(matrix.name, row, 0);
    const info = themeInfo.get(slugify(title)) ?? {};
    const id = uniqueId(slugify(info.id?.text ?? title), themeIds, 'theme', (given) =>
      notes.push({
        ref,
        kind: 'filled',
        message: `theme "${title}": its id is taken or empty, written as ${given}.`,
      }),
    );
    // A theme applies to the tracks where at least one level has behaviours for it.
    const cells = new Map<LevelPlan, ReturnType<typeof parseCell> & { ref: string }>();
    for (const [column, level] of columns) {
      cells.set(level, {
        ...parseCell(cellText(matrix, row, column)),
        ref: cellRef(matrix.name, row, column),
      });
    }
    const themeTracks = [...tracks.keys()].filter((track) =>
      [...cells].some(
        ([level, cell]) => level.track === track && (cell.behaviours.length > 0 || cell.notAssessed),
      ),
    );
    if (themeTracks.length === 0) {
      notes.push({
        ref,
        kind: 'skipped',
        message: `theme "${title}" has no behaviours at any level; row skipped.`,
      });
      themeIds.delete(id);
      continue;
    }
    for (const [level, cell] of cells) {
      if (!themeTracks.includes(level.track)) continue;
      const target = expectations.get(level) ?? {};
      if (cell.notAssessed || cell.behaviours.length === 0) {
        target[id] = 'not-assessed';
        if (!cell.notAssessed) {
          notes.push({
            ref: cell.ref,
            kind: 'filled',
            message: `empty${cell.examples.length ? ' but for examples' : ''}: ${level.id} does not assess ${id} (written as not-assessed).`,
          });
        }
        continue;
      }
      target[id] = cell.examples.length
        ? { behaviours: cell.behaviours, examples: cell.examples }
        : { behaviours: cell.behaviours };
    }
    const group = findGroup(info.group, groups, notes, title, ref);
    const order = (orderInGroup.get(group) ?? 0) + 1;
    orderInGroup.set(group, order);
    const importance = info.importance?.text.toLowerCase();
    if (info.importance && !importanceLevels.includes(importance as never)) {
      notes.push({
        ref: info.importance.ref,
        kind: 'skipped',
        message: `importance "${info.importance.text}" is none of ${importanceLevels.join(', ')}; left out.`,
      });
    }
    const summary = info.summary?.text ?? `${toWrite} what the ${title} theme covers.`;
    if (!info.summary)
      notes.push({ ref, kind: 'filled', message: `theme "${title}": summary left to write.` });
    const data: Record<string, unknown> = { title, group };
    if (importance && importanceLevels.includes(importance as never)) data.importance = importance;
    data.order = order;
    data.summary = summary;
    if (themeTracks.length < tracks.size) data.tracks = themeTracks;
    files.set(`themes/${id}.md`, frontMatterText(data));
    themeByName.set(slugify(title), id);
    themeByName.set(id, id);
    notes.push({ ref, kind: 'placed', message: `theme "${title}" → themes/${id}.md` });
  }

  const examplesSheet = findSheet(workbook, 'Examples');
  if (examplesSheet) {
    for (const { row, values } of readRecords(examplesSheet, exampleColumns, notes)) {
      const ref = cellRef(examplesSheet.name, row, 0);
      const levelName = values.level?.text ?? '';
      const level = levels.find(
        (l) =>
          l.id === slugify(levelName) || l.names.some((n) => n.toLowerCase() === levelName.toLowerCase()),
      );
      const theme = themeByName.get(slugify(values.theme?.text ?? ''));
      const cell = level && theme ? expectations.get(level)?.[theme] : undefined;
      const example =
        values.situation && values.action
          ? {
              situation: values.situation.text,
              action: values.action.text,
              ...(values.outcome ? { outcome: values.outcome.text } : {}),
            }
          : values.example?.text;
      const why = !level
        ? `level "${levelName}" is no level of the ladder`
        : !theme
          ? `theme "${values.theme?.text ?? ''}" is no theme of the matrix`
          : typeof cell !== 'object' || cell === null
            ? `${level.id} has no behaviours for ${theme}`
            : !example
              ? 'it has neither an Example nor a Situation and an Action'
              : undefined;
      if (why || typeof cell !== 'object' || cell === null || !example) {
        notes.push({ ref, kind: 'skipped', message: `example not placed: ${why}.` });
        continue;
      }
      const target = cell as { examples?: unknown[] };
      target.examples = [...(target.examples ?? []), example];
    }
  }

  for (const track of tracks.values()) {
    files.set(
      `tracks/${track.id}.yaml`,
      yamlText({ title: track.title, kind: track.kind, summary: track.summary, order: track.order }),
    );
  }
  for (const level of levels) {
    const data: Record<string, unknown> = {};
    if (level.title) data.title = level.title;
    Object.assign(data, { track: level.track, rank: level.rank, code: level.code });
    if (level.summary) data.summary = level.summary;
    if (level.scope) data.scope = level.scope;
    if (level.prerequisites?.length) data.prerequisites = level.prerequisites;
    if (level.differentiators?.length) data.differentiators = level.differentiators;
    if (level.timeInLevel) data.timeInLevel = level.timeInLevel;
    if (level.pay) data.pay = level.pay;
    if (level.equivalent) {
      const other = levels.find(
        (l) => l.id === slugify(level.equivalent ?? '') || l.names.includes(level.equivalent ?? ''),
      );
      if (other) data.equivalent = other.id;
      else {
        notes.push({
          ref: level.ref,
          kind: 'skipped',
          message: `equivalent "${level.equivalent}" is no level of the sheet; left out.`,
        });
      }
    }
    const cells = expectations.get(level) ?? {};
    if (Object.keys(cells).length > 0) data.expectations = cells;
    files.set(`levels/${level.track}/${level.id}.md`, frontMatterText(data));
    notes.push({
      ref: level.ref,
      kind: 'placed',
      message: `level ${level.code} "${level.title ?? level.code}" → levels/${level.track}/${level.id}.md`,
    });
  }
  return { files, notes };
}

/** A level from what a row or header says about it; its code is checked, its id made unique. */
function makeLevel(
  name: string,
  codeText: string | undefined,
  idText: string | undefined,
  rank: number,
  track: string,
  ref: string,
  taken: Set<string>,
  notes: ImportNote[],
): LevelPlan {
  const validCode = (text: string) => /^[A-Za-z0-9][A-Za-z0-9.+-]{0,7}$/.test(text);
  let code = codeText ?? (validCode(name) ? name : `L${rank}`);
  if (!validCode(code)) {
    notes.push({
      ref,
      kind: 'filled',
      message: `code "${code}" is longer than 8 letters or digits: written as L${rank}.`,
    });
    code = `L${rank}`;
  } else if (!codeText && code !== name) {
    notes.push({ ref, kind: 'filled', message: `level "${name}": no code, written as ${code}.` });
  }
  const title = name === code ? undefined : name;
  const id = uniqueId(slugify(idText ?? title ?? code), taken, 'level', (given) =>
    notes.push({
      ref,
      kind: 'filled',
      message: `level "${name}": its id is taken or empty, written as ${given}.`,
    }),
  );
  return { id, title, code, rank, track, ref, names: [id, code, name, ...(idText ? [idText] : [])] };
}

/** Reads a level's typical time in level, in whole months; the maximum may be left out. */
function readTimeInLevel(
  values: Row<keyof typeof levelColumns>['values'],
  name: string,
  notes: ImportNote[],
): LevelPlan['timeInLevel'] {
  const { timeMin, timeMax } = values;
  if (!timeMin && !timeMax) return undefined;
  const months = (cell?: { text: string }) => (cell ? Number(cell.text) : undefined);
  const min = months(timeMin);
  const max = months(timeMax);
  const whole = (n: number | undefined) => n === undefined || (Number.isInteger(n) && n >= 0);
  if (min === undefined || !whole(min) || !whole(max)) {
    notes.push({
      ref: (timeMin ?? timeMax)?.ref ?? '',
      kind: 'skipped',
      message: `level "${name}": time in level needs a minimum (and an optional maximum) in whole months; left out.`,
    });
    return undefined;
  }
  return max === undefined ? { min } : { min, max };
}

/** Reads a level's pay columns: a currency and both ends of the range, or nothing. */
function readPay(
  values: Row<keyof typeof levelColumns>['values'],
  name: string,
  notes: ImportNote[],
): LevelPlan['pay'] {
  const { currency, payMin, payMax } = values;
  if (!currency && !payMin && !payMax) return undefined;
  const min = payMin ? parseAmount(payMin.text) : undefined;
  const max = payMax ? parseAmount(payMax.text) : undefined;
  const code = currency ? (currencySymbols[currency.text] ?? currency.text.toUpperCase()) : undefined;
  const ref = (payMin ?? payMax ?? currency)?.ref ?? '';
  if (min === undefined || max === undefined || !code || !/^[A-Z]{3}$/.test(code)) {
    notes.push({
      ref,
      kind: 'skipped',
      message: `level "${name}": pay needs a currency code (EUR), a minimum and a maximum written as numbers; pay left out.`,
    });
    return undefined;
  }
  return { currency: code, min, max };
}

/** The settings' group a theme names, by id or title; the first group when it names none. */
function findGroup(
  cell: { text: string; ref: string } | undefined,
  groups: readonly { id: string; title: string }[],
  notes: ImportNote[],
  theme: string,
  themeRef: string,
): string {
  if (cell) {
    const key = cell.text.toLowerCase();
    const group = groups.find(
      (g) =>
        g.id === slugify(cell.text) ||
        g.title.toLowerCase() === key ||
        slugify(g.title).startsWith(slugify(cell.text)),
    );
    if (group) return group.id;
    notes.push({
      ref: cell.ref,
      kind: 'filled',
      message: `group "${cell.text}" is none of the settings' theme groups (${groups.map((g) => g.id).join(', ')}): theme "${theme}" put in ${groups[0].id}.`,
    });
  } else {
    notes.push({
      ref: themeRef,
      kind: 'filled',
      message: `theme "${theme}": no group given, put in ${groups[0].id}.`,
    });
  }
  return groups[0].id;
}
