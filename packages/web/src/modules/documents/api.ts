import { useQuery } from '@tanstack/react-query';
import { ApiError, api, checkAnswer, request } from '../../api/client';
import type { CaseDetail } from '@zhifa/contract';

import type {
  DocumentListItem,
  DocumentListView,
  DocumentSettingsBody,
  DocumentSettingsView,
  ResponseOf,
} from '@zhifa/contract';

// The documents' HTTP shapes are the contract's (packages/contract/src/documents.ts).
export type { DocumentListItem, DocumentListView, DocumentSettingsBody, DocumentSettingsView };
export type DocumentVersion = DocumentListItem['versions'][number];
export type SignedCopy = DocumentListItem['signedCopies'][number];
export type CorrectionResult = ResponseOf<'POST /api/documents/:id/corrections'>;
export type SignedCopyResult = ResponseOf<'POST /api/documents/:id/signed-copies'>;
export type DocumentSeries = DocumentSettingsView['series'][number];
export type PayeeAccount = NonNullable<DocumentSettingsView['payee']>;
export interface CorrectionBody {
  commandId: string;
  reason: string;
}

/** The case page's own query key (modules/cases): the documents module sits below it and shares its cache. */
export const caseDetailKey = (caseId: string | undefined) => ['cases', 'detail', caseId] as const;

/** The case, as the case page loads it; the print page shows the decision from it. */
export function useCaseDetail(caseId: string | undefined) {
  return useQuery({
    queryKey: caseDetailKey(caseId),
    queryFn: ({ signal }) => api.get<CaseDetail>(`/api/cases/${caseId}`, undefined, signal),
    enabled: !!caseId,
    staleTime: 5_000,
  });
}

export const documentsKey = (caseId: string | undefined) => ['cases', 'documents', caseId] as const;

export function useCaseDocuments(caseId: string | undefined, enabled = true) {
  return useQuery({
    queryKey: documentsKey(caseId),
    queryFn: ({ signal }) => api.get<DocumentListView>(`/api/cases/${caseId}/documents`, undefined, signal),
    enabled: !!caseId && enabled,
  });
}

/**
 * The PDF of a document: the latest version unless one is named (version 0, not yet printed, names
 * none: reading it prints the first version). Issued versions never change.
 */
export function documentPdfUrl(documentId: string, version?: number): string {
  const base = `/api/documents/${encodeURIComponent(documentId)}/pdf`;
  return version === undefined || version < 1 ? base : `${base}?version=${version}`;
}

/** The bound case file (卷宗): cover, contents with page numbers, documents in archive order, evidence. */
export function caseFilePdfUrl(caseId: string): string {
  return `/api/cases/${encodeURIComponent(caseId)}/case-file.pdf`;
}

export function sendCorrection(documentId: string, body: CorrectionBody): Promise<CorrectionResult> {
  return request<CorrectionResult>('POST', `/api/documents/${encodeURIComponent(documentId)}/corrections`, {
    body,
    idempotencyKey: body.commandId,
  });
}

/** A signed and scanned copy goes back to the document's step; the command id makes a resend the same upload. */
export async function uploadSignedCopy(documentId: string, file: File, commandId: string): Promise<SignedCopyResult> {
  const url = `/api/documents/${encodeURIComponent(documentId)}/signed-copies`;
  const body = new FormData();
  body.append('commandId', commandId);
  // The file goes last so the server has read the command id before the content streams in.
  body.append('file', file, file.name);
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Idempotency-Key': commandId },
    });
  } catch {
    throw new ApiError(0, 'NETWORK', '网络连接失败，扫描件未上传，请检查网络后重试');
  }
  const text = await res.text();
  let json: Record<string, unknown> = {};
  try {
    json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    // A gateway answered with HTML; the status decides below.
  }
  if (!res.ok) {
    if (res.status === 401) window.location.assign('/login');
    const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
    throw new ApiError(
      res.status,
      str(json.code) ?? `HTTP_${res.status}`,
      str(json.message) ?? `上传失败（${res.status}）`,
      json.details,
    );
  }
  await checkAnswer('POST', url, json);
  return json as unknown as SignedCopyResult;
}

export const settingsKey = (agencyId: string | undefined) => ['document-settings', agencyId] as const;

export function useDocumentSettings(agencyId: string | undefined) {
  return useQuery({
    queryKey: settingsKey(agencyId),
    queryFn: ({ signal }) =>
      api.get<DocumentSettingsView>(`/api/agencies/${agencyId}/document-settings`, undefined, signal),
    enabled: !!agencyId,
  });
}

export function saveDocumentSettings(agencyId: string, body: DocumentSettingsBody): Promise<DocumentSettingsView> {
  return request<DocumentSettingsView>('PUT', `/api/agencies/${encodeURIComponent(agencyId)}/document-settings`, {
    body,
    idempotencyKey: body.commandId,
  });
}

/** Fetches a PDF as bytes, with the server's Chinese message when it refuses. */
export async function fetchPdf(url: string, signal?: AbortSignal): Promise<Uint8Array> {
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/pdf' }, signal });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ApiError(0, 'NETWORK', '网络连接失败，请检查网络后重试');
  }
  if (!res.ok) {
    let body: { code?: string; message?: string } = {};
    try {
      body = (await res.json()) as typeof body;
    } catch {
      // Not JSON: the generic message below.
    }
    if (res.status === 401) window.location.assign('/login');
    throw new ApiError(res.status, body.code ?? `HTTP_${res.status}`, body.message ?? `文书读取失败（${res.status}）`);
  }
  return new Uint8Array(await res.arrayBuffer());
}
