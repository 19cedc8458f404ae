import type { CaseActionType } from '@zhifa/domain';
import { SummaryFields, summaryInitial, summaryPayload } from '../summary/SummaryFields';
import { closureForms } from './forms/closure';
import { coercionForms } from './forms/coercion';
import { correctionForms } from './forms/correction';
import { criminalForms } from './forms/criminal';
import { decisionForms } from './forms/decision';
import { executionForms } from './forms/execution';
import { filingForms } from './forms/filing';
import { investigationForms } from './forms/investigation';
import { noticeForms } from './forms/notice';
import { reviewForms } from './forms/review';
import { summaryForms } from './forms/summary';
import type { ActionFormSpec, ActionForms } from './types';

const onTheSpot: ActionForms = {
  decideOnTheSpot: {
    wide: true,
    intro:
      '违法事实确凿并有法定依据，对公民处二百元以下、对法人或者其他组织处三千元以下罚款或者警告的，可以当场作出决定（行政处罚法 第51条）。',
    Fields: () => <SummaryFields />,
    initial: (ctx) => summaryInitial(ctx.myPersonId),
    toPayload: (v) => summaryPayload(v),
  },
};

const FORMS: ActionForms = {
  ...filingForms,
  ...investigationForms,
  ...correctionForms,
  ...coercionForms,
  ...criminalForms,
  ...noticeForms,
  ...reviewForms,
  ...decisionForms,
  ...executionForms,
  ...summaryForms,
  ...onTheSpot,
  ...closureForms,
};

/** An action taken by uploading a file (登记证据, `byUpload` in its definition) has no form here. */
export function actionForm(type: CaseActionType): ActionFormSpec | undefined {
  return FORMS[type];
}
