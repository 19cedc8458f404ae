import { describe, expect, it } from 'vitest';
import { CASE_ACTIONS, CASE_ACTION_TYPES, unknownPayloadKeys } from '../actions-table';
import { type CaseActionType, checkInput, checkPayload } from '../payloads/index';
import { CASE_STATUS_LIST } from '../status';
import { SAMPLE } from '../test-support/fixtures';
import { DOCUMENT_SERIES, isDocumentSeries } from './documents';
import { actionDefinition, openingAction, serverNumberedPaths } from './index';
import type { PayloadPath } from './types';

const HAN = /\p{Script=Han}/u;
const key = (path: PayloadPath) => path.join('.');

describe('action definitions: one per action, complete and consistent', () => {
  it('defines exactly the actions that have a payload type, each with a guard and a fold step', () => {
    expect([...CASE_ACTION_TYPES].sort()).toEqual(Object.keys(SAMPLE).sort());
    for (const type of CASE_ACTION_TYPES) {
      expect(typeof CASE_ACTIONS[type].guard, type).toBe('function');
      expect(typeof CASE_ACTIONS[type].reduce, type).toBe('function');
    }
  });

  it('names only statuses that exist, in from, to and alsoTo', () => {
    for (const type of CASE_ACTION_TYPES) {
      const d = CASE_ACTIONS[type];
      for (const s of [...d.from, d.to, ...(d.alsoTo ?? [])].filter((s) => s !== 'same'))
        expect(CASE_STATUS_LIST, `${type} → ${s}`).toContain(s);
    }
  });

  it('GB/T 9704-2012 7.2.5: every document numbered after the step names a known series, titled in Chinese', () => {
    for (const type of CASE_ACTION_TYPES) {
      for (const doc of CASE_ACTIONS[type].documents ?? []) {
        expect(doc.title, `${type}/${doc.kind}`).toMatch(HAN);
        expect(doc.kind, type).toMatch(/^[a-z][A-Za-z]+$/);
        if (doc.series !== undefined) expect(isDocumentSeries(doc.series), `${type}/${doc.kind}`).toBe(true);
        expect(doc.series !== undefined && doc.numberAt !== undefined, `${type}/${doc.kind}: one number`).toBe(false);
      }
    }
    for (const title of Object.values(DOCUMENT_SERIES)) expect(title).toMatch(HAN);
  });

  it('a number the server issues before decide() is carried by a document the step issues, and back', () => {
    for (const type of CASE_ACTION_TYPES) {
      const numbered = serverNumberedPaths(type).map(key).sort();
      const carried = (CASE_ACTIONS[type].documents ?? []).flatMap((d) => (d.numberAt ? [key(d.numberAt)] : []));
      expect([...new Set(carried)].sort(), type).toEqual(numbered);
    }
  });

  it('行政处罚法 第47条: a number the server issues is refused in the client input and required in the payload', () => {
    for (const type of CASE_ACTION_TYPES) {
      const sample = JSON.parse(JSON.stringify(SAMPLE[type])) as Record<string, unknown>;
      for (const path of serverNumberedPaths(type)) {
        const parent = path
          .slice(0, -1)
          .reduce<Record<string, unknown>>((node, k) => node[k] as Record<string, unknown>, sample);
        expect(parent[path[path.length - 1]], `${type}: sample holds ${key(path)}`).toBeDefined();
        expect(checkInput(type, sample).join(), `${type}: input refuses ${key(path)}`).toContain(
          '由系统填写，不能提交',
        );
        const withoutIt = JSON.parse(JSON.stringify(sample)) as Record<string, unknown>;
        const holder = path
          .slice(0, -1)
          .reduce<Record<string, unknown>>((node, k) => node[k] as Record<string, unknown>, withoutIt);
        delete holder[path[path.length - 1]];
        expect(checkPayload(type, withoutIt).length, `${type}: payload requires ${key(path)}`).toBeGreaterThan(0);
      }
      expect(checkPayload(type, sample), type).toEqual([]);
    }
  });

  it('the server fills only fields the payload declares, and numbers only in known series', () => {
    for (const type of CASE_ACTION_TYPES) {
      for (const fill of CASE_ACTIONS[type].serverFills ?? []) {
        expect(unknownPayloadKeys(type, { [fill.path[0]]: null }), `${type}: ${key(fill.path)}`).toEqual([]);
        if (fill.fill !== 'documentNumber') continue;
        const sample = SAMPLE[type] as unknown as Record<string, unknown>;
        const series = typeof fill.series === 'function' ? fill.series(sample) : fill.series;
        expect(isDocumentSeries(series), `${type}: ${String(series)}`).toBe(true);
      }
    }
  });

  it('行政处罚法 第57条、第51条: a decision names its series by outcome (罚 / 不罚), a measure by its kind (封/扣/冻)', () => {
    const seriesOf = (type: CaseActionType, input: Record<string, unknown>) =>
      (actionDefinition(type).serverFills ?? []).flatMap((f) =>
        f.fill === 'documentNumber' ? [typeof f.series === 'function' ? f.series(input) : f.series] : [],
      );
    expect(seriesOf('decide', { outcome: 'penalty' })).toEqual(['罚']);
    expect(seriesOf('decide', { outcome: 'noPenalty' })).toEqual(['不罚']);
    expect(seriesOf('decideOnTheSpot', {})).toEqual(['当罚']);
    expect(seriesOf('applyCoerciveMeasure', { kind: 'seize' })).toEqual(['扣']);
    expect(seriesOf('applyCoerciveMeasure', { kind: 'burn' })).toEqual([null]);
  });

  it('reads every sample payload into a timeline line', () => {
    for (const type of CASE_ACTION_TYPES) {
      const summary = actionDefinition(type).summary;
      if (summary) expect(summary(SAMPLE[type]), type).toEqual(expect.any(String));
    }
  });

  it('puts into a queue only steps a head or reviewer takes, each with a Chinese label', () => {
    for (const type of CASE_ACTION_TYPES) {
      const q = CASE_ACTIONS[type].queue;
      if (!q) continue;
      expect(q.label, type).toMatch(HAN);
      const roles = CASE_ACTIONS[type].roles;
      expect(
        roles.some((r) => (q.queue === 'review' ? r === 'legalReviewer' : r === 'agencyHead')),
        type,
      ).toBe(true);
    }
  });

  it('opens an ordinary case by the filing request and a summary case by the decision on the spot (第51条、第54条)', () => {
    expect(openingAction('ordinary')).toBe('fileCase');
    expect(openingAction('summary')).toBe('decideOnTheSpot');
  });
});
