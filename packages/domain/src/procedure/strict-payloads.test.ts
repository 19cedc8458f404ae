import { describe, expect, it } from 'vitest';
import { CASE_ACTION_TYPES, unknownPayloadKeys } from './actions-table';
import { DEFAULT_PAYLOAD_BYTES, payloadByteLimit, payloadTooLarge } from './payload-limits';
import { type CaseActionType, PAYLOAD_SCHEMAS, checkInput, checkPayload, unknownInputKeys } from './payloads/index';
import { SAMPLE } from './test-support/fixtures';

/** The sample payload without the fields the server fills in: what a client sends. */
function inputOf<T extends CaseActionType>(type: T): Record<string, unknown> {
  const input = JSON.parse(JSON.stringify(SAMPLE[type])) as Record<string, unknown>;
  if (type === 'applyCoerciveMeasure') delete (input.decision as Record<string, unknown>).number;
  for (const key of ['noticeNumber', 'orderNumber', 'decisionNumber', 'formNumber', 'archiveNumber', 'letterNumber'])
    delete input[key];
  return input;
}

describe('行政处罚法 第47条 (全过程记录): the record holds only what each action declares', () => {
  it.each(CASE_ACTION_TYPES)('%s: an unknown key is refused by name, alone or beside the declared fields', (type) => {
    expect(unknownPayloadKeys(type, { madeUpKey: '110101199003077777' })).toEqual([
      '内容含有不允许的字段「madeUpKey」',
    ]);
    const errors = checkPayload(type, { madeUpKey: 'x' });
    expect(errors).toContain('内容含有不允许的字段「madeUpKey」');
  });

  it('a key hidden inside a nested object or a list item is found and named with its path', () => {
    const interview = { party: { kind: 'person', name: '张三', secret: 'x' } };
    expect(unknownPayloadKeys('fileCase', interview)).toEqual(['「当事人」含有不允许的字段「secret」']);
  });

  it('declared keys pass the strict check', () => {
    expect(unknownPayloadKeys('refuseFiling', { reason: '不属于本机关管辖' })).toEqual([]);
  });

  it.each(CASE_ACTION_TYPES)('%s: an unknown key in the input is refused by name, at the top and nested', (type) => {
    expect(unknownInputKeys(type, { ...inputOf(type), madeUpKey: 'x' })).toEqual(['内容含有不允许的字段「madeUpKey」']);
    expect(checkInput(type, { ...inputOf(type), madeUpKey: 'x' })).toEqual(['内容含有不允许的字段「madeUpKey」']);
  });

  it('a key hidden in a list item of the input is named with the item', () => {
    const notice = inputOf('issueNotice') as { intendedPenalty: { lines: Record<string, unknown>[] } };
    notice.intendedPenalty.lines[0] = { ...notice.intendedPenalty.lines[0], note: 'x' };
    expect(checkInput('issueNotice', notice)).toEqual(['「拟作出的行政处罚 / 处罚内容第1项」含有不允许的字段「note」']);
  });
});

describe("行政处罚法 第59条: the numbers of documents are the agency's, never the client's", () => {
  it('every sample passes as input once the server-filled fields are taken out, and as payload with them', () => {
    for (const type of CASE_ACTION_TYPES) {
      expect(checkInput(type, inputOf(type)), type).toEqual([]);
      expect(checkPayload(type, SAMPLE[type]), type).toEqual([]);
    }
  });

  it('a client sending a document number is refused, naming the field the server fills in', () => {
    expect(checkInput('issueNotice', SAMPLE.issueNotice)).toEqual(['「告知书文号」由系统填写，不能提交']);
    expect(unknownInputKeys('decide', SAMPLE.decide)).toEqual(['「决定书文号」由系统填写，不能提交']);
    expect(checkInput('applyCoerciveMeasure', SAMPLE.applyCoerciveMeasure)).toEqual([
      '「决定书 / 文号」由系统填写，不能提交',
    ]);
    expect(checkInput('archiveCase', SAMPLE.archiveCase)).toEqual(['「档案号」由系统填写，不能提交']);
  });

  it("the agency's name and remedies may come from the form; the payload must hold them", () => {
    const { agencyName: _name, remediesText: _remedies, ...spot } = inputOf('decideOnTheSpot');
    expect(checkInput('decideOnTheSpot', spot)).toEqual([]);
    expect(checkPayload('decideOnTheSpot', { ...spot, formNumber: '1' })).toEqual([
      '「复议、诉讼途径和期限」必须填写',
      '「行政机关名称」必须填写',
    ]);
  });

  it('the payload of every action is its input plus what the server fills in', () => {
    for (const type of CASE_ACTION_TYPES) {
      const { input, payload } = PAYLOAD_SCHEMAS[type];
      const inputKeys = Object.keys(input.shape);
      expect(Object.keys(payload.shape), type).toEqual(expect.arrayContaining(inputKeys));
    }
  });
});

describe('行政处罚法 第47条: each action has a size limit for its whole payload', () => {
  it('a 700 KB interview record is refused; clerical steps get less room than transcripts', () => {
    expect(payloadTooLarge('recordInterview', { transcript: 'x'.repeat(700 * 1024) })).toMatch(/操作内容过大/);
    expect(payloadTooLarge('recordInterview', { transcript: '问答'.repeat(30_000) })).toBeNull();
    expect(payloadByteLimit('recordInterview')).toBeGreaterThan(payloadByteLimit('refuseFiling'));
    expect(payloadByteLimit('refuseFiling')).toBe(DEFAULT_PAYLOAD_BYTES);
  });
});
