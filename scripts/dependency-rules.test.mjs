// The module map (.dependency-cruiser.cjs) must refuse imports against it: each rule is run on a
// small tree written to a temporary folder, with allowed imports beside the refused ones.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cruise } from 'dependency-cruiser';

const require = createRequire(import.meta.url);
const config = require('../.dependency-cruiser.cjs');

const FILES = {
  'packages/domain/src/rule.ts': 'export const rule = 1;\n',
  'packages/domain/src/procedure/fold.ts': "import { item } from '../libraries/item';\nexport const fold = item;\n",
  'packages/domain/src/libraries/item.ts': 'export const item = 1;\n',
  'packages/domain/src/libraries/uses-procedure.ts':
    "import { fold } from '../procedure/fold';\nexport const usesProcedure = fold;\n",
  'packages/domain/src/impure.ts': "import { app } from '../../server/src/app';\nexport const impure = app;\n",
  'packages/contract/src/schemas.ts':
    "import { rule } from '../../domain/src/rule';\nimport { app } from '../../server/src/app';\nexport const schemas = [rule, app];\n",
  'packages/server/src/app.ts': "import { sessions } from './modules/auth/sessions';\nexport const app = sessions;\n",
  'packages/server/src/db/schema.ts': 'export const schema = 1;\n',
  'packages/server/src/platform/register.ts':
    "import { schema } from '../db/schema';\nimport { sessions } from '../modules/auth/sessions';\nexport const register = [schema, sessions];\n",
  'packages/server/src/shared/cursor.ts':
    "import { register } from '../platform/register';\nimport { createCase } from '../modules/cases/create-case';\nexport const cursor = [register, createCase];\n",
  'packages/server/src/modules/auth/sessions.ts': 'export const sessions = 1;\n',
  'packages/server/src/modules/cases/create-case.ts':
    "import { rule } from '../../../../domain/src/rule';\nexport const createCase = rule;\n",
  'packages/server/src/modules/cases/mark-lead.ts':
    "import { vetLead } from '../leads/vet-lead';\nexport const markLead = vetLead;\n",
  'packages/server/src/modules/leads/vet-lead.ts':
    "import { createCase } from '../cases/create-case';\nexport const vetLead = createCase;\n",
  'packages/server/src/modules/workbench/a.ts': "import { b } from './b';\nexport const a = () => b;\n",
  'packages/server/src/modules/workbench/b.ts': "import { a } from './a';\nexport const b = () => a;\n",
  'packages/web/src/api/client.ts': "import { cases } from '../modules/cases/page';\nexport const client = cases;\n",
  'packages/web/src/modules/cases/page.ts':
    "import { rule } from '../../../../domain/src/rule';\nimport { app } from '../../../../server/src/app';\nexport const cases = [rule, app];\n",
};

let root;
let violations;

/** The rules broken by the import from → to (paths relative to the temporary root). */
function broken(from, to) {
  return violations
    .filter((v) => v.from === from && (v.to === to || v.cycle?.some((c) => c.name === to)))
    .map((v) => v.rule.name);
}

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-deps-'));
  for (const [file, text] of Object.entries(FILES)) {
    fs.mkdirSync(path.join(root, path.dirname(file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  // The fixture has no tsconfig; everything else is the configuration CI runs.
  const options = { ...config.options };
  delete options.tsConfig;
  const { enhancedResolveOptions } = options;
  delete options.enhancedResolveOptions;
  const result = await cruise(
    ['packages'],
    { ...options, baseDir: root, validate: true, ruleSet: { forbidden: config.forbidden } },
    enhancedResolveOptions,
  );
  violations = result.output.summary.violations;
}, 60_000);

afterAll(() => {
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

describe('module map (.dependency-cruiser.cjs)', () => {
  it('refuses an import cycle between two files', () => {
    expect(
      broken('packages/server/src/modules/workbench/a.ts', 'packages/server/src/modules/workbench/b.ts'),
    ).toContain('no-circular');
  });

  it('refuses a module importing one above it in the layering, and allows the direction the map shows', () => {
    expect(
      broken('packages/server/src/modules/cases/mark-lead.ts', 'packages/server/src/modules/leads/vet-lead.ts'),
    ).toEqual(['server-cases']);
    expect(
      broken('packages/server/src/modules/leads/vet-lead.ts', 'packages/server/src/modules/cases/create-case.ts'),
    ).toEqual([]);
  });

  it('keeps the domain pure and lets contract, server and web import it', () => {
    expect(broken('packages/domain/src/impure.ts', 'packages/server/src/app.ts')).toEqual(['domain-is-pure']);
    expect(broken('packages/contract/src/schemas.ts', 'packages/domain/src/rule.ts')).toEqual([]);
    expect(broken('packages/server/src/modules/cases/create-case.ts', 'packages/domain/src/rule.ts')).toEqual([]);
    expect(broken('packages/web/src/modules/cases/page.ts', 'packages/domain/src/rule.ts')).toEqual([]);
  });

  it('keeps the domain areas in their order: procedure uses the libraries, never the reverse', () => {
    expect(broken('packages/domain/src/procedure/fold.ts', 'packages/domain/src/libraries/item.ts')).toEqual([]);
    expect(broken('packages/domain/src/libraries/uses-procedure.ts', 'packages/domain/src/procedure/fold.ts')).toEqual([
      'domain-libraries',
    ]);
  });

  it('refuses the contract importing the server, and the web importing the server', () => {
    expect(broken('packages/contract/src/schemas.ts', 'packages/server/src/app.ts')).toEqual([
      'contract-above-domain-only',
    ]);
    expect(broken('packages/web/src/modules/cases/page.ts', 'packages/server/src/app.ts')).toEqual(['web-not-server']);
  });

  it('refuses platform/ and shared/ importing a feature module, and lets shared/ use the platform', () => {
    expect(broken('packages/server/src/platform/register.ts', 'packages/server/src/modules/auth/sessions.ts')).toEqual([
      'platform-imports-no-feature',
    ]);
    expect(broken('packages/server/src/platform/register.ts', 'packages/server/src/db/schema.ts')).toEqual([]);
    expect(broken('packages/server/src/shared/cursor.ts', 'packages/server/src/modules/cases/create-case.ts')).toEqual([
      'shared-imports-no-feature',
    ]);
    expect(broken('packages/server/src/shared/cursor.ts', 'packages/server/src/platform/register.ts')).toEqual([]);
  });

  it('refuses the web API client importing a page module', () => {
    expect(broken('packages/web/src/api/client.ts', 'packages/web/src/modules/cases/page.ts')).toEqual([
      'web-base-imports-no-page',
    ]);
  });
});
