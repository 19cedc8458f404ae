import type { AgencyKind } from '../db/schema';
import type { Role } from '@zhifa/domain';

/**
 * The demo county: Pengjiang District, Jiangmen, Guangdong (440703). Township codes are the
 * 9-digit statistical codes; the three streets' codes and 棠下镇's are not confirmed in public
 * sources and are marked provisional (shared/data/README.md).
 */
export const DEMO_REGIONS = [
  { code: '440000', name: '广东省', level: 'province', parent: null, provisional: false },
  { code: '440700', name: '江门市', level: 'city', parent: '440000', provisional: false },
  { code: '440703', name: '蓬江区', level: 'county', parent: '440700', provisional: false },
  { code: '440703001', name: '环市街道', level: 'township', parent: '440703', provisional: true },
  { code: '440703002', name: '白沙街道', level: 'township', parent: '440703', provisional: true },
  { code: '440703003', name: '潮连街道', level: 'township', parent: '440703', provisional: true },
  { code: '440703101', name: '棠下镇', level: 'township', parent: '440703', provisional: true },
  { code: '440703102', name: '荷塘镇', level: 'township', parent: '440703', provisional: false },
  { code: '440703103', name: '杜阮镇', level: 'township', parent: '440703', provisional: false },
] as const;

export interface DemoAgency {
  key: string;
  name: string;
  shortName: string;
  kind: AgencyKind;
  region: string;
  parentKey?: string;
  docPrefix: string;
  domains: string[];
  /** Category digits of the credit code: 11 = 机关. */
  orgCode: string;
}

const TOWNSHIP_DOMAINS = ['城市管理', '自然资源', '生态环境', '市场监管', '农业农村', '卫生健康', '应急管理'];

