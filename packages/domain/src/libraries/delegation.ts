// Which items a township may exercise on a given day, from the county's published delegation
// (赋权) and revocation (收回) decisions. 行政处罚法 第24条: the decision must be published, so
// every change has a decision number and an effective date.

import { assertIsoDate } from './iso-date';

export interface DelegationEvent {
  kind: 'delegate' | 'revoke';
  decisionNo: string;
  /** YYYY-MM-DD from which the decision takes effect. */
  effectiveDate: string;
  /** YYYY-MM-DD of publication; orders decisions effective on the same day. Defaults to effectiveDate. */
  announcementDate?: string;
  itemCodes: readonly string[];
  /** Agencies concerned; township groups are expanded by the caller. */
  agencyIds: readonly string[];
}

/** A period [from, to) during which an agency may exercise an item; to is null while open. */
export interface DelegationInterval {
  itemCode: string;
  from: string;
  to: string | null;
  delegatedBy: string;
  revokedBy: string | null;
}

/**
 * Order in which decisions apply: effective date, then publication date, then a revocation after a
 * delegation of the same day (the later word of the county prevails), then the order given.
 */
export function orderDelegationEvents<E extends DelegationEvent>(events: readonly E[]): E[] {
  for (const e of events) {
    assertIsoDate(e.effectiveDate, `决定${e.decisionNo}的生效日期`);
    if (e.announcementDate !== undefined) assertIsoDate(e.announcementDate, `决定${e.decisionNo}的公布日期`);
  }
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => compare(a.event, b.event) || a.index - b.index)
    .map((x) => x.event);
}

function compare(a: DelegationEvent, b: DelegationEvent): number {
  if (a.effectiveDate !== b.effectiveDate) return a.effectiveDate < b.effectiveDate ? -1 : 1;
  const pa = a.announcementDate ?? a.effectiveDate;
  const pb = b.announcementDate ?? b.effectiveDate;
  if (pa !== pb) return pa < pb ? -1 : 1;
  return rank(a) - rank(b);
}

function rank(e: DelegationEvent): number {
  return e.kind === 'delegate' ? 0 : 1;
}

type Timeline = DelegationInterval[];

function key(agencyId: string, itemCode: string): string {
  return `${agencyId}\u0000${itemCode}`;
}

/** Replays the decisions once into disjoint, sorted intervals per (agency, item). */
function buildTimelines(events: readonly DelegationEvent[]): Map<string, Timeline> {
  const timelines = new Map<string, Timeline>();
  for (const e of orderDelegationEvents(events)) {
    for (const agencyId of new Set(e.agencyIds)) {
      for (const itemCode of new Set(e.itemCodes)) {
        const k = key(agencyId, itemCode);
        let timeline = timelines.get(k);
        if (!timeline) timelines.set(k, (timeline = []));
        const open =
          timeline.length > 0 && timeline[timeline.length - 1].to === null ? timeline[timeline.length - 1] : null;
        if (e.kind === 'delegate') {
          // A second delegation while one is open changes nothing: the power was already there.
          if (!open)
            timeline.push({ itemCode, from: e.effectiveDate, to: null, delegatedBy: e.decisionNo, revokedBy: null });
        } else if (open) {
          if (open.from === e.effectiveDate)
            timeline.pop(); // revoked on its first day: never exercisable
          else {
            open.to = e.effectiveDate;
            open.revokedBy = e.decisionNo;
          }
        }
      }
    }
  }
  return timelines;
}

/** Last index i with timeline[i].from <= date, or -1. */
function lastStartingOnOrBefore(timeline: Timeline, date: string): number {
  let lo = 0;
  let hi = timeline.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (timeline[mid].from <= date) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function covers(interval: DelegationInterval, date: string): boolean {
  return interval.from <= date && (interval.to === null || date < interval.to);
}

export interface DelegationIndex {
  /** O(log n) in the number of decisions touching this agency and item. */
  isExercisable(agencyId: string, itemCode: string, date: string): boolean;
  exercisableItems(agencyId: string, date: string): Set<string>;
  history(agencyId: string): Map<string, DelegationInterval[]>;
}

export function buildDelegationIndex(events: readonly DelegationEvent[]): DelegationIndex {
  const timelines = buildTimelines(events);
  const byAgency = new Map<string, Map<string, Timeline>>();
  for (const [k, timeline] of timelines) {
    const [agencyId, itemCode] = k.split('\u0000');
    let items = byAgency.get(agencyId);
    if (!items) byAgency.set(agencyId, (items = new Map()));
    items.set(itemCode, timeline);
  }
  const at = (timeline: Timeline | undefined, date: string): boolean => {
    if (!timeline) return false;
    const i = lastStartingOnOrBefore(timeline, date);
    return i >= 0 && covers(timeline[i], date);
  };
  return {
    isExercisable(agencyId, itemCode, date) {
      assertIsoDate(date, '查询日期');
      return at(timelines.get(key(agencyId, itemCode)), date);
    },
    exercisableItems(agencyId, date) {
      assertIsoDate(date, '查询日期');
      const result = new Set<string>();
      for (const [itemCode, timeline] of byAgency.get(agencyId) ?? []) if (at(timeline, date)) result.add(itemCode);
      return result;
    },
    history(agencyId) {
      const result = new Map<string, DelegationInterval[]>();
      const items = [...(byAgency.get(agencyId) ?? [])].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      for (const [itemCode, timeline] of items) {
        if (timeline.length > 0)
          result.set(
            itemCode,
            timeline.map((i) => ({ ...i })),
          );
      }
      return result;
    },
  };
}

/** Items the agency may exercise on the date: the last decision in force for each item is a delegation. */
export function exercisableItems(events: readonly DelegationEvent[], agencyId: string, date: string): Set<string> {
  return buildDelegationIndex(events.filter((e) => e.agencyIds.includes(agencyId))).exercisableItems(agencyId, date);
}

/** Per item, the periods [from, to) during which the agency could exercise it, in date order. */
export function delegationHistory(
  events: readonly DelegationEvent[],
  agencyId: string,
): Map<string, DelegationInterval[]> {
  return buildDelegationIndex(events.filter((e) => e.agencyIds.includes(agencyId))).history(agencyId);
}
