import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Result, Segmented, Skeleton, Space, Typography } from 'antd';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { QueryError } from '../../shared/QueryError';
import { documentPdfUrl, fetchPdf, useCaseDetail, useCaseDocuments, useDocumentSettings } from './api';
import { LazyPdfPreview } from './LazyPdfPreview';
import { isPaper, PAPERS, pageRule, pxToMm, RECEIPT_WIDTH_MM, type Paper } from './paper';
import { QrImage } from './QrImage';
import { ReceiptSheet } from './ReceiptSheet';
import './documents.css';

// A4 prints the issued PDF itself, drawn by pdf.js at about 144 dpi: the paper is then the
// document of record to the pixel (its QR and code included), and phones, whose browsers mostly
// cannot show a PDF inline, print it too. The 80 mm receipt is laid out from the case's decision
// (see ReceiptSheet for why); it is the default on a phone-sized screen.
const A4_WIDTH_PX = 794; // 210 mm at 96 px per inch

export default function PrintDocumentPage() {
  const { id: caseId, docId } = useParams();
  const [params, setParams] = useSearchParams();
  const detail = useCaseDetail(caseId);
  const documents = useCaseDocuments(caseId);
  const settings = useDocumentSettings(detail.data?.header.agencyId);
  const wanted = params.get('paper');
  const asked: Paper = isPaper(wanted) ? wanted : window.innerWidth < 768 ? 'receipt80' : 'a4';
  const doc = documents.data?.items.find((d) => d.id === docId);
  // Only a decision is handed over as a receipt (it has the public page its QR code opens); any
  // other document prints on A4 as issued.
  const receiptable = !!doc?.publicUrl;
  const paper: Paper = receiptable ? asked : 'a4';
  const sheet = useRef<HTMLDivElement>(null);
  const [heightMm, setHeightMm] = useState<number | undefined>();

  // While this page is open, printing shows the sheet only (documents.css @media print).
  useEffect(() => {
    document.body.classList.add('print-document-only');
    return () => document.body.classList.remove('print-document-only');
  }, []);

  // A document is printed (its first version and verification code made) the first time its PDF is
  // read: a receipt needs that code, so a decision never opened before is read once here (on A4 the
  // preview reads it). Should that fail, the receipt goes without the code and the A4 preview shows
  // the server's reason.
  const unprinted = paper === 'receipt80' && doc?.version === 0 ? doc.id : null;
  const refetchDocuments = documents.refetch;
  useEffect(() => {
    if (!unprinted) return;
    const abort = new AbortController();
    fetchPdf(documentPdfUrl(unprinted), abort.signal)
      .then(() => refetchDocuments())
      .catch(() => undefined);
    return () => abort.abort();
  }, [unprinted, refetchDocuments]);

  // A receipt page is as long as the receipt: measure it whenever it changes.
  useLayoutEffect(() => {
    const el = sheet.current;
    if (!el || paper !== 'receipt80') return;
    // Measured on screen only: the screen's receipt is the taller (it has padding), and a change of
    // the page rule while the browser lays out the print would feed back into that layout.
    const observer = new ResizeObserver(() => {
      if (!window.matchMedia('print').matches) setHeightMm(pxToMm(el.getBoundingClientRect().height));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [paper, detail.data, documents.data]);

  const query = detail.isError ? detail : documents;
  if (detail.isError || documents.isError)
    return (
      <Card>
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      </Card>
    );
  if (detail.isPending || documents.isPending)
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  if (!doc) return <Result status="404" title="文书不存在" extra={<Link to={`/cases/${caseId}`}>返回案件</Link>} />;

  const choose = (p: Paper) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set('paper', p);
        return next;
      },
      { replace: true },
    );

  return (
    <div className={`print-page paper-${paper}`}>
      <style>{pageRule(paper, paper === 'receipt80' ? heightMm : undefined)}</style>
      <Card className="print-toolbar" size="small">
        <Space wrap className="print-toolbar-row">
          <Link to={`/cases/${caseId}`}>
            <ArrowLeftOutlined /> 返回案件
          </Link>
          {receiptable && (
            <Segmented<Paper>
              value={paper}
              onChange={choose}
              options={PAPERS}
              aria-label="纸张"
              data-testid="paper-toggle"
            />
          )}
          <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
            打印
          </Button>
        </Space>
        <Typography.Paragraph type="secondary" className="print-hint">
          {paper === 'receipt80'
            ? `在打印对话框中选择便携式打印机，纸宽 80 mm（可打印宽度约 ${RECEIPT_WIDTH_MM} mm），缩放选“默认”或 100%。`
            : '在打印对话框中选择 A4 纸、缩放 100%，不加页眉页脚。'}
        </Typography.Paragraph>
        {doc.publicUrl && paper === 'a4' && (
          <div className="print-qr-aside">
            <QrImage text={doc.publicUrl} size={112} />
            <div>
              <div>当事人可扫码查验本决定书</div>
              {doc.verificationCode && (
                <div>
                  校验码 <strong className="mono">{doc.verificationCode}</strong>
                </div>
              )}
            </div>
          </div>
        )}
        {doc.provisional && (
          <Alert type="warning" showIcon title="本文书中的期限按暂算的节假日计算，国务院通知公布后以重算结果为准。" />
        )}
      </Card>
      <div ref={sheet} className="print-sheet" data-paper={paper}>
        {paper === 'a4' ? (
          <LazyPdfPreview url={documentPdfUrl(doc.id)} pageWidth={A4_WIDTH_PX} minScale={2} />
        ) : (
          <ReceiptSheet detail={detail.data} document={doc} payee={settings.data?.payee ?? null} />
        )}
      </div>
    </div>
  );
}
