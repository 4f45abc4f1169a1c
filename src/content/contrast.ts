/** The dark-mode page background of `global.css`, which `colours.brandDark` is drawn on. */
export const darkBackground = '#101318';

/** WCAG 2.2 AA's minimum contrast for body text; links, level codes and buttons use the brand colours. */
export const minimumContrast = 4.5;

/** A `#rrggbb` colour's red, green and blue, from 0 to 255. */
function channels(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** Relative luminance as WCAG defines it, from 0 (black) to 1 (white). */
export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two `#rrggbb` colours, from 1 to 21, whichever is lighter. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** Mixes a colour toward another by `amount` (0 keeps it, 1 gives the other). */
function mix(hex: string, toward: string, amount: number): string {
  const from = channels(hex);
  const to = channels(toward);
  return `#${from
    .map((channel, i) => Math.round(channel + (to[i] - channel) * amount))
    .map((channel) => channel.toString(16).padStart(2, '0'))
    .join('')}`;
}

/**
 * The colour closest to `hex` along the way to `toward` (black to darken, white to lighten)
 * that reaches `minimumContrast` against `against`: a fix the author can paste, with the hue kept.
 */
export function nearestPassing(hex: string, against: string, toward: string): string {
  for (let step = 1; step <= 100; step++) {
    const candidate = mix(hex, toward, step / 100);
    if (contrastRatio(candidate, against) >= minimumContrast) return candidate;
  }
  return toward;
}

/** A ratio as authors read it: `3.21:1`, rounded down so a failing colour never reads 4.50:1. */
export function ratioText(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}
