import type { EvidenceUploadFields, EvidenceUploadResult } from '@zhifa/contract';
import { ApiError, checkAnswer } from '../../../api/client';

/**
 * Multipart upload with progress (fetch cannot report upload progress). The idempotency key makes
 * a resend after a dropped connection the same upload.
 */
export function uploadEvidence(
  caseId: string,
  file: File,
  fields: EvidenceUploadFields,
  idempotencyKey: string,
  onProgress: (percent: number) => void,
): Promise<EvidenceUploadResult> {
  const body = new FormData();
  body.append('sha256', fields.sha256);
  body.append('kind', fields.kind);
  body.append('title', fields.title);
  body.append('capturedAt', fields.capturedAt);
  if (fields.location) body.append('location', fields.location);
  if (fields.source) body.append('source', fields.source);
  for (const id of fields.officerIds ?? []) body.append('officerIds', id);
  // The file goes last so the server has read every field before the content streams in.
  body.append('file', file, file.name);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/cases/${caseId}/evidence`);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Idempotency-Key', idempotencyKey);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', '网络连接失败，证据未上传，请检查网络后重试'));
    xhr.onload = () => {
      let json: { code?: string; message?: string; details?: unknown; id?: string; sha256?: string } = {};
      try {
        json = xhr.responseText ? JSON.parse(xhr.responseText) : {};
      } catch {
        // A gateway answered with HTML; the status decides below.
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        const url = `/api/cases/${caseId}/evidence`;
        checkAnswer('POST', url, json).then(() => resolve(json as EvidenceUploadResult), reject);
      } else {
        if (xhr.status === 401) window.location.assign('/login');
        reject(
          new ApiError(
            xhr.status,
            json.code ?? `HTTP_${xhr.status}`,
            json.message ?? `上传失败（${xhr.status}）`,
            json.details,
          ),
        );
      }
    };
    xhr.send(body);
  });
}
