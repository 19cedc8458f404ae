import type { AppContext } from '../../platform/context';
import { ensureHolidayCalendar } from './calendar-store';
import { ensureLawLibrary } from '../laws/reference';

/** Reference data every installation carries, loaded idempotently at start. */
export async function ensureReferenceData(app: AppContext): Promise<void> {
  await ensureHolidayCalendar(app);
  await ensureLawLibrary(app);
}
