import type { ImportRowProblem } from '@zhifa/contract';

export interface ProblemLine {
  key: string;
  sheet: string;
  row: number;
  code: string | null;
  column: string;
  message: string;
}

/** One line per refused cell: the server groups the errors by row, the screen lists them by row and column. */
export function problemLines(problems: ImportRowProblem[]): ProblemLine[] {
  return problems.flatMap((p) =>
    p.errors.map((e, i) => ({
      key: `${p.sheet}-${p.row}-${i}`,
      sheet: p.sheet,
      row: p.row,
      code: p.code,
      column: e.column,
      message: e.message,
    })),
  );
}
