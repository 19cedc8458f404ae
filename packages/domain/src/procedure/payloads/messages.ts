// zod issues as the Chinese messages officers read: each names its field by the labels on the way
// to it (「当事人 / 当事人名称」必须填写, 「人员第1项 / 姓名」…), the top level being 「内容」.
import * as z from 'zod';
import { FIELD_LABELS } from './fields';

type Path = readonly PropertyKey[];

export interface MessageOptions {
  /**
   * The full payload schema when checking a client's input: a key the input refuses but the
   * payload declares is a field the server fills in, and is named as such.
   */
  payload?: z.ZodType;
  /** Only the keys the schema does not declare (checked before anything else about a command). */
  unknownKeysOnly?: boolean;
}

const name = (labels: string): string => (labels ? `「${labels}」` : '内容');

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodNullable) s = s.unwrap() as z.ZodType;
  return s;
}

/** The Chinese label path of a field, or null when the schema has no field there. */
export function labelPath(schema: z.ZodType, path: Path): string | null {
  let node = schema;
  let labels = '';
  for (const key of path) {
    const inner = unwrap(node);
    if (inner instanceof z.ZodArray && typeof key === 'number') {
      labels += `第${key + 1}项`;
      node = inner.element as z.ZodType;
    } else if (inner instanceof z.ZodObject && typeof key === 'string' && Object.hasOwn(inner.shape, key)) {
      node = inner.shape[key] as z.ZodType;
      const label = FIELD_LABELS.get(node)?.label ?? key;
      labels = labels ? `${labels} / ${label}` : label;
    } else {
      return null;
    }
  }
  return labels;
}

function valueAt(value: unknown, path: Path): unknown {
  let node = value;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function describe(schema: z.ZodType, value: unknown, issue: z.core.$ZodIssue, options: MessageOptions): string[] {
  const labels = labelPath(schema, issue.path) ?? issue.path.join('.');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const filled = options.payload ? labelPath(options.payload, [...issue.path, key]) : null;
      return filled ? `「${filled}」由系统填写，不能提交` : `${name(labels)}含有不允许的字段「${key.slice(0, 60)}」`;
    });
  }
  if (options.unknownKeysOnly) return [];
  if (issue.code === 'invalid_type' && issue.path.length > 0 && valueAt(value, issue.path) == null) {
    return [`${name(labels)}必须填写`];
  }
  return [`${name(labels)}${issue.message}`];
}

/** The Chinese messages for a value that the schema refuses; none when it passes. Unknown keys come first. */
export function payloadMessages(schema: z.ZodType, value: unknown, options: MessageOptions = {}): string[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  const issues = [...result.error.issues].sort(
    (a, b) => Number(b.code === 'unrecognized_keys') - Number(a.code === 'unrecognized_keys'),
  );
  return issues.flatMap((issue) => describe(schema, value, issue, options));
}
