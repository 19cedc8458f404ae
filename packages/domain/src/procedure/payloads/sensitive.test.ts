import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '../../identifiers/index';
import { SAMPLE } from '../test-support/fixtures';
import { type CaseActionType, checkPayload } from './index';
import {
  CLEAR_BY_DESIGN,
  maskAddress,
  maskContact,
  maskSensitive,
  maskSensitivePayload,
  SENSITIVE_PAYLOAD_FIELDS,
} from './sensitive';

const ID = (() => {
  const base = '44070319850612123';
  return base + idNumberCheckChar(base)!;
})();
const ID2 = (() => {
  const base = '11010519491231002';
  return base + idNumberCheckChar(base)!;
})();

describe('masks for personal identifiers (个人信息保护法 第51条; security.md §3.2, §7 item 22)', () => {
  it('个人信息保护法 第51条: an address keeps its units down to the county and hides street, building and room', () => {
    expect(maskAddress('广东省江门市蓬江区杜阮镇杜阮南路1号')).toBe('广东省江门市蓬江区****');
    expect(maskAddress('江门市蓬江区杜阮镇杜阮南路 8 号')).toBe('江门市蓬江区****');
    expect(maskAddress('北京市朝阳区建国路1号')).toBe('北京市朝阳区****');
    expect(maskAddress('深圳市南山区科技园南区1栋')).toBe('深圳市南山区****');
    expect(maskAddress('广州市越秀区市府路2号')).toBe('广州市越秀区****');
    expect(maskAddress('内蒙古自治区呼和浩特市新城区某街3号')).toBe('内蒙古自治区呼和浩特市新城区****');
    expect(maskAddress('河北省石家庄市赵县城关1号')).toBe('河北省石家庄市赵县****');
    expect(maskAddress('江门市台山市台城街道环北路5号')).toBe('江门市台山市****');
  });

  it('个人信息保护法 第51条: an address without a county prefix is hidden whole, never shown in part', () => {
    expect(maskAddress('杜阮镇杜阮南路1号')).toBe('****');
    expect(maskAddress('某镇某村1号')).toBe('****');
  });

  it('个人信息保护法 第51条: contact details keep only what identifies the channel', () => {
    expect(maskContact('13812345678')).toBe('138****5678');
    expect(maskContact('zhangsan@example.com')).toBe('z***@example.com');
    expect(maskContact('wx_zhangsan')).toBe('w*********n');
    expect(maskContact('ab')).toBe('**');
  });

  it('个人信息保护法 第51条: masking a masked value changes nothing, so a resubmitted masked form is recognised', () => {
    for (const [kind, value] of [
      ['address', '广东省江门市蓬江区杜阮镇杜阮南路1号'],
      ['address', '某镇某村1号'],
      ['contact', '13812345678'],
      ['contact', 'zhangsan@example.com'],
      ['contact', 'wx_zhangsan'],
      ['idNumber', ID],
    ] as const) {
      const once = maskSensitive(kind, value);
      expect(once).not.toBe(value);
      expect(maskSensitive(kind, once), `${kind} ${value}`).toBe(once);
    }
  });
});

