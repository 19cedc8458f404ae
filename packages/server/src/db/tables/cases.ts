// Tables of case handling (leads, cases, case actions, evidence, deadlines).
export interface CaseTables {}
