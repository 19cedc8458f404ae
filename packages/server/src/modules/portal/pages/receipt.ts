// The answer to a submitted complaint: the receipt code to follow it with.
import { html, page } from '../../../shared/public-html';

export function receiptPage(d: { receiptCode: string; agencyName: string; submittedOn: string }): string {
  return page({
    title: '投诉已提交',
    description: '投诉已提交，请保存回执码以查询处理进度。',
    body: html`<h1>投诉已提交</h1>
      <section class="ok">
        <p>您的投诉已交由 <strong>${d.agencyName}</strong> 受理（${d.submittedOn}）。</p>
        <p>回执码（请截图或抄下保存，凭它查询进度）：</p>
        <p class="code" id="receipt-code">${d.receiptCode}</p>
        <a class="btn" href="/public/complaints/status?code=${d.receiptCode}">查询处理进度</a>
      </section>`,
  });
}
