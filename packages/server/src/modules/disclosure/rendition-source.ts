// The structured case data a rendition is generated from (statement 70): the decision's own fields
// and the dates of the procedure's steps, read off the folded case, never the internal record's
// free-form files. The domain (buildRendition) redacts it and the detector checks it.
import {
  caseParties,
  CASE_DISCRETION_TIER_LABELS,
  describePenalty,
  type CaseState,
  type DecisionState,
  type RenditionPerson,
  type RenditionSource,
} from '@zhifa/domain';

/** The steps the 一案一码 page lists (filed, notified, reviewed, decided, served), those that happened. */
export function procedureSteps(s: CaseState): { label: string; on: string }[] {
  const passed = s.reviews.filter((r) => r.result?.outcome === 'pass').at(-1)?.result?.on;
  const served = s.service?.serviceDate ?? s.decision?.execution?.service?.serviceDate;
  const steps: [string, string | null | undefined][] = [
    ['立案', s.filing?.approvedOn],
    ['告知', s.notice?.service?.serviceDate ?? s.notice?.issuedOn],
    ['法制审核', passed],
    ['作出决定', s.decision?.decidedOn],
    ['送达', served],
  ];
  return steps.filter((e): e is [string, string] => typeof e[1] === 'string').map(([label, on]) => ({ label, on }));
}

export function renditionSource(
  s: CaseState,
  decision: DecisionState | null,
  agencyName: string,
  documentNumber: string,
): RenditionSource {
  const doc = decision?.document ?? null;
  const parties = caseParties(s);
  const party = (decision?.partyId ? parties.find((p) => p.id === decision.partyId) : parties[0]) ?? s.party;
  const others: RenditionPerson[] = parties
    .filter((p) => p !== party && p.kind === 'person')
    .map((p) => ({ name: p.name, idNumber: p.idNumber ?? null, address: p.address ?? null }));
  const discretion = doc?.discretion;
  return {
    agencyName,
    documentNumber,
    decidedOn: decision?.decidedOn ?? '',
    party:
      party?.kind === 'organisation'
        ? {
            kind: 'organisation',
            name: party.name,
            creditCode: party.idNumber ?? null,
            // The address the decision states: a sole trader's may be a home, so the domain removes it.
            address: doc?.partyAddress ?? party.address ?? null,
            representative: party.legalRepresentative ? { name: party.legalRepresentative } : null,
          }
        : {
            kind: 'person',
            name: party?.name ?? '',
            idNumber: party?.idNumber ?? null,
            address: doc?.partyAddress ?? party?.address ?? null,
          },
    otherPersons: others,
    item: s.items[0] ? { code: s.items[0].code, name: s.items[0].name } : null,
    facts: doc?.facts ?? s.facts.summary ?? '',
    evidence: null,
    basis: (decision?.basis ?? []).map((b) => ({ title: b.title, article: b.article })),
    penalty: decision?.penalty ? describePenalty(decision.penalty) : '',
    benchmark: discretion
      ? `${CASE_DISCRETION_TIER_LABELS[discretion.tier]}${discretion.benchmarkApplication ? `：${discretion.benchmarkApplication}` : ''}`
      : null,
    reasoning: discretion?.reasoning ?? null,
    steps: procedureSteps(s),
  };
}
