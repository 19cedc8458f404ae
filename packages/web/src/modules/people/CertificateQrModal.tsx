import { PrinterOutlined } from '@ant-design/icons';
import { Button, Modal, Space, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import type { CertificateView } from '@zhifa/contract';

/**
 * The QR code an officer shows in the field (事中公示): it opens the public verification page.
 * Printing shows only the card (see people.css @media print).
 */
export function CertificateQrModal({
  certificate,
  personName,
  agencyName,
  onClose,
}: {
  certificate: CertificateView | null;
  personName: string;
  agencyName: string;
  onClose: () => void;
}) {
  const url = certificate ? `${window.location.origin}/verify/${certificate.verifyToken}` : '';
  const open = certificate !== null;
  useEffect(() => {
    if (!open) return;
    document.body.classList.add('print-qr-only');
    return () => document.body.classList.remove('print-qr-only');
  }, [open]);
  return (
    <Modal
      open={open}
      title="执法证公示二维码"
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose}>关闭</Button>
          <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
            打印
          </Button>
        </Space>
      }
    >
      {certificate && (
        <div className="qr-print-area">
          <div className="qr-card">
            <div className="qr-card-name">{personName}</div>
            <div>{agencyName}</div>
            <div className="mono">执法证号：{certificate.number}</div>
            <Space size={4} wrap>
              {certificate.domains.map((d) => (
                <Tag key={d}>{d}</Tag>
              ))}
            </Space>
            <img src={`/api/certificates/${certificate.id}/qr`} alt={`执法证 ${certificate.number} 的核验二维码`} />
            <Typography.Text>扫码核验执法证是否有效</Typography.Text>
            <div className="qr-card-url">{url}</div>
            <Typography.Link href={url} target="_blank" rel="noopener noreferrer">
              打开核验页
            </Typography.Link>
          </div>
        </div>
      )}
    </Modal>
  );
}
