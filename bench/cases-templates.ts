// Templates of the case loader: every demo case, rewritten for every township that may exercise
// its item — the township's agency, its head, reviewer, officers and auxiliary in place of the
// template's — with placeholders where each clone needs its own value: ⟦ID⟧ the case id, ⟦P⟧ a
// person party's name, ⟦Nk⟧ the k-th number (case number, document numbers, archive number).
import { sql } from 'kysely';
import type { Db } from '../packages/server/src/db/schema';

export interface TemplateRow {
  table: string;
  body: string;
}

export interface Template {
  index: number;
  sourceCaseId: string;
  agencyId: string;
  status: string;
  rows: TemplateRow[];
  numberHeads: string[];
  numberTails: string[];
  /** 1 when each number has its own series (the usual case); else numbers interleave. */
  numberStep: number;
  spanMinutes: number;
}

export interface TemplateSet {
  templates: Template[];
  /** slot → template index; clone g takes slot g mod slots.length. */
  slots: number[];
  sourceCaseIds: string[];
}

/**
 * Share of each status in the loaded register, per mille: a county's register is mostly closed
 * and archived cases (many of them on-the-spot penalties), with a working set of open ones.
 */
const STATUS_WEIGHTS: Record<string, number> = {
  closed: 300,
  archived: 300,
  summaryServed: 40,
  summaryFiled: 20,
  summaryDecided: 10,
  filingRequested: 30,
  investigating: 120,
  noticeServed: 50,
  underReview: 25,
  reviewPassed: 20,
  decided: 20,
  served: 50,
};
const OTHER_WEIGHT = 10;
const SLOTS = 1000;
const FINISHED = new Set(['closed', 'archived', 'summaryFiled', 'executed', 'filingRefused']);
const THREE_YEARS_MIN = 3 * 365 * 1440;
const THREE_MONTHS_MIN = 90 * 1440;

interface Person {
  township: string;
  suffix: string;
  userId: string;
  personId: string | null;
  name: string;
  agencyId: string;
}

const replaceAll = (text: string, from: string, to: string) => (from && from !== to ? text.split(from).join(to) : text);

function splitNumber(n: string): { head: string; tail: string } {
  const doc = /^(.*〔\d{4}〕)(\d+)(号)$/.exec(n);
  if (doc) return { head: doc[1], tail: doc[3] };
  const archive = /^(\d{4})(\d+)$/.exec(n);
  if (archive) return { head: archive[1], tail: '' };
  return { head: `${n}-`, tail: '' };
}

async function rowsOf(db: Db, ids: string[]): Promise<Map<string, TemplateRow[]>> {
  const out = new Map<string, TemplateRow[]>(ids.map((id) => [id, []]));
  const add = (rows: { cid: string; body: string }[], table: string) =>
    rows.forEach((r) => out.get(r.cid)?.push({ table, body: r.body }));
  const q = async (text: string, table: string) =>
    add((await sql<{ cid: string; body: string }>`${sql.raw(text)}`.execute(db)).rows, table);
  const list = `array[${ids.map((id) => `'${id}'`).join(',')}]`;
  await q(
    `select c.id::text as cid, to_jsonb(c)::text as body from cases c where c.id = any(${list}::uuid[])`,
    'cases',
  );
  await q(
    `select t.case_id::text as cid, to_jsonb(t)::text as body from case_actions t where t.case_id = any(${list}::uuid[]) order by t.seq`,
    'case_actions',
  );
  await q(
    `select t.case_id::text as cid, to_jsonb(t)::text as body from case_officers t where t.case_id = any(${list}::uuid[])`,
    'case_officers',
  );
  await q(
    `select t.case_id::text as cid, to_jsonb(t)::text as body from case_deadlines t where t.case_id = any(${list}::uuid[])`,
    'case_deadlines',
  );
  await q(
    `select t.case_id::text as cid, to_jsonb(t)::text as body from documents t where t.case_id = any(${list}::uuid[])`,
    'documents',
  );
  await q(
    `select t.source_id as cid, to_jsonb(t)::text as body from item_usage t where t.source = 'case' and t.source_id = any(${list})`,
    'item_usage',
  );
  return out;
}

