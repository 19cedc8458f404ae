// 统一社会信用代码, GB 32100-2015 (legal-rules.md §9.1).

export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** 登记管理部门码 → allowed 机构类别码 (GB 32100-2015 appendix). */
export const CREDIT_CODE_CATEGORIES: Readonly<Record<string, { department: string; types: string }>> = {
  '1': { department: '机构编制', types: '1239' },
  '2': { department: '外交', types: '19' },
  '3': { department: '司法行政', types: '123459' },
  '4': { department: '文化', types: '19' },
  '5': { department: '民政', types: '1239' },
  '6': { department: '旅游', types: '129' },
  '7': { department: '宗教', types: '129' },
  '8': { department: '工会', types: '19' },
  '9': { department: '工商（市场监管）', types: '123' },
  A: { department: '中央军委改革和编制办公室', types: '19' },
  N: { department: '农业', types: '1239' },
  Y: { department: '其他', types: '1' },
};

export type CreditCodeProblem = 'length' | 'charset' | 'category' | 'region' | 'checkDigit';

export type CreditCodeValidation = { ok: true } | { ok: false; code: CreditCodeProblem; message: string };

/** Upper-cases and strips spaces: people copy codes from licences with spaces or in lower case. */
export function normaliseCreditCode(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

/** The check character for the first 17 characters, or null if they use a character outside the set. */
export function creditCodeCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = CREDIT_CODE_CHARSET.indexOf(first17[i]);
    if (value < 0) return null;
    sum += value * WEIGHTS[i];
  }
  return CREDIT_CODE_CHARSET[(31 - (sum % 31)) % 31];
}

export function validateCreditCode(code: string): CreditCodeValidation {
  if (typeof code !== 'string' || code.length !== 18) {
    const length = typeof code === 'string' ? code.length : 0;
    return { ok: false, code: 'length', message: `统一社会信用代码应为 18 位，当前为 ${length} 位` };
  }
  const bad = [...code].filter((c) => !CREDIT_CODE_CHARSET.includes(c));
  if (bad.length > 0) {
    const lower = bad.some((c) => /[a-z]/.test(c));
    return {
      ok: false,
      code: 'charset',
      message: lower
        ? '统一社会信用代码中的字母应为大写'
        : `统一社会信用代码含有不允许的字符“${[...new Set(bad)].join('')}”（只能使用数字和除 I、O、Z、S、V 以外的大写字母）`,
    };
  }
  const category = CREDIT_CODE_CATEGORIES[code[0]];
  if (!category) {
    return { ok: false, code: 'category', message: `第 1 位登记管理部门码“${code[0]}”不存在` };
  }
  if (!category.types.includes(code[1])) {
    return {
      ok: false,
      code: 'category',
      message: `第 2 位机构类别码“${code[1]}”不适用于登记管理部门“${category.department}”（允许：${[...category.types].join('、')}）`,
    };
  }
  if (!/^\d{6}$/.test(code.slice(2, 8))) {
    return { ok: false, code: 'region', message: '第 3–8 位登记管理机关行政区划码应为 6 位数字' };
  }
  const expected = creditCodeCheckChar(code.slice(0, 17));
  if (code[17] !== expected) {
    return { ok: false, code: 'checkDigit', message: '统一社会信用代码校验码不正确，请核对是否输错' };
  }
  return { ok: true };
}

export function isValidCreditCode(code: string): boolean {
  return validateCreditCode(code).ok;
}

// GB 11714 组织机构代码 check (positions 9–17 of a credit code). Codes issued after the 2015
// reform are not documented to follow it, so a mismatch is only a warning (legal-rules.md §9.1).
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

export function organisationCodeCheckChar(first8: string): string | null {
  if (!/^[0-9A-Z]{8}$/.test(first8)) return null;
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += parseInt(first8[i], 36) * ORG_WEIGHTS[i];
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/**
 * Warning text when the embedded 组织机构代码 fails its GB 11714 check, else null. Accepts a credit
 * code (18 characters) or an organisation code (9 characters, optionally written `XXXXXXXX-X`).
 */
export function organisationCodeWarning(code: string): string | null {
  const orgCode = code.length === 18 ? code.slice(8, 17) : code.replace(/^(.{8})-(.)$/, '$1$2');
  if (orgCode.length !== 9) return null;
  const expected = organisationCodeCheckChar(orgCode.slice(0, 8));
  if (expected === null || expected === orgCode[8]) return null;
  return `主体标识码（组织机构代码）${orgCode} 未通过 GB 11714 校验，请核对；2015 年后新赋码的主体可能不适用此校验`;
}
