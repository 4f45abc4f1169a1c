import type { Behaviour, Example, LevelTranslation } from '../schemas/index.ts';
import type { LadderSource, SourceEntry } from './load.ts';
import type { Problem } from './problems.ts';

/** Counted things, in the words of a message: "3 behaviours", "1 example". */
const count = (n: number, word: string) => `${n === 0 ? 'no' : n} ${word}${n === 1 ? '' : 's'}`;

/** The examples a behaviour carries itself: none for a one-line behaviour. */
const ownExamples = (behaviour: Behaviour): readonly Example[] =>
  typeof behaviour === 'string' ? [] : behaviour.examples;

/**
 * Checks that each translated level says as much as its source, item for item: the same
 * number of behaviours and of examples in every theme it translates, of examples under each
 * behaviour, and of facts, prerequisites and differentiators. A French level with an extra
 * behaviour and no examples would otherwise be published as a different level. Lists the
 * translation leaves empty fall back to the source's words and are not compared. Reports the
 * first difference of each list, at its line, with the severity of `translationsMirror`.
 */
export function checkTranslationMirror(ladder: LadderSource): Problem[] {
  const problems: Problem[] = [];
  const severity = ladder.settings.translationsMirror;
  for (const translation of ladder.translations.levels) {
    const source = ladder.levels.find((level) => level.id === translation.id);
    if (!source) continue;
    const compare = (path: (string | number)[], translated: number, original: number, word: string) => {
      if (translated === original) return;
      // The first item one has and the other lacks; when the translation has fewer, its list.
      const line =
        translated > original
          ? translation.source.lineOf([...path, original])
          : translation.source.lineOf(translated > 0 ? [...path, translated - 1] : path);
      problems.push({
        file: translation.source.file,
        line,
        field: path.join('.'),
        message: `has ${count(translated, word)}, its source ${source.source.file} has ${count(original, word)}. Translate each one of the source, in its order, and nothing more.`,
        severity,
      });
    };
    for (const list of ['facts', 'prerequisites', 'differentiators'] as const) {
      const translated = translation.data[list].length;
      if (translated > 0) compare([list], translated, source.data[list].length, list.slice(0, -1));
    }
    compareExpectations(translation, source, compare);
  }
  return problems;
}

type Compare = (path: (string | number)[], translated: number, original: number, word: string) => void;

/** Compares, theme by theme, the behaviours and examples a translation and its source hold. */
function compareExpectations(
  translation: SourceEntry<LevelTranslation>,
  source: LadderSource['levels'][number],
  compare: Compare,
) {
  for (const [themeId, cell] of Object.entries(translation.data.expectations)) {
    const original = source.data.expectations[themeId];
    // A theme the source lacks, or does not assess, is reported by the translation check.
    if (!original || original === 'not-assessed') continue;
    const path = ['expectations', themeId];
    compare([...path, 'behaviours'], cell.behaviours.length, original.behaviours.length, 'behaviour');
    compare([...path, 'examples'], cell.examples.length, original.examples.length, 'example');
    cell.behaviours.forEach((behaviour, index) => {
      const originalBehaviour = original.behaviours[index];
      if (originalBehaviour === undefined) return;
      const translated = ownExamples(behaviour).length;
      const expected = ownExamples(originalBehaviour).length;
      if (translated === expected) return;
      compare([...path, 'behaviours', index, 'examples'], translated, expected, 'example');
    });
  }
}