export async function buildTemplates(
  db: Db,
  exercisable: (agencyId: string, date: string) => Promise<Set<string>>,
  sourceIds: string[] | null,
): Promise<TemplateSet> {
  let cq = db
    .selectFrom('cases')
    .select([
      'id',
      'agency_id',
      'status',
      'party_kind',
      'party_name',
      'item_code',
      'number',
      'decision_number',
      'archive_number',
    ])
    .orderBy('created_at');
  if (sourceIds) cq = cq.where('id', 'in', sourceIds.length ? sourceIds : ['00000000-0000-0000-0000-000000000000']);
  const cases = await cq.execute();
  const ids = cases.map((c) => c.id);
  if (ids.length === 0) return { templates: [], slots: [], sourceCaseIds: [] };
  const rows = await rowsOf(db, ids);
  const docNumbers = await db
    .selectFrom('documents')
    .select(['case_id', 'number'])
    .where('case_id', 'in', ids)
    .where('number', 'is not', null)
    .execute();
  const agencies = await db.selectFrom('agencies').select(['id', 'doc_prefix', 'kind']).execute();
  const users = await db.selectFrom('users').select(['id', 'username', 'name', 'person_id', 'agency_id']).execute();
  const people: Person[] = users
    .filter((u) => /^[a-z]+\.[a-z0-9]+$/.test(u.username) && u.agency_id)
    .map((u) => ({
      township: u.username.split('.')[0],
      suffix: u.username.split('.')[1],
      userId: u.id,
      personId: u.person_id,
      name: u.name,
      agencyId: u.agency_id!,
    }));
  const peopleNames = new Set(users.map((u) => u.name));
  const townships = new Map<string, { agencyId: string; staff: Map<string, Person> }>();
  for (const p of people) {
    const kind = agencies.find((a) => a.id === p.agencyId)?.kind;
    if (kind !== 'township' && kind !== 'street') continue;
    const t = townships.get(p.township) ?? { agencyId: p.agencyId, staff: new Map() };
    t.staff.set(p.suffix, p);
    townships.set(p.township, t);
  }
  const prefix = (agencyId: string) => (agencies.find((a) => a.id === agencyId)?.doc_prefix ?? '').replace(/罚$/, '');
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const exercisableBy = new Map<string, Set<string>>();
  for (const t of townships.values()) exercisableBy.set(t.agencyId, await exercisable(t.agencyId, today));

  const templates: Template[] = [];
  for (const c of cases) {
    const from = [...townships.values()].find((t) => t.agencyId === c.agency_id);
    if (!from) continue;
    const numbers = [
      ...new Set(
        [
          c.number,
          c.decision_number,
          c.archive_number,
          ...docNumbers.filter((d) => d.case_id === c.id).map((d) => d.number),
        ].filter((n): n is string => !!n),
      ),
    ].sort((a, b) => b.length - a.length);
    const partyPlaceholder =
      c.party_kind === 'person' && c.party_name && !peopleNames.has(c.party_name) ? c.party_name : null;
    for (const to of townships.values()) {
      if (c.item_code && !exercisableBy.get(to.agencyId)?.has(c.item_code)) continue;
      if ([...from.staff.keys()].some((s) => !to.staff.has(s))) continue;
      const split = numbers.map(splitNumber).map(({ head, tail }) => ({
        head: head.startsWith(prefix(c.agency_id))
          ? prefix(to.agencyId) + head.slice(prefix(c.agency_id).length)
          : head,
        tail,
      }));
      const transform = (body: string) => {
        let text = body;
        numbers.forEach((n, k) => (text = replaceAll(text, n, `⟦N${k}⟧`)));
        text = replaceAll(text, c.id, '⟦ID⟧');
        if (partyPlaceholder) text = replaceAll(text, partyPlaceholder, '⟦P⟧');
        text = replaceAll(text, c.agency_id, to.agencyId);
        for (const [suffix, p] of from.staff) {
          const q = to.staff.get(suffix)!;
          text = replaceAll(text, p.userId, q.userId);
          if (p.personId && q.personId) text = replaceAll(text, p.personId, q.personId);
          text = replaceAll(text, JSON.stringify(p.name), JSON.stringify(q.name));
        }
        return text;
      };
      templates.push({
        index: templates.length,
        sourceCaseId: c.id,
        agencyId: to.agencyId,
        status: c.status,
        rows: (rows.get(c.id) ?? []).map((r) => ({ table: r.table, body: transform(r.body) })),
        numberHeads: split.map((s) => s.head),
        numberTails: split.map((s) => s.tail),
        numberStep: new Set(split.map((s) => s.head)).size === split.length ? 1 : Math.max(1, split.length),
        spanMinutes: FINISHED.has(c.status) ? THREE_YEARS_MIN : THREE_MONTHS_MIN,
      });
    }
  }
  return { templates, slots: allocateSlots(templates), sourceCaseIds: ids };
}

/** Slots per status by weight (largest remainder), each status's templates taking turns. */
function allocateSlots(templates: Template[]): number[] {
  const byStatus = new Map<string, Template[]>();
  for (const t of templates) byStatus.set(t.status, [...(byStatus.get(t.status) ?? []), t]);
  const weights = [...byStatus.keys()].map((s) => ({ s, w: STATUS_WEIGHTS[s] ?? OTHER_WEIGHT }));
  const sum = weights.reduce((a, b) => a + b.w, 0);
  const shares = weights.map(({ s, w }) => ({ s, exact: (w * SLOTS) / sum, n: Math.floor((w * SLOTS) / sum) }));
  let left = SLOTS - shares.reduce((a, b) => a + b.n, 0);
  for (const x of [...shares].sort((a, b) => b.exact - b.n - (a.exact - a.n))) if (left-- > 0) x.n++;
  const lists = shares.map(({ s, n }) =>
    Array.from({ length: n }, (_, i) => byStatus.get(s)![i % byStatus.get(s)!.length].index),
  );
  // Interleave the statuses so every run of consecutive clones has the whole mix.
  const slots: number[] = [];
  for (let i = 0; slots.length < SLOTS; i++) for (const l of lists) if (i < l.length) slots.push(l[i]);
  return slots;
}
