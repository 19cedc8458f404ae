// The public list and search of published decisions.
import { chineseDate } from '@zhifa/domain';
import { html, page } from '../../../shared/public-html';
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
  const options = i.agencies.map((a) =>
    a === i.agency ? html`<option value="${a}" selected>${a}</option>` : html`<option value="${a}">${a}</option>`,
  );
  const items = i.items.map(
    ({ documentId, rendition: r }) =>
      html`<li>
        <a href="/public/decisions/${documentId}">${r.documentNumber}</a><br />${r.agencyName} ·
        ${chineseDate(r.decidedOn)}<br /><span class="muted">${r.party.name}：${r.penalty}</span>
      </li>`,
  );
  const pager = html`<nav class="pager">
    ${i.page > 1 ? html`<a href="${link(i.q, i.agency, i.page - 1)}">上一页</a>` : html`<span></span>`}${
      i.more ? html`<a href="${link(i.q, i.agency, i.page + 1)}">下一页</a>` : null
    }
  </nav>`;
  const body = html`<section>
      <h1>行政处罚决定公开</h1>
      <form class="inline" method="get" action="/public/decisions">
        <input name="q" maxlength="50" value="${i.q}" placeholder="文号、当事人、事项" aria-label="搜索" /><select
          name="agency"
          aria-label="执法机关"
        >
          <option value="">全部机关</option>
          ${options}</select
        ><button type="submit">查询</button>
      </form>
    </section>
    <section>
      ${
        items.length
          ? html`<ul class="list">
              ${items}
            </ul>`
          : html`<p class="muted">没有符合条件的公开决定。</p>`
      }${pager}
    </section>`;
  return page({
    title: i.q ? `“${i.q}”的查询结果` : '行政处罚决定公开',
    description: '依法公开的行政处罚决定信息：作出决定的机关、文号、日期与决定摘要。',
    body,
  });
}
