// Every number the procedure depends on that a sector or province may change. Defaults are the
// national statute values, Guangdong where it has its own (legal-rules.md §5.2), and the
// conservative choice where the law is silent (marked "configurable" in legal-rules.md §10).
import type { PenaltyProposalKind } from './penalty';

export type PeriodUnit = 'workingDays' | 'calendarDays';

export interface CaseConfig {
  /** 第51条: summary procedure only up to these fines (or a warning). */
  summary: { personMaxFine: number; organisationMaxFine: number };
  /** 第52条第3款: on-the-spot decisions are filed (备案) within this period (住建 3 days). */
  summaryFiling: { amount: number; unit: PeriodUnit };
  /** 第63–64条: 较大数额 thresholds (provisional Guangdong values) and hearing windows. */
  hearing: {
    personFineThreshold: number;
    organisationFineThreshold: number;
    personConfiscationThreshold: number;
    organisationConfiscationThreshold: number;
    /** Kinds that always carry the hearing right (第63条(三)(四)(五)). */
    heavyKinds: PenaltyProposalKind[];
    requestWorkingDays: number;
    noticeLeadWorkingDays: number;
    maxAgents: number;
  };
  /** 陈述申辩 window after notice service; the law sets none (legal-rules §1.7), 5 working days by default. */
  representationWorkingDays: number;
  /** Lead vetting: 15 working days, +15 with approval (市场监管 practice). */
  leadVetting: { workingDays: number; extensionWorkingDays: number };
  /** 第36条. `extendedFrom`: the 5-year period does not reach acts that ended before the 2021 revision. */
  limitation: { years: number; extendedYears: number; extendedFrom: string };
  /** 第60条: 90 days from filing; head may extend once by `headExtensionDays`, later ones need collective decision. */
  decisionLimit: { days: number; headExtensionDays: number; maxExtensionDays: number };
  /** 第61条: 7 working days to serve a decision not handed over on the spot. */
  serviceWorkingDays: number;
  /** 民事诉讼法 第95条: public-notice service deemed after 30 days. */
  publicNoticeDays: number;
  /** 第67条: 15 calendar days to pay, rolled forward. */
  paymentDays: number;
  /** 第56条: 7 working days to handle preserved evidence. */
  preservationWorkingDays: number;
  /** 行政强制法 第19, 25, 31–32条. */
  coercion: {
    days: number;
    extensionDays: number;
    urgentApprovalHours: number;
    freezeDeliveryWorkingDays: number;
  };
  /** 第58条(四) and local 法制审核清单: items and penalties that always need legal review. */
  majorDecisionList: {
    itemCodes: string[];
    penaltyKinds: PenaltyProposalKind[];
    personFineAtLeast: number | null;
    organisationFineAtLeast: number | null;
  };
  /** The law sets no review deadline; 10 working days is the common local value. */
  reviewWorkingDays: number;
  /** The law sets no recusal deadline; some local rules use 3 days. */
  recusalDecisionDays: number;
  /** 国办发〔2018〕118号: publish penalty decisions within 7 working days. */
  publicationWorkingDays: number;
  /** 第68–71条. */
  cash: { smallAmountMax: number; handInWorkingDays: number; depositWorkingDays: number };
  /** 移送规定 第5, 9, 12条 (calendar days; agency-internal, so not rolled). */
  criminalReferral: {
    headDecisionDays: number;
    transferHours: number;
    handOverDays: number;
    reconsiderationDays: number;
  };
  /** 行政强制法 第53–54条; 行政复议法 第20条; 行政诉讼法 第46条. */
  court: { demandWaitWorkingDays: number; windowMonths: number };
  remedies: { reconsiderationDays: number; litigationMonths: number; unstatedLimitMonths: number };
  /** How many working days ahead an open deadline counts as "due soon". */
  dueSoonWorkingDays: number;
}

export const DEFAULT_CASE_CONFIG: CaseConfig = {
  summary: { personMaxFine: 200, organisationMaxFine: 3000 },
  summaryFiling: { amount: 3, unit: 'workingDays' },
  hearing: {
    personFineThreshold: 5000,
    organisationFineThreshold: 100000,
    personConfiscationThreshold: 5000,
    organisationConfiscationThreshold: 100000,
    heavyKinds: [
      'lowerQualification',
      'revokeLicence',
      'stopProduction',
      'closure',
      'restrictPractice',
      'restrictBusiness',
      'detention',
    ],
    requestWorkingDays: 5,
    noticeLeadWorkingDays: 7,
    maxAgents: 2,
  },
  representationWorkingDays: 5,
  leadVetting: { workingDays: 15, extensionWorkingDays: 15 },
  limitation: { years: 2, extendedYears: 5, extendedFrom: '2021-07-15' },
  decisionLimit: { days: 90, headExtensionDays: 30, maxExtensionDays: 90 },
  serviceWorkingDays: 7,
  publicNoticeDays: 30,
  paymentDays: 15,
  preservationWorkingDays: 7,
  coercion: { days: 30, extensionDays: 30, urgentApprovalHours: 24, freezeDeliveryWorkingDays: 3 },
  majorDecisionList: {
    itemCodes: [],
    penaltyKinds: ['revokeLicence', 'stopProduction', 'closure', 'lowerQualification', 'restrictPractice'],
    personFineAtLeast: 5000,
    organisationFineAtLeast: 100000,
  },
  reviewWorkingDays: 10,
  recusalDecisionDays: 3,
  publicationWorkingDays: 7,
  cash: { smallAmountMax: 100, handInWorkingDays: 2, depositWorkingDays: 2 },
  criminalReferral: { headDecisionDays: 3, transferHours: 24, handOverDays: 3, reconsiderationDays: 3 },
  court: { demandWaitWorkingDays: 10, windowMonths: 3 },
  remedies: { reconsiderationDays: 60, litigationMonths: 6, unstatedLimitMonths: 12 },
  dueSoonWorkingDays: 3,
};
