// Money in Chinese capitals (大写金额), as the documents state a fine next to its figures.
// The rules are those of 支付结算办法 附一《正确填写票据和结算凭证的基本规定》: 零 stands once for
// any run of zeros between two written digits; 元 is followed by 整 when there is no 角 or 分, and
// 角 needs no 整; a 分 after 元 with no 角 is preceded by 零.
// One house rule the platform's forms follow: a 1 in the tens place that leads the amount or follows
// 零 is written 拾 (拾元整, 壹万零拾元整), as the county's printed forms do.

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const PLACES = ['', '拾', '佰', '仟'];
const GROUPS = ['', '万', '亿', '万亿'];

/** The largest amount the documents state: below one trillion yuan. */
export const MAX_CAPITAL_AMOUNT = 999_999_999_999.99;

function integerInCapitals(n: number): string {
  const digits = String(n);
  let out = '';
  let pendingZero = false;
  let lastWasZeroMark = true; // true at the start: a leading 1 before 拾 is dropped
  for (let i = 0; i < digits.length; i++) {
    const d = Number(digits[i]);
    const pos = digits.length - 1 - i;
    const place = pos % 4;
    const group = Math.floor(pos / 4);
    if (d === 0) {
      if (out !== '') pendingZero = true;
    } else {
      if (pendingZero) {
        out += '零';
        lastWasZeroMark = true;
        pendingZero = false;
      }
      const dropOne = d === 1 && place === 1 && lastWasZeroMark;
      out += (dropOne ? '' : DIGITS[d]) + PLACES[place];
      lastWasZeroMark = false;
    }
    if (place === 0 && group > 0) {
      // A group's unit (万, 亿) is written when the group has a digit; a zero group adds nothing.
      const groupDigits = digits.slice(Math.max(0, i - 3), i + 1);
      if (Number(groupDigits) !== 0) {
        out += GROUPS[group];
        // 壹亿零伍佰万: zeros at the end of a group still call for 零 before the next digit.
      }
    }
  }
  return out;
}

/**
 * 1500 → 壹仟伍佰元整; 100.5 → 壹佰元伍角; 0 → 零元整. Amounts are yuan with at most two decimals
 * (as the payloads hold them); anything else is refused rather than rounded into a legal document.
 */
export function amountInCapitals(amount: number): string {
  if (!Number.isFinite(amount) || amount < 0 || amount > MAX_CAPITAL_AMOUNT) {
    throw new RangeError(`无法转换为大写金额：${amount}`);
  }
  const fen = Math.round(amount * 100);
  if (Math.abs(fen - amount * 100) > 1e-6 * Math.max(1, amount)) {
    throw new RangeError(`金额最多两位小数：${amount}`);
  }
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cents = fen % 10;
  if (fen === 0) return '零元整';
  let out = yuan > 0 ? `${integerInCapitals(yuan)}元` : '';
  if (jiao === 0 && cents === 0) return `${out}整`;
  if (jiao > 0) out += `${DIGITS[jiao]}角`;
  else if (yuan > 0) out += '零';
  if (cents > 0) out += `${DIGITS[cents]}分`;
  return out;
}

/** 1500 → 1,500.00 (the figures printed beside the capitals). */
export function amountInFigures(amount: number): string {
  const [int, dec] = amount.toFixed(2).split('.');
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${dec}`;
}

/** 「罚款人民币1,500.00元（大写：壹仟伍佰元整）」 */
export function amountPhrase(amount: number): string {
  return `人民币${amountInFigures(amount)}元（大写：${amountInCapitals(amount)}）`;
}
