// Which body hears the party's reconsideration and which court its suit, for each kind of body
// the platform registers as an enforcement body (行政复议法 第24条, 第28条; 行政诉讼法 第14条, 第15条,
// 第18条). The remedies sentence names them (remedies.ts), so a decision states the right body.
import type { AgencyKind } from './remedies';

/** The kinds of body in the platform's organisation register. */
export type RegisteredAgencyKind =
  | 'township'
  | 'street'
  | 'countyDepartment'
  | 'judicialBureau'
  | 'coordinationOffice'
  | 'justiceStation'
  | 'countyGovernment';

/** How the reconsideration law classes each registered kind (remediesText's `agencyKind`). */
export const REMEDY_AGENCY_KIND: Readonly<Record<RegisteredAgencyKind, AgencyKind>> = {
  township: 'townshipGovernment',
  street: 'townshipGovernment',
  countyDepartment: 'countyDepartment',
  judicialBureau: 'judicialAdministration',
  coordinationOffice: 'countyDepartment',
  justiceStation: 'judicialAdministration',
  countyGovernment: 'countyGovernment',
};

export interface RemedyBodyNames {
  /** The county (district) people's government, as registered; absent: `<city><county>人民政府`. */
  countyGovernment?: string;
  cityName: string;
  countyName: string;
}

export interface RemedyBodies {
  reconsiderationBody: string;
  court: string;
  articles: string[];
}

/**
 * The county government hears reconsideration of its departments (第24条第1款第(一)项), of the
 * township governments below it (第(二)项), of the 街道办事处 it sets up (第(三)项) and of its
 * departments' 派出机构 such as the 司法所 (第24条第4款); for the judicial bureau the law also
 * allows the higher judicial bureau (第28条), and the platform names the county government. The
 * county government's own acts go to the city government (第24条第1款第(二)项 from the city's side).
 * Suits go to the basic court where the body sits (行政诉讼法 第14条, 第18条), but a suit against a
 * county-level government goes to the intermediate court (第15条第(一)项).
 */
export function remedyBodiesFor(kind: RegisteredAgencyKind, names: RemedyBodyNames): RemedyBodies {
  const countyGovernment = names.countyGovernment ?? `${names.cityName}${names.countyName}人民政府`;
  if (kind === 'countyGovernment') {
    return {
      reconsiderationBody: `${names.cityName}人民政府`,
      court: `${names.cityName}中级人民法院`,
      articles: ['行政复议法 第24条第1款第(二)项', '行政诉讼法 第15条'],
    };
  }
  const article =
    kind === 'judicialBureau'
      ? '行政复议法 第28条'
      : kind === 'justiceStation'
        ? '行政复议法 第24条第4款'
        : kind === 'countyDepartment' || kind === 'coordinationOffice'
          ? '行政复议法 第24条第1款第(一)项'
          : kind === 'township'
            ? '行政复议法 第24条第1款第(二)项'
            : '行政复议法 第24条第1款第(三)项';
  return {
    reconsiderationBody: countyGovernment,
    court: `${names.cityName}${names.countyName}人民法院`,
    articles: [article, '行政诉讼法 第18条'],
  };
}
