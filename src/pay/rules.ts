import type { LadderSource } from '../content/load.ts';
import type { Problem } from '../content/problems.ts';
import { didYouMean } from '../content/suggest.ts';

/** ISO 4217 codes this runtime knows, read once: a code outside them cannot be formatted. */
const currencies = new Set(Intl.supportedValuesOf('currency'));
/** Currencies a typo most likely meant, tried first so `ERU` suggests `EUR`, not `ERN`. */
const common = ['EUR', 'USD', 'GBP', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'CAD', 'AUD', 'JPY'];
const suggestions = [...common, ...[...currencies].filter((code) => !common.includes(code))];

/**
 * Checks pay across files: every range's minimum at most its maximum, a currency code that
 * exists, a zone the settings list, one range per zone, and settings that name zones and a
 * criteria guide that exist. Works on source-locale entries, since translations hold no pay.
 */
export function checkPayRules(ladder: LadderSource): Problem[] {
  const problems: Problem[] = [];
  const defaultLocale = ladder.settings.locales[0].code;
  const { pay } = ladder.settings;
  const zoneIds = pay.zones.map((zone) => zone.id);
  const settingsProblem = (path: PropertyKey[], message: string) =>
    problems.push({
      file: ladder.settingsFile,
      line: ladder.settingsSource.lineOf(path),
      field: path.map(String).join('.'),
      message,
      severity: 'error',
    });

  zoneIds.forEach((id, index) => {
    if (zoneIds.indexOf(id) !== index) {
      settingsProblem(
        ['pay', 'zones', index, 'id'],
        `\`${id}\` is listed twice in \`pay.zones\`. Keep one of them.`,
      );
    }
  });
  if (pay.defaultZone !== undefined && !zoneIds.includes(pay.defaultZone)) {
    settingsProblem(
      ['pay', 'defaultZone'],
      zoneIds.length
        ? `unknown pay zone \`${pay.defaultZone}\`.${didYouMean(pay.defaultZone, zoneIds)} The default zone is one of \`pay.zones\`.`
        : `unknown pay zone \`${pay.defaultZone}\`: \`pay.zones\` lists none. Add it under \`pay.zones\` with its \`label\`, or remove \`defaultZone\`.`,
    );
  }
  const guideIds = ladder.guides.filter((g) => g.locale === defaultLocale).map((g) => g.id);
  if (
    pay.criteria !== undefined &&
    !guideIds.includes(pay.criteria) &&
    !ladder.brokenIds.guides.has(pay.criteria)
  ) {
    settingsProblem(
      ['pay', 'criteria'],
      `unknown guide \`${pay.criteria}\`.${didYouMean(pay.criteria, guideIds)} The pay criteria page is a guide: add content/guides/${pay.criteria}.md, or name an existing one.`,
    );
  }

  for (const level of ladder.levels.filter((entry) => entry.locale === defaultLocale)) {
    const written = level.data.pay;
    if (!written) continue;
    const ranges = Array.isArray(written) ? written : [written];
    const report = (index: number, field: string, message: string) => {
      const path = Array.isArray(written) ? ['pay', index, field] : ['pay', field];
      problems.push({
        file: level.source.file,
        line: level.source.lineOf(path),
        field: path.join('.'),
        message,
        severity: 'error',
      });
    };
    const seen = new Map<string, number>();
    ranges.forEach((range, index) => {
      if (range.min > range.max) {
        report(
          index,
          'min',
          `pay \`min\` (${range.min}) is above \`max\` (${range.max}). Swap them or fix the range.`,
        );
      }
      if (!currencies.has(range.currency)) {
        report(
          index,
          'currency',
          `unknown currency \`${range.currency}\`: not an ISO 4217 code.${didYouMean(range.currency, suggestions)} Write the three-letter code, such as \`EUR\`, \`GBP\` or \`CHF\`.`,
        );
      }
      if (range.zone !== undefined && !zoneIds.includes(range.zone)) {
        report(
          index,
          'zone',
          zoneIds.length
            ? `unknown pay zone \`${range.zone}\`.${didYouMean(range.zone, zoneIds)} Zones are listed in settings.yaml \`pay.zones\`.`
            : `unknown pay zone \`${range.zone}\`: settings.yaml lists no \`pay.zones\`. Add the zone there with its \`label\`, or remove \`zone\`.`,
        );
        return;
      }
      const zone = range.zone ?? pay.defaultZone ?? zoneIds[0] ?? '';
      const first = seen.get(zone);
      if (first !== undefined) {
        report(
          index,
          'zone',
          zone
            ? `a second range for zone \`${zone}\` (range ${first + 1} is for it too${range.zone === undefined ? ', as the default zone' : ''}). Give each zone one range.`
            : 'a second range, and the settings list no `pay.zones` to tell them apart. Keep one range, or add zones and name one in each range.',
        );
      } else seen.set(zone, index);
    });
  }
  return problems;
}
