import type { APIRoute } from 'astro';
import { getCatalog } from '../model/catalog.ts';
import { pagedCodes } from '../model/catalogQueries.ts';
import { DEFAULT_LOCALE, LOCALES, LOCALE_NAMES, t, type Locale } from '../i18n/locale.ts';
import { clientPath, clientsPath, codePath, comparePath, protocolPath, rangePath } from '../routing/routes.ts';
import { getLabData } from '../observations/labData.ts';

/** The index's sections in `locale`, each a heading and its lines, with absolute URLs from `abs`. */
async function sections(locale: Locale, abs: (path: string) => string): Promise<[string, string[]][]> {
  const catalog = await getCatalog(locale);
  const codes = pagedCodes(catalog).map((code) => {
    const entry = catalog.byCode.get(code);
    const text = entry
      ? `${entry.name}: ${entry.summary}`
      : (catalog.protocolMeanings.get(code) ?? []).map((m) => `${m.protocol.name}: ${m.entry.name}`).join('; ');
    return `- [${code}](${abs(codePath(code, locale))}): ${text}`;
  });
  const pairs = [...catalog.pairs.values()].map(
    (p) => `- [${p.a} vs ${p.b}](${abs(comparePath(p.a, p.b, locale))}): ${p.tagline}`,
  );
  const ranges = catalog.ranges.map(
    (r) => `- [${r.from}–${r.to} ${r.title}](${abs(rangePath(r.slug, locale))}): ${r.summary}`,
  );
  const protocols = catalog.protocols.map((p) => `- [${p.name}](${abs(protocolPath(p.slug, locale))}): ${p.summary}`);
  const clients = [
    `- [${t('lab.page.title', locale)}](${abs(clientsPath(locale))})`,
    ...(await getLabData()).clients.map((c) => `- [${c.name}](${abs(clientPath(c.id, locale))}): ${c.version}`),
  ];
  return [
    ['Codes', codes],
    ['Comparisons', pairs],
    ['Ranges', ranges],
    ['Protocols', protocols],
    ['Measured clients', clients],
  ];
}

/**
 * `/llms.txt`: a plain-text index of every code and comparison, one line each,
 * for language-model tools: the English site, then every other edition's pages.
 */
export const GET: APIRoute = async ({ site }) => {
  const abs = (path: string) => new URL(path, site).href;
  const lines = [`# ${t('site.name')}`, '', `> ${t('site.tagline')}`];
  for (const [heading, items] of await sections(DEFAULT_LOCALE, abs)) lines.push('', `## ${heading}`, '', ...items);
  lines.push(
    '',
    '## Data',
    '',
    `- [codes.json](${abs('/codes.json')}): every code, comparison and protocol meaning as JSON (see ${abs('/api/')})`,
  );
  lines.push(`- [observations.json](${abs('/observations.json')}): measured client behaviour`);
  for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
    lines.push('', `## ${LOCALE_NAMES[locale]} (${locale})`, '', `> ${t('site.tagline', locale)}`);
    for (const [heading, items] of await sections(locale, abs)) lines.push('', `### ${heading}`, '', ...items);
  }
  lines.push('');
  return new Response(lines.join('\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
