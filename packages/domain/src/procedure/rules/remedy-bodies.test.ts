import { describe, expect, it } from 'vitest';
import { REMEDY_AGENCY_KIND, remedyBodiesFor, type RegisteredAgencyKind } from './remedy-bodies';

const names = { countyGovernment: '蓬江县人民政府', cityName: '江门市', countyName: '蓬江县' };

describe('which body hears reconsideration and which court the suit (救济机关)', () => {
  it('行政复议法 第24条第1款第(二)项: a township government is reviewed by the county government; 行政诉讼法 第18条: the county court', () => {
    expect(remedyBodiesFor('township', names)).toEqual({
      reconsiderationBody: '蓬江县人民政府',
      court: '江门市蓬江县人民法院',
      articles: ['行政复议法 第24条第1款第(二)项', '行政诉讼法 第18条'],
    });
  });

  it('行政复议法 第24条第1款第(三)项: a 街道办事处 (the county government’s 派出机关) is reviewed by the county government', () => {
    expect(remedyBodiesFor('street', names).reconsiderationBody).toBe('蓬江县人民政府');
    expect(remedyBodiesFor('street', names).articles[0]).toBe('行政复议法 第24条第1款第(三)项');
  });

  it('行政复议法 第24条第1款第(一)项: a county department (and the coordination office) is reviewed by the county government', () => {
    for (const kind of ['countyDepartment', 'coordinationOffice'] as const) {
      expect(remedyBodiesFor(kind, names).reconsiderationBody).toBe('蓬江县人民政府');
      expect(remedyBodiesFor(kind, names).articles[0]).toBe('行政复议法 第24条第1款第(一)项');
    }
  });

  it('行政复议法 第24条第4款: a 司法所 (a department’s 派出机构) is reviewed by the county government', () => {
    expect(remedyBodiesFor('justiceStation', names).reconsiderationBody).toBe('蓬江县人民政府');
    expect(remedyBodiesFor('justiceStation', names).articles[0]).toBe('行政复议法 第24条第4款');
  });

  it('行政复议法 第28条: the judicial bureau may be reviewed by the county government, which the decision names', () => {
    expect(remedyBodiesFor('judicialBureau', names).reconsiderationBody).toBe('蓬江县人民政府');
    expect(remedyBodiesFor('judicialBureau', names).articles[0]).toBe('行政复议法 第28条');
  });

  it('行政复议法 第24条第1款第(二)项; 行政诉讼法 第15条: the county government’s own act goes to the city government and the intermediate court', () => {
    expect(remedyBodiesFor('countyGovernment', names)).toEqual({
      reconsiderationBody: '江门市人民政府',
      court: '江门市中级人民法院',
      articles: ['行政复议法 第24条第1款第(二)项', '行政诉讼法 第15条'],
    });
  });

  it('行政复议法 第24条: without a registered county government the body is named from the region', () => {
    expect(remedyBodiesFor('township', { cityName: '江门市', countyName: '蓬江县' }).reconsiderationBody).toBe(
      '江门市蓬江县人民政府',
    );
  });

  it('行政复议法 第24条, 第28条: every registered kind is classed for the remedies sentence', () => {
    const kinds: RegisteredAgencyKind[] = [
      'township',
      'street',
      'countyDepartment',
      'judicialBureau',
      'coordinationOffice',
      'justiceStation',
      'countyGovernment',
    ];
    expect(kinds.map((k) => REMEDY_AGENCY_KIND[k])).toEqual([
      'townshipGovernment',
      'townshipGovernment',
      'countyDepartment',
      'judicialAdministration',
      'countyDepartment',
      'judicialAdministration',
      'countyGovernment',
    ]);
  });
});
