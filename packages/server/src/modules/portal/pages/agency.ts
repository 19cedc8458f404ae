// /public/agencies/:id: what an agency publishes before it acts (事前公开, 国办发〔2018〕118号):
// its powers, officers, procedure and audio-video list, random-inspection items, remedies and
// how to complain.
import {
  AUDIO_VIDEO_AS_NEEDED,
  AUDIO_VIDEO_MANDATORY,
  AUDIO_VIDEO_BASIS,
  ITEM_KIND_LABELS,
  ORDINARY_PROCEDURE,
  SUMMARY_PROCEDURE,
} from '@zhifa/domain';
import { html, page } from '../../../shared/public-html';
import { isTownship, type PublicAgency, type PublicOfficer, type PublicPower } from '../queries';

export interface AgencyPageData {
  agency: PublicAgency;
  today: string;
  powers: PublicPower[];
  officers: PublicOfficer[];
  remedies: { reconsiderationBody: string; court: string };
}

function power(p: PublicPower) {
  return html`<li data-item="${p.code}">
    <strong>${p.name}</strong><br />
    <span class="tag">${ITEM_KIND_LABELS[p.kind as keyof typeof ITEM_KIND_LABELS] ?? p.kind}</span
    ><span class="tag">${p.domain}</span><span class="muted">${p.code}</span><br />
    <span class="muted">实施依据：${p.basis.length ? p.basis.join('；') : '见执法事项目录'}</span>
    ${p.announcement ? html`<br /><span class="muted">赋权公告：${p.announcement.documentNo}${p.announcement.title ? html`《${p.announcement.title}》` : ''}，${p.announcement.from} 起实施</span>` : ''}
  </li>`;
}

function officer(o: PublicOfficer) {
  return html`<li>
    <strong>${o.name}</strong> <span class="muted">执法证号</span> ${o.certificateNumber}<br />
    <span class="muted">执法领域：${o.domains.join('、') || '—'}；有效期 ${o.validFrom} 至 ${o.validTo}</span>
    <a href="/verify/${encodeURIComponent(o.verifyToken)}">核验证件</a>
  </li>`;
}

export function agencyPage({ agency, today, powers, officers, remedies }: AgencyPageData): string {
  const inspections = powers.filter((p) => p.kind === 'inspection');
  const complainLink = isTownship(agency) ? `/public/complaints?township=${agency.id}` : '/public/complaints';
  return page({
    title: agency.name,
    description: `${agency.name}的执法职权、执法人员、执法程序、救济途径和投诉举报方式（${today}）。`,
    body: html`<h1>${agency.name}</h1>
      <p class="muted">公示日期：${today}</p>
      <nav class="jump">
        <a href="#powers">职权</a><a href="#officers">人员</a><a href="#procedure">程序</a
        ><a href="#inspections">抽查</a><a href="#remedies">救济</a><a href="#complain">投诉</a>
      </nav>
      <section id="powers">
        <h2>执法职权（${powers.length} 项）</h2>
        ${
          powers.length
            ? html`<ul class="list">
                ${powers.map(power)}
              </ul>`
            : html`<p class="muted">本执法主体当前没有可以行使的执法事项。</p>`
        }
      </section>
      <section id="officers">
        <h2>执法人员（${officers.length} 名）</h2>
        ${
          officers.length
            ? html`<ul class="list">
                ${officers.map(officer)}
              </ul>`
            : html`<p class="muted">暂无持有效执法证的执法人员。</p>`
        }
      </section>
      <section id="procedure">
        <h2>执法程序</h2>
        <ol>
          ${ORDINARY_PROCEDURE.map(
            (s) => html`<li><strong>${s.title}</strong>：${s.text}<span class="muted">（${s.basis}）</span></li>`,
          )}
        </ol>
        <p>
          <strong>${SUMMARY_PROCEDURE.title}</strong>：${SUMMARY_PROCEDURE.text}<span class="muted"
            >（${SUMMARY_PROCEDURE.basis}）</span
          >
        </p>
      </section>
      <section id="audio-video">
        <h2>音像记录事项清单</h2>
        <p>全程音像记录：</p>
        <ul>
          ${AUDIO_VIDEO_MANDATORY.map((a) => html`<li>${a}</li>`)}
        </ul>
        <p>根据实际情况进行音像记录：</p>
        <ul>
          ${AUDIO_VIDEO_AS_NEEDED.map((a) => html`<li>${a}</li>`)}
        </ul>
        <p class="muted">依据：${AUDIO_VIDEO_BASIS}</p>
      </section>
      <section id="inspections">
        <h2>随机抽查事项清单</h2>
        ${
          inspections.length
            ? html`<ul class="list">
                ${inspections.map((p) => html`<li>${p.name} <span class="muted">${p.code}</span></li>`)}
              </ul>`
            : html`<p class="muted">本执法主体暂无列入抽查的检查事项。</p>`
        }
        <p class="muted">以上为本执法主体可以实施的行政检查事项；抽查计划和结果另行公布。</p>
      </section>
      <section id="remedies">
        <h2>救济途径</h2>
        <p>
          对行政处罚决定不服的，可以自收到决定书之日起六十日内向<strong>${remedies.reconsiderationBody}</strong>申请行政复议，或者自收到决定书之日起六个月内向<strong>${remedies.court}</strong>提起行政诉讼。
        </p>
        <p class="muted">依据：行政复议法 第20条、第24条；行政诉讼法 第18条、第46条</p>
      </section>
      <section id="complain">
        <h2>投诉举报</h2>
        <p>电话：${agency.phone ?? '12345'}</p>
        <p>地址：${agency.address ?? '请拨打 12345 政务服务便民热线'}</p>
        <a class="btn" href="${complainLink}">在线投诉举报</a>
      </section>`,
  });
}
