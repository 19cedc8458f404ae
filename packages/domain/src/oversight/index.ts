// 执法监督: the dashboard's counters, case-file review (案卷评查) and evaluation (考核评议).
export * from './case-tallies';
export * from './file-review/index';
export * from './evaluation';
