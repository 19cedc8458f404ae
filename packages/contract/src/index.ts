// The HTTP contract of zhifa: the zod schemas of every request and response under /api, by
// module. The server's routes declare them (validation, serialisation, /api/openapi.json); the
// web client infers its types from them and checks answers against them in development. Browser-
// safe: zod and @zhifa/domain only.
export * from './common';
export * from './auth';
export * from './users';
export * from './org';
export * from './audit';
export * from './system';
export * from './workbench';
export * from './laws';
export * from './catalogue';
export * from './benchmarks';
export * from './delegation';
export * from './people';
export * from './leads';
export * from './cases';
export * from './documents';
export * from './oversight';
export * from './portal';
export * from './disclosure';
export * from './dashboard';
export * from './reviews';
export * from './evaluation';
export * from './routes';
