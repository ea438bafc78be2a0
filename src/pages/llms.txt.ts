import type { APIRoute } from 'astro';
import { getCatalog } from '../model/catalog.ts';
import { pagedCodes } from '../model/catalogQueries.ts';
import { t } from '../i18n/locale.ts';
import { clientPath, clientsPath, codePath, comparePath, protocolPath, rangePath } from '../routing/routes.ts';
import { getLabData } from '../observations/labData.ts';

/** `/llms.txt`: a plain-text index of every code and comparison, one line each, for language-model tools. */
export const GET: APIRoute = async ({ site }) => {
  const catalog = await getCatalog();
  const abs = (path: string) => new URL(path, site).href;
  const lines = [`# ${t('site.name')}`, '', `> ${t('site.tagline')}`, '', '## Codes', ''];
  for (const code of pagedCodes(catalog)) {
    const entry = catalog.byCode.get(code);
    const text = entry
      ? `${entry.name}: ${entry.summary}`
      : (catalog.protocolMeanings.get(code) ?? []).map((m) => `${m.protocol.name}: ${m.entry.name}`).join('; ');
    lines.push(`- [${code}](${abs(codePath(code))}): ${text}`);
  }
  lines.push('', '## Comparisons', '');
  for (const p of catalog.pairs.values())
    lines.push(`- [${p.a} vs ${p.b}](${abs(comparePath(p.a, p.b))}): ${p.tagline}`);
  lines.push('', '## Ranges', '');
  for (const r of catalog.ranges)
    lines.push(`- [${r.from}–${r.to} ${r.title}](${abs(rangePath(r.slug))}): ${r.summary}`);
  lines.push('', '## Protocols', '');
  for (const p of catalog.protocols) lines.push(`- [${p.name}](${abs(protocolPath(p.slug))}): ${p.summary}`);
  lines.push('', '## Measured clients', '', `- [${t('lab.page.title')}](${abs(clientsPath())})`);
  for (const c of (await getLabData()).clients) lines.push(`- [${c.name}](${abs(clientPath(c.id))}): ${c.version}`);
  lines.push(
    '',
    '## Data',
    '',
    `- [codes.json](${abs('/codes.json')}): every code, comparison and protocol meaning as JSON (see ${abs('/api/')})`,
  );
  lines.push(`- [observations.json](${abs('/observations.json')}): measured client behaviour`, '');
  return new Response(lines.join('\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
