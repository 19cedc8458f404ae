import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESPONSES } from '@zhifa/contract';
import { allRoutes } from '../../src/routes';
import { createTestPlatform, type TestPlatform } from '../helpers';

let p: TestPlatform;
beforeAll(async () => {
  p = await createTestPlatform();
});
afterAll(async () => {
  await p?.close();
});

// The web checks answers against the contract's table (RESPONSES); the server serialises each
// answer with the schema its route declares. Both must be the same schema object.
describe('the HTTP contract and the server routes', () => {
  const declared = new Map<string, unknown>(Object.entries(RESPONSES));

  it('every route answers with the schema the contract lists for it', () => {
    const drifted = allRoutes
      .filter((spec) => declared.get(`${spec.method} ${spec.url}`) !== spec.response)
      .map((spec) => `${spec.method} ${spec.url}`);
    expect(drifted).toEqual([]);
  });

  it('the contract lists no route the server does not have', () => {
    const served = new Set(allRoutes.map((spec) => `${spec.method} ${spec.url}`));
    expect([...declared.keys()].filter((key) => !served.has(key))).toEqual([]);
  });

  it('/api/openapi.json describes every route with the schemas of its answer and its body', async () => {
    const doc = (await p.request({ method: 'GET', url: '/api/openapi.json' })).json();
    const undescribed = allRoutes.filter((spec) => {
      const op = doc.paths[spec.url.replace(/:(\w+)/g, '{$1}')]?.[spec.method.toLowerCase()];
      const answer = op?.responses?.[String(spec.successStatus ?? 200)];
      return !answer?.content?.['application/json']?.schema || (spec.body && !op.requestBody?.content);
    });
    expect(undescribed.map((spec) => `${spec.method} ${spec.url}`)).toEqual([]);
  });
});
