import { basePath, type Urls, urlsFor } from '../ladder/urls.ts';
import type { Settings } from '../schemas/index.ts';
import { type SchemaName, schemaFileName } from './json-schemas.ts';

/** The folder of the JSON Schemas, shared by every language: `/schema/`. */
export function schemaFolder(settings: Pick<Settings, 'url'>): string {
  return `${basePath(settings)}schema/`;
}

/** Path of one published JSON Schema: `/schema/level.schema.json`. */
export function schemaPath(settings: Pick<Settings, 'url'>, name: SchemaName): string {
  return `${schemaFolder(settings)}${schemaFileName(name)}`;
}

/** The folder of a language's CSV exports: `/exports/`, `/fr/exports/`. */
export function exportsFolder(settings: Pick<Settings, 'url' | 'locales'>, locale: string): string {
  return `${urlsFor(settings, locale).home()}exports/`;
}

/** Path of the open data page in the language of the URL helpers: `/open-data/`, `/fr/open-data/`. */
export function openDataPath(urls: Pick<Urls, 'home'>): string {
  return `${urls.home()}open-data/`;
}

/** File name of a track's matrix export: `product-management-matrix.csv`. */
export function matrixCsvName(trackId: string): string {
  return `${trackId}-matrix.csv`;
}

/** File name of the levels export. */
export const levelsCsvName = 'levels.csv';
