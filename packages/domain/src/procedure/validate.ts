// A small structural validator for action payloads (the domain takes no zod). Each validator
// returns Chinese error strings naming the field by its Chinese label path.
import { isValidDate } from '../calendar/index';

export type Validator = (value: unknown, path: string) => string[];

export interface Field {
  label: string;
  check: Validator;
  optional: boolean;
}

const name = (path: string): string => (path ? `「${path}」` : '内容');
const join = (path: string, label: string): string => (path ? `${path} / ${label}` : label);

export function req(label: string, check: Validator): Field {
  return { label, check, optional: false };
}

export function opt(label: string, check: Validator): Field {
  return { label, check, optional: true };
}

export const text =
  (max = 20000): Validator =>
  (x, p) => {
    if (typeof x !== 'string' || x.trim() === '') return [`${name(p)}不能为空`];
    return x.length > max ? [`${name(p)}不能超过 ${max} 个字符`] : [];
  };

export const date = (): Validator => (x, p) => (isValidDate(x) ? [] : [`${name(p)}应为 YYYY-MM-DD 格式的日期`]);

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d$/;
export const dateTime = (): Validator => (x, p) => {
  const m = typeof x === 'string' ? DATE_TIME.exec(x) : null;
  return m && isValidDate(m[1]) ? [] : [`${name(p)}应为 YYYY-MM-DDTHH:MM 格式的时间`];
};

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
export const time = (): Validator => (x, p) =>
  typeof x === 'string' && TIME.test(x) ? [] : [`${name(p)}应为 HH:MM 格式的时刻`];

export const int =
  (min = 0, max = Number.MAX_SAFE_INTEGER): Validator =>
  (x, p) =>
    typeof x === 'number' && Number.isInteger(x) && x >= min && x <= max
      ? []
      : [`${name(p)}应为 ${min} 至 ${max} 之间的整数`];

/** Yuan, non-negative, at most two decimals. */
export const money = (): Validator => (x, p) =>
  typeof x === 'number' && Number.isFinite(x) && x >= 0 && Math.abs(Math.round(x * 100) - x * 100) < 1e-6
    ? []
    : [`${name(p)}应为不小于 0、最多两位小数的金额（元）`];

/** A non-negative quantity or rate (平方米, 倍数) with up to four decimals. */
export const decimal =
  (max: number): Validator =>
  (x, p) =>
    typeof x === 'number' &&
    Number.isFinite(x) &&
    x >= 0 &&
    x <= max &&
    Math.abs(Math.round(x * 10_000) - x * 10_000) < 1e-4
      ? []
      : [`${name(p)}应为 0 至 ${max} 之间、最多四位小数的数`];

export const bool = (): Validator => (x, p) => (typeof x === 'boolean' ? [] : [`${name(p)}应为是或否`]);

export const literal =
  (value: true | false): Validator =>
  (x, p) =>
    x === value ? [] : [`${name(p)}必须为${value ? '是' : '否'}`];

export const oneOf =
  (values: readonly string[], labels?: Record<string, string>): Validator =>
  (x, p) =>
    typeof x === 'string' && values.includes(x)
      ? []
      : [`${name(p)}必须是以下之一：${values.map((v) => labels?.[v] ?? v).join('、')}`];

// The structure of list and object validators, kept on the function so that unknownKeys() can
// walk a payload without running every other check.
const ITEM = Symbol('item');
const SHAPE = Symbol('shape');
type Structured = Validator & { [ITEM]?: Validator; [SHAPE]?: Record<string, Field> };

export const list = (item: Validator, min = 0, max = 1000): Validator =>
  Object.assign(listCheck(item, min, max), { [ITEM]: item });

const listCheck =
  (item: Validator, min: number, max: number): Validator =>
  (x, p) => {
    if (!Array.isArray(x)) return [`${name(p)}应为列表`];
    if (x.length < min) return [`${name(p)}至少需要 ${min} 项`];
    if (x.length > max) return [`${name(p)}最多 ${max} 项`];
    return x.flatMap((v, i) => item(v, `${p}第${i + 1}项`));
  };

export const obj = (shape: Record<string, Field>): Validator => Object.assign(objCheck(shape), { [SHAPE]: shape });

const objCheck =
  (shape: Record<string, Field>): Validator =>
  (x, p) => {
    if (typeof x !== 'object' || x === null || Array.isArray(x)) return [`${name(p)}格式不正确`];
    const record = x as Record<string, unknown>;
    // Strict: a key the shape does not declare is refused by name, never carried into the
    // append-only log (a made-up key would bypass masking and every size rule).
    const unknown = Object.keys(record)
      .filter((key) => !Object.hasOwn(shape, key))
      .map((key) => `${name(p)}含有不允许的字段「${key.slice(0, 60)}」`);
    return unknown.concat(
      Object.entries(shape).flatMap(([key, field]) => {
        const value = record[key];
        const path = join(p, field.label);
        if (value === undefined || value === null) return field.optional ? [] : [`「${path}」必须填写`];
        return field.check(value, path);
      }),
    );
  };

/**
 * The keys of a payload that its validator does not declare, as Chinese refusal texts naming
 * each key (at any depth). Checked before anything else about a command, so that a made-up key
 * is refused whatever the case's status.
 */
export function unknownKeys(check: Validator, value: unknown, path = ''): string[] {
  const structured = check as Structured;
  const shape = structured[SHAPE];
  if (shape && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, v]) =>
      Object.hasOwn(shape, key)
        ? unknownKeys(shape[key].check, v, join(path, shape[key].label))
        : [`${name(path)}含有不允许的字段「${key.slice(0, 60)}」`],
    );
  }
  const item = structured[ITEM];
  if (item && Array.isArray(value)) return value.flatMap((v, i) => unknownKeys(item, v, `${path}第${i + 1}项`));
  return [];
}

/** Runs a top-level validator on a payload. */
export function validateWith(check: Validator, payload: unknown): string[] {
  return check(payload, '');
}
