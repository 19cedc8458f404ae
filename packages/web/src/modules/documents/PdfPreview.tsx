import { Alert, Button, Empty, Skeleton } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import { errorText } from '../../app/feedback';
import { fetchPdf } from './api';
import { openPdf, renderPage, type PdfDocument } from './pdf-engine';

export interface PdfPreviewProps {
  /** Same-origin address of the PDF (the session cookie goes with it). */
  url: string;
  /** Width of a page in CSS pixels; by default the width the preview is given. */
  pageWidth?: number;
  /** Device pixels per PDF point at least: 2 gives about 144 dpi, enough to print from the canvases. */
  minScale?: number;
  /** Only the first pages (a quick look at a long case file); the rest are left out. */
  maxPages?: number;
  className?: string;
}

type Phase = { state: 'loading' } | { state: 'error'; message: string } | { state: 'done'; pages: number };

/**
 * Shows a PDF as canvases, one per page, with each page's text kept beside it (read out by screen
 * readers, found by the browser's search). The default export is what React.lazy loads, so the
 * PDF engine arrives only with the first preview.
 */
export default function PdfPreview(props: PdfPreviewProps) {
  const [attempt, setAttempt] = useState(0);
  // A new address or a retry starts afresh (a new instance), with nothing left of the last one.
  return <PdfPages key={`${props.url}#${attempt}`} {...props} onRetry={() => setAttempt((a) => a + 1)} />;
}

function PdfPages({
  url,
  pageWidth,
  minScale = 1,
  maxPages,
  className,
  onRetry,
}: PdfPreviewProps & { onRetry: () => void }) {
  const host = useRef<HTMLDivElement>(null);
  const [phase, setPhase] = useState<Phase>({ state: 'loading' });

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const abort = new AbortController();
    let doc: { promise: Promise<PdfDocument>; destroy: () => Promise<void> } | null = null;
    let cancelled = false;
    // A second run of the effect (development's strict mode) starts from an empty host.
    el.replaceChildren();
    (async () => {
      const data = await fetchPdf(url, abort.signal);
      if (cancelled) return;
      doc = openPdf(data);
      const pdf = await doc.promise;
      const count = maxPages ? Math.min(pdf.numPages, maxPages) : pdf.numPages;
      const width = pageWidth ?? Math.max(240, Math.min(el.clientWidth || 800, 960));
      for (let n = 1; n <= count && !cancelled; n++) {
        const figure = document.createElement('figure');
        figure.className = 'pdf-page';
        figure.dataset.page = String(n);
        const canvas = document.createElement('canvas');
        canvas.setAttribute('role', 'img');
        canvas.setAttribute('aria-label', `第 ${n} 页`);
        canvas.dataset.testid = 'pdf-page-canvas';
        const caption = document.createElement('figcaption');
        caption.className = 'pdf-page-text';
        figure.append(canvas, caption);
        el.append(figure);
        const rendered = await renderPage(pdf, n, canvas, width, minScale);
        caption.textContent = rendered.text;
        figure.dataset.rendered = 'true';
      }
      if (!cancelled) setPhase({ state: 'done', pages: count });
    })().catch((err: unknown) => {
      if (cancelled) return;
      // Not the server's refusal: pdf.js could not read the file.
      const message = err instanceof ApiError ? errorText(err) : '文件无法解析，请下载后查看或稍后重试';
      setPhase({ state: 'error', message });
    });
    return () => {
      cancelled = true;
      abort.abort();
      void doc?.destroy();
    };
  }, [url, pageWidth, minScale, maxPages]);

  return (
    <div className={`pdf-preview ${className ?? ''}`} data-state={phase.state}>
      {phase.state === 'loading' && <Skeleton active paragraph={{ rows: 6 }} className="pdf-loading" />}
      {phase.state === 'error' && (
        <Alert
          type="error"
          showIcon
          title="文书未能显示"
          description={phase.message}
          action={
            <Button size="small" onClick={onRetry}>
              重试
            </Button>
          }
        />
      )}
      {phase.state === 'done' && phase.pages === 0 && <Empty description="文书没有页面" />}
      <div ref={host} className="pdf-pages" data-testid="pdf-pages" />
    </div>
  );
}
