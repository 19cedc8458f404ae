// Chinese word segmentation for the law search: jieba (@node-rs/jieba, a native build shipped in
// the npm package) with the enforcement vocabulary added, applied to the law texts when they are
// indexed and to what officers type, after the same normalisation (normaliseLawText).

import { createRequire } from 'node:module';
import { canonicalWord, normaliseLawText } from '@zhifa/domain';
import type * as JiebaModule from '@node-rs/jieba';
import type { Jieba } from '@node-rs/jieba';

/**
 * Bump when the segmentation below changes: the server then re-segments the stored words at start
 * (search_state.words_version), so index and queries are always cut the same way.
 */
export const SEGMENTER_VERSION = 3;

// Words of enforcement that jieba's general dictionary cuts apart (犬/只, 消防车/通道), so that
// a statute's term stays one word wherever it stands.
const LEGAL_WORDS = [
  '犬只',
  '消防车通道',
  '消防通道',
  '违法建设',
  '违法建筑',
  '违章建筑',
  '占道经营',
  '牵引带',
  '加处罚款',
  '滞纳金',
  '公告送达',
  '留置送达',
  '邮寄送达',
  '直接送达',
  '委托送达',
  '下落不明',
  '当场处罚',
  '简易程序',
  '普通程序',
  '听证',
  '陈述申辩',
  '行政处罚',
  '责令改正',
  '责令限期改正',
  '没收违法所得',
  '违法所得',
  '非法财物',
  '油烟净化设施',
  '餐饮服务业',
  '露天烧烤',
  '建筑垃圾',
  '生活垃圾',
  '工程渣土',
  '社会生活噪声',
  '建筑施工噪声',
  '噪声敏感建筑物',
  '户外广告',
  '森林防火区',
  '野外用火',
  '强制免疫',
  '狂犬病',
  '病死动物',
  '动物诊疗',
  '检疫证明',
  '宅基地',
  '临时建设',
  '乡村建设规划许可证',
  '建设工程规划许可证',
  '城市容貌标准',
  '环境卫生',
  '涂写',
  '刻画',
  '擅自占用',
  '挖掘城市道路',
  '绿化用地',
  '滥伐林木',
  '盗伐林木',
  '无照经营',
  '食品生产经营许可',
  '进货查验记录',
  '移送',
  '涉嫌犯罪',
  '行政拘留',
  '追诉时效',
  '法定代理人',
  '从轻处罚',
  '减轻处罚',
  '不予处罚',
  '初次违法',
  '法制审核',
  '集体讨论',
  '回避',
  '先行登记保存',
  '查封',
  '扣押',
  '强制执行',
  '代履行',
  '催告',
  '执法证件',
  '行政复议',
  '行政诉讼',
  '听证会',
];

// Question words and particles: they say how a thing is asked, not what it is about.
const QUERY_STOPWORDS = new Set([
  '的',
  '了',
  '吗',
  '呢',
  '吧',
  '啊',
  '呀',
  '么',
  '嘛',
  '怎么',
  '怎么办',
  '怎样',
  '如何',
  '什么',
  '哪些',
  '哪个',
  '是否',
  '能否',
  '可以',
  '可不可以',
  '能不能',
  '还能',
  '能',
  '还',
  '是',
  '有',
  '有没有',
  '没有',
  '要',
  '要不要',
  '会',
  '该',
  '应该',
  '怎么样',
  '一下',
  '会不会',
  '是不是',
  '要不要',
  '处理',
  '怎么处理',
  '咋处理',
  '该怎么',
  '应该怎么',
  '我',
  '你',
  '他',
  '她',
  '它',
  '我们',
  '这',
  '那',
  '这个',
  '那个',
  '这种',
  '被',
  '把',
  '给',
  '在',
  '和',
  '与',
  '或',
  '及',
  '就',
  '都',
  '也',
  '又',
  '再',
  '对',
  '跟',
  '去',
  '来',
  '上',
  '下',
  '里',
  '中',
  '后',
  '前',
  '时',
  '时候',
  '多少',
  '多久',
  '几',
  '几个',
  '几天',
  '多长',
  '多长时间',
  '多久',
  '哪里',
  '哪儿',
  '去哪',
  '谁',
  '为什么',
  '请问',
  '需要',
  '必须',
  '不',
  '没',
  '过',
  '啥',
  '咋',
  '咋办',
  '查',
  '找',
  '一',
  '个',
]);

const UNIT_START = /^(个工作日|个月|工作日|周岁|岁|小时|年|日|天|月|倍|元|人|次|周|项|米|公里|分贝)/;
const WORDLIKE = /[\p{Script=Han}\p{L}\p{N}]/u;

let jieba: Jieba | null = null;
function cutter(): Jieba {
  if (jieba) return jieba;
  // The package is CommonJS with a native addon; require keeps it out of the ESM loader's way.
  const require = createRequire(import.meta.url);
  const { Jieba: JiebaClass } = require('@node-rs/jieba') as typeof JiebaModule;
  const { dict } = require('@node-rs/jieba/dict.js') as { dict: Uint8Array };
  const j = JiebaClass.withDict(dict);
  j.loadDict(Buffer.from(LEGAL_WORDS.map((w) => `${w} 200000 n`).join('\n'), 'utf8'));
  jieba = j;
  return j;
}

/** Loads the dictionary now (about 0.1 s) rather than on the first search. */
export function warmSegmenter(): void {
  cutter();
}

/** Jieba tokens as words: punctuation dropped, 2 + 年内 also as 2年, variants spelled one way. */
function words(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i].trim();
    if (!t || !WORDLIKE.test(t)) continue;
    if (/^\d+(\.\d+)?$/.test(t)) {
      const unit = UNIT_START.exec(tokens[i + 1] ?? '');
      if (unit) {
        out.push(`${t}${unit[1]}`);
        continue;
      }
    }
    out.push(canonicalWord(t));
  }
  return out;
}

/** The words of a text to index: search mode, so 建设工程规划许可证 is also 建设工程, 许可证… */
export function indexWords(text: string): string[] {
  return words(cutter().cutForSearch(normaliseLawText(text), true));
}

/** The words of a phrase as the law would hold it (precise mode), for matching a phrase word by word. */
export function phraseWords(text: string): string[] {
  return words(cutter().cut(normaliseLawText(text), true));
}

/** What a query is about: its words without question words and particles. */
export function queryWords(normalisedText: string): string[] {
  return words(cutter().cut(normalisedText, true)).filter((w) => !QUERY_STOPWORDS.has(w));
}

/** Finer pieces of a word for retrieval (公告送达 → 公告, 送达, 公告送达). */
export function searchPieces(word: string): string[] {
  return words(cutter().cutForSearch(word, true));
}

/**
 * Is this a word of the dictionary (jieba's own or the enforcement words)? Cut without the HMM,
 * a dictionary word comes back whole; a typo (烧考, 净话) falls apart into characters.
 */
export function isDictionaryWord(word: string): boolean {
  const pieces = cutter().cut(word, false);
  return pieces.length === 1 && pieces[0] === word;
}

/** Space-separated words for to_tsvector('simple', …): the parser keeps each one a lexeme. */
export function tsvectorSource(text: string): string {
  return [...new Set(indexWords(text))].join(' ');
}
