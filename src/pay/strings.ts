// Interface strings of pay, the job-offer kit and open data, per language. They live beside
// the pay modules rather than in `src/i18n/` so this feature's words can be read, and
// translated, together; a language without its own falls back to English, as `src/i18n` does.
// Languages added later keep theirs in `src/i18n/pay.ts`, beside their other strings.

import { payStrings } from '../i18n/pay.ts';

const en = {
  'terms.year.gross': 'per year, gross',
  'terms.year.net': 'per year, net',
  'terms.month.gross': 'per month, gross',
  'terms.month.net': 'per month, net',
  'terms.day.gross': 'per day, gross',
  'terms.day.net': 'per day, net',
  'terms.hour.gross': 'per hour, gross',
  'terms.hour.net': 'per hour, net',
  pay: 'Pay range',
  asOf: 'Ranges as of {date}.',
  asOfShort: 'as of {date}',
  criteria: 'How pay is set',
  zones: 'Pay by zone',
  zoneHint: 'Choose a zone to see its range first; the link keeps your choice.',
  step: 'Step in pay',
  stepIntro: 'From the bottom and top of one range to the other’s, and between their midpoints:',
  noStep: 'The two levels publish no ranges that can be compared (same zone, currency and period).',
  allRanges: 'Every range',
  level: 'Level',
  notPublished: 'Not published',
  openRoles: 'Open roles at this level',
  'offer.plain': 'Plain text, for job boards and e-mail',
  'offer.copy': 'Copy',
  'offer.copied': 'Copied',
  'offer.copyFailed': 'Could not copy: select the text and copy it.',
  payLine: 'Pay: {pay}',
  payHeading: 'Pay{asOf}:',
  stepLine: 'Step in pay{zone}: {step}',
  'offer.more': 'What the level expects',
  'card.apart': 'What sets it apart',
  'card.changes': 'What changes most',
  'card.timeInLevel': 'Typically {time} in level',
  openData: 'Open data',
  'openData.intro':
    'The whole ladder as data, for HR systems, spreadsheets, job boards and scripts. Every file is generated from the same content as these pages.',
  'openData.licence': 'Licence: {licence}.',
  'openData.noLicence': 'No licence is stated: ask {organisation} before reusing this data.',
  'openData.json': 'The whole ladder in JSON',
  'openData.levels': 'Every level with its pay by zone, one row per level (CSV)',
  'openData.matrix': 'The {track} matrix, one row per theme and one column per level (CSV)',
  'openData.schemas': 'JSON Schemas',
  'openData.schemasIntro':
    'JSON Schema (draft 2020-12) of ladder.json and of every kind of content file, for validation and editor completion.',
  'openData.schema.ladder': 'ladder.json',
  'openData.schema.settings': 'settings.yaml',
  'openData.schema.track': 'track files (tracks/*.yaml)',
  'openData.schema.theme': 'theme front matter (themes/*.md)',
  'openData.schema.level': 'level front matter (levels/**/*.md)',
  'openData.schema.guide': 'guide front matter (guides/*.md)',
  'openData.schema.settings-translation': 'translated settings (settings.<locale>.yaml)',
  'openData.schema.track-translation': 'translated tracks (tracks/*.<locale>.yaml)',
  'openData.schema.theme-translation': 'translated theme front matter',
  'openData.schema.level-translation': 'translated level front matter',
  'openData.schema.guide-translation': 'translated guide front matter',
};

/** Keys of the pay strings. */
export type PayKey = keyof typeof en;

