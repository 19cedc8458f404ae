// The world outside the case log that decide() needs: calendar, configuration, today, the
// officers' qualification (certificates) for the case's domain, the reviewer's qualification,
// whether the agency may exercise the items today, the penalties the county keeps, and the
// documents printed or uploaded signed.
import {
  CASE_ACTION_TYPES,
  CASE_ACTIONS,
  COUNTY_RESERVED_KINDS,
  isCaseActionType,
  exercisesDevolvedPowers,
  isPenaltyProposalKind,
  mayExerciseItems,
  type Calendar,
  type CaseConfig,
  type CaseContext,
  type CaseState,
  type DocumentOnPaper,
  type OfficerQualification,
  type ReviewerQualification,
} from '@zhifa/domain';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { AgencyKind } from '../../../db/tables/foundation';
import { delegationSnapshot, type DelegationState } from '../../delegation/exercisable';
import { checkLoadedOfficers, loadEnforcingOfficers, type LoadedOfficers } from '../../people/enforcing-officers';
import { caseBenchmarks } from '../../benchmarks/case-benchmarks';
import type { CaseActorInfo } from '../case-actor';
import { itemFineProvisions, partyKeyOf, priorFinesOn } from './fine-provisions';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ContextInput {
  db: Kysely<DB>;
  agency: { id: string; kind: AgencyKind };
  state: CaseState;
  type: string;
  payload: unknown;
  actor: CaseActorInfo;
  today: string;
  /** The recording moment, Beijing time (YYYY-MM-DDTHH:mm). */
  now?: string;
  config: CaseConfig;
  calendar: Calendar;
  caseId: string;
  /** Lookup HMAC of the party's ID number given in this payload (the on-the-spot decision). */
  payloadPartyHmac?: string | null;
  /** What the command's snapshot already read: only what it lacks is queried. */
  preloaded?: { items: readonly CatalogueItem[]; people: LoadedOfficers; delegation: DelegationState | null };
}

/** Every `officerIds` list anywhere in the payload (records, measures, reports). */
export function payloadOfficerIds(payload: unknown, depth = 0): string[] {
  if (depth > 6 || typeof payload !== 'object' || payload === null) return [];
  if (Array.isArray(payload)) return payload.flatMap((x) => payloadOfficerIds(x, depth + 1));
  const out: string[] = [];
  for (const [k, v] of Object.entries(payload)) {
    if (k === 'officerIds' && Array.isArray(v)) out.push(...v.filter((x): x is string => typeof x === 'string'));
    else out.push(...payloadOfficerIds(v, depth + 1));
  }
  return out;
}

/** Item codes the command concerns: the payload's for the first action, else the case's. */
export function commandItemCodes(state: CaseState, payload: unknown): string[] {
  const items = (payload as { items?: unknown } | null)?.items;
  if (state.status === 'draft' && Array.isArray(items)) {
    return items
      .map((i) => (i as { code?: unknown })?.code)
      .filter((c): c is string => typeof c === 'string' && c.length <= 100);
  }
  return state.items.map((i) => i.code);
}

interface CatalogueItem {
  code: string;
  domain: string;
  departmentId: string;
  active: boolean;
}

async function catalogueItems(
  db: Kysely<DB>,
  codes: string[],
  preloaded?: readonly CatalogueItem[],
): Promise<Map<string, CatalogueItem>> {
  if (codes.length === 0) return new Map();
  const known = new Map((preloaded ?? []).map((r) => [r.code, r]));
  if (codes.every((c) => known.has(c))) return known;
  const rows = await db
    .selectFrom('enforcement_items')
    .select(['code', 'domain', 'department_id', 'active'])
    .where('code', 'in', codes)
    .execute();
  return new Map(
    rows.map((r) => [r.code, { code: r.code, domain: r.domain, departmentId: r.department_id, active: r.active }]),
  );
}

