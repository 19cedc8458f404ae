// Encrypted personal identifiers of case actions (migration 0008_case_action_secrets.sql).

export interface CaseActionSecretsTable {
  case_id: string;
  seq: number;
  /** Path inside the action's payload: "agents[0].idNumber". */
  path: string;
  value_enc: string;
}

export interface CaseSecretTables {
  case_action_secrets: CaseActionSecretsTable;
}
