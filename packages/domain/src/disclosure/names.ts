// Natural persons' names in published decisions: the punished person appears as surname + 某
// (暂行办法 第7条 as applied by most provinces; full name where a local rule requires it), any
// other natural person not at all (statement 70).

/** Two-character surnames (复姓) in use today; a name starting with one keeps both characters. */
const COMPOUND_SURNAMES = new Set([
  '欧阳',
  '司马',
  '诸葛',
  '上官',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '轩辕',
  '令狐',
  '钟离',
  '端木',
  '独孤',
  '南宫',
  '西门',
  '百里',
  '呼延',
  '申屠',
  '澹台',
  '公冶',
  '太史',
  '闻人',
  '赫连',
  '濮阳',
  '淳于',
  '单于',
  '万俟',
  '亓官',
  '司空',
  '拓跋',
  '第五',
  '左丘',
  '梁丘',
  '东郭',
]);

export function surnameOf(name: string): string {
  const n = name.trim();
  if (n.length >= 3 && COMPOUND_SURNAMES.has(n.slice(0, 2))) return n.slice(0, 2);
  return n.slice(0, 1);
}

/** 李小明 → 李某; 欧阳修 → 欧阳某. A name already masked (李某, 李某某) stays as it is. */
export function maskPersonName(name: string): string {
  const n = name.trim();
  if (!n) return n;
  if (/某+$/.test(n)) return n;
  return `${surnameOf(n)}某`;
}

export type PersonNameStyle = 'surname' | 'full';

export function publishedPersonName(name: string, style: PersonNameStyle): string {
  return style === 'full' ? name.trim() : maskPersonName(name);
}
