// A worker thread that draws share cards, so a build draws them on every core while its main
// thread renders pages. Started by `drawPool` with the project root; receives one card at a
// time and answers with its PNG, or with the error that stopped it.
import { parentPort, workerData } from 'node:worker_threads';
import type { CardData } from './content.ts';
import { loadCardFonts } from './fonts.ts';
import { renderCard } from './render.ts';

/** A card to draw, numbered so the answer finds its caller. */
export interface DrawRequest {
  id: number;
  card: CardData;
}

/** The PNG of a card and the milliseconds it took, or why it could not be drawn. */
export type DrawAnswer = { id: number; png: Uint8Array; ms: number } | { id: number; error: string };

const { root } = workerData as { root: string };
const fonts = loadCardFonts(root);

parentPort?.on('message', async ({ id, card }: DrawRequest) => {
  const started = performance.now();
  let answer: DrawAnswer;
  try {
    const { png } = await renderCard(card, fonts);
    answer = { id, png, ms: performance.now() - started };
  } catch (error) {
    answer = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(answer);
});