/** The rule is the domain's (mayExerciseItems); this supplies the catalogue rows and, for townships, the delegation. */
async function exercisable(
  i: ContextInput,
  codes: string[],
  items: Map<string, CatalogueItem>,
): Promise<boolean | undefined> {
  const delegation =
    codes.length > 0 && exercisesDevolvedPowers(i.agency.kind)
      ? (await delegationSnapshot(i.db, i.preloaded?.delegation ?? undefined)).index
      : null;
  return mayExerciseItems(
    i.agency,
    codes.map((code) => ({ code, item: items.get(code) })),
    i.today,
    delegation,
  );
}

async function officerQualifications(
  db: Kysely<DB>,
  ids: string[],
  domains: string[],
  today: string,
  preloaded?: LoadedOfficers,
): Promise<OfficerQualification[]> {
  const known = ids.filter((id) => UUID.test(id));
  const unknown = ids.filter((id) => !UUID.test(id)).map((id) => ({ id, qualified: false, reason: '人员不存在' }));
  const result = new Map<string, OfficerQualification>(known.map((id) => [id, { id, qualified: true }]));
  const missing = known.filter((id) => !preloaded?.byId.has(id));
  const loaded = preloaded
    ? mergeLoaded(preloaded, missing.length ? await loadEnforcingOfficers(db, missing) : null)
    : await loadEnforcingOfficers(db, known);
  for (const domain of domains.length ? domains : ['']) {
    const checks = checkLoadedOfficers(loaded, known, { date: today, domain });
    for (const c of checks) {
      const q = result.get(c.personId)!;
      if (q.qualified && !c.ok)
        result.set(c.personId, { id: c.personId, qualified: false, reason: c.reason ?? '不具备执法资格' });
    }
  }
  return [...result.values(), ...unknown];
}

/** The actions that record a legal-review opinion (审), whose count is a reviewer's experience. */
const REVIEW_ACTIONS = CASE_ACTION_TYPES.filter((t) => CASE_ACTIONS[t].duty === 'review');

async function reviewerQualification(db: Kysely<DB>, personId: string): Promise<ReviewerQualification[]> {
  const person = await db
    .selectFrom('persons')
    .select('has_legal_qualification')
    .where('id', '=', personId)
    .executeTakeFirst();
  const prior = await db
    .selectFrom('case_actions')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('actor_domain_id', '=', personId)
    .where('type', 'in', REVIEW_ACTIONS)
    .executeTakeFirst();
  return [
    {
      id: personId,
      legalProfessionQualified: person?.has_legal_qualification ?? false,
      priorReviews: Number(prior?.n ?? 0),
    },
  ];
}

