import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import type { PdfPreviewProps } from './PdfPreview';

const PdfPreview = lazy(() => import('./PdfPreview'));

/** The PDF preview, with pdf.js fetched on first use (reviewers' pages can use it the same way). */
export function LazyPdfPreview(props: PdfPreviewProps) {
  return (
    <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>
      <PdfPreview {...props} />
    </Suspense>
  );
}
