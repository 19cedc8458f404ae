// Reads of case-file review: standards, plans, one drawn file, results per agency and per item.
import { standardItems, type DataScope, type RecordLocation, type ReviewGrade } from '@zhifa/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { notFound } from '../../platform/errors';
import { agencyInScope } from '../../shared/scope';

export async function reviewLocation(db: Kysely<DB>, agencyId: string): Promise<RecordLocation> {
  const a = await db.selectFrom('agencies').select(['id', 'region_code']).where('id', '=', agencyId).executeTakeFirst();
  return { agencyId, regionCode: a?.region_code ?? null };
}

export async function listStandards(db: Kysely<DB>) {
  const rows = await db.selectFrom('review_standards').selectAll().orderBy('created_at').orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, body: r.body, updatedAt: r.updated_at.toISOString() }));
}

async function planCounts(db: Kysely<DB>, scope: DataScope, planIds: string[]) {
  if (planIds.length === 0) return new Map<string, { files: number; reviewed: number }>();
  const rows = await db
    .selectFrom('file_reviews')
    .innerJoin('agencies', 'agencies.id', 'file_reviews.agency_id')
    .select((eb) => [
      'file_reviews.plan_id',
      eb.fn.countAll<string>().as('files'),
      eb.fn.count<string>('file_reviews.grade').as('reviewed'),
    ])
    .where('file_reviews.plan_id', 'in', planIds)
    .where(agencyInScope(scope))
    .groupBy('file_reviews.plan_id')
    .execute();
  return new Map(rows.map((r) => [r.plan_id, { files: Number(r.files), reviewed: Number(r.reviewed) }]));
}

type PlanRow = Awaited<ReturnType<typeof planRows>>[number];
function planRows(db: Kysely<DB>) {
  return db.selectFrom('review_plans').selectAll().orderBy('created_at', 'desc').orderBy('id').execute();
}

function planView(p: PlanRow, counts: { files: number; reviewed: number } | undefined) {
  return {
    id: p.id,
    name: p.name,
    standardId: p.standard_id,
    closedFrom: p.closed_from,
    closedTo: p.closed_to,
    perAgency: p.per_agency,
    agencyIds: p.agency_ids,
    seed: p.seed === null ? null : Number(p.seed),
    candidates: p.candidates,
    drawnAt: p.drawn_at ? p.drawn_at.toISOString() : null,
    files: counts?.files ?? 0,
    reviewed: counts?.reviewed ?? 0,
  };
}

export async function listPlans(db: Kysely<DB>, scope: DataScope) {
  const plans = await planRows(db);
  const counts = await planCounts(
    db,
    scope,
    plans.map((p) => p.id),
  );
  return plans.map((p) => planView(p, counts.get(p.id)));
}

const num = (v: string | null) => (v === null ? null : Number(v));

export async function planDetail(db: Kysely<DB>, scope: DataScope, id: string) {
  const plan = await db.selectFrom('review_plans').selectAll().where('id', '=', id).executeTakeFirst();
  if (!plan) throw notFound();
  const counts = await planCounts(db, scope, [id]);
  const reviews = await db
    .selectFrom('file_reviews')
    .innerJoin('cases', 'cases.id', 'file_reviews.case_id')
    .innerJoin('agencies', 'agencies.id', 'file_reviews.agency_id')
    .select([
      'file_reviews.id',
      'file_reviews.case_id',
      'cases.number',
      'cases.title',
      'agencies.short_name',
      'file_reviews.score',
      'file_reviews.grade',
      'file_reviews.reviewed_on',
    ])
    .where('file_reviews.plan_id', '=', id)
    .where(agencyInScope(scope))
    .orderBy('agencies.region_code')
    .orderBy('cases.number')
    .execute();
  return {
    ...planView(plan, counts.get(id)),
    reviews: reviews.map((r) => ({
      id: r.id,
      caseId: r.case_id,
      caseNumber: r.number,
      caseTitle: r.title,
      agencyName: r.short_name,
      score: num(r.score),
      grade: r.grade,
      reviewedOn: r.reviewed_on,
    })),
  };
}

