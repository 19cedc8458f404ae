// Training hours (学时) of enforcement officers. The yearly requirement of 60 学时 is the figure
// usually quoted from the 2023–2025 action plan; it is not verified against the plan's text, so
// it is a parameter.

import { isIsoDate, normalizeDateCell } from './iso-date';
import { cellNumber, cellText, type ImportRowError, type ImportRowResult } from './row-errors';

export const MINUTES_PER_TRAINING_HOUR = 45;
export const DEFAULT_YEARLY_TRAINING_HOURS = 60;

export interface TrainingDuration {
  minutes?: number;
  hours?: number;
}

// Hundredths, floored: a partial hundredth is not credited. The small epsilon keeps values like
// 0.29 (stored as 0.28999…) from losing a hundredth to binary rounding.
function floorHundredths(x: number): number {
  return Math.floor(x * 100 + 1e-7);
}

function checkAmount(value: number | undefined, what: string): void {
  if (value !== undefined && (!Number.isFinite(value) || value < 0))
    throw new RangeError(`${what}必须是不小于零的数字：${value}`);
}

/**
 * 学时 of one record, floored to 0.01. Stated hours win; otherwise 45 minutes make 1 学时
 * (100 minutes → 2.22). A record with neither counts 0.
 */
export function trainingHours(record: TrainingDuration): number {
  checkAmount(record.hours, '学时');
  checkAmount(record.minutes, '培训时长');
  if (record.hours !== undefined) return floorHundredths(record.hours) / 100;
  if (record.minutes !== undefined) return floorHundredths(record.minutes / MINUTES_PER_TRAINING_HOUR) / 100;
  return 0;
}

export interface TrainingShortfall {
  hours: number;
  required: number;
  shortfall: number;
  met: boolean;
}

/** Sum of one officer's records for one year against the requirement (the caller picks the records). */
export function yearlyShortfall(
  records: readonly TrainingDuration[],
  requirement = DEFAULT_YEARLY_TRAINING_HOURS,
): TrainingShortfall {
  checkAmount(requirement, '年度学时要求');
  // Summed in hundredths so that many records do not drift.
  const total = records.reduce((sum, r) => sum + Math.round(trainingHours(r) * 100), 0);
  const required = Math.round(requirement * 100);
  const shortfall = Math.max(0, required - total);
  return { hours: total / 100, required: required / 100, shortfall: shortfall / 100, met: shortfall === 0 };
}

export const TRAINING_COLUMNS = {
  personName: '姓名',
  certificateNumber: '执法证号',
  course: '培训内容',
  date: '培训日期',
  minutes: '培训时长（分钟）',
  hours: '学时',
  organiser: '组织单位',
} as const;
export type TrainingField = keyof typeof TRAINING_COLUMNS;
export type TrainingRow = Partial<Record<TrainingField, unknown>>;

export interface TrainingRecordImport extends TrainingDuration {
  personName: string;
  certificateNumber: string;
  course: string;
  date: string;
  organiser?: string;
  /** 学时 credited, computed by trainingHours. */
  credited: number;
}

export interface TrainingRowOptions {
  /** Rows dated after this day are refused (training cannot be recorded in advance). */
  today?: string;
}

/** Checks one row of a training spreadsheet; every error is returned with its column. */
export function validateTrainingRow(
  row: TrainingRow,
  options: TrainingRowOptions = {},
): ImportRowResult<TrainingRecordImport> {
  const errors: ImportRowError[] = [];
  const add = (field: TrainingField, message: string) =>
    errors.push({ field, column: TRAINING_COLUMNS[field], message });
  const text = (field: TrainingField): string | null => {
    const t = cellText(row[field]);
    if (t === null) add(field, `${TRAINING_COLUMNS[field]}不能为空`);
    return t;
  };
  const personName = text('personName');
  const certificateNumber = text('certificateNumber');
  const course = text('course');

  let date: string | null = null;
  if (cellText(row.date) === null && !(row.date instanceof Date)) add('date', '培训日期不能为空');
  else {
    date = normalizeDateCell(row.date);
    if (date === null) add('date', `培训日期“${String(row.date)}”无法识别，应为YYYY-MM-DD`);
    else if (options.today !== undefined && isIsoDate(options.today) && date > options.today)
      add('date', `培训日期${date}晚于今天`);
  }

  const duration: TrainingDuration = {};
  for (const field of ['minutes', 'hours'] as const) {
    const n = cellNumber(row[field]);
    if (n === null) continue;
    if (n === 'invalid' || n <= 0) add(field, `${TRAINING_COLUMNS[field]}必须是大于零的数字`);
    else duration[field] = n;
  }
  if (cellNumber(row.minutes) === null && cellNumber(row.hours) === null) {
    add('minutes', '培训时长（分钟）和学时至少填写一项');
  }
  const organiser = cellText(row.organiser) ?? undefined;

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      personName: personName!,
      certificateNumber: certificateNumber!,
      course: course!,
      date: date!,
      ...duration,
      ...(organiser !== undefined ? { organiser } : {}),
      credited: trainingHours(duration),
    },
  };
}
