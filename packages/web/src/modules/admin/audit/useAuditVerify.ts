import { useMutation } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { AuditVerification } from '@zhifa/contract';

// A GET, but an explicit action the auditor starts and may repeat: a mutation gives us its
// pending state and last result without caching it as page data.
export function useAuditVerify() {
  return useMutation({
    mutationFn: () => api.get<AuditVerification>('/api/audit/verify'),
  });
}
