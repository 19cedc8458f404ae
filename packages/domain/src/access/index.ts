export * from './roles';
export * from './permissions';
export * from './role-permissions';
export * from './scope';