describe('sensitive payload fields (个人信息保护法 第51条; security.md §7 item 22)', () => {
  it('个人信息保护法 第51条: every payload field named like an ID number, phone, address, bank account or contact is listed', () => {
    const dir = path.dirname(fileURLToPath(import.meta.url));
    const listed = new Set([
      ...Object.values(SENSITIVE_PAYLOAD_FIELDS).flatMap((fields) =>
        (fields ?? []).map((f) => f.path.split('.').pop()!.replace('[]', '')),
      ),
      ...CLEAR_BY_DESIGN.map((c) => c.key),
    ]);
    const declared = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'sensitive.ts')
      .flatMap((f) =>
        [...fs.readFileSync(path.join(dir, f), 'utf8').matchAll(/(\w+):\s*(?:req|opt)\(/g)].map((m) => m[1]),
      );
    const personal = declared.filter((key) =>
      /id(Number|Card)|phone|mobile|tel|address|bank|account|contact|email|wechat/i.test(key),
    );
    expect(personal.length).toBeGreaterThan(0);
    expect([...new Set(personal)].filter((key) => !listed.has(key))).toEqual([]);
  });

  it("个人信息保护法 第51条: a hearing agent's ID number is replaced by its masked form and returned clear, normalised", () => {
    const payload = {
      ...SAMPLE.scheduleHearing,
      agents: [
        { name: '李律师', idNumber: ` ${ID.toLowerCase()} ` },
        { name: '王某' },
        { name: '赵某', idNumber: ID2 },
      ],
    };
    const out = maskSensitivePayload('scheduleHearing', payload);
    expect(out.values).toEqual([
      { path: 'agents[0].idNumber', kind: 'idNumber', value: ID, masked: `${ID.slice(0, 4)}**********${ID.slice(-4)}` },
      {
        path: 'agents[2].idNumber',
        kind: 'idNumber',
        value: ID2,
        masked: `${ID2.slice(0, 4)}**********${ID2.slice(-4)}`,
      },
    ]);
    const masked = out.payload as typeof payload;
    expect(masked.agents.map((a) => a.idNumber)).toEqual([out.values[0].masked, undefined, out.values[1].masked]);
    // The input is not changed: the caller keeps the clear values only through `values`.
    expect(payload.agents[0].idNumber).toContain(ID.toLowerCase());
  });

  it("行政处罚法 第59条: the party's address stays in the log, since the notice, the decision and service need it; its ID number is protected on the case row", () => {
    const person = maskSensitivePayload('fileCase', SAMPLE.fileCase);
    expect(person.values).toEqual([]);
    expect((person.payload as typeof SAMPLE.fileCase).party.address).toBe(SAMPLE.fileCase.party.address);
    expect((person.payload as typeof SAMPLE.fileCase).party.idNumber).toBe(SAMPLE.fileCase.party.idNumber);
    expect(maskSensitivePayload('decide', SAMPLE.decide, 'person').values).toEqual([]);
    expect(CLEAR_BY_DESIGN.filter((c) => /address/i.test(c.key)).every((c) => c.reason.includes('第59条'))).toBe(true);
    expect(CLEAR_BY_DESIGN.every((c) => /第\d+条/.test(c.reason))).toBe(true);
  });

  it('民事诉讼法 第90条, 个人信息保护法 第51条: an electronic service address is contact data and is masked', () => {
    const out = maskSensitivePayload('serveDecision', {
      ...SAMPLE.serveDecision,
      method: 'electronic',
      electronicAddress: '13812345678',
    });
    expect(out.values).toEqual([
      { path: 'electronicAddress', kind: 'contact', value: '13812345678', masked: '138****5678' },
    ]);
  });

  it('个人信息保护法 第51条: masking keeps every sample payload valid for its action, and leaves other actions and malformed values alone', () => {
    const extra: Partial<Record<CaseActionType, Record<string, unknown>>> = {
      scheduleHearing: { agents: [{ name: '李律师', idNumber: ID }] },
      decideOnTheSpot: { party: { ...SAMPLE.decideOnTheSpot.party, address: '江门市蓬江区杜阮镇1号' } },
      recordNoticeService: {
        method: 'electronic',
        electronicAddress: 'zs@example.com',
        arrivedOn: '2025-03-12',
        consentSignedOn: '2025-03-01',
      },
      serveDecision: {
        method: 'electronic',
        electronicAddress: 'zs@example.com',
        arrivedOn: '2025-03-21',
        consentSignedOn: '2025-03-01',
      },
    };
    const withSecrets = (Object.keys(SENSITIVE_PAYLOAD_FIELDS) as CaseActionType[]).filter((t) =>
      SENSITIVE_PAYLOAD_FIELDS[t]!.some((f) => !f.storedOnCase),
    );
    expect(withSecrets.length).toBeGreaterThan(0);
    for (const type of withSecrets) {
      const payload = { ...SAMPLE[type], ...extra[type] };
      const out = maskSensitivePayload(type, payload, 'person');
      expect(out.values.length, type).toBeGreaterThan(0);
      expect(checkPayload(type, out.payload), type).toEqual([]);
      for (const v of out.values) expect(JSON.stringify(out.payload), type).not.toContain(v.value);
    }
    expect(maskSensitivePayload('recordInterview', SAMPLE.recordInterview)).toEqual({
      payload: SAMPLE.recordInterview,
      values: [],
    });
    const malformed = { agents: [{ name: 'x', idNumber: 42 }, 'y', { name: 'z', idNumber: '  ' }] };
    expect(maskSensitivePayload('scheduleHearing', malformed)).toEqual({ payload: malformed, values: [] });
    expect(maskSensitivePayload('scheduleHearing', null).values).toEqual([]);
  });
});
