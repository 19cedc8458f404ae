// Service (第61条; 民事诉讼法 第87–95条).
import { ART } from '../articles';
import { type CaseCalendar, addDays, addWorkingDays, compareDates } from '../calendar-port';
import type { CaseConfig } from '../config';
import type { ServicePayload } from '../payloads/service';
import { type CaseRefusal, refusal } from '../refusal';

/** 第61条第1款, 第85条: a decision not handed over on the spot is served within 7 working days. */
export function decisionServiceDue(decisionDate: string, calendar: CaseCalendar, config: CaseConfig): string {
  return addWorkingDays(decisionDate, config.serviceWorkingDays, calendar);
}

/** 民事诉讼法 第87, 89–91, 95条: the date service takes effect, or null when the record lacks it. */
export function serviceDate(p: ServicePayload, config: CaseConfig): string | null {
  switch (p.method) {
    case 'direct':
      return p.signedOn ?? null;
    case 'refusalWitnessed':
      return p.leftOn ?? null;
    case 'post':
      return p.receiptDate ?? null;
    case 'electronic':
      return p.arrivedOn ?? null;
    case 'publicNotice':
      return p.publishedOn ? addDays(p.publishedOn, config.publicNoticeDays) : null;
  }
}

const DATE_FIELD: Record<ServicePayload['method'], { label: string; article: string }> = {
  direct: { label: '送达回证上的签收日期', article: ART.serviceReceipt },
  refusalWitnessed: { label: '留置日期', article: ART.serviceLeaving },
  post: { label: '回执上注明的收件日期', article: ART.servicePost },
  electronic: { label: '送达信息到达受送达人特定系统的日期', article: ART.serviceElectronic },
  publicNotice: { label: '公告日期', article: ART.servicePublicNotice },
};

/** Method-specific requirements (第61条第2款; 民事诉讼法 第89, 90, 95条) and the effective date. */
export function checkService(p: ServicePayload, config: CaseConfig): CaseRefusal[] {
  const out: CaseRefusal[] = [];
  if (serviceDate(p, config) === null) {
    const f = DATE_FIELD[p.method];
    out.push(refusal('serviceDateMissing', `${f.label}必须填写`, f.article));
  }
  if (p.method === 'electronic') {
    if (!p.consentSignedOn) {
      out.push(
        refusal(
          'electronicConsentMissing',
          '当事人同意并签订确认书的，方可采用传真、电子邮件等方式送达',
          ART.electronicService,
        ),
      );
    } else if (p.arrivedOn && compareDates(p.consentSignedOn, p.arrivedOn) > 0) {
      out.push(refusal('electronicConsentLate', '电子送达确认书应当在送达前签订', ART.electronicService));
    }
  }
  if (p.method === 'refusalWitnessed' && !p.witness?.trim() && !p.photoOrVideoEvidenceId) {
    out.push(
      refusal(
        'leavingUnwitnessed',
        '留置送达应当有见证人签名，或者采用拍照、录像等方式记录送达过程',
        ART.serviceLeaving,
      ),
    );
  }
  if (p.method === 'publicNotice' && !p.publicNoticeReason?.trim()) {
    out.push(refusal('publicNoticeReasonMissing', '公告送达应当在案卷中记明原因和经过', ART.servicePublicNotice));
  }
  return out;
}
