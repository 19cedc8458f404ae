// The printable 执法监督意见书: the domain's words laid out by the documents' A4 layout, with a
// verification code from the text's hash. The issued content never changes (only the answers do),
// so printing again gives the same bytes.
import crypto from 'node:crypto';
import { correctionNoticeText, verificationCode } from '@zhifa/domain';
import { renderDocumentPdf } from '../documents/pdf-layout';
import type { CorrectionRow } from './queries';

export async function renderNoticePdf(r: CorrectionRow): Promise<{ pdf: Buffer; fileName: string }> {
  const text = correctionNoticeText({
    number: r.number,
    issuingAgencyName: r.issuing_agency_full_name,
    agencyName: r.agency_full_name,
    caseNumber: r.case_number,
    caseTitle: r.case_title,
    subject: r.subject,
    findings: r.findings,
    requirement: r.requirement,
    dueOn: r.due_on,
    issuedOn: r.issued_on,
  });
  const hash = crypto.createHash('sha256').update(JSON.stringify(text)).digest('hex');
  const pdf = await renderDocumentPdf(
    text,
    { verificationCode: verificationCode(hash), publicUrl: null, version: 1 },
    new Date(`${r.issued_on}T00:00:00+08:00`),
  );
  return { pdf, fileName: `${text.title}-${r.number}.pdf` };
}
