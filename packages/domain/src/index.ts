// @zhifa/domain — every rule of the platform, pure: no I/O, no clock reads, no randomness.
// Server and web import the same functions, so a rule cannot drift between them.
export * from './identifiers/index';
export * from './calendar/index';
export * from './auth/index';
export * from './access/index';
export * from './laws/index';
export * from './libraries/index';
export * from './procedure/index';
export * from './disclosure/index';
export * from './documents/index';
export * from './oversight/index';
