/** Where an import stands: reading the file in the browser, then the server checking every row. */
export type ImportStage = 'idle' | 'reading' | 'checking' | 'done';

export const IMPORT_STEPS = ['选择文件', '读取文件', '逐行校验', '完成'] as const;

const STEP_OF: Record<ImportStage, number> = { idle: 0, reading: 1, checking: 2, done: 3 };

export function importStep(stage: ImportStage): number {
  return STEP_OF[stage];
}

/**
 * The bar while busy: reading fills the first half as the browser reports it; the server's check
 * reports nothing, so it stands at three quarters until the answer comes.
 */
export function importPercent(stage: ImportStage, readPercent: number): number {
  if (stage === 'reading') return Math.round(Math.min(100, Math.max(0, readPercent)) / 2);
  if (stage === 'checking') return 75;
  return stage === 'done' ? 100 : 0;
}

/** The distinct rows among the listed problems (one row may have several). */
export function rowsConcerned(lines: { sheet?: string; row: number }[]): number {
  return new Set(lines.map((l) => `${l.sheet ?? ''}\u0000${l.row}`)).size;
}
