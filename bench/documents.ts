import crypto from 'node:crypto';
import os from 'node:os';
import { documentText, documentTextLines, verificationCode, type DocumentSource } from '@zhifa/domain';
import { percentile } from './cases-client';
import {
  footDocument,
  layDocument,
  newPdf,
  renderDocumentPdf,
  toBuffer,
} from '../packages/server/src/modules/documents/pdf-layout';

/**
 * `npm run bench:documents` (issue 12): decision documents (行政处罚决定书) generated per second on one
 * core, with the p95 of one generation — the domain's text, the verification hash and the A4 PDF
 * with its subset CJK font and QR code — and the time to assemble a 60-page case file.
 * Targets per core: ≥ 20 decisions/s, p95 ≤ 100 ms; the 60-page case file ≤ 2 s.
 * BENCH_SECONDS (10) of decisions; BENCH_CASE_FILES (5) case files. The database is left out: a
 * document is rendered once and then served from its stored bytes.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CASE_FILES = Number(process.env.BENCH_CASE_FILES ?? 5);

const facts =
  '经查，当事人于2026年11月1日上午9时许，在杜阮镇杜阮南路东侧人行道上摆设摊档销售水果，占用城市道路约10平方米，' +
  '影响行人通行。执法人员现场责令其改正，当事人未予改正。上述事实有现场检查笔录、询问笔录、现场照片等证据证实。';

function decision(i: number): DocumentSource {
  return {
    kind: 'penaltyDecision',
    title: '行政处罚决定书',
    number: `蓬杜综执罚〔2026〕${i}号`,
    issuedOn: '2026-12-07',
    agencyName: '江门市蓬江区杜阮镇人民政府',
    payload: {
      caseNumber: `蓬杜综执〔2026〕${i}号`,
      partyName: `当事人${i}`,
      action: 'decide',
      content: {
        outcome: 'penalty',
        partyAddress: '杜阮镇杜阮南路1号',
        facts: facts.repeat(1 + (i % 3)),
        basis: [
          { level: 'administrativeRegulation', title: '城市道路管理条例', article: '第四十二条' },
          { level: 'localRegulation', title: '广东省城乡生活垃圾管理条例', article: '第八十四条' },
        ],
        penalty: {
          lines: [{ kind: 'fine', amount: 1000 + i }],
          benchmarkApplication:
            '适用《蓬江区城市管理综合执法行政处罚裁量基准》第12项，违法行为情节一般，在500元以上2000元以下幅度内处罚。',
        },
        discretion: { tier: 'standard', reasoning: '当事人首次违法，配合调查，占道面积一般。' },
        remedies: {
          reconsiderationBody: '江门市蓬江区人民政府',
          court: '江门市蓬江区人民法院',
          text: '如不服本决定，可以在收到本决定书之日起六十日内向江门市蓬江区人民政府申请行政复议，也可以在六个月内依法向江门市蓬江区人民法院提起行政诉讼。',
        },
      },
    },
    payee: { accountName: '杜阮镇财政所', bank: '中国农业银行杜阮支行', accountNumber: '4400 1234 5678 9012' },
    provisional: false,
    version: 1,
    correctionReason: null,
  };
}

function prepare(i: number) {
  const text = documentText(decision(i));
  const hash = crypto
    .createHash('sha256')
    .update(JSON.stringify(documentTextLines(text)))
    .digest('hex');
  const marks = {
    verificationCode: verificationCode(hash),
    publicUrl: `http://localhost:3000/public/decisions/${crypto.randomUUID()}`,
    version: 1,
  };
  return { text, marks };
}

async function decisions() {
  // Warm-up: open the font and let the JIT settle.
  for (let i = 0; i < 5; i++) {
    const p = prepare(i);
    await renderDocumentPdf(p.text, p.marks, new Date(0));
  }
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let bytes = 0;
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  for (let i = 0; performance.now() - start < SECONDS * 1000; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const p = prepare(i);
    const pdf = await renderDocumentPdf(p.text, p.marks, new Date(0));
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpuTimes.push((c.user + c.system) / 1000);
    bytes += pdf.length;
  }
  const elapsed = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  return {
    count: times.length,
    perSecond: times.length / elapsed,
    // On a shared machine the wall clock counts other processes' turns; CPU time is this core's work.
    perCpuSecond: times.length / ((cpu.user + cpu.system) / 1e6),
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    cpuP95: percentile(cpuTimes, 0.95),
    avgKb: bytes / times.length / 1024,
  };
}

/** 60 pages: documents of one to three pages each, laid into one PDF with running page numbers. */
async function caseFile(): Promise<{ ms: number; cpuMs: number; pages: number; kb: number }> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const pdf = newPdf(new Date(0), '案卷');
  pdf.addPage();
  pdf.addPage(); // cover and contents
  let i = 0;
  while (pdf.bufferedPageRange().count < 62) {
    const p = prepare(i++);
    const pages = layDocument(pdf, p.text, p.marks);
    footDocument(pdf, pages, p.marks, (n) => `第 ${n - 1} 页`);
  }
  const pages = pdf.bufferedPageRange().count;
  const buf = await toBuffer(pdf);
  const c = process.cpuUsage(c0);
  return { ms: performance.now() - t0, cpuMs: (c.user + c.system) / 1000, pages, kb: buf.length / 1024 };
}

async function main() {
  const load = () =>
    os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ');
  console.log(`cpus ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}; load ${load()}`);
  const d = await decisions();
  console.log(
    `decisions: ${d.count} in ${SECONDS}s on one core = ${d.perSecond.toFixed(1)}/s (target ≥ 20), ` +
      `p50 ${d.p50.toFixed(1)} ms, p95 ${d.p95.toFixed(1)} ms (target ≤ 100), ${d.avgKb.toFixed(0)} KB each; ` +
      `per CPU second ${d.perCpuSecond.toFixed(1)}/s, CPU p95 ${d.cpuP95.toFixed(1)} ms; load ${load()}`,
  );
  const runs: number[] = [];
  let last = { ms: 0, cpuMs: 0, pages: 0, kb: 0 };
  for (let i = 0; i < CASE_FILES; i++) {
    last = await caseFile();
    runs.push(last.ms);
  }
  runs.sort((a, b) => a - b);
  console.log(
    `case file: ${last.pages} pages (${last.kb.toFixed(0)} KB), median ${percentile(runs, 0.5).toFixed(0)} ms, ` +
      `worst ${runs.at(-1)!.toFixed(0)} ms over ${CASE_FILES} (target ≤ 2000), last one ${last.cpuMs.toFixed(0)} ms CPU; load ${load()}`,
  );
}

await main();
