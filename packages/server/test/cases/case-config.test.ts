// The web previews the procedure's rules (hearing right, 较大数额, summary-procedure caps) before
// sending a command; it must preview with the configuration the server decides with — the
// county's, not the defaults. The case detail carries it, and so does GET /api/case-config for a
// case not yet created.
import { DEFAULT_CASE_CONFIG, hearingRight, type CaseConfig, type PenaltyProposal } from '@zhifa/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './fixtures';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  // This county treats a fine on a person from 3,000 yuan as 较大数额 (the default is 5,000).
  await h.p.app.db
    .insertInto('settings')
    .values({ key: 'cases.config', value: JSON.stringify({ hearing: { personFineThreshold: 3000 } }) })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({ value: JSON.stringify({ hearing: { personFineThreshold: 3000 } }) }),
    )
    .execute();
});
afterAll(async () => {
  await h?.close();
});

describe("the county's case configuration reaches the web", () => {
  it('行政处罚法 第63条: the case detail carries the configuration the server decides with, so the hearing-right preview agrees', async () => {
    const caseId = await h.investigatingCase();
    const detail = h.ok(
      await h.p.request({ method: 'GET', url: `/api/cases/${caseId}`, cookie: await h.cookie('duruan.officer1') }),
    );
    const config = detail.config as CaseConfig;
    expect(config.hearing.personFineThreshold).toBe(3000);
    // Everything the county did not change keeps its default.
    expect(config.summary).toEqual(DEFAULT_CASE_CONFIG.summary);
    expect(config.hearing.noticeLeadWorkingDays).toBe(DEFAULT_CASE_CONFIG.hearing.noticeLeadWorkingDays);
    // A 4,000 yuan fine on a person: a hearing right in this county, none under the defaults.
    const fine4000: PenaltyProposal = { lines: [{ kind: 'fine', amount: 4000 }] };
    expect(hearingRight(fine4000, 'person', config).required).toBe(true);
    expect(hearingRight(fine4000, 'person', DEFAULT_CASE_CONFIG).required).toBe(false);
  });

  it('GET /api/case-config answers the same configuration before a case exists, to case handlers only', async () => {
    const config = h.ok(
      await h.p.request({ method: 'GET', url: '/api/case-config', cookie: await h.cookie('duruan.officer1') }),
    ) as CaseConfig;
    expect(config.hearing.personFineThreshold).toBe(3000);
    expect(config.summary).toEqual(DEFAULT_CASE_CONFIG.summary);
    const anonymous = await h.p.request({ method: 'GET', url: '/api/case-config' });
    expect(anonymous.statusCode).toBe(401);
  });
});
