// The building blocks of the action payload schemas (zod). Every field carries its Chinese label,
// and every check its Chinese message without the field's name: messages.ts puts the two together
// into 「拟作出的行政处罚 / 罚款金额」不能为空. Objects are strict: a key a schema does not declare is
// refused, at any depth, so that no made-up key reaches the append-only log (where it would bypass
// masking and every size rule).
import * as z from 'zod';
import { isValidDate } from '../../calendar/index';

/** The Chinese label of each field schema, read by the message formatter. */
export const FIELD_LABELS = z.registry<{ label: string }>();

/** A required field. The schema is copied, so that one shared schema can carry a label per place. */
export function req<S extends z.ZodType>(label: string, schema: S): S {
  const copy = schema.clone();
  FIELD_LABELS.add(copy, { label });
  return copy;
}

/**
 * An optional field. A null counts as absent, as it always has for these payloads (a form's
 * cleared field); the type says only "may be left out".
 */
export function opt<S extends z.ZodType>(label: string, schema: S): z.ZodOptional<S> {
  const optional: z.ZodType = schema.nullish();
  FIELD_LABELS.add(optional, { label });
  return optional as unknown as z.ZodOptional<S>;
}

const says = (error: string) => ({ error });

export const text = (max = 20000) =>
  z
    .string(says('不能为空'))
    .refine((s) => s.trim() !== '', { error: '不能为空', abort: true })
    .max(max, says(`不能超过 ${max} 个字符`));

const DATE = '应为 YYYY-MM-DD 格式的日期';
export const date = () => z.string(says(DATE)).refine((s) => isValidDate(s), says(DATE));

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d$/;
const DATE_TIME_MESSAGE = '应为 YYYY-MM-DDTHH:MM 格式的时间';
export const dateTime = () =>
  z.string(says(DATE_TIME_MESSAGE)).refine((s) => {
    const m = DATE_TIME.exec(s);
    return m !== null && isValidDate(m[1]);
  }, says(DATE_TIME_MESSAGE));

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const TIME_MESSAGE = '应为 HH:MM 格式的时刻';
export const time = () => z.string(says(TIME_MESSAGE)).regex(TIME, says(TIME_MESSAGE));

export const int = (min = 0, max = Number.MAX_SAFE_INTEGER) => {
  const message = `应为 ${min} 至 ${max} 之间的整数`;
  return z.number(says(message)).refine((x) => Number.isInteger(x) && x >= min && x <= max, says(message));
};

/** Yuan, non-negative, at most two decimals. */
export const money = () => {
  const message = '应为不小于 0、最多两位小数的金额（元）';
  return z
    .number(says(message))
    .refine((x) => Number.isFinite(x) && x >= 0 && Math.abs(Math.round(x * 100) - x * 100) < 1e-6, says(message));
};

/** A non-negative quantity or rate (平方米, 倍数) with up to four decimals. */
export const decimal = (max: number) => {
  const message = `应为 0 至 ${max} 之间、最多四位小数的数`;
  return z
    .number(says(message))
    .refine(
      (x) => Number.isFinite(x) && x >= 0 && x <= max && Math.abs(Math.round(x * 10_000) - x * 10_000) < 1e-4,
      says(message),
    );
};

export const bool = () => z.boolean(says('应为是或否'));

export const literal = <const V extends boolean>(value: V) => z.literal(value, says(`必须为${value ? '是' : '否'}`));

/** One of the values, named by its Chinese label in the message. */
export const oneOf = <const T extends readonly string[]>(values: T, labels?: Readonly<Record<string, string>>) => {
  const schema = z.enum(values, says(`必须是以下之一：${values.map((v) => labels?.[v] ?? v).join('、')}`));
  // Keyed by the definition, which req()/opt() copies share, so a printed document can name the value.
  if (labels) ENUM_LABELS.set(schema._zod.def, labels);
  return schema;
};

/** The Chinese labels of each oneOf() field's values, by the schema's definition (`schema._zod.def`). */
export const ENUM_LABELS = new WeakMap<object, Readonly<Record<string, string>>>();

export const list = <S extends z.ZodType>(item: S, min = 0, max = 1000) =>
  z
    .array(item, says('应为列表'))
    .min(min, says(`至少需要 ${min} 项`))
    .max(max, says(`最多 ${max} 项`));

/** A strict object: any key its shape does not declare is refused by name. */
export const obj = <S extends z.ZodRawShape>(shape: S) => z.strictObject(shape, says('格式不正确'));

/**
 * One action's schemas. `input` is what a client may send; `payload` is what decide() checks and
 * the log keeps: the input plus the fields the server fills in (document numbers, which a client
 * never chooses, and defaults such as the agency's name, which a client may also give).
 */
export interface ActionSchemas<I extends z.ZodType = z.ZodType, P extends z.ZodType = z.ZodType> {
  input: I;
  payload: P;
}

/** A strict object schema of the given shape. */
export type StrictObject<S extends z.ZodRawShape> = z.ZodObject<S, z.core.$strict>;

/** An action whose payload is exactly what the client sends. */
export const clientOnly = <S extends z.ZodRawShape>(
  input: StrictObject<S>,
): ActionSchemas<StrictObject<S>, StrictObject<S>> => ({ input, payload: input });

/** An action whose payload adds (or makes required) the fields the server fills in. */
export const serverFilled = <S extends z.ZodRawShape, F extends z.ZodRawShape>(input: StrictObject<S>, fields: F) => ({
  input,
  payload: input.extend(fields),
});