export const DEMO_AGENCIES: DemoAgency[] = [
  {
    key: 'gov',
    name: '江门市蓬江区人民政府',
    shortName: '蓬江区政府',
    kind: 'countyGovernment',
    region: '440703',
    docPrefix: '蓬府',
    domains: [],
    orgCode: '00700001',
  },
  {
    key: 'huanshi',
    name: '江门市蓬江区环市街道办事处',
    shortName: '环市街道',
    kind: 'street',
    region: '440703001',
    parentKey: 'gov',
    docPrefix: '蓬环综执',
    domains: TOWNSHIP_DOMAINS,
    orgCode: '00700011',
  },
  {
    key: 'baisha',
    name: '江门市蓬江区白沙街道办事处',
    shortName: '白沙街道',
    kind: 'street',
    region: '440703002',
    parentKey: 'gov',
    docPrefix: '蓬白综执',
    domains: TOWNSHIP_DOMAINS,
    orgCode: '00700012',
  },
  {
    key: 'chaolian',
    name: '江门市蓬江区潮连街道办事处',
    shortName: '潮连街道',
    kind: 'street',
    region: '440703003',
    parentKey: 'gov',
    docPrefix: '蓬潮综执',
    domains: TOWNSHIP_DOMAINS,
    orgCode: '00700013',
  },
  {
    key: 'tangxia',
    name: '江门市蓬江区棠下镇人民政府',
    shortName: '棠下镇',
    kind: 'township',
    region: '440703101',
    parentKey: 'gov',
    docPrefix: '蓬棠综执',
    domains: TOWNSHIP_DOMAINS,
    orgCode: '00700021',
  },
  {
    key: 'hetang',
    name: '江门市蓬江区荷塘镇人民政府',
    shortName: '荷塘镇',
    kind: 'township',
    region: '440703102',
    parentKey: 'gov',
    docPrefix: '蓬荷综执',
    domains: TOWNSHIP_DOMAINS,
    orgCode: '00700022',
  },
  {
    key: 'duruan',
    name: '江门市蓬江区杜阮镇人民政府',
    shortName: '杜阮镇',
    kind: 'township',
    region: '440703103',
    parentKey: 'gov',
    docPrefix: '蓬杜综执',
    domains: TOWNSHIP_DOMAINS,
    orgCode: '00700023',
  },
  {
    key: 'cg',
    name: '江门市蓬江区城市管理和综合执法局',
    shortName: '区城管执法局',
    kind: 'countyDepartment',
    region: '440703',
    parentKey: 'gov',
    docPrefix: '蓬城管罚',
    domains: ['城市管理'],
    orgCode: '00700031',
  },
  {
    key: 'sj',
    name: '江门市蓬江区市场监督管理局',
    shortName: '区市场监管局',
    kind: 'countyDepartment',
    region: '440703',
    parentKey: 'gov',
    docPrefix: '蓬市监罚',
    domains: ['市场监管'],
    orgCode: '00700032',
  },
  {
    key: 'zrzy',
    name: '江门市自然资源局蓬江分局',
    shortName: '自然资源分局',
    kind: 'countyDepartment',
    region: '440703',
    parentKey: 'gov',
    docPrefix: '蓬自然资源罚',
    domains: ['自然资源'],
    orgCode: '00700033',
  },
  {
    key: 'sthj',
    name: '江门市生态环境局蓬江分局',
    shortName: '生态环境分局',
    kind: 'countyDepartment',
    region: '440703',
    parentKey: 'gov',
    docPrefix: '蓬环罚',
    domains: ['生态环境'],
    orgCode: '00700034',
  },
  {
    key: 'nync',
    name: '江门市蓬江区农业农村和水利局',
    shortName: '区农业农村水利局',
    kind: 'countyDepartment',
    region: '440703',
    parentKey: 'gov',
    docPrefix: '蓬农罚',
    domains: ['农业农村'],
    orgCode: '00700035',
  },
  {
    key: 'xf',
    name: '江门市蓬江区消防救援大队',
    shortName: '区消防救援大队',
    kind: 'countyDepartment',
    region: '440703',
    parentKey: 'gov',
    docPrefix: '蓬消行罚',
    domains: ['消防'],
    orgCode: '00700038',
  },
  {
    key: 'ga',
    name: '江门市公安局蓬江分局',
    shortName: '蓬江公安分局',
    kind: 'countyDepartment',
    region: '440703',
    parentKey: 'gov',
    docPrefix: '蓬公行罚',
    domains: ['其他'],
    orgCode: '00700039',
  },
  {
    key: 'sfj',
    name: '江门市蓬江区司法局',
    shortName: '区司法局',
    kind: 'judicialBureau',
    region: '440703',
    parentKey: 'gov',
    docPrefix: '蓬司',
    domains: [],
    orgCode: '00700036',
  },
  {
    key: 'yfzq',
    name: '中共江门市蓬江区委全面依法治区委员会办公室',
    shortName: '区委依法治区办',
    kind: 'coordinationOffice',
    region: '440703',
    parentKey: 'gov',
    docPrefix: '蓬法治办',
    domains: [],
    orgCode: '00700037',
  },
];

export const TOWNSHIP_PINYIN: Record<string, string> = {
  huanshi: 'huanshi',
  baisha: 'baisha',
  chaolian: 'chaolian',
  tangxia: 'tangxia',
  hetang: 'hetang',
  duruan: 'duruan',
};

export interface DemoPerson {
  username: string;
  agencyKey: string;
  roles: Role[];
  post: 'establishment' | 'auxiliary';
  /** Certificate validity relative to the seeding day, in days; undefined = no certificate. */
  certificate?: { domains: string[]; expiresInDays: number };
  legalQualification?: boolean;
}

const SURNAMES = '陈李黄张梁林吴刘何罗谭冯邓区甄余郑叶许钟胡赵周'.split('');
const GIVEN = [
  '志强',
  '丽华',
  '建军',
  '晓敏',
  '国栋',
  '嘉怡',
  '伟明',
  '秀英',
  '俊杰',
  '慧玲',
  '振华',
  '思颖',
  '家豪',
  '婉婷',
  '锦荣',
  '雪梅',
  '永康',
  '淑贞',
  '子健',
  '美玲',
  '文辉',
  '燕芳',
  '德明',
  '佩珊',
];

export function demoName(i: number): string {
  return SURNAMES[i % SURNAMES.length] + GIVEN[(i * 7) % GIVEN.length];
}

