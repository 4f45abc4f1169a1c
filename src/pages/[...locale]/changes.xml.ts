// `/changes.xml`, and `/<locale>/changes.xml` for every other language: the changelog as an
// Atom feed. Ladders without a changelog have no feed.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getLadders } from '../../data/ladder.ts';
import { useTranslations } from '../../i18n/index.ts';
import { formatMonth } from '../../ladder/changelog.ts';
import { changelogAtom } from '../../ladder/feed.ts';
import type { Ladder } from '../../ladder/model.ts';

export const getStaticPaths = (async () =>
  (await getLadders())
    .map((ladder, index) => ({
      params: { locale: index === 0 ? undefined : ladder.locale },
      props: { ladder },
    }))
    .filter(({ props }) => props.ladder.changelog.length > 0)) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { ladder } = props as { ladder: Ladder };
  const t = useTranslations(ladder.locale);
  const feed = changelogAtom(ladder, {
    title: t('changes.title'),
    version: (version) => t('changes.version', { version }),
    why: t('changes.why'),
    appliesFrom: (month) => t('changes.appliesFrom', { month: formatMonth(month, ladder.locale) }),
  });
  return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
