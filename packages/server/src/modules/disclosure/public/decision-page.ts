// The 一案一码 page: what the QR code on a decision opens. Everything on it comes from the rendition.
import { chineseDate, WITHDRAWAL_GROUND_LABELS, type Rendition, type WithdrawalGround } from '@zhifa/domain';
import { html, page, type SafeHtml } from '../../../shared/public-html';

export type CodeCheck = { code: string; matches: boolean } | null;

const row = (label: string, value: string | null | undefined): SafeHtml | null =>
  value
    ? html`<dt>${label}</dt>
        <dd>${value}</dd>`
    : null;

export function decisionPage(documentId: string, r: Rendition, check: CodeCheck): string {
  const steps = r.steps.map((st) => html`<li>${st.label}：${chineseDate(st.on)}</li>`);
  const basis = r.basis.map((x) => `${x.title}${x.article}`).join('；');
  const party = r.party.creditCode ? `${r.party.name}（统一社会信用代码 ${r.party.creditCode}）` : r.party.name;
  const result = !check
    ? null
    : check.matches
      ? html`<p class="ok">核验码 ${check.code} 与本机关签发的决定书一致。</p>`
      : html`<p class="no">核验码 ${check.code} 与本决定书不符，请核对纸质文书或向作出决定的机关查询。</p>`;
  const body = html`<section>
      <h1>${r.title}</h1>
      <dl>
        ${row('作出决定的机关', r.agencyName)}${row('决定书文号', r.documentNumber)}${row('决定日期', chineseDate(r.decidedOn))}${row('当事人', party)}${row('执法事项', r.item?.name)}
      </dl>
    </section>
    <section>
      <h2>决定摘要</h2>
      <dl>
        ${row('违法事实', r.facts)}${row('处罚依据', basis)}${row('处罚内容', r.penalty)}${row('裁量基准适用', r.benchmark)}${row('裁量理由', r.reasoning)}
      </dl>
    </section>
    <section>
      <h2>办理过程</h2>
      <ol class="steps">
        ${steps}
      </ol>
    </section>
    <section>
      <h2>文书核验</h2>
      <p class="muted">输入决定书上印制的核验码（如 ABCD-EFGH），核对手中文书是否与签发的一致。</p>
      <form class="inline" method="get" action="/public/decisions/${documentId}">
        <input name="code" maxlength="20" placeholder="核验码" aria-label="核验码" autocomplete="off" required /><button
          type="submit"
        >
          核验
        </button>
      </form>
      ${result}
    </section>`;
  return page({
    title: `${r.documentNumber} ${r.agencyName}行政处罚决定`,
    description: `${r.agencyName}于${chineseDate(r.decidedOn)}作出的行政处罚决定（${r.documentNumber}）的公开信息`,
    body,
  });
}

export function withdrawnPage(documentNumber: string, ground: string | null, reason: string, on: string): string {
  const label =
    ground && ground in WITHDRAWAL_GROUND_LABELS ? WITHDRAWAL_GROUND_LABELS[ground as WithdrawalGround] : '';
  const body = html`<section class="notice">
    <h1>本决定信息已撤回</h1>
    <p>${documentNumber}行政处罚决定信息已于${chineseDate(on)}撤回。</p>
    <dl>
      ${row('撤回原因', reason)}${label ? row('依据', `${label}，依照《中华人民共和国行政处罚法》第四十八条第二款撤回公开`) : null}
    </dl>
  </section>`;
  return page({
    title: `${documentNumber} 决定信息已撤回`,
    description: `${documentNumber}行政处罚决定信息已撤回：${reason}`,
    body,
    noindex: true,
  });
}

export function goneOrMissingPage(kind: 'expired' | 'missing'): string {
  const text =
    kind === 'expired'
      ? '该行政处罚决定信息的公示期限已满，已停止公示。'
      : '未找到该决定的公开信息：它可能尚未公开，或依法不予公开。如对纸质文书有疑问，请向作出决定的机关查询。';
  const title = kind === 'expired' ? '公示期已满' : '未找到公开信息';
  return page({
    title,
    description: text,
    body: html`<section class="notice">
      <h1>${title}</h1>
      <p>${text}</p>
    </section>`,
    noindex: true,
  });
}
/** 核验码 as typed: upper case, no spaces or dashes, the letters Crockford base32 reads as digits. */
export function normaliseCode(raw: string): string | null {
  const s = raw.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (!/^[0-9A-HJKMNP-TV-Z]{8}$/.test(s)) return null;
  return `${s.slice(0, 4)}-${s.slice(4)}`;
}
