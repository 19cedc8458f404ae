// The demo county's enforcement items: powers a Guangdong township takes over from the county
// (and a few the county keeps), each citing the article it enforces and the article that sets
// the penalty, with the ranges as those articles state them. Texts: reference/laws/*.md.

import type { PenaltySpec } from '@zhifa/domain';

export type DemoDepartment = 'cg' | 'sj' | 'zrzy' | 'sthj' | 'nync' | 'xf' | 'ga';
/** Which demo decision gives the item to townships: d1 both groups (2024), d2 towns only (补充). */
export type DemoDelegation = 'd1' | 'd2' | null;

export interface DemoItem {
  code: string;
  name: string;
  kind: 'penalty' | 'inspection' | 'coercion';
  department: DemoDepartment;
  level: '县' | '乡镇';
  basis: string[];
  penaltyBasis?: string[];
  penalties?: PenaltySpec[];
  reserved?: boolean;
  note?: string;
  delegation: DemoDelegation;
}

const correct = (note?: string): PenaltySpec => ({ kind: 'orderToCorrect', ...(note ? { note } : {}) });
/** A fine; "对单位" / "对个人" in the note become the structured party, the rest stays the note. */
const fine = (fineMin: number | undefined, fineMax: number | undefined, note?: string, more: Partial<PenaltySpec> = {}): PenaltySpec => {
  const appliesTo = note?.includes('对单位') ? 'organisation' : note?.includes('对个人') ? 'person' : undefined;
  const rest = note?.replace(/，?对(单位|个人)，?/u, '').trim();
  return {
    kind: 'fine',
    ...(appliesTo ? { appliesTo } : {}),
    ...(fineMin !== undefined ? { fineMin } : {}),
    ...(fineMax !== undefined ? { fineMax } : {}),
    ...(rest ? { note: rest } : {}),
    ...more,
  };
};
const perSqm = (fineMin: number | undefined, fineMax: number, more: Partial<PenaltySpec> = {}): PenaltySpec => ({
  kind: 'fine',
  ...(fineMin !== undefined ? { fineMin } : {}),
  fineMax,
  perUnit: '元/平方米',
  ...more,
});
const gains: PenaltySpec = { kind: 'confiscateGains' };
const warning: PenaltySpec = { kind: 'warning' };
const LOCAL_AMOUNT = '法律法规未规定数额，依省、市有关规定';

const GF = '固体废物污染环境防治法';
const DQ = '大气污染防治法';
const GDDQ = '广东省大气污染防治条例';
const ZS = '噪声污染防治法';
const JM = '江门市文明行为促进条例';
const DL = '城市道路管理条例';
const DW = '动物防疫法';

const noise82 = [warning, fine(200, 1000, '拒不改正的，对个人'), fine(2000, 20_000, '拒不改正的，对单位'), correct('说服教育，责令改正')];
const noise78 = [correct(), fine(5000, 50_000), fine(50_000, 200_000, '拒不改正的')];
const noise77 = [correct(), fine(10_000, 100_000), { kind: 'restrictBusiness', note: '拒不改正的，可以责令暂停施工' } satisfies PenaltySpec];
const road42 = [correct('责令限期改正'), fine(undefined, 20_000)];
const dust115 = [correct(), fine(10_000, 100_000)];