export async function reviewDetail(db: Kysely<DB>, id: string) {
  const r = await db
    .selectFrom('file_reviews')
    .innerJoin('review_plans', 'review_plans.id', 'file_reviews.plan_id')
    .innerJoin('cases', 'cases.id', 'file_reviews.case_id')
    .innerJoin('agencies', 'agencies.id', 'file_reviews.agency_id')
    .select([
      'file_reviews.id',
      'file_reviews.plan_id',
      'review_plans.name as plan_name',
      'review_plans.standard',
      'file_reviews.case_id',
      'cases.number',
      'cases.title',
      'agencies.short_name',
      'agencies.region_code',
      'file_reviews.agency_id',
      'file_reviews.auto_facts',
      'file_reviews.scores',
      'file_reviews.vetoes',
      'file_reviews.item_comments',
      'file_reviews.comment',
      'file_reviews.score',
      'file_reviews.grade',
      'file_reviews.reviewed_on',
    ])
    .where('file_reviews.id', '=', id)
    .executeTakeFirst();
  if (!r) throw notFound();
  const rectifications = await db
    .selectFrom('review_rectifications')
    .select(['id', 'requirement', 'due', 'status'])
    .where('review_id', '=', id)
    .orderBy('created_at')
    .execute();
  return {
    location: { agencyId: r.agency_id, regionCode: r.region_code },
    view: {
      id: r.id,
      planId: r.plan_id,
      planName: r.plan_name,
      standard: r.standard,
      caseId: r.case_id,
      caseNumber: r.number,
      caseTitle: r.title,
      agencyName: r.short_name,
      autoFacts: r.auto_facts as Record<string, boolean>,
      scores: r.scores,
      vetoes: r.vetoes,
      itemComments: r.item_comments,
      comment: r.comment,
      score: num(r.score),
      grade: r.grade,
      reviewedOn: r.reviewed_on,
      rectifications,
    },
  };
}

/** Results of a plan: per agency (files, average, grades) and per item (average, points lost), vetoes ticked. */
export async function planResults(db: Kysely<DB>, scope: DataScope, id: string) {
  const plan = await db.selectFrom('review_plans').select(['standard']).where('id', '=', id).executeTakeFirst();
  if (!plan) throw notFound();
  const standard = plan.standard;
  const rows = await db
    .selectFrom('file_reviews')
    .innerJoin('agencies', 'agencies.id', 'file_reviews.agency_id')
    .select([
      'file_reviews.agency_id',
      'agencies.short_name',
      'agencies.region_code',
      'file_reviews.scores',
      'file_reviews.vetoes',
      'file_reviews.score',
      'file_reviews.grade',
    ])
    .where('file_reviews.plan_id', '=', id)
    .where(agencyInScope(scope))
    .orderBy('agencies.region_code')
    .execute();
  const agencies = new Map<
    string,
    {
      agencyId: string;
      agencyName: string;
      files: number;
      reviewed: number;
      total: number;
      grades: Record<ReviewGrade, number>;
    }
  >();
  for (const r of rows) {
    const a = agencies.get(r.agency_id) ?? {
      agencyId: r.agency_id,
      agencyName: r.short_name,
      files: 0,
      reviewed: 0,
      total: 0,
      grades: { excellent: 0, pass: 0, fail: 0 },
    };
    a.files++;
    if (r.grade) {
      a.reviewed++;
      a.total += Number(r.score);
      a.grades[r.grade]++;
    }
    agencies.set(r.agency_id, a);
  }
  const done = rows.filter((r) => r.grade);
  const round1 = (n: number) => Math.round(n * 10) / 10;
  return {
    agencies: [...agencies.values()].map((a) => ({
      agencyId: a.agencyId,
      agencyName: a.agencyName,
      files: a.files,
      reviewed: a.reviewed,
      average: a.reviewed ? round1(a.total / a.reviewed) : null,
      ...a.grades,
    })),
    items: standardItems(standard).map((i) => {
      const scored = done.filter((r) => r.scores[i.key] !== undefined);
      const sum = scored.reduce((s, r) => s + r.scores[i.key], 0);
      return {
        key: i.key,
        title: i.title,
        points: i.points,
        average: scored.length ? round1(sum / scored.length) : null,
        lost: round1(scored.length * i.points - sum),
      };
    }),
    vetoes: standard.vetoes.map((v) => ({
      key: v.key,
      title: v.title,
      count: done.filter((r) => r.vetoes.includes(v.key)).length,
    })),
  };
}
