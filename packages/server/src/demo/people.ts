import type { Tx } from '../db/schema';
import type { AppContext } from '../platform/context';
import type { DemoLibraryContext } from './libraries';

/** Demo data of the people module (filled by that module). */
export async function seedPeopleDemo(_tx: Tx, _app: AppContext, _ctx: DemoLibraryContext): Promise<void> {}
