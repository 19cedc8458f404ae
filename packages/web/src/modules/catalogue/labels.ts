import { ITEM_DOMAINS, ITEM_KINDS, ITEM_KIND_LABELS, ITEM_LEVELS, type ItemKind } from '@zhifa/domain';

export const KIND_OPTIONS = ITEM_KINDS.map((k) => ({ value: k, label: ITEM_KIND_LABELS[k] }));
export const DOMAIN_OPTIONS = ITEM_DOMAINS.map((d) => ({ value: d, label: d }));
export const LEVEL_OPTIONS = ITEM_LEVELS.map((l) => ({ value: l, label: l === '乡镇' ? '乡镇（街道）' : `${l}级` }));

export const KIND_COLORS: Record<ItemKind, string> = {
  penalty: 'red',
  inspection: 'blue',
  coercion: 'volcano',
  licensing: 'green',
  levy: 'gold',
  confirmation: 'cyan',
  benefit: 'purple',
};

/** Citations as typed in the form: one a line, or separated by ；. */
export function splitCitations(text: string | undefined): string[] {
  return (text ?? '')
    .split(/[\n；;]+/u)
    .map((s) => s.trim())
    .filter(Boolean);
}
