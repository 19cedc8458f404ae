/** Why a command was refused: a stable code for programs, Chinese for people, the law for both. */
export interface CaseRefusal {
  code: string;
  message: string;
  article: string;
}

export function refusal(code: string, message: string, article: string): CaseRefusal {
  return { code, message, article };
}