/** 第57条第2款: the agency's heads (agencyHead accounts in use, and their person records active). */
async function agencyHeads(db: Kysely<DB>, agencyId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('persons')
    .innerJoin('users', 'users.person_id', 'persons.id')
    .select('persons.id')
    .where('persons.agency_id', '=', agencyId)
    .where('persons.active', '=', true)
    .where('users.disabled', '=', false)
    .where(sql<boolean>`${'agencyHead'} = any(users.roles)`)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * 第52条, 第59条, 第61条: the case's documents that exist on paper: of each kind (and party), the
 * latest issued, when it was printed at least once (its first print is version 1) or a signed
 * copy of it was uploaded.
 */
async function documentsOnPaper(db: Kysely<DB>, caseId: string): Promise<DocumentOnPaper[]> {
  const rows = await db
    .selectFrom('documents')
    .select((eb) => [
      'documents.kind',
      'documents.action_seq',
      sql<string | null>`documents.payload->'content'->>'partyId'`.as('party_id'),
      eb
        .or([
          eb.exists(eb.selectFrom('document_versions').select('version').whereRef('document_id', '=', 'documents.id')),
          eb.exists(
            eb
              .selectFrom('document_signed_copies')
              .select('document_signed_copies.id')
              .whereRef('document_signed_copies.document_id', '=', 'documents.id'),
          ),
        ])
        .as('on_paper'),
    ])
    .where('documents.case_id', '=', caseId)
    .orderBy('documents.action_seq')
    .execute();
  const latest = new Map<string, (typeof rows)[number]>();
  for (const r of rows) latest.set(`${r.kind}\u0000${r.party_id ?? ''}`, r);
  return [...latest.values()]
    .filter((r) => r.on_paper)
    .map((r) => (r.party_id ? { kind: r.kind, partyId: r.party_id } : { kind: r.kind }));
}

function mergeLoaded(a: LoadedOfficers, b: LoadedOfficers | null): LoadedOfficers {
  if (!b) return a;
  return { byId: new Map([...a.byId, ...b.byId]), certs: new Map([...a.certs, ...b.certs]) };
}

/** 第29–32条, 第37条: the items' fine provisions and the fines already decided on the same act. */
async function addFineContext(ctx: CaseContext, i: ContextInput, codes: string[]): Promise<void> {
  ctx.fineProvisions = await itemFineProvisions(i.db, codes);
  const p = i.payload as { party?: { kind?: unknown; name?: unknown }; occurredAt?: unknown } | null;
  // On the spot (第51条) the party and the act are in the payload; otherwise in the case.
  const spot = isCaseActionType(i.type) && CASE_ACTIONS[i.type].procedure === 'summary';
  const summaryParty: Parameters<typeof partyKeyOf>[3] =
    spot && (p?.party?.kind === 'person' || p?.party?.kind === 'organisation') && typeof p.party.name === 'string'
      ? { kind: p.party.kind, name: p.party.name, idHmac: i.payloadPartyHmac ?? null }
      : null;
  const party = await partyKeyOf(i.db, i.caseId, i.state, summaryParty);
  if (!party) return;
  const act = spot
    ? { from: typeof p?.occurredAt === 'string' ? p.occurredAt.slice(0, 10) : null, to: null }
    : { from: i.state.facts.violationDate, to: i.state.facts.actEndedOn };
  ctx.priorFines = await priorFinesOn(i.db, i.caseId, party, codes, act);
}

export async function buildCaseContext(i: ContextInput): Promise<CaseContext> {
  const codes = [...new Set(commandItemCodes(i.state, i.payload))];
  const items = await catalogueItems(i.db, codes, i.preloaded?.items);
  const domains = [...new Set(codes.map((c) => items.get(c)?.domain).filter((d): d is string => !!d))];
  const ids = [
    ...new Set([
      ...i.state.officerIds,
      ...payloadOfficerIds(i.payload),
      ...(i.actor.personId ? [i.actor.personId] : []),
    ]),
  ];
  const ctx: CaseContext = {
    calendar: i.calendar,
    config: i.config,
    today: i.today,
    ...(i.now ? { now: i.now } : {}),
    officers: await officerQualifications(i.db, ids, domains, i.today, i.preloaded?.people),
    // On-the-spot forms are numbered by the server at issue, so the number is always this agency's and unused.
    summaryForm: { allocated: true, alreadyUsed: false },
    countyReservedKinds: exercisesDevolvedPowers(i.agency.kind)
      ? COUNTY_RESERVED_KINDS.filter(isPenaltyProposalKind)
      : [],
  };
  const ex = await exercisable(i, codes, items);
  if (ex !== undefined) ctx.exercisable = ex;
  // An unknown type gets no extras: decide() refuses it.
  const needs = (isCaseActionType(i.type) ? CASE_ACTIONS[i.type].needs : undefined) ?? [];
  if (needs.includes('fines')) await addFineContext(ctx, i, codes);
  // 第34条: the items' stored benchmarks and the party's earlier offences (初次/再次).
  if (needs.includes('benchmarks')) ctx.benchmarks = await caseBenchmarks(i.db, i.caseId, i.state, codes);
  if (needs.includes('reviewerQualification') && i.actor.personId)
    ctx.reviewers = await reviewerQualification(i.db, i.actor.personId);
  if (needs.includes('agencyHeads')) ctx.heads = await agencyHeads(i.db, i.agency.id);
  if (needs.includes('documentsOnPaper')) ctx.documentsOnPaper = await documentsOnPaper(i.db, i.caseId);
  return ctx;
}

/** The domain (领域) of the case's first item, from the catalogue. */
export async function itemDomain(db: Kysely<DB>, code: string | undefined): Promise<string | null> {
  if (!code) return null;
  const r = await db.selectFrom('enforcement_items').select('domain').where('code', '=', code).executeTakeFirst();
  return r?.domain ?? null;
}
