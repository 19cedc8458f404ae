// What a case command answers: the case's new version and status, the warnings and the documents.
import type { CommandOutcome } from './execute-command';

export function commandResponse(o: CommandOutcome) {
  return {
    version: o.version,
    status: o.status,
    statusLabel: o.statusLabel,
    seq: o.seq,
    warnings: o.warnings,
    documents: o.documents,
  };
}
