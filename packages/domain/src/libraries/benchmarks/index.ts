// The discretion benchmark library (裁量基准): model and JSON format, table check, calculator.
export * from './model';
export { checkBenchmarkVersion, hasErrors, legalYuanRange, outcomeFor } from './check-table';
export type { BenchmarkFinding, BenchmarkFindingSeverity } from './check-table';
export {
  calculateBenchmark,
  calculateWithVersion,
  explain as explainBenchmark,
  inBand,
  monthsBefore,
  priorOffencesWithin,
  versionInForce,
  withinAllowed,
} from './calculate';
export type {
  BenchmarkCalculationInput,
  BenchmarkFacts,
  BenchmarkOverride,
  BenchmarkParty,
  BenchmarkResult,
} from './calculate';
export { MEASURE_UNITS, bandText, conditionText, outcomeText, yuan as benchmarkYuan } from './text';
