export * from './alert-rules';
export * from './checks';
export * from './correction-notices';
export * from './correction-notice-text';
export * from './rectifications';
export * from './case-tallies';
export * from './file-review/index';
export * from './evaluation';
