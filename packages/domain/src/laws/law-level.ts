// Level (效力级别) and issuing body (制定机关) of a law text, inferred from its title and its
// adoption history, with explicit tables for titles the rules below would get wrong.

export const LAW_LEVELS = ['法律', '行政法规', '地方性法规', '规章', '其他'] as const;
export type LawLevel = (typeof LAW_LEVELS)[number];

export const NPC = '全国人民代表大会';
export const NPC_STANDING_COMMITTEE = '全国人民代表大会常务委员会';
export const STATE_COUNCIL = '国务院';

/** The prefix national statutes carry in their full title; citations drop it. */
export const NATIONAL_TITLE_PREFIX = '中华人民共和国';

/** Places whose own regulations the platform loads; a title starting with one is local. */
export const LOCAL_TITLE_PREFIXES = ['广东省', '江门市'] as const;

export interface LawClassification {
  level: LawLevel;
  issuer: string | null;
}

/**
 * Titles (short form) where title and history mislead. 全国年节及纪念日放假办法 ends in 法 and was
 * first issued by the 政务院 in 1949; it is a 国务院 administrative regulation today.
 */
export const LAW_CLASSIFICATION_OVERRIDES: Readonly<Record<string, LawClassification>> = {
  全国年节及纪念日放假办法: { level: '行政法规', issuer: STATE_COUNCIL },
};

export function shortLawTitle(title: string): string {
  const bare = title.trim().replace(/^《|》$/g, '');
  return bare.startsWith(NATIONAL_TITLE_PREFIX) ? bare.slice(NATIONAL_TITLE_PREFIX.length) : bare;
}

const LOCAL_CONGRESS = /([^\s\d年月日]{2,}?[省市州县区])第[^届\s]+届人民代表大会常务委员会/u;
const LOCAL_GOVERNMENT_ORDER = /([^\s\d年月日]{2,}?[省市州县区])人民政府令/u;
const DEPARTMENT_ORDER = /([^\s\d年月日《]{2,}?(?:部|总局|委员会|署|局|行))令第/u;

/** The body that enacted the text, read from the first history line that names one. */
export function inferIssuer(historyLines: readonly string[]): string | null {
  for (const line of historyLines) {
    const local = LOCAL_CONGRESS.exec(line);
    if (local) return `${local[1]}人民代表大会常务委员会`;
    if (/全国人民代表大会常务委员会/.test(line)) return NPC_STANDING_COMMITTEE;
    if (/全国人民代表大会/.test(line)) return NPC;
    if (/国务院/.test(line)) return STATE_COUNCIL;
    const government = LOCAL_GOVERNMENT_ORDER.exec(line);
    if (government) return `${government[1]}人民政府`;
    const department = DEPARTMENT_ORDER.exec(line);
    if (department) return department[1].replace(/^中华人民共和国/, '');
  }
  return null;
}

function isLocalIssuer(issuer: string | null): boolean {
  return issuer !== null && /[省市州县区](人民代表大会常务委员会|人民政府)$/.test(issuer);
}

/**
 * Level from the title's form and the issuer: …法 by the national congress is 法律; a local congress
 * makes 地方性法规; a local government or a ministry makes 规章; 条例/办法/规定 with no local prefix
 * is a State Council 行政法规.
 */
export function classifyLaw(title: string, historyLines: readonly string[]): LawClassification {
  const short = shortLawTitle(title);
  const override = LAW_CLASSIFICATION_OVERRIDES[short];
  if (override) return override;

  const inferred = inferIssuer(historyLines);
  const localPrefix = LOCAL_TITLE_PREFIXES.find((p) => short.startsWith(p));
  const issuer = inferred ?? defaultIssuer(short, localPrefix);

  if (isLocalIssuer(issuer)) {
    return { level: issuer!.endsWith('人民政府') ? '规章' : '地方性法规', issuer };
  }
  if (issuer !== null && issuer !== STATE_COUNCIL && issuer !== NPC && issuer !== NPC_STANDING_COMMITTEE) {
    return { level: '规章', issuer };
  }
  if (/(条例|办法|规定|细则)$/.test(short)) return { level: '行政法规', issuer: issuer ?? STATE_COUNCIL };
  if (/法$/.test(short)) return { level: '法律', issuer: issuer ?? NPC_STANDING_COMMITTEE };
  return { level: '其他', issuer };
}

function defaultIssuer(short: string, localPrefix: string | undefined): string | null {
  if (localPrefix) {
    return /条例$/.test(short) ? `${localPrefix}人民代表大会常务委员会` : `${localPrefix}人民政府`;
  }
  return null;
}
