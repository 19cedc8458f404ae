export * from './alert-rules';
export * from './checks';
export * from './correction-notices';
