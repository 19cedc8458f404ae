export * from './names';
export * from './patterns';
export * from './redact';
export * from './detect';
export * from './rendition';
export * from './eligibility';
