import type { CaseActionType, CaseConfig, CaseState } from '@zhifa/domain';
import type { ComponentType } from 'react';
import type { CaseDetail, Me } from '@zhifa/contract';

export interface FormContext {
  detail: CaseDetail;
  state: CaseState;
  /** The county's configuration the server decides with (sent with the case). */
  config: CaseConfig;
  today: string;
  me: Me;
  /** The signed-in user's person record id, when it could be found (for defaults only). */
  myPersonId?: string;
}

export type FormValues = Record<string, unknown>;

/** One form per action type: its fields, its starting values and how its values become the payload. */
export interface ActionFormSpec {
  Fields: ComponentType<{ ctx: FormContext }>;
  initial?: (ctx: FormContext) => FormValues;
  /** Default: the cleaned form values (the field names already follow the payload). */
  toPayload?: (values: FormValues, ctx: FormContext) => unknown;
  /** Wide forms open in a drawer on desktop; every form is full-screen on a phone. */
  wide?: boolean;
  /** A line above the form: what the step does and on which article it rests. */
  intro?: string;
}

export type ActionForms = Partial<Record<CaseActionType, ActionFormSpec>>;
