// The 一案一码 page: what the QR code on a decision opens. Everything on it comes from the rendition.
import { chineseDate, WITHDRAWAL_GROUND_LABELS, type Rendition, type WithdrawalGround } from '@zhifa/domain';
import { esc, renderPage } from './layout';

export type CodeCheck = { code: string; matches: boolean } | null;

const row = (label: string, value: string | null | undefined) =>
  value ? `<dt>${esc(label)}</dt><dd>${esc(value)}</dd>` : '';

export function decisionPage(documentId: string, r: Rendition, check: CodeCheck): string {
  const steps = r.steps.map((s) => `<li>${esc(s.label)}：${esc(chineseDate(s.on))}</li>`).join('');
  const basis = r.basis.map((b) => `${b.title}${b.article}`).join('；');
  const party = r.party.creditCode ? `${r.party.name}（统一社会信用代码 ${r.party.creditCode}）` : r.party.name;
  const result = check
    ? check.matches
      ? `<p class="ok">核验码 ${esc(check.code)} 与本机关签发的决定书一致。</p>`
      : `<p class="no">核验码 ${esc(check.code)} 与本决定书不符，请核对纸质文书或向作出决定的机关查询。</p>`
    : '';
  const body = `<section><h1>${esc(r.title)}</h1><dl>
${row('作出决定的机关', r.agencyName)}${row('决定书文号', r.documentNumber)}${row('决定日期', chineseDate(r.decidedOn))}${row('当事人', party)}${row('执法事项', r.item?.name)}
</dl></section>
<section><h2>决定摘要</h2><dl>
${row('违法事实', r.facts)}${row('处罚依据', basis)}${row('处罚内容', r.penalty)}${row('裁量基准适用', r.benchmark)}${row('裁量理由', r.reasoning)}
</dl></section>
<section><h2>办理过程</h2><ol class="steps">${steps}</ol></section>
<section><h2>文书核验</h2><p class="muted">输入决定书上印制的核验码（如 ABCD-EFGH），核对手中文书是否与签发的一致。</p>
<form method="get" action="/public/decisions/${esc(documentId)}"><input name="code" maxlength="20" placeholder="核验码" aria-label="核验码" autocomplete="off" required><button type="submit">核验</button></form>${result}</section>`;
  return renderPage({
    title: `${r.documentNumber} ${r.agencyName}行政处罚决定`,
    description: `${r.agencyName}于${chineseDate(r.decidedOn)}作出的行政处罚决定（${r.documentNumber}）的公开信息`,
    body,
  });
}

export function withdrawnPage(documentNumber: string, ground: string | null, reason: string, on: string): string {
  const label =
    ground && ground in WITHDRAWAL_GROUND_LABELS ? WITHDRAWAL_GROUND_LABELS[ground as WithdrawalGround] : '';
  const body = `<section class="notice"><h1>本决定信息已撤回</h1>
<p>${esc(documentNumber)}行政处罚决定信息已于${esc(chineseDate(on))}撤回。</p>
<dl>${row('撤回原因', reason)}${label ? row('依据', `${label}，依照《中华人民共和国行政处罚法》第四十八条第二款撤回公开`) : ''}</dl></section>`;
  return renderPage({
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
  return renderPage({
    title: kind === 'expired' ? '公示期已满' : '未找到公开信息',
    description: text,
    body: `<section class="notice"><h1>${kind === 'expired' ? '公示期已满' : '未找到公开信息'}</h1><p>${esc(text)}</p></section>`,
    noindex: true,
  });
}

/** 核验码 as typed: upper case, no spaces or dashes, the letters Crockford base32 reads as digits. */
export function normaliseCode(raw: string): string | null {
  const s = raw.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (!/^[0-9A-HJKMNP-TV-Z]{8}$/.test(s)) return null;
  return `${s.slice(0, 4)}-${s.slice(4)}`;
}