const fr: Record<PayKey, string> = {
  'terms.year.gross': 'brut annuel',
  'terms.year.net': 'net annuel',
  'terms.month.gross': 'brut mensuel',
  'terms.month.net': 'net mensuel',
  'terms.day.gross': 'brut par jour',
  'terms.day.net': 'net par jour',
  'terms.hour.gross': 'brut de l’heure',
  'terms.hour.net': 'net de l’heure',
  pay: 'Fourchette de salaire',
  asOf: 'Fourchettes en vigueur au {date}.',
  asOfShort: 'au {date}',
  criteria: 'Comment les salaires sont fixés',
  zones: 'Salaire selon la zone',
  zoneHint: 'Choisissez une zone pour voir sa fourchette en premier ; le lien garde votre choix.',
  step: 'Écart de salaire',
  stepIntro: 'Du bas et du haut d’une fourchette à ceux de l’autre, et entre leurs points médians :',
  noStep:
    'Les deux niveaux ne publient pas de fourchettes comparables (même zone, même devise et même période).',
  allRanges: 'Toutes les fourchettes',
  level: 'Niveau',
  notPublished: 'Non publiée',
  openRoles: 'Postes ouverts à ce niveau',
  'offer.plain': 'Texte brut, pour les sites d’emploi et les e-mails',
  'offer.copy': 'Copier',
  'offer.copied': 'Copié',
  'offer.copyFailed': 'Copie impossible : sélectionnez le texte et copiez-le.',
  payLine: 'Salaire : {pay}',
  payHeading: 'Salaire{asOf} :',
  stepLine: 'Écart de salaire{zone} : {step}',
  'offer.more': 'Ce que le niveau attend',
  'card.apart': 'Ce qui le distingue',
  'card.changes': 'Ce qui change le plus',
  'card.timeInLevel': 'En général {time} à ce niveau',
  openData: 'Données ouvertes',
  'openData.intro':
    'Toute la grille sous forme de données, pour les SIRH, les tableurs, les sites d’emploi et les scripts. Chaque fichier vient du même contenu que ces pages.',
  'openData.licence': 'Licence : {licence}.',
  'openData.noLicence':
    'Aucune licence n’est indiquée : demandez à {organisation} avant de réutiliser ces données.',
  'openData.json': 'Toute la grille en JSON',
  'openData.levels': 'Chaque niveau avec son salaire par zone, une ligne par niveau (CSV)',
  'openData.matrix': 'La matrice {track}, une ligne par thème et une colonne par niveau (CSV)',
  'openData.schemas': 'Schémas JSON',
  'openData.schemasIntro':
    'Le schéma JSON (draft 2020-12) de ladder.json et de chaque type de fichier de contenu, pour la validation et la complétion dans l’éditeur.',
  'openData.schema.ladder': 'ladder.json',
  'openData.schema.settings': 'settings.yaml',
  'openData.schema.track': 'fichiers de parcours (tracks/*.yaml)',
  'openData.schema.theme': 'en-tête des thèmes (themes/*.md)',
  'openData.schema.level': 'en-tête des niveaux (levels/**/*.md)',
  'openData.schema.guide': 'en-tête des guides (guides/*.md)',
  'openData.schema.settings-translation': 'réglages traduits (settings.<langue>.yaml)',
  'openData.schema.track-translation': 'parcours traduits (tracks/*.<langue>.yaml)',
  'openData.schema.theme-translation': 'en-tête des thèmes traduits',
  'openData.schema.level-translation': 'en-tête des niveaux traduits',
  'openData.schema.guide-translation': 'en-tête des guides traduits',
};

const catalogues: Record<string, Partial<Record<PayKey, string>>> = { en, fr, ...payStrings };

/** Looks up a pay string in a locale, filling in its `{placeholders}`; English when missing. */
export type PayTranslate = (key: PayKey, values?: Record<string, string | number>) => string;

/** Returns the pay-string lookup for a locale. */
export function usePayStrings(locale: string): PayTranslate {
  const catalogue = catalogues[locale] ?? catalogues[locale.split('-')[0]] ?? {};
  return (key, values = {}) =>
    (catalogue[key] ?? en[key]).replace(/\{(\w+)\}/g, (_, name: string) =>
      String(values[name] ?? `{${name}}`),
    );
}
