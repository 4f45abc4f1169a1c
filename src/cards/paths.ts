import type { Ladder } from '../ladder/model.ts';
import { type PageRoute, pageRoutes } from '../ladder/routes.ts';

/** The part of a route that decides where its card lives. */
export type CardRoute = Pick<PageRoute, 'path' | 'slug'>;

/** Site base path of a route, recovered from its path and slug so the helper needs no settings. */
function baseOf(route: CardRoute): string {
  return route.slug ? route.path.slice(0, route.path.length - route.slug.length - 1) : route.path;
}

/**
 * Path of a page's share card, with the site's base path: `/cards/index.png` for the home
 * page, `/cards/<slug>.png` for the others. The card endpoint and the `og:image` tag both
 * derive their paths from this one function, so a page never names an image that was not
 * generated.
 */
export function cardPath(route: CardRoute): string {
  return `${baseOf(route)}cards/${route.slug ?? 'index'}.png`;
}

/**
 * The `[...slug]` parameter of the card endpoint (`src/pages/cards/[...slug].png.ts`) for a
 * route: `cardPath` without the base path, the `cards/` folder and the extension.
 */
export function cardParam(route: CardRoute): string {
  const prefix = `${baseOf(route)}cards/`;
  return cardPath(route).slice(prefix.length, -'.png'.length);
}

const routesByPath = new WeakMap<Ladder, Map<string, Map<string, PageRoute>>>();

/**
 * The route whose card a page shows: the route at `path` in `pageRoutes()`, or the locale's
 * home route for pages outside that list (such as the 404 page), whose card always exists.
 * The lookup table is built once per ladder and locale.
 */
export function cardRouteFor(ladder: Ladder, locale: string, path: string): PageRoute {
  let byLocale = routesByPath.get(ladder);
  if (!byLocale) {
    byLocale = new Map();
    routesByPath.set(ladder, byLocale);
  }
  let byPath = byLocale.get(locale);
  if (!byPath) {
    byPath = new Map(pageRoutes(ladder, locale).map((route) => [route.path, route]));
    byLocale.set(locale, byPath);
  }
  return byPath.get(path) ?? pageRoutes(ladder, locale)[0];
}
