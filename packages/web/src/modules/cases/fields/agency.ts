import { remediesText, type AgencyKind as RemedyAgencyKind } from '@zhifa/domain';
import type { Agency } from '@zhifa/contract';
import { useCurrentUser } from '../../../app/session';
import { useAgencies } from '../../admin/agencies/queries';

export interface MyAgency {
  agency: Agency | undefined;
  /** 行政复议法 第24条: a township's or department's decisions go to the county government. */
  reconsiderationBody: string;
  court: string;
  remedyKind: RemedyAgencyKind;
}

const REMEDY_KIND: Record<string, RemedyAgencyKind> = {
  township: 'townshipGovernment',
  street: 'townshipGovernment',
  countyDepartment: 'countyDepartment',
  countyGovernment: 'countyGovernment',
  judicialBureau: 'judicialAdministration',
};

export function useMyAgency(): MyAgency {
  const me = useCurrentUser();
  const agencies = useAgencies();
  const list = agencies.data ?? [];
  const agency = list.find((a) => a.id === me.agency?.id);
  const parent = agency?.parentId ? list.find((a) => a.id === agency.parentId) : undefined;
  const government = agency?.kind === 'countyGovernment' ? agency : parent;
  const reconsiderationBody = government?.name ?? '';
  const court = government ? government.name.replace(/人民政府$/, '人民法院') : '';
  return { agency, reconsiderationBody, court, remedyKind: REMEDY_KIND[agency?.kind ?? ''] ?? 'townshipGovernment' };
}

/** The remedies sentence from the domain's template (行政复议法 第20、23、24条; 行政诉讼法 第46条). */
export function remediesFor(a: MyAgency, onTheSpot: boolean, decisionDate: string) {
  return remediesText({
    onTheSpot,
    decisionDate,
    agencyKind: a.remedyKind,
    reconsiderationBody: a.reconsiderationBody || '本级人民政府',
    court: a.court || '有管辖权的人民法院',
  });
}
