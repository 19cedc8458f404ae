// Demo 执法监督: a review plan over the demo county's closed cases, drawn with a fixed seed, with
// the first file of each agency scored, so 案卷评查 and the dashboard's pass rate show something.
import { drawSample, preScore, scoreReview, standardItems, DEFAULT_REVIEW_STANDARD } from '@zhifa/domain';
import type { Tx } from '../db/schema';
import type { AppContext } from '../platform/context';
import { factsOfFiles } from '../modules/reviews/file-facts';
import { loadCalendar } from '../shared/calendar-store';
import { loadCaseConfig } from '../shared/case-config';

export const DEMO_REVIEW_SEED = 20_261_207;
const DEFAULT_STANDARD_ID = '00000000-0000-4000-8000-000000000180';

export async function seedReviewDemo(tx: Tx, app: AppContext): Promise<void> {
  const today = app.today();
  const year = today.slice(0, 4);
  const closed = await tx
    .selectFrom('cases')
    .innerJoin('agencies', 'agencies.id', 'cases.agency_id')
    .select(['cases.id', 'cases.agency_id'])
    .where('agencies.kind', 'in', ['township', 'street', 'countyDepartment'])
    .where('cases.closed_on', 'is not', null)
    .execute();
  const plan = await tx
    .insertInto('review_plans')
    .values({
      name: `${year} 年度行政处罚案卷评查（示例）`,
      standard_id: DEFAULT_STANDARD_ID,
      standard: JSON.stringify(DEFAULT_REVIEW_STANDARD),
      closed_from: `${Number(year) - 1}-01-01`,
      closed_to: today,
      per_agency: 2,
      seed: DEMO_REVIEW_SEED,
      candidates: closed.length,
      drawn_at: app.now(),
      created_at: app.now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const drawn = drawSample(
    closed.map((c) => ({ id: c.id, group: c.agency_id })),
    2,
    DEMO_REVIEW_SEED,
  );
  if (drawn.length === 0) return;
  const rows = await tx
    .selectFrom('cases')
    .select(['id', 'agency_id', 'procedure', 'filed_on', 'closed_on', 'state'])
    .where(
      'id',
      'in',
      drawn.map((d) => d.id),
    )
    .execute();
  const facts = await factsOfFiles(tx, rows, await loadCalendar(tx), await loadCaseConfig(tx));
  const scoredAgencies = new Set<string>();
  for (const r of rows) {
    const pre = preScore(DEFAULT_REVIEW_STANDARD, facts.get(r.id)!);
    // The first file of each agency is reviewed: full marks except the evidence item, with a comment.
    const review = !scoredAgencies.has(r.agency_id);
    scoredAgencies.add(r.agency_id);
    const manual = Object.fromEntries(
      standardItems(DEFAULT_REVIEW_STANDARD)
        .filter((i) => !i.auto)
        .map((i) => [i.key, i.key === 'facts.evidence' ? i.points - 3 : i.points]),
    );
    const scores = review ? { ...pre, ...manual } : pre;
    const outcome = scoreReview(DEFAULT_REVIEW_STANDARD, scores, []);
    await tx
      .insertInto('file_reviews')
      .values({
        plan_id: plan.id,
        case_id: r.id,
        agency_id: r.agency_id,
        auto_facts: JSON.stringify(facts.get(r.id)),
        scores: JSON.stringify(scores),
        ...(review
          ? {
              item_comments: JSON.stringify({ 'facts.evidence': '现场照片未标注拍摄时间和地点' }),
              comment: '案卷基本规范，证据标注需加强。',
              score: outcome.score,
              grade: outcome.grade,
              reviewed_on: today,
            }
          : {}),
      })
      .execute();
  }
}
