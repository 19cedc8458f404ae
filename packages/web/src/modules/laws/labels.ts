import { LAW_LEVELS, type LawLevel } from '@zhifa/domain';

export const LEVEL_COLORS: Record<LawLevel, string> = {
  法律: 'red',
  行政法规: 'volcano',
  地方性法规: 'blue',
  规章: 'cyan',
  其他: 'default',
};

export const LEVEL_OPTIONS = LAW_LEVELS.filter((l) => l !== '其他').map((l) => ({ value: l, label: l }));

export function isLawLevel(v: string | null | undefined): v is LawLevel {
  return v !== null && v !== undefined && (LAW_LEVELS as readonly string[]).includes(v);
}

/** 2021-01-22 起（现行有效） / 2021-01-22 至 2024-12-31 */
export function validityText(v: { validFrom: string; validTo: string | null }): string {
  return v.validTo ? `${v.validFrom} 至 ${v.validTo}` : `${v.validFrom} 起（现行有效）`;
}
