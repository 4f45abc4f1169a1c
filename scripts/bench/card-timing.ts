import { join } from 'node:path';
import { cardContent } from '../../src/cards/content.ts';
import { loadCardFonts } from '../../src/cards/fonts.ts';
import { readLogo } from '../../src/cards/generate.ts';
import { forgetDrawnParts, renderCard } from '../../src/cards/render.ts';
import type { Ladder } from '../../src/ladder/model.ts';
import { pageRoutes } from '../../src/ladder/routes.ts';
import { median, percentile } from './statistics.ts';

/** How long drawing one share card takes. */
export interface CardTiming {
  /** Cards drawn and timed (after a few untimed warm-up cards). */
  samples: number;
  /** Median wall time of each card's first drawing, as a build draws it once. */
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  /** Median processor time of this process per card (user + system), first drawings. */
  cpuMedianMs: number;
  /**
   * Median over cards of each card's fastest of `repeats` drawings: the card's own cost with
   * most of the interference of other work on the machine taken out.
   */
  bestOfMedianMs: number;
  /** How many times each card was drawn. */
  repeats: number;
  /** Milliseconds of each card's first drawing, by page kind. */
  byKind: Record<string, number[]>;
}

/** Cards drawn untimed first: satori parses the fonts on first use and the JIT warms up. */
const warmUpCards = 3;

/**
 * Draws a sample of the ladder's share cards in this process, with the build's own fonts,
 * template and renderer and no cache, and times each. The sample is spread evenly over every
 * page of every language, so each kind of card is represented as often as it is built. Each
 * card is drawn `repeats` times, each time from nothing: the first drawing gives what drawing
 * it alone costs, the fastest the same on a quiet machine. A build costs less per comparison
 * card, since it reuses the regions comparisons share (`forgetDrawnParts`).
 */
export async function timeCards(
  root: string,
  ladders: readonly Ladder[],
  sampleSize: number,
  repeats = 3,
): Promise<CardTiming> {
  const fonts = loadCardFonts(root);
  const routes = ladders.flatMap((ladder) => pageRoutes(ladder).map((route) => ({ route, ladder })));
  const step = Math.max(1, routes.length / sampleSize);
  const sample = Array.from(
    { length: Math.min(sampleSize, routes.length) },
    (_, i) => routes[Math.floor(i * step)],
  );
  const logos = new Map<string, string | undefined>();
  const cardOf = ({ route, ladder }: (typeof routes)[number]) => {
    const logoName = ladder.settings.organisation.logo;
    if (logoName && !logos.has(logoName)) logos.set(logoName, readLogo(join(root, 'public'), logoName));
    return cardContent(route, ladder, { logo: logoName ? logos.get(logoName) : undefined });
  };
  for (const entry of sample.slice(0, warmUpCards)) await renderCard(cardOf(entry), fonts);
  const byKind: Record<string, number[]> = {};
  const firsts: number[] = [];
  const bests: number[] = [];
  const cpuTimes: number[] = [];
  for (const entry of sample) {
    const card = cardOf(entry);
    const times: number[] = [];
    for (let attempt = 0; attempt < repeats; attempt++) {
      // The event loop turns between two drawings, as in a build's worker, which draws each
      // card from a message of its own: resvg frees an image's memory in a callback the loop
      // runs once the garbage collector found the image unused, so card after card with no
      // turn piles it up (6 MB a card drawn from nothing: 3 GB after 500 cards, which then
      // took 40 ms each instead of 25).
      await new Promise((resolve) => setImmediate(resolve));
      // Each drawing from nothing: a comparison card would otherwise take its regions from
      // the drawing before. A build draws comparisons one after the other and reuses regions
      // across them, which the figures in the build show.
      forgetDrawnParts();
      const started = performance.now();
      const cpu = process.cpuUsage();
      await renderCard(card, fonts);
      times.push(performance.now() - started);
      if (attempt === 0) {
        const used = process.cpuUsage(cpu);
        cpuTimes.push((used.user + used.system) / 1000);
      }
    }
    firsts.push(times[0]);
    bests.push(Math.min(...times));
    byKind[entry.route.kind] = [...(byKind[entry.route.kind] ?? []), times[0]];
  }
  return {
    samples: firsts.length,
    medianMs: median(firsts),
    p95Ms: percentile(firsts, 95),
    maxMs: Math.max(...firsts),
    cpuMedianMs: median(cpuTimes),
    bestOfMedianMs: median(bests),
    repeats,
    byKind,
  };
}
