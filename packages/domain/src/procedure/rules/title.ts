// The case's name as agencies write it on the file (案由): 「关于××涉嫌××案」, from the party and the
// violation, not from the item's full catalogue name (「对……的行政处罚」).
import type { CasePartyKind } from '../party';
import { type CaseRefusal, refusal } from '../refusal';
import { ART } from '../articles';
import type { CaseState } from '../state';

/** The violation an item punishes: its name without 「对」 and 「的行政处罚」. */
export function violationOf(itemName: string): string {
  return itemName
    .trim()
    .replace(/^对/u, '')
    .replace(/(的)?(行政)?处罚$/u, '')
    .replace(/的$/u, '');
}

/** 「关于张三涉嫌擅自占用城市道路案」; several items name the first and 「等」. */
export function caseTitle(s: Pick<CaseState, 'party' | 'items'>): string {
  const party = s.party?.name?.trim() ?? '';
  const first = s.items[0]?.name;
  if (!party && !first) return '新案件';
  const violation = first ? `${violationOf(first)}${s.items.length > 1 ? '等' : ''}` : '违法行为';
  return party ? `关于${party}涉嫌${violation}案` : `关于涉嫌${violation}案`;
}

/** The subject an item's name limits it to (「对单位……」, 「对工程施工单位……」, 「对个人……」). */
export function itemSubject(itemName: string): CasePartyKind | null {
  const head =
    itemName
      .trim()
      .replace(/^对/u, '')
      .split(/[，、]/u)[0] ?? '';
  if (/^[^在]{0,12}单位/u.test(head)) return 'organisation';
  if (/^(个人|公民)/u.test(head)) return 'person';
  return null;
}

/**
 * 行政处罚法 第4条 (the penalty the law sets for that subject): filing a person under an item that
 * names units only (or the reverse) is likely a wrong item; warned, not refused, as the catalogue's
 * names are not always precise.
 */
export function checkItemSubject(items: readonly { name: string }[], kind: CasePartyKind | undefined): CaseRefusal[] {
  if (!kind) return [];
  return items
    .filter((i) => {
      const subject = itemSubject(i.name);
      return subject !== null && subject !== kind;
    })
    .map((i) =>
      refusal(
        'itemSubjectMismatch',
        `执法事项“${i.name}”适用于${itemSubject(i.name) === 'organisation' ? '单位' : '个人'}，当事人为${kind === 'person' ? '个人' : '单位'}，请核对执法事项`,
        ART.legality,
      ),
    );
}
