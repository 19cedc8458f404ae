// Article labels as statutes and documents cite them: 第四十二条, 第七十二条第一款第（一）项.
import { toChineseNumber } from '../laws/chinese-number';

export function articleLabel(article: number, paragraph?: number, item?: number): string {
  let out = `第${toChineseNumber(article)}条`;
  if (paragraph !== undefined) out += `第${toChineseNumber(paragraph)}款`;
  if (item !== undefined) out += `第（${toChineseNumber(item)}）项`;
  return out;
}