export const DEMO_ITEMS: DemoItem[] = [
  // ── 城市管理 ──
  { code: 'CSGL-001', name: '对单位随意倾倒、抛撒、堆放或者焚烧生活垃圾的行政处罚', kind: 'penalty', department: 'cg', level: '县', basis: [`${GF} 第111条第1款第(一)项`], penaltyBasis: [`${GF} 第111条第2款`], penalties: [correct(), fine(50_000, 500_000, '对单位'), gains], delegation: 'd1' },
  { code: 'CSGL-002', name: '对个人随意倾倒、抛撒、堆放或者焚烧生活垃圾的行政处罚', kind: 'penalty', department: 'cg', level: '县', basis: [`${GF} 第111条第1款第(一)项`], penaltyBasis: [`${GF} 第111条第2款`], penalties: [correct(), fine(100, 500, '对个人'), gains], delegation: 'd1' },
  { code: 'CSGL-003', name: '对工程施工单位未编制建筑垃圾处理方案报备案或者未及时清运施工过程中产生的固体废物的行政处罚', kind: 'penalty', department: 'cg', level: '县', basis: [`${GF} 第111条第1款第(三)项`], penaltyBasis: [`${GF} 第111条第2款`], penalties: [correct(), fine(100_000, 1_000_000), gains], delegation: 'd1' },
  { code: 'CSGL-004', name: '对工程施工单位擅自倾倒、抛撒或者堆放工程施工过程中产生的建筑垃圾的行政处罚', kind: 'penalty', department: 'cg', level: '县', basis: [`${GF} 第111条第1款第(四)项`], penaltyBasis: [`${GF} 第111条第2款`], penalties: [correct(), fine(100_000, 1_000_000), gains], delegation: 'd1' },
  { code: 'CSGL-005', name: '对在运输过程中沿途丢弃、遗撒生活垃圾的行政处罚', kind: 'penalty', department: 'cg', level: '县', basis: [`${GF} 第111条第1款第(七)项`], penaltyBasis: [`${GF} 第111条第2款`], penalties: [correct(), fine(50_000, 500_000, '对单位'), fine(100, 500, '对个人'), gains], delegation: 'd1' },
  { code: 'CSGL-006', name: '对未在指定的地点分类投放生活垃圾的行政处罚', kind: 'penalty', department: 'cg', level: '县', basis: [`${GF} 第111条第3款`], penaltyBasis: [`${GF} 第111条第3款`], penalties: [correct(), fine(50_000, 500_000, '情节严重的，对单位'), fine(undefined, undefined, `情节严重的，对个人依法处以罚款；${LOCAL_AMOUNT}`)], delegation: 'd1' },
  { code: 'CSGL-007', name: '对建筑垃圾运输单位未建立运输管理台账的行政处罚', kind: 'penalty', department: 'cg', level: '县', basis: ['广东省建筑垃圾管理条例 第11条第1款第(一)项'], penaltyBasis: ['广东省建筑垃圾管理条例 第21条'], penalties: [correct('责令限期改正'), fine(20_000, 200_000, '逾期不改正的')], delegation: 'd1' },
  { code: 'CSGL-008', name: '对将工程渣土、工程泥浆与其他建筑垃圾混合运输的行政处罚', kind: 'penalty', department: 'cg', level: '县', basis: ['广东省建筑垃圾管理条例 第11条第1款第(二)项'], penaltyBasis: ['广东省建筑垃圾管理条例 第22条'], penalties: [correct(), fine(30_000, 300_000)], delegation: 'd1' },
  { code: 'CSGL-009', name: '对运输煤炭、垃圾、渣土、砂石等散装、流体物料的车辆未采取密闭或者其他措施防止物料遗撒的行政处罚', kind: 'penalty', department: 'cg', level: '县', basis: [`${DQ} 第116条`], penaltyBasis: [`${DQ} 第116条`], penalties: [correct(), fine(2000, 20_000)], delegation: 'd1' },
  { code: 'CSGL-010', name: '对运输散装、流体物料的车辆未密闭运输、未配备卫星定位装置或者未按照规定的时间、路线行驶的行政处罚', kind: 'penalty', department: 'cg', level: '县', basis: [`${GDDQ} 第56条第1款`], penaltyBasis: [`${GDDQ} 第83条`], penalties: [correct(), fine(5000, 20_000)], delegation: 'd1' },
  { code: 'CSGL-011', name: '对餐饮服务业经营者未安装或者不正常使用油烟净化设施、超过排放标准排放油烟的行政处罚（罚款）', kind: 'penalty', department: 'cg', level: '县', basis: [`${DQ} 第118条第1款`], penaltyBasis: [`${DQ} 第118条第1款`], penalties: [correct(), fine(5000, 50_000)], note: '拒不改正的责令停业整治由县级部门决定（见 CSGL-012）', delegation: 'd1' },
  { code: 'CSGL-012', name: '对餐饮服务业经营者超标排放油烟拒不改正的责令停业整治', kind: 'penalty', department: 'cg', level: '县', basis: [`${DQ} 第118条第1款`], penaltyBasis: [`${DQ} 第118条第1款`], penalties: [{ kind: 'stopProduction', note: '拒不改正的，责令停业整治' }], delegation: null },
  { code: 'CSGL-013', name: '对在居民住宅楼等建筑内新建、改建、扩建产生油烟、异味、废气的餐饮服务项目的行政处罚', kind: 'penalty', department: 'cg', level: '县', basis: [`${DQ} 第118条第2款`], penaltyBasis: [`${DQ} 第118条第2款`], penalties: [correct(), { kind: 'closure', note: '拒不改正的，予以关闭' }, fine(10_000, 100_000, '拒不改正的')], delegation: null },
  { code: 'CSGL-014', name: '对在禁止的时段和区域内露天烧烤食品或者为露天烧烤食品提供场地的行政处罚', kind: 'penalty', department: 'cg', level: '县', basis: [`${DQ} 第118条第3款`], penaltyBasis: [`${DQ} 第118条第3款`], penalties: [correct(), { kind: 'confiscateProperty', note: '没收烧烤工具' }, gains, fine(500, 20_000)], delegation: 'd1' },
  { code: 'CSGL-015', name: '对封堵、改变专用烟道或者向城市地下排水管道排放油烟的行政处罚', kind: 'penalty', department: 'cg', level: '县', basis: [`${GDDQ} 第60条`], penaltyBasis: [`${GDDQ} 第84条`], penalties: [correct('责令限期改正'), fine(5000, 20_000, '逾期不改正的')], delegation: 'd1' },
  { code: 'CSGL-017', name: '对以设置地锁、地桩等障碍物的方式妨碍他人在城市道路停车泊位上停车的行政处罚', kind: 'penalty', department: 'cg', level: '县', basis: [`${JM} 第14条第1款第(十一)项`], penaltyBasis: [`${JM} 第48条`], penalties: [correct(), fine(200, 2000)], delegation: 'd1' },
  { code: 'CSGL-018', name: '对在公共场所上空、楼宇之间新建架空管线设施不符合城市容貌标准的行政处罚', kind: 'penalty', department: 'cg', level: '县', basis: [`${JM} 第16条第(九)项`], penaltyBasis: [`${JM} 第49条`], penalties: [fine(500, 5000)], delegation: 'd1' },
  { code: 'CSGL-019', name: '对未按照批准的位置、面积、期限占用或者挖掘城市道路的行政处罚', kind: 'penalty', department: 'cg', level: '县', basis: [`${DL} 第42条第(六)项`], penaltyBasis: [`${DL} 第42条`], penalties: road42, delegation: 'd1' },
  { code: 'CSGL-020', name: '对擅自占用或者挖掘城市道路的行政处罚', kind: 'penalty', department: 'cg', level: '县', basis: [`${DL} 第27条第(一)项`], penaltyBasis: [`${DL} 第42条`], penalties: road42, delegation: 'd1' },
  { code: 'CSGL-021', name: '对未在城市道路施工现场设置明显标志和安全防围设施的行政处罚', kind: 'penalty', department: 'cg', level: '县', basis: [`${DL} 第42条第(二)项`], penaltyBasis: [`${DL} 第42条`], penalties: road42, delegation: 'd1' },
  { code: 'CSGL-022', name: '对损坏城市树木花草的行政处罚', kind: 'penalty', department: 'cg', level: '县', basis: ['城市绿化条例 第26条第(一)项'], penaltyBasis: ['城市绿化条例 第26条'], penalties: [correct('责令停止侵害'), fine(undefined, undefined, LOCAL_AMOUNT)], delegation: 'd1' },
  { code: 'CSGL-023', name: '对未经同意擅自占用城市绿化用地的行政处罚', kind: 'penalty', department: 'cg', level: '县', basis: ['城市绿化条例 第27条'], penaltyBasis: ['城市绿化条例 第27条'], penalties: [correct('责令限期退还、恢复原状'), fine(undefined, undefined, LOCAL_AMOUNT)], delegation: 'd1' },
  { code: 'CSGL-024', name: '对施工工地未设置硬质围挡或者未采取覆盖、洒水抑尘等有效防尘降尘措施的行政处罚', kind: 'penalty', department: 'cg', level: '县', basis: [`${DQ} 第115条第1款第(一)项`], penaltyBasis: [`${DQ} 第115条第1款`], penalties: dust115, note: '拒不改正的责令停工整治由县级部门决定', delegation: 'd1' },
  { code: 'CSGL-025', name: '对建筑土方、工程渣土、建筑垃圾未及时清运或者未采用密闭式防尘网遮盖的行政处罚', kind: 'penalty', department: 'cg', level: '县', basis: [`${DQ} 第115条第1款第(二)项`], penaltyBasis: [`${DQ} 第115条第1款`], penalties: dust115, note: '拒不改正的责令停工整治由县级部门决定', delegation: 'd1' },
  { code: 'CSGL-026', name: '对拒不执行停止工地土石方作业或者建筑物拆除施工等重污染天气应急措施的行政处罚', kind: 'penalty', department: 'cg', level: '县', basis: [`${DQ} 第121条第2款`], penaltyBasis: [`${DQ} 第121条第2款`], penalties: [fine(10_000, 100_000)], delegation: null },
  { code: 'CSGL-027', name: '对在城市市区范围内饲养危险犬的行政处罚', kind: 'penalty', department: 'cg', level: '县', basis: [`${JM} 第23条第1款第(一)项`], penaltyBasis: [`${JM} 第50条第1款`], penalties: [correct('责令限期依法处置'), { kind: 'fine', appliesTo: 'organisation', fineMin: 5000, fineMax: 5000, perUnit: '元/只', note: '每只犬' }, { kind: 'fine', appliesTo: 'person', fineMin: 2000, fineMax: 2000, perUnit: '元/只', note: '每只犬' }, { kind: 'confiscateProperty', note: '逾期不处置的，没收犬只' }], delegation: 'd1' },
  { code: 'CSGL-028', name: '对在城市市区范围内携带犬只外出未用牵引带牵领或者装入笼内的行政处罚', kind: 'penalty', department: 'cg', level: '县', basis: [`${JM} 第23条第1款第(四)项`], penaltyBasis: [`${JM} 第50条第3款`], penalties: [correct(), fine(1000, 2000, '对单位'), fine(100, 200, '对个人')], delegation: 'd1' },
  { code: 'CSGL-029', name: '对不符合城市容貌标准、环境卫生标准的建筑物或者设施逾期未改造或者未拆除的强制拆除', kind: 'coercion', department: 'cg', level: '县', basis: ['城市市容和环境卫生管理条例 第37条'], delegation: null },

  // ── 生态环境 ──
  { code: 'STHJ-001', name: '对超过噪声排放标准排放社会生活噪声的行政处罚（罚款）', kind: 'penalty', department: 'sthj', level: '县', basis: [`${ZS} 第81条第(一)项`], penaltyBasis: [`${ZS} 第81条`], penalties: noise78, note: '拒不改正的责令停业由县级部门报批决定（见 STHJ-003）', delegation: 'd1' },
  { code: 'STHJ-002', name: '对在商业经营活动中使用高音广播喇叭或者采用其他持续反复发出高噪声的方法进行广告宣传的行政处罚（罚款）', kind: 'penalty', department: 'sthj', level: '县', basis: [`${ZS} 第81条第(二)项`], penaltyBasis: [`${ZS} 第81条`], penalties: noise78, note: '拒不改正的责令停业由县级部门报批决定（见 STHJ-003）', delegation: 'd1' },
  { code: 'STHJ-003', name: '对超标排放社会生活噪声或者商业经营活动噪声拒不改正的责令停业', kind: 'penalty', department: 'sthj', level: '县', basis: [`${ZS} 第81条`], penaltyBasis: [`${ZS} 第81条`], penalties: [fine(50_000, 200_000, '拒不改正的'), { kind: 'stopProduction', note: '报经有批准权的人民政府批准，责令停业' }], delegation: null },
  { code: 'STHJ-004', name: '对在噪声敏感建筑物集中区域使用高音广播喇叭的行政处罚', kind: 'penalty', department: 'sthj', level: '县', basis: [`${ZS} 第82条第(一)项`], penaltyBasis: [`${ZS} 第82条`], penalties: noise82, delegation: 'd1' },
  { code: 'STHJ-005', name: '对在公共场所组织或者开展娱乐、健身等活动违反规定使用音响器材产生过大音量等造成噪声污染的行政处罚', kind: 'penalty', department: 'sthj', level: '县', basis: [`${ZS} 第82条第(二)项`], penaltyBasis: [`${ZS} 第82条`], penalties: noise82, delegation: 'd1' },
  { code: 'STHJ-006', name: '对已竣工交付使用的建筑物室内装修活动未在限定的作业时间内进行或者未采取有效措施造成噪声污染的行政处罚', kind: 'penalty', department: 'sthj', level: '县', basis: [`${ZS} 第82条第(三)项`], penaltyBasis: [`${ZS} 第82条`], penalties: noise82, delegation: 'd1' },
  { code: 'STHJ-007', name: '对建设单位、施工单位超过噪声排放标准排放建筑施工噪声的行政处罚', kind: 'penalty', department: 'sthj', level: '县', basis: [`${ZS} 第77条第(一)项`], penaltyBasis: [`${ZS} 第77条`], penalties: noise77, delegation: 'd1' },
  { code: 'STHJ-008', name: '对未按照规定取得证明在噪声敏感建筑物集中区域夜间进行产生噪声的建筑施工作业的行政处罚', kind: 'penalty', department: 'sthj', level: '县', basis: [`${ZS} 第77条第(二)项`], penaltyBasis: [`${ZS} 第77条`], penalties: noise77, delegation: 'd1' },
  { code: 'STHJ-009', name: '对施工单位未按照规定制定噪声污染防治实施方案或者未采取有效措施减少振动、降低噪声的行政处罚', kind: 'penalty', department: 'sthj', level: '县', basis: [`${ZS} 第78条第(二)项`], penaltyBasis: [`${ZS} 第78条`], penalties: noise78, delegation: 'd1' },
  { code: 'STHJ-010', name: '对因特殊需要必须连续施工作业建设单位未按照规定公告附近居民的行政处罚', kind: 'penalty', department: 'sthj', level: '县', basis: [`${ZS} 第78条第(四)项`], penaltyBasis: [`${ZS} 第78条`], penalties: noise78, delegation: 'd1' },
  { code: 'STHJ-011', name: '对在人口集中地区露天焚烧秸秆、落叶等产生烟尘污染的物质的行政处罚', kind: 'penalty', department: 'sthj', level: '县', basis: [`${DQ} 第119条第1款`], penaltyBasis: [`${DQ} 第119条第1款`], penalties: [correct(), fine(500, 2000)], delegation: 'd2' },
  { code: 'STHJ-012', name: '对在人口集中地区焚烧沥青、油毡、橡胶、塑料、皮革、垃圾等产生有毒有害烟尘和恶臭气体的物质的行政处罚', kind: 'penalty', department: 'sthj', level: '县', basis: [`${DQ} 第119条第2款`], penaltyBasis: [`${DQ} 第119条第2款`], penalties: [correct(), fine(10_000, 100_000, '对单位'), fine(500, 2000, '对个人')], delegation: 'd1' },
  { code: 'STHJ-013', name: '对使用不符合国家和地方相关技术规范的场所堆放、贮存、处置固体废物的行政处罚', kind: 'penalty', department: 'sthj', level: '县', basis: ['广东省固体废物污染环境防治条例 第50条第3款'], penaltyBasis: ['广东省固体废物污染环境防治条例 第50条第3款'], penalties: [correct('责令限期改正'), fine(10_000, 100_000)], delegation: null },
  { code: 'STHJ-014', name: '对从事服装干洗和机动车维修等服务活动未设置异味和废气处理装置等污染防治设施并保持正常使用的行政处罚（罚款）', kind: 'penalty', department: 'sthj', level: '县', basis: [`${DQ} 第120条`], penaltyBasis: [`${DQ} 第120条`], penalties: [correct(), fine(2000, 20_000)], note: '拒不改正的责令停业整治由县级部门决定', delegation: 'd1' },
  { code: 'STHJ-015', name: '对未密闭易产生扬尘的物料或者未设置严密围挡、未采取有效覆盖措施防治扬尘污染的行政处罚', kind: 'penalty', department: 'sthj', level: '县', basis: [`${DQ} 第117条第(一)项`, `${DQ} 第117条第(二)项`], penaltyBasis: [`${DQ} 第117条`], penalties: [correct(), fine(10_000, 100_000)], note: '拒不改正的责令停工整治或者停业整治由县级部门决定', delegation: 'd1' },
  { code: 'STHJ-016', name: '对未采取措施防止排放恶臭气体的行政处罚', kind: 'penalty', department: 'sthj', level: '县', basis: [`${DQ} 第117条第(八)项`], penaltyBasis: [`${DQ} 第117条`], penalties: [correct(), fine(10_000, 100_000)], note: '拒不改正的责令停工整治或者停业整治由县级部门决定', delegation: 'd1' },
  { code: 'STHJ-017', name: '对在用柴油车所有人或者使用人未按照规范要求添加车用尿素等氮氧化物还原剂的行政处罚', kind: 'penalty', department: 'sthj', level: '县', basis: [`${GDDQ} 第41条第3款`], penaltyBasis: [`${GDDQ} 第79条`], penalties: [correct(), fine(500, 1000)], delegation: null },
  { code: 'STHJ-018', name: '对拆除、覆盖、擅自移动饮用水水源保护区地理界标、警示标志、隔离防护设施或者监控设备的行政处罚', kind: 'penalty', department: 'sthj', level: '县', basis: ['广东省水污染防治条例 第42条第2款'], penaltyBasis: ['广东省水污染防治条例 第64条'], penalties: [correct(), fine(2000, 10_000)], delegation: 'd2' },
  { code: 'STHJ-019', name: '对在饮用水水源保护区内设置油类及其他有毒有害物品的储存罐、仓库、堆栈和废弃物回收场、加工场的行政处罚', kind: 'penalty', department: 'sthj', level: '县', basis: ['广东省水污染防治条例 第65条第(一)项'], penaltyBasis: ['广东省水污染防治条例 第65条第(一)项'], penalties: [correct('责令停止违法行为'), fine(100_000, 1_000_000), { kind: 'closure', note: '报经有批准权的人民政府批准，责令拆除或者关闭' }], delegation: null },
  { code: 'STHJ-020', name: '对无排污许可证或者超过噪声排放标准排放工业噪声的行政处罚', kind: 'penalty', department: 'sthj', level: '县', basis: [`${ZS} 第75条`], penaltyBasis: [`${ZS} 第75条`], penalties: [correct('责令改正或者限制生产、停产整治'), fine(20_000, 200_000), { kind: 'stopProduction', note: '情节严重的，报经批准责令停业' }, { kind: 'closure', note: '情节严重的，报经批准责令关闭' }], delegation: null },
  { code: 'STHJ-021', name: '对排放噪声的单位或者场所的现场检查', kind: 'inspection', department: 'sthj', level: '县', basis: [`${ZS} 第29条`], delegation: 'd1' },
  { code: 'STHJ-022', name: '对排放噪声造成严重污染被责令改正拒不改正的查封、扣押排放噪声的场所、设施、设备、工具和物品', kind: 'coercion', department: 'sthj', level: '县', basis: [`${ZS} 第30条`], delegation: null },
  { code: 'STHJ-023', name: '对拒绝、阻挠噪声污染防治监督检查或者在接受监督检查时弄虚作假的行政处罚', kind: 'penalty', department: 'sthj', level: '县', basis: [`${ZS} 第71条`], penaltyBasis: [`${ZS} 第71条`], penalties: [correct(), fine(20_000, 200_000)], delegation: 'd1' },

  // ── 市场监管 ──
  { code: 'SCJG-001', name: '对从事无照经营的行政处罚', kind: 'penalty', department: 'sj', level: '县', basis: ['无证无照经营查处办法 第13条'], penaltyBasis: ['无证无照经营查处办法 第13条'], penalties: [correct('责令停止违法行为'), gains, fine(undefined, 10_000)], delegation: 'd1' },
  { code: 'SCJG-002', name: '对明知属于无照经营而为经营者提供经营场所或者运输、保管、仓储等条件的行政处罚', kind: 'penalty', department: 'sj', level: '县', basis: ['无证无照经营查处办法 第14条'], penaltyBasis: ['无证无照经营查处办法 第14条'], penalties: [correct('责令停止违法行为'), gains, fine(undefined, 5000)], delegation: 'd1' },
  { code: 'SCJG-003', name: '对涉嫌无照经营的场所实施现场检查', kind: 'inspection', department: 'sj', level: '县', basis: ['无证无照经营查处办法 第11条第1款'], delegation: 'd1' },
  { code: 'SCJG-004', name: '对涉嫌从事无照经营的场所予以查封，对涉嫌用于无照经营的工具、设备、原材料、产品等物品予以查封、扣押', kind: 'coercion', department: 'sj', level: '县', basis: ['无证无照经营查处办法 第11条第2款'], delegation: null },
  { code: 'SCJG-005', name: '对未取得食品生产经营许可从事食品生产经营活动的行政处罚', kind: 'penalty', department: 'sj', level: '县', basis: ['食品安全法 第122条第1款'], penaltyBasis: ['食品安全法 第122条第1款'], penalties: [gains, { kind: 'confiscateProperty', note: '没收违法生产经营的食品和用于违法生产经营的工具、设备、原料等物品' }, fine(50_000, 100_000, '货值金额不足一万元的'), { kind: 'fine', multipleMin: 10, multipleMax: 20, multipleOf: '货值金额', note: '货值金额一万元以上的' }], reserved: true, note: '没收工具、设备等财物，数额通常较大，由县级部门办理', delegation: null },
  { code: 'SCJG-006', name: '对食品生产经营者进货时未查验许可证和相关证明文件或者未按规定建立并遵守进货查验记录制度的行政处罚', kind: 'penalty', department: 'sj', level: '县', basis: ['食品安全法 第126条第1款第(三)项'], penaltyBasis: ['食品安全法 第126条第1款'], penalties: [correct(), warning, fine(5000, 50_000, '拒不改正的'), { kind: 'stopProduction', note: '情节严重的' }, { kind: 'revokeLicence', note: '情节严重的，直至吊销许可证' }], delegation: null },
  { code: 'SCJG-007', name: '对未按要求进行食品贮存、运输和装卸的行政处罚', kind: 'penalty', department: 'sj', level: '县', basis: ['食品安全法 第132条'], penaltyBasis: ['食品安全法 第132条'], penalties: [correct(), warning, { kind: 'stopProduction', note: '拒不改正的' }, fine(10_000, 50_000, '拒不改正的'), { kind: 'revokeLicence', note: '情节严重的' }], delegation: null },
  { code: 'SCJG-008', name: '对使用未经过加工的木本植物或者草本植物为生物质燃料的行政处罚', kind: 'penalty', department: 'sj', level: '县', basis: [`${GDDQ} 第22条第2款`], penaltyBasis: [`${GDDQ} 第72条第2款`], penalties: [correct(), fine(10_000, 20_000)], delegation: 'd2' },
  { code: 'SCJG-009', name: '对在本省生产、销售超过挥发性有机物含量限值标准的原材料和产品的行政处罚', kind: 'penalty', department: 'sj', level: '县', basis: [`${GDDQ} 第73条第1款`], penaltyBasis: [`${GDDQ} 第73条第1款`], penalties: [correct(), { kind: 'confiscateProperty', note: '没收原材料、产品' }, gains, { kind: 'fine', multipleMin: 1, multipleMax: 3, multipleOf: '货值金额' }], delegation: null },
  { code: 'SCJG-010', name: '对生产、进口、销售超过噪声限值的产品的行政处罚', kind: 'penalty', department: 'sj', level: '县', basis: [`${ZS} 第72条第1款`], penaltyBasis: [`${ZS} 第72条第1款`], penalties: [correct(), gains, { kind: 'fine', multipleMin: 1, multipleMax: 3, multipleOf: '货值金额' }, { kind: 'stopProduction', note: '情节严重的，报经批准责令停业' }, { kind: 'closure', note: '情节严重的，报经批准责令关闭' }], delegation: null },

  { code: 'SCJG-011', name: '对食品生产经营者生产经营的食品不符合企业标准规定的食品安全指标拒不停止经营或者改正的行政处罚', kind: 'penalty', department: 'sj', level: '县', basis: ['食品安全法实施条例 第74条'], penaltyBasis: ['食品安全法实施条例 第74条'], penalties: [warning, correct('责令停止经营该食品或者改正'), { kind: 'confiscateProperty', note: '拒不停止经营或者改正的，没收不符合企业标准的食品' }, fine(10_000, 50_000, '货值金额不足1万元的'), { kind: 'fine', multipleMin: 5, multipleMax: 10, multipleOf: '货值金额', note: '货值金额1万元以上的' }], delegation: null },
  { code: 'SCJG-012', name: '对食品集中交易市场的开办者、食品展销会的举办者未按照规定备案或者报告的行政处罚', kind: 'penalty', department: 'sj', level: '县', basis: ['食品安全法实施条例 第72条'], penaltyBasis: ['食品安全法实施条例 第72条'], penalties: [correct(), warning, fine(10_000, 50_000, '拒不改正的'), fine(50_000, 200_000, '情节严重的'), { kind: 'stopProduction', note: '情节严重的' }], delegation: null },

  // ── 自然资源（含林业）──
  { code: 'ZRZY-001', name: '对未取得建设工程规划许可证或者未按照建设工程规划许可证的规定进行建设的行政处罚', kind: 'penalty', department: 'zrzy', level: '县', basis: ['城乡规划法 第64条'], penaltyBasis: ['城乡规划法 第64条'], penalties: [correct('责令停止建设、限期改正或者限期拆除'), { kind: 'fine', multipleMin: 0.05, multipleMax: 0.1, multipleOf: '工程造价', note: '尚可采取改正措施消除影响的' }, { kind: 'confiscateProperty', note: '不能拆除的，没收实物' }, { kind: 'confiscateGains', note: '不能拆除的，没收违法收入' }, { kind: 'fine', multipleMax: 0.1, multipleOf: '工程造价', note: '无法采取改正措施消除影响的，可以并处' }], reserved: true, note: '没收违法建设实物数额较大，属重大处罚，由县级部门办理', delegation: null },
  { code: 'ZRZY-002', name: '对在乡、村庄规划区内未依法取得乡村建设规划许可证或者未按照许可证的规定进行建设逾期不改正的拆除', kind: 'coercion', department: 'zrzy', level: '乡镇', basis: ['城乡规划法 第65条'], delegation: 'd1' },
  { code: 'ZRZY-003', name: '对未经批准进行临时建设、未按照批准内容进行临时建设或者临时建筑物、构筑物超过批准期限不拆除的行政处罚', kind: 'penalty', department: 'zrzy', level: '县', basis: ['城乡规划法 第66条'], penaltyBasis: ['城乡规划法 第66条'], penalties: [correct('责令限期拆除'), { kind: 'fine', multipleMax: 1, multipleOf: '工程造价', note: '临时建设工程造价一倍以下' }], delegation: 'd1' },
  { code: 'ZRZY-004', name: '对城乡规划实施情况的监督检查', kind: 'inspection', department: 'zrzy', level: '县', basis: ['城乡规划法 第53条'], delegation: 'd1' },
  { code: 'ZRZY-005', name: '对农村居民未经批准或者违反规划的规定建住宅的行政处罚', kind: 'penalty', department: 'zrzy', level: '乡镇', basis: ['村庄和集镇规划建设管理条例 第37条第2款'], penaltyBasis: ['村庄和集镇规划建设管理条例 第37条第1款'], penalties: [correct('责令停止建设，限期拆除或者限期改正'), { kind: 'confiscateProperty', note: '严重影响规划的，没收违法建筑物、构筑物和其他设施' }, fine(undefined, undefined, `尚可采取改正措施的；${LOCAL_AMOUNT}`)], delegation: 'd2' },
  { code: 'ZRZY-006', name: '对损坏村庄和集镇的房屋、公共设施或者乱堆粪便、垃圾、柴草破坏村容镇貌和环境卫生的行政处罚', kind: 'penalty', department: 'zrzy', level: '乡镇', basis: ['村庄和集镇规划建设管理条例 第39条'], penaltyBasis: ['村庄和集镇规划建设管理条例 第39条'], penalties: [correct('责令停止侵害'), fine(undefined, undefined, LOCAL_AMOUNT)], delegation: 'd2' },
  { code: 'ZRZY-007', name: '对擅自在村庄、集镇规划区内的街道、广场、市场和车站等场所修建临时建筑物、构筑物和其他设施的行政处罚', kind: 'penalty', department: 'zrzy', level: '乡镇', basis: ['村庄和集镇规划建设管理条例 第40条'], penaltyBasis: ['村庄和集镇规划建设管理条例 第40条'], penalties: [correct('责令限期拆除'), fine(undefined, undefined, LOCAL_AMOUNT)], delegation: 'd2' },
  { code: 'ZRZY-008', name: '对非法占用土地的行政处罚', kind: 'penalty', department: 'zrzy', level: '县', basis: ['土地管理法 第77条第1款'], penaltyBasis: ['广东省土地管理条例 第52条'], penalties: [correct('责令退还非法占用的土地，限期拆除新建的建筑物和其他设施，恢复土地原状'), { kind: 'confiscateProperty', note: '符合国土空间规划的，没收新建的建筑物和其他设施' }, perSqm(undefined, 30, { effectiveTo: '2021-08-31', basis: '土地管理法实施条例（2014年修订） 第42条' }), perSqm(100, 1000, { effectiveFrom: '2021-09-01', basis: '土地管理法实施条例 第57条' })], reserved: true, note: '没收建筑物属重大处罚，由县级部门办理', delegation: null },
  { code: 'ZRZY-009', name: '对占用耕地建窑、建坟或者擅自在耕地上建房、挖砂、采石、采矿、取土等破坏种植条件的行政处罚', kind: 'penalty', department: 'zrzy', level: '县', basis: ['土地管理法 第75条'], penaltyBasis: ['土地管理法 第75条'], penalties: [correct('责令限期改正或者治理'), fine(undefined, undefined, '数额依土地管理法实施条例')], delegation: 'd1' },
  { code: 'ZRZY-010', name: '对在森林防火区野外违规用火的行政处罚', kind: 'penalty', department: 'zrzy', level: '县', basis: ['广东省森林防火条例 第24条', '广东省森林防火条例 第25条'], penaltyBasis: ['广东省森林防火条例 第43条'], penalties: [correct('责令停止违法行为'), warning, fine(200, 2000, '未引起森林火灾的，对个人'), fine(10_000, 30_000, '未引起森林火灾的，对单位'), fine(2000, 3000, '引起森林火灾的，对个人'), fine(30_000, 50_000, '引起森林火灾的，对单位')], delegation: 'd2' },
  { code: 'ZRZY-011', name: '对破坏、侵占森林防火通道、标志、宣传牌、瞭望台、隔离带等森林防火设施的行政处罚', kind: 'penalty', department: 'zrzy', level: '县', basis: ['广东省森林防火条例 第30条'], penaltyBasis: ['广东省森林防火条例 第45条'], penalties: [correct('责令停止违法行为、赔偿损失'), fine(500, 2000, '对个人'), fine(10_000, 20_000, '对单位')], delegation: 'd2' },
  { code: 'ZRZY-012', name: '对滥伐林木的行政处罚', kind: 'penalty', department: 'zrzy', level: '县', basis: ['森林法 第76条第2款'], penaltyBasis: ['森林法 第76条第2款'], penalties: [correct('责令限期补种滥伐株数一倍以上三倍以下的树木'), { kind: 'fine', multipleMin: 3, multipleMax: 5, multipleOf: '林木价值' }], delegation: 'd2' },
  { code: 'ZRZY-013', name: '对盗伐林木的行政处罚', kind: 'penalty', department: 'zrzy', level: '县', basis: ['森林法 第76条第1款'], penaltyBasis: ['森林法 第76条第1款'], penalties: [correct('责令限期补种盗伐株数一倍以上五倍以下的树木'), { kind: 'fine', multipleMin: 5, multipleMax: 10, multipleOf: '林木价值' }], delegation: null },
  { code: 'ZRZY-014', name: '对未经审核同意擅自改变林地用途的行政处罚', kind: 'penalty', department: 'zrzy', level: '县', basis: ['森林法 第73条第1款'], penaltyBasis: ['森林法 第73条第1款'], penalties: [correct('责令限期恢复植被和林业生产条件'), { kind: 'fine', multipleMax: 3, multipleOf: '恢复费用' }], delegation: null },
  { code: 'ZRZY-015', name: '对进行开垦、采石、采砂、采土等活动造成林木或者林地毁坏的行政处罚', kind: 'penalty', department: 'zrzy', level: '县', basis: ['森林法 第74条第1款'], penaltyBasis: ['森林法 第74条第1款'], penalties: [correct('责令停止违法行为，限期补种树木或者恢复植被和林业生产条件'), { kind: 'fine', multipleMax: 5, multipleOf: '林木价值', note: '造成林木毁坏的' }, { kind: 'fine', multipleMax: 3, multipleOf: '恢复费用', note: '造成林地毁坏的' }], delegation: 'd2' },

  { code: 'ZRZY-016', name: '对买卖或者以其他形式非法转让土地的行政处罚', kind: 'penalty', department: 'zrzy', level: '县', basis: ['土地管理法 第74条'], penaltyBasis: ['土地管理法实施条例 第54条'], penalties: [{ kind: 'confiscateGains' }, correct('责令限期拆除在非法转让的土地上新建的建筑物和其他设施，恢复土地原状'), { kind: 'fine', multipleMin: 0.1, multipleMax: 0.5, multipleOf: '违法所得', basis: '土地管理法实施条例 第54条' }], reserved: true, note: '没收违法所得数额可能较大，由县级部门办理', delegation: null },
  { code: 'ZRZY-017', name: '对在临时使用的土地上修建永久性建筑物的行政处罚', kind: 'penalty', department: 'zrzy', level: '县', basis: ['土地管理法 第57条'], penaltyBasis: ['土地管理法实施条例 第52条'], penalties: [correct('责令限期拆除'), { kind: 'fine', multipleMin: 5, multipleMax: 10, multipleOf: '土地复垦费', note: '按占用面积计算的土地复垦费', basis: '土地管理法实施条例 第52条' }], delegation: 'd2' },
  { code: 'ZRZY-018', name: '对非法占用永久基本农田发展林果业或者挖塘养鱼逾期不改正的行政处罚', kind: 'penalty', department: 'zrzy', level: '县', basis: ['土地管理法 第37条'], penaltyBasis: ['土地管理法实施条例 第51条'], penalties: [correct('责令限期改正'), { kind: 'fine', multipleMin: 2, multipleMax: 5, multipleOf: '耕地开垦费', note: '逾期不改正的，按占用面积计算的耕地开垦费', basis: '土地管理法实施条例 第51条' }], delegation: 'd2' },

  // ── 消防 ──
  { code: 'XF-001', name: '对在建筑物的公共门厅、疏散通道、安全出口、楼梯间停放电动自行车或者为其充电拒不改正的行政处罚', kind: 'penalty', department: 'xf', level: '县', basis: ['广东省实施《中华人民共和国消防法》办法 第25条第3款'], penaltyBasis: ['广东省实施《中华人民共和国消防法》办法 第49条'], penalties: [correct('责令立即改正'), fine(1000, 5000, '拒不改正的，对单位'), fine(500, 1000, '拒不改正的，对个人')], delegation: null },
  { code: 'XF-002', name: '对物业服务人未履行消防安全责任逾期不改正的行政处罚', kind: 'penalty', department: 'xf', level: '县', basis: ['广东省实施《中华人民共和国消防法》办法 第12条第1款'], penaltyBasis: ['广东省实施《中华人民共和国消防法》办法 第44条'], penalties: [correct('责令限期改正'), fine(5000, 20_000, '逾期不改正的，对单位'), fine(20_000, 50_000, '情节严重的，对单位'), { kind: 'warning', note: '物业服务人为个人的' }, fine(undefined, 500, '物业服务人为个人的，对个人')], delegation: null },

  // ── 门楼号牌（公安）──
  { code: 'GA-001', name: '对未保持门楼牌完好、整洁逾期不改正的行政处罚', kind: 'penalty', department: 'ga', level: '县', basis: ['江门市门楼号牌管理条例 第23条'], penaltyBasis: ['江门市门楼号牌管理条例 第26条'], penalties: [correct('责令限期改正'), fine(undefined, 500, '逾期不改正的')], delegation: null },
  { code: 'GA-002', name: '对装修完毕后未及时将门楼牌恢复原状逾期不改正的行政处罚', kind: 'penalty', department: 'ga', level: '县', basis: ['江门市门楼号牌管理条例 第24条'], penaltyBasis: ['江门市门楼号牌管理条例 第27条'], penalties: [correct('责令限期改正'), fine(undefined, 500, '逾期不改正的')], delegation: null },

  // ── 农业农村 ──
  { code: 'NYNC-001', name: '对饲养的动物未按照动物疫病强制免疫计划或者免疫技术规范实施免疫接种的行政处罚', kind: 'penalty', department: 'nync', level: '县', basis: [`${DW} 第92条第(一)项`], penaltyBasis: [`${DW} 第92条`], penalties: [correct('责令限期改正'), fine(undefined, 1000), fine(1000, 5000, '逾期不改正的')], delegation: 'd2' },
  { code: 'NYNC-002', name: '对饲养的犬只未按照规定定期进行狂犬病免疫接种的行政处罚', kind: 'penalty', department: 'nync', level: '县', basis: [`${DW} 第92条第(三)项`], penaltyBasis: [`${DW} 第92条`], penalties: [correct('责令限期改正'), fine(undefined, 1000), fine(1000, 5000, '逾期不改正的')], delegation: 'd1' },
  { code: 'NYNC-003', name: '对动物、动物产品的运载工具在装载前和卸载后未按照规定及时清洗、消毒的行政处罚', kind: 'penalty', department: 'nync', level: '县', basis: [`${DW} 第92条第(四)项`], penaltyBasis: [`${DW} 第92条`], penalties: [correct('责令限期改正'), fine(undefined, 1000), fine(1000, 5000, '逾期不改正的')], delegation: 'd2' },
  { code: 'NYNC-004', name: '对未按照规定处理或者随意弃置病死动物、病害动物产品的行政处罚（罚款）', kind: 'penalty', department: 'nync', level: '县', basis: [`${DW} 第98条第(七)项`], penaltyBasis: [`${DW} 第98条`], penalties: [correct(), fine(3000, 30_000)], note: '情节严重的责令停业整顿并处罚款，由县级部门决定', delegation: 'd2' },
  { code: 'NYNC-005', name: '对不遵守县级以上人民政府及其农业农村主管部门依法作出的有关控制动物疫病规定的行政处罚', kind: 'penalty', department: 'nync', level: '县', basis: [`${DW} 第104条第(二)项`], penaltyBasis: [`${DW} 第104条`], penalties: [correct(), fine(3000, 30_000)], delegation: 'd2' },
  { code: 'NYNC-006', name: '对染疫动物及其排泄物、染疫动物产品等未按照规定处置的行政处罚', kind: 'penalty', department: 'nync', level: '县', basis: [`${DW} 第95条第1款`], penaltyBasis: [`${DW} 第95条第1款`], penalties: [correct('责令限期处理'), fine(5000, 50_000, '逾期不处理的')], delegation: 'd2' },
  { code: 'NYNC-007', name: '对屠宰、经营、运输的动物未附有检疫证明，经营和运输的动物产品未附有检疫证明、检疫标志的行政处罚', kind: 'penalty', department: 'nync', level: '县', basis: [`${DW} 第100条第1款`], penaltyBasis: [`${DW} 第100条第1款`], penalties: [correct(), { kind: 'fine', multipleMax: 1, multipleOf: '货值金额', note: '同类检疫合格动物、动物产品货值金额' }, { kind: 'fine', multipleMin: 3, multipleMax: 5, multipleOf: '运输费用', note: '对货主以外的承运人' }, { kind: 'fine', multipleMin: 5, multipleMax: 10, multipleOf: '运输费用', note: '对承运人，情节严重的' }], delegation: null },
  { code: 'NYNC-008', name: '对未取得动物诊疗许可证从事动物诊疗活动的行政处罚', kind: 'penalty', department: 'nync', level: '县', basis: [`${DW} 第105条第1款`], penaltyBasis: [`${DW} 第105条第1款`], penalties: [correct('责令停止诊疗活动'), gains, { kind: 'fine', multipleMin: 1, multipleMax: 3, multipleOf: '违法所得' }, fine(3000, 30_000, '违法所得不足三万元的')], delegation: null },
  { code: 'NYNC-009', name: '对生猪运输途中销售、调换或者无正当理由转运的行政处罚', kind: 'penalty', department: 'nync', level: '县', basis: ['广东省动物防疫条例 第27条第2款'], penaltyBasis: ['广东省动物防疫条例 第36条'], penalties: [{ kind: 'fine', multipleMax: 0.5, multipleOf: '货值金额', note: '对货主' }, { kind: 'fine', multipleMin: 1, multipleMax: 3, multipleOf: '运输费用', note: '对货主以外的承运人' }], delegation: 'd2' },
  { code: 'NYNC-010', name: '对动物、动物产品的监督检查', kind: 'inspection', department: 'nync', level: '县', basis: [`${DW} 第76条`], delegation: null },
];

/** Items the 2025 revocation takes back from one street (建筑工地扬尘: the street could not staff it). */
export const DEMO_REVOKED = ['CSGL-024', 'CSGL-025'];

/** The domain of each department's items. */
export const DEMO_DOMAINS: Record<DemoDepartment, '城市管理' | '市场监管' | '自然资源' | '生态环境' | '农业农村' | '消防' | '其他'> = {
  xf: '消防',
  ga: '其他',
  cg: '城市管理',
  sj: '市场监管',
  zrzy: '自然资源',
  sthj: '生态环境',
  nync: '农业农村',
};