/** About 50 people: every township team has a head and a deputy, a legal reviewer, three officers and an auxiliary. */
export function demoPeople(): DemoPerson[] {
  const people: DemoPerson[] = [];
  const townshipDomains = TOWNSHIP_DOMAINS.slice(0, 5);
  for (const key of Object.keys(TOWNSHIP_PINYIN)) {
    people.push(
      {
        username: `${key}.head`,
        agencyKey: key,
        roles: ['agencyHead'],
        post: 'establishment',
        certificate: { domains: townshipDomains, expiresInDays: 900 },
      },
      {
        username: `${key}.reviewer`,
        agencyKey: key,
        roles: ['legalReviewer'],
        post: 'establishment',
        certificate: { domains: townshipDomains, expiresInDays: 800 },
        legalQualification: true,
      },
      {
        username: `${key}.officer1`,
        agencyKey: key,
        roles: ['officer'],
        post: 'establishment',
        certificate: { domains: townshipDomains, expiresInDays: 700 },
      },
      {
        username: `${key}.officer2`,
        agencyKey: key,
        roles: ['officer'],
        post: 'establishment',
        certificate: { domains: townshipDomains, expiresInDays: 650 },
      },
      {
        username: `${key}.officer3`,
        agencyKey: key,
        roles: ['officer'],
        post: 'establishment',
        certificate: { domains: ['城市管理', '市场监管'], expiresInDays: 600 },
      },
      { username: `${key}.aux`, agencyKey: key, roles: ['auxiliary'], post: 'auxiliary' },
    );
  }
  // A few certificates expire soon (reminders at 60 and 30 days) and one has expired.
  const soon = (u: string, days: number) => {
    const p = people.find((x) => x.username === u)!;
    p.certificate = { ...p.certificate!, expiresInDays: days };
  };
  soon('baisha.officer3', 20);
  soon('hetang.officer2', 45);
  soon('tangxia.officer3', 55);
  soon('chaolian.officer3', -30);
  people.push(
    {
      username: 'cg.officer',
      agencyKey: 'cg',
      roles: ['departmentOfficer'],
      post: 'establishment',
      certificate: { domains: ['城市管理'], expiresInDays: 1000 },
    },
    {
      username: 'sj.officer',
      agencyKey: 'sj',
      roles: ['departmentOfficer'],
      post: 'establishment',
      certificate: { domains: ['市场监管'], expiresInDays: 1000 },
    },
    {
      username: 'zrzy.officer',
      agencyKey: 'zrzy',
      roles: ['departmentOfficer'],
      post: 'establishment',
      certificate: { domains: ['自然资源'], expiresInDays: 1000 },
    },
    {
      username: 'sthj.officer',
      agencyKey: 'sthj',
      roles: ['departmentOfficer'],
      post: 'establishment',
      certificate: { domains: ['生态环境'], expiresInDays: 1000 },
    },
    {
      username: 'nync.officer',
      agencyKey: 'nync',
      roles: ['departmentOfficer'],
      post: 'establishment',
      certificate: { domains: ['农业农村'], expiresInDays: 1000 },
    },
    { username: 'coordinator', agencyKey: 'yfzq', roles: ['countyCoordinator'], post: 'establishment' },
    {
      username: 'supervisor',
      agencyKey: 'sfj',
      roles: ['countySupervisor'],
      post: 'establishment',
      certificate: { domains: ['执法监督'], expiresInDays: 1000 },
      legalQualification: true,
    },
    { username: 'sysadmin', agencyKey: 'sfj', roles: ['systemAdmin'], post: 'establishment' },
    { username: 'secadmin', agencyKey: 'sfj', roles: ['securityAdmin'], post: 'establishment' },
    { username: 'auditadmin', agencyKey: 'sfj', roles: ['auditAdmin'], post: 'establishment' },
  );
  // Every town also has a deputy head (副职负责人): a collective deliberation is for the agency's
  // heads (行政处罚法 第57条第2款), so it needs two. Added last, so everyone else keeps their name.
  for (const key of Object.keys(TOWNSHIP_PINYIN)) {
    people.push({
      username: `${key}.deputy`,
      agencyKey: key,
      roles: ['agencyHead'],
      post: 'establishment',
      certificate: { domains: townshipDomains, expiresInDays: 950 },
    });
  }
  return people;
}
