import type { Tx } from '../db/schema';
import type { AppContext } from '../platform/context';
import type { DemoLibraryContext } from './libraries';

/** Demo data of the catalogue module (filled by that module). */
export async function seedCatalogueDemo(_tx: Tx, _app: AppContext, _ctx: DemoLibraryContext): Promise<void> {}
