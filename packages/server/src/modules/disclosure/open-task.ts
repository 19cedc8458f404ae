// Statement 68: a decision made under ordinary procedure opens a disclosure task in the command's
// own transaction, due within the configured working days. Its rendition is generated at once from
// the structured case data and checked by the detector: a finding holds it for review. A decision
// the rule keeps from the public (a minor's, statement 71) is recorded as excluded, never published.
import {
  ageAtAct,
  buildRendition,
  disclosureRule,
  publicationDueOn,
  type BuiltRendition,
  type CaseState,
  type DecisionState,
  type Rendition,
} from '@zhifa/domain';
import type { Tx } from '../../db/schema';
import type { BatchedWrite } from '../../platform/write-batch';
import { loadCalendar } from '../../shared/calendar-store';
import { renditionSource } from './rendition-source';
import { loadDisclosureSettings, type DisclosureSettings } from './settings';

export interface OpenTaskInput {
  tx: Tx;
  caseId: string;
  agency: { id: string; name: string };
  state: CaseState;
  document: { id: string; number: string };
  now: Date;
}

/** The words the public search looks in: only what the rendition publishes. */
export function searchTextOf(r: Rendition): string {
  return [
    r.title,
    r.agencyName,
    r.documentNumber,
    r.party.name,
    r.party.creditCode ?? '',
    r.item?.name ?? '',
    r.penalty,
  ]
    .join(' ')
    .toLowerCase();
}

/** Every pair of adjacent characters (no spaces), distinct: what the GIN index holds. */
export function searchGrams(text: string): string[] {
  const chars = [...text.toLowerCase()];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i] + chars[i + 1];
    if (!/\s/.test(g)) out.add(g);
  }
  return [...out];
}

/** The rendition the server publishes for a decision: generated, redacted and checked by the domain. */
export function generateRendition(
  state: CaseState,
  decision: DecisionState | null,
  agencyName: string,
  documentNumber: string,
  settings: Pick<DisclosureSettings, 'personNames'>,
): BuiltRendition {
  return buildRendition(renditionSource(state, decision, agencyName, documentNumber), {
    personNames: settings.personNames,
  });
}

export async function openDisclosureTask(i: OpenTaskInput): Promise<BatchedWrite> {
  const { state } = i;
  const decision = state.decisions.find((d) => d.number === i.document.number) ?? state.decision;
  const decidedOn = decision?.decidedOn ?? i.now.toISOString().slice(0, 10);
  const sector = state.items[0]?.domain ?? null;
  const settings = await loadDisclosureSettings(i.tx, i.agency.id, sector);
  const calendar = await loadCalendar(i.tx);
  const rule = disclosureRule(
    {
      procedure: state.procedure,
      outcome: decision?.outcome === 'noPenalty' ? 'noPenalty' : 'penalty',
      penaltyKinds: (decision?.penalty?.lines ?? []).map((l) => l.kind),
      partyAgeAtAct: ageAtAct(state, decision?.partyId),
      sector,
    },
    settings,
  );
  const base = {
    document_id: i.document.id,
    case_id: i.caseId,
    agency_id: i.agency.id,
    agency_name: i.agency.name,
    document_number: i.document.number,
    decided_on: decidedOn,
    due_on: publicationDueOn(decidedOn, settings, calendar),
    created_at: i.now,
    updated_at: i.now,
  };
  if (!rule.publish) {
    // Nothing of the decision is generated for the public: not even a redacted form.
    return (db) =>
      db.insertInto('disclosure_renditions').values({ ...base, status: 'excluded', excluded_reason: rule.reason });
  }
  const built = generateRendition(state, decision, i.agency.name, i.document.number, settings);
  const held = built.findings.length > 0;
  return (db) =>
    db.insertInto('disclosure_renditions').values({
      ...base,
      status: held ? 'held' : 'pending',
      rendition: JSON.stringify(built.rendition),
      redactions: JSON.stringify(built.redactions),
      findings: JSON.stringify(built.findings),
      search_text: searchTextOf(built.rendition),
      search_grams: searchGrams(searchTextOf(built.rendition)),
      ...(held ? { held_at: i.now, hold_reason: '公开前检测发现疑似个人信息，待复核' } : {}),
    });
}
