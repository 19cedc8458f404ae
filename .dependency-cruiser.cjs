// The module map of docs/ARCHITECTURE.md as rules (`npm run check:deps`, run by CI next to lint).
// An import against the map fails the check; change the map here and in the document together.
//
//   domain ← contract ← server, web       (the web never imports the server)
//   server: db ← platform ← shared ← modules (in the order below) ← demo, cli, composition root
//   web:    api, shared ← page modules (in the order below); app/ is the shell and registry

/**
 * Server feature modules and the modules each may import. The order is the layering: a module only
 * imports modules listed before it, so no two modules can depend on each other.
 */
const SERVER_MODULES = {
  auth: [],
  users: ['auth'],
  org: [],
  audit: [],
  delegation: [],
  laws: ['delegation'],
  people: [],
  benchmarks: [],
  cases: ['delegation', 'laws', 'people', 'benchmarks'],
  leads: ['cases'],
  catalogue: ['delegation', 'laws', 'cases'],
  system: ['laws', 'cases'],
  workbench: ['cases', 'leads'],
  documents: ['cases'],
  notifications: [],
  corrections: ['notifications', 'documents'],
  alerts: ['notifications', 'cases', 'delegation', 'people'],
  portal: ['delegation', 'leads', 'cases'],
  disclosure: ['cases'],
  dashboard: ['cases', 'delegation', 'people'],
  reviews: ['cases', 'people', 'notifications'],
  evaluation: ['dashboard'],
};

/** Domain areas and the areas each may import (same layering; tests may import any area). */
const DOMAIN_AREAS = {
  calendar: [],
  identifiers: ['calendar'],
  auth: [],
  access: [],
  laws: [],
  libraries: ['laws'],
  procedure: ['access', 'calendar', 'identifiers', 'libraries'],
  documents: ['laws', 'procedure'],
  oversight: ['procedure', 'documents'],
  portal: [],
};

/** Web page modules and the page modules each may import (same layering). */
const WEB_MODULES = {
  errors: [],
  auth: [],
  account: [],
  admin: [],
  laws: [],
  catalogue: [],
  delegation: ['catalogue'],
  people: ['admin'],
  documents: ['admin'],
  cases: ['admin', 'people', 'documents'],
  leads: ['cases'],
  workbench: ['admin', 'cases'],
  notifications: [],
  corrections: [],
  alerts: ['corrections'],
  disclosure: [],
  oversight: ['cases', 'documents', 'corrections'],
};

const SERVER = '^packages/server/src/';
const WEB = '^packages/web/src/';
const TESTS = '([.]test[.]tsx?$|/test-support/)';

function layering(root, modules, label, folder = 'modules/') {
  const names = Object.keys(modules);
  return names.map((name) => {
    const allowed = [name, ...modules[name]];
    const others = names.filter((n) => !allowed.includes(n));
    return {
      name: `${label}-${name}`,
      comment: `${label} module ${name} may import only: ${modules[name].join(', ') || 'no other module'} (docs/ARCHITECTURE.md).`,
      severity: 'error',
      from: { path: `${root}${folder}${name}/`, pathNot: TESTS },
      to: { path: `${root}${folder}(${others.join('|') || '(?!)'})/` },
    };
  });
}

// Checked before any layering rule so that a cycle reports as one.
const forbidden = [
  {
    name: 'no-circular',
    comment: 'No import cycles, between files or (through the layering rules) between modules.',
    severity: 'error',
    from: {},
    to: { circular: true },
  },
  {
    name: 'domain-is-pure',
    comment: 'The domain imports nothing outside itself: no server, web, contract, npm package or Node API.',
    severity: 'error',
    from: { path: '^packages/domain/src/', pathNot: TESTS },
    to: { pathNot: '^packages/domain/src/' },
  },
  {
    name: 'contract-above-domain-only',
    comment: 'The contract (schemas shared by server and web) may import the domain, never the server or web.',
    severity: 'error',
    from: { path: '^packages/contract/' },
    to: { path: '^packages/(server|web)/' },
  },
  {
    name: 'web-not-server',
    comment: 'The web talks to the server over HTTP only; shared types come from the contract or domain.',
    severity: 'error',
    from: { path: '^packages/web/' },
    to: { path: '^packages/server/' },
  },
  {
    name: 'server-not-web',
    severity: 'error',
    from: { path: '^packages/server/' },
    to: { path: '^packages/web/' },
  },
  {
    name: 'db-is-lowest',
    comment: 'The database layer knows tables and connections, nothing of the platform or the features.',
    severity: 'error',
    from: { path: `${SERVER}db/` },
    to: { path: `${SERVER}(platform|shared|modules|demo|cli)/` },
  },
  {
    name: 'platform-imports-no-feature',
    comment: 'platform/ holds the mechanisms every module uses; it imports no module, shared helper or demo.',
    severity: 'error',
    from: { path: `${SERVER}platform/` },
    to: { path: `${SERVER}(modules|shared|demo|cli)/|${SERVER}(app|routes|bootstrap|main)[.]ts$` },
  },
  {
    name: 'shared-imports-no-feature',
    comment: 'shared/ holds the helpers every module uses; it imports no feature module.',
    severity: 'error',
    from: { path: `${SERVER}shared/` },
    to: { path: `${SERVER}(modules|demo|cli)/|${SERVER}(app|routes|bootstrap|main)[.]ts$` },
  },
  {
    name: 'modules-not-composition',
    comment: 'Feature modules never import the composition root, the CLIs or the demo seed.',
    severity: 'error',
    from: { path: `${SERVER}modules/` },
    to: { path: `${SERVER}(demo|cli)/|${SERVER}(app|routes|bootstrap|main)[.]ts$` },
  },
  {
    name: 'web-base-imports-no-page',
    comment: 'The web API client and shared components import no page module.',
    severity: 'error',
    from: { path: `${WEB}(api|shared)/` },
    to: { path: `${WEB}modules/` },
  },
  ...layering(SERVER, SERVER_MODULES, 'server'),
  ...layering(WEB, WEB_MODULES, 'web'),
  ...layering('^packages/domain/src/', DOMAIN_AREAS, 'domain', ''),
];

module.exports = {
  forbidden,
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|coverage)/' },
    // Type-only imports count: a cycle of types is still a cycle of modules.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    // The workspace packages resolve to their sources (`source` condition), as in vitest and vite.
    enhancedResolveOptions: {
      conditionNames: ['source', 'import', 'require', 'node', 'default'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
