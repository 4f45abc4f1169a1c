import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entryNameFromPath } from '../content/files.ts';
import { loadLadderSource } from '../content/load.ts';
import { parseSourceFile } from '../content/source.ts';
import { idSchema } from '../schemas/common.ts';
import { localeSchema } from '../schemas/settings.ts';
import {
  guideSpec,
  levelSpec,
  type ScaffoldKind,
  type ScaffoldSpec,
  scaffoldText,
  themeSpec,
  trackSpec,
  translationSpec,
} from './file.ts';
import { readSchemaDocs } from './schema-docs.ts';

/** A scaffolded file, ready to write, or why it cannot be made. */
export type NewFile = { path: string; text: string } | { error: string };

/** What `npm run new -- <kind> <name>` was given. */
export interface NewFileRequest {
  kind: ScaffoldKind;
  /** The new entry's id, or for a translation the source file's path in the content folder. */
  name?: string;
  /** The track of a new level. */
  track?: string;
  /** The language of a new translation. */
  locale?: string;
}

const usage: Record<ScaffoldKind, string> = {
  level: 'npm run new -- level <id> --track <track id>',
  theme: 'npm run new -- theme <id>',
  track: 'npm run new -- track <id>',
  guide: 'npm run new -- guide <id>',
  translation:
    'npm run new -- translation <file in content/, such as levels/engineering/senior.md> --locale <code>',
};

/**
 * Makes the scaffold of one content file at its place in the content folder (path relative to
 * it), from the schemas' doc comments and what the ladder already holds (a level's themes and
 * next rank). Refuses to replace a file that exists.
 */
export function newFile(root: string, contentDir: string, request: NewFileRequest): NewFile {
  const { kind, name } = request;
  if (!name) return { error: `Name the new file: ${usage[kind]}` };
  const docs = readSchemaDocs();
  let path: string;
  let spec: ScaffoldSpec;
  if (kind === 'translation') {
    if (!request.locale || !localeSchema.shape.code.safeParse(request.locale).success) {
      return { error: `Give the translation's language code: ${usage.translation}` };
    }
    const source = name.replace(/^content\//, '');
    const absolute = join(contentDir, source);
    const collection = source === 'settings.yaml' ? 'settings' : source.split('/')[0];
    if (!existsSync(absolute) || !['settings', 'tracks', 'themes', 'levels', 'guides'].includes(collection)) {
      return { error: `${source} is no settings, track, theme, level or guide file of the content folder.` };
    }
    if (entryNameFromPath(source).locale) return { error: `${source} is already a translation.` };
    const parsed = parseSourceFile(source, readFileSync(absolute));
    path = source.replace(/(\.[a-z]+)$/, `.${request.locale}$1`);
    spec = translationSpec(
      collection as Parameters<typeof translationSpec>[0],
      (parsed.data ?? {}) as Record<string, unknown>,
    );
  } else {
    if (!idSchema.safeParse(name).success) {
      return {
        error: `"${name}" is not an id: use lowercase letters, digits and hyphens, like senior-engineer.`,
      };
    }
    if (kind === 'level') {
      const { source } = loadLadderSource(root, contentDir);
      const tracks = source?.tracks.map((track) => track.id) ?? [];
      const track = request.track ?? (tracks.length === 1 ? tracks[0] : undefined);
      if (!track)
        return { error: `Name the level's track (${tracks.join(', ') || 'none yet'}): ${usage.level}` };
      if (source && !tracks.includes(track))
        return { error: `There is no track "${track}": ${tracks.join(', ')}.` };
      const ranks =
        source?.levels.filter((level) => level.data.track === track).map((level) => level.data.rank) ?? [];
      const themes =
        source?.themes
          .filter((theme) => !theme.data.tracks || theme.data.tracks.includes(track))
          .map((t) => t.id) ?? [];
      path = `levels/${track}/${name}.md`;
      spec = levelSpec(track, ranks.length ? Math.max(...ranks) + 1 : 1, themes);
    } else {
      const folder = { theme: 'themes', track: 'tracks', guide: 'guides' }[kind];
      path = `${folder}/${name}.${kind === 'track' ? 'yaml' : 'md'}`;
      spec = { theme: themeSpec, track: trackSpec, guide: guideSpec }[kind]();
    }
  }
  if (existsSync(join(contentDir, path))) {
    return {
      error: `${path} already exists in the content folder: nothing was written. Edit it, or pick another name.`,
    };
  }
  return { path, text: scaffoldText(spec, docs) };
}
