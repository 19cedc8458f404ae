// The record facts behind the pre-scored items of each drawn file (documents issued, deadlines
// overdue at closing, officers and their certificates on the filing day, 法制审核).
import {
  caseDeadlines,
  fileAutoFacts,
  handlingOfficerIds,
  type AutoFacts,
  type Calendar,
  type CaseConfig,
  type CaseState,
} from '@zhifa/domain';
import type { Tx } from '../../db/schema';

export interface DrawnCase {
  id: string;
  procedure: 'summary' | 'ordinary';
  filed_on: string | null;
  closed_on: string | null;
  state: unknown;
}

export async function factsOfFiles(
  tx: Tx,
  cases: readonly DrawnCase[],
  calendar: Calendar,
  config: CaseConfig,
): Promise<Map<string, AutoFacts>> {
  const out = new Map<string, AutoFacts>();
  if (cases.length === 0) return out;
  const ids = cases.map((c) => c.id);
  const docs = await tx.selectFrom('documents').select(['case_id', 'kind']).where('case_id', 'in', ids).execute();
  const states = new Map(cases.map((c) => [c.id, c.state as CaseState]));
  const officerIds = [...new Set(cases.flatMap((c) => handlingOfficerIds(states.get(c.id)!)))].filter((id) =>
    /^[0-9a-f-]{36}$/i.test(id),
  );
  const certs = officerIds.length
    ? await tx
        .selectFrom('certificates')
        .select(['person_id', 'valid_from', 'valid_to', 'status'])
        .where('person_id', 'in', officerIds)
        .where('status', '!=', 'revoked')
        .execute()
    : [];
  for (const c of cases) {
    const s = states.get(c.id)!;
    const on = c.filed_on ?? c.closed_on ?? '';
    const officers = handlingOfficerIds(s);
    const certified = officers.filter((id) =>
      certs.some((x) => x.person_id === id && x.valid_from <= on && x.valid_to >= on),
    );
    const overdue = caseDeadlines(s, calendar, config, c.closed_on ?? on).filter(
      (d) => d.status === 'overdue' && !d.partyFacing,
    ).length;
    out.set(
      c.id,
      fileAutoFacts({
        procedure: c.procedure,
        decided: !!s.decision,
        documentKinds: docs.filter((d) => d.case_id === c.id).map((d) => d.kind),
        overdueSteps: overdue,
        officers: officers.length,
        certifiedOfficers: certified.length,
        requiresReview: !!s.decision?.requiresReview,
        reviewPassed: s.reviews.some((r) => r.result?.outcome === 'pass'),
      }),
    );
  }
  return out;
}
