// /public/complaints/status: what the public may know of a complaint — who handles it, when it
// was received, how far it is. Nothing of the lead's internals.
import { html, page } from '../../../shared/public-html';

export interface ComplaintStatus {
  agencyName: string;
  submittedOn: string;
  status: string;
}

export function statusPage(d: { code: string; result: ComplaintStatus | null | 'invalid' }): string {
  const body =
    d.result === null || d.result === 'invalid'
      ? html`<section>
          <p class="error" role="alert">
            ${d.code ? '没有找到这个回执码对应的投诉，请核对后重新输入。' : '请输入回执码。'}
          </p>
        </section>`
      : html`<section id="status">
          <p>受理单位：<strong>${d.result.agencyName}</strong></p>
          <p>提交日期：${d.result.submittedOn}</p>
          <p>处理状态：<strong id="status-label">${d.result.status}</strong></p>
        </section>`;
  return page({
    title: '投诉处理进度',
    description: '凭回执码查询投诉举报的处理进度。',
    body: html`<h1>投诉处理进度</h1>
      ${body}
      <section>
        <form method="get" action="/public/complaints/status">
          <label for="code">回执码</label>
          <input type="text" id="code" name="code" maxlength="40" value="${d.code}" autocomplete="off" />
          <button class="btn" type="submit">查询</button>
        </form>
      </section>`,
  });
}
