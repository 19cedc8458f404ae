export * from './standard';
export * from './default-standard';
export * from './score';
export * from './draw';
export * from './auto-facts';
