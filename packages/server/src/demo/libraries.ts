import type { Tx } from '../db/schema';
import type { AppContext } from '../platform/context';
import { seedCatalogueDemo } from './catalogue';
import { seedPeopleDemo } from './people';
import type { DemoLibraryContext } from './library-context';

/** Demo catalogue, delegations and people extras, seeded after the organisations exist. */
export async function seedLibraryDemo(tx: Tx, app: AppContext, ctx: DemoLibraryContext): Promise<void> {
  await seedCatalogueDemo(tx, app, ctx);
  await seedPeopleDemo(tx, app, ctx);
}
