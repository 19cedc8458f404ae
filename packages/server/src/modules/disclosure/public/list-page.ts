// The public list and search of published decisions.
import { chineseDate } from '@zhifa/domain';
import { esc, renderPage } from './layout';
import type { PublicListItem } from './queries';

export interface ListPageInput {
  q: string | null;
  agency: string | null;
  page: number;
  items: PublicListItem[];
  more: boolean;
  agencies: string[];
}

function link(q: string | null, agency: string | null, page: number): string {
  const p = new URLSearchParams();
  if (q) p.set('q', q);
  if (agency) p.set('agency', agency);
  if (page > 1) p.set('page', String(page));
  const s = p.toString();
  return `/public/decisions${s ? `?${s}` : ''}`;
}

export function listPage(i: ListPageInput): string {
  const options = i.agencies
    .map((a) => `<option value="${esc(a)}"${a === i.agency ? ' selected' : ''}>${esc(a)}</option>`)
    .join('');
  const items = i.items
    .map(
      ({ documentId, rendition: r }) =>
        `<li><a href="/public/decisions/${esc(documentId)}">${esc(r.documentNumber)}</a><br>${esc(r.agencyName)} · ${esc(chineseDate(r.decidedOn))}<br><span class="muted">${esc(r.party.name)}：${esc(r.penalty)}</span></li>`,
    )
    .join('');
  const pager = `<nav class="pager">${i.page > 1 ? `<a href="${esc(link(i.q, i.agency, i.page - 1))}">上一页</a>` : '<span></span>'}${i.more ? `<a href="${esc(link(i.q, i.agency, i.page + 1))}">下一页</a>` : ''}</nav>`;
  const body = `<section><h1>行政处罚决定公开</h1>
<form method="get" action="/public/decisions"><input name="q" maxlength="50" value="${esc(i.q)}" placeholder="文号、当事人、事项" aria-label="搜索"><select name="agency" aria-label="执法机关"><option value="">全部机关</option>${options}</select><button type="submit">查询</button></form></section>
<section>${items ? `<ul class="list">${items}</ul>` : '<p class="muted">没有符合条件的公开决定。</p>'}${pager}</section>`;
  return renderPage({
    title: i.q ? `“${i.q}”的查询结果` : '行政处罚决定公开',
    description: '依法公开的行政处罚决定信息：作出决定的机关、文号、日期与决定摘要。',
    body,
  });
}
