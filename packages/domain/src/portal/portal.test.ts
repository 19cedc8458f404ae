import { describe, expect, it } from 'vitest';
import {
  AUDIO_VIDEO_AS_NEEDED,
  AUDIO_VIDEO_MANDATORY,
  COMPLAINT_TYPES,
  complaintTypeOf,
  routeComplaint,
  sniffPhotoType,
} from './index';

const type = (code: string) => complaintTypeOf(code)!;

describe('routeComplaint: the agency that holds the matching item for the place', () => {
  const departmentOf = new Map([
    ['CSGL-002', 'dept-cg'],
    ['STHJ-001', 'dept-sthj'],
  ]);
  it('行政处罚法 第24条: the township receives a complaint about an item delegated to it that day', () => {
    const r = routeComplaint(type('garbage'), { townshipId: 't', townshipItems: new Set(['CSGL-002']), departmentOf });
    expect(r).toEqual({ agencyId: 't', itemCode: 'CSGL-002', reason: 'delegatedToTownship' });
  });
  it('行政处罚法 第24条: an item not delegated to the township goes to the county department it belongs to', () => {
    const r = routeComplaint(type('noise'), { townshipId: 't', townshipItems: new Set(), departmentOf });
    expect(r).toEqual({ agencyId: 'dept-sthj', itemCode: 'STHJ-001', reason: 'department' });
  });
  it('属地管理: a type naming no item stays with the township of the place', () => {
    const r = routeComplaint(type('other'), { townshipId: 't', townshipItems: new Set(), departmentOf });
    expect(r).toEqual({ agencyId: 't', itemCode: null, reason: 'township' });
  });
  it('every complaint type has a unique code and a Chinese label', () => {
    expect(new Set(COMPLAINT_TYPES.map((t) => t.code)).size).toBe(COMPLAINT_TYPES.length);
    for (const t of COMPLAINT_TYPES) expect(t.label).toMatch(/[\u4e00-\u9fa5]/);
  });
});

describe('sniffPhotoType (security.md S34: type checked by content)', () => {
  const bytes = (...v: number[]) => new Uint8Array(v);
  it('recognises JPEG, PNG and WebP by their signatures', () => {
    expect(sniffPhotoType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg');
    expect(sniffPhotoType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('image/png');
    const webp = new TextEncoder().encode('RIFF\u0000\u0000\u0000\u0000WEBPVP8 ');
    expect(sniffPhotoType(webp)).toBe('image/webp');
  });
  it('refuses HTML, SVG, GIF and empty files whatever their name says', () => {
    expect(sniffPhotoType(new TextEncoder().encode('<html><script>'))).toBeNull();
    expect(sniffPhotoType(new TextEncoder().encode('<svg xmlns='))).toBeNull();
    expect(sniffPhotoType(new TextEncoder().encode('GIF89a'))).toBeNull();
    expect(sniffPhotoType(bytes())).toBeNull();
  });
});

describe('audio-video list published before enforcement', () => {
  it('国办发〔2018〕118号: 查封扣押 and 强制拆除 are always recorded; hearings and 留置送达/公告送达 as the case requires', () => {
    expect(AUDIO_VIDEO_MANDATORY.join()).toContain('查封、扣押财产');
    expect(AUDIO_VIDEO_MANDATORY.join()).toContain('强制拆除');
    expect(AUDIO_VIDEO_AS_NEEDED).toEqual(expect.arrayContaining(['举行听证', '留置送达', '公告送达']));
  });
});
