// One figure of the dashboard by name (for the routes and the Excel export).
import type { DataScope } from '@zhifa/domain';
import type { DashboardFigure } from '@zhifa/contract';
import type { AppContext } from '../../platform/context';
import { checkPeriod, type DashboardFilter } from './period';
import { casesByAgency } from './query-agencies';
import { casesByDomain } from './query-domains';
import { casesByItem } from './query-items';
import { caseloadByOfficer } from './query-officers';
import { overdueByAgency } from './query-overdue';
import { reviewPassRates } from './query-reviews';
import { idleByAgency } from './query-idle';
import { trainingByAgency } from './query-training';
import { disclosureOnTime } from './query-disclosure';

export async function readFigure(app: AppContext, scope: DataScope, figure: DashboardFigure, f: DashboardFilter) {
  checkPeriod(f);
  switch (figure) {
    case 'agencies':
      return casesByAgency(app.db, scope, f);
    case 'domains':
      return casesByDomain(app.db, scope, f);
    case 'items':
      return casesByItem(app.db, scope, f);
    case 'officers':
      return caseloadByOfficer(app.db, scope, f);
    case 'overdue':
      return overdueByAgency(app.db, scope, f, app.today());
    case 'reviews':
      return reviewPassRates(app.db, scope, f);
    case 'idle':
      return idleByAgency(app.db, scope, f, app.today());
    case 'training':
      return trainingByAgency(app, scope, f);
    case 'disclosure':
      return disclosureOnTime(app.db, scope, f, app.today());
  }
}
