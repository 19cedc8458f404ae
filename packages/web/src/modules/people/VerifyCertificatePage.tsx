import { useQuery } from '@tanstack/react-query';
import { Spin } from 'antd';
import { useEffect } from 'react';
import { useParams } from 'react-router-dom';
import { api, isApiError } from '../../api/client';
import type { PublicCertificate } from '@zhifa/contract';
import './people.css';

/**
 * Public page behind the certificate's QR code (事中公示): no sign-in, phone-sized. Shows only
 * what the server returns — name, agency, number, domains and whether it is valid now.
 */
export default function VerifyCertificatePage() {
  const { token = '' } = useParams();
  const result = useQuery({
    queryKey: ['public', 'certificate', token],
    queryFn: ({ signal }) =>
      api.get<PublicCertificate>(`/api/public/certificates/${encodeURIComponent(token)}`, undefined, signal),
    retry: (count, err) => !isApiError(err, 404) && !isApiError(err, 400) && count < 2,
    refetchOnWindowFocus: true,
  });
  useEffect(() => {
    document.title = '行政执法证核验';
  }, []);

  if (result.isPending) {
    return (
      <div className="verify-page">
        <Spin size="large" />
      </div>
    );
  }
  if (result.isError || !result.data) {
    const unknown = isApiError(result.error, 404) || isApiError(result.error, 400);
    return (
      <div className="verify-page">
        <div className="verify-card">
          <div className="verify-banner verify-banner-invalid">
            <div className="verify-banner-word">{unknown ? '无效' : '暂无法核验'}</div>
            <div className="verify-banner-sub">
              {unknown ? '未找到该执法证，请核实二维码是否由本平台签发' : '网络异常，请稍后重新扫码'}
            </div>
          </div>
        </div>
      </div>
    );
  }
  const c = result.data;
  return (
    <div className="verify-page">
      <div className="verify-card">
        <div className={`verify-banner ${c.validNow ? 'verify-banner-valid' : 'verify-banner-invalid'}`}>
          <div className="verify-banner-word">{c.validNow ? '有效' : '无效'}</div>
          <div className="verify-banner-sub">
            {c.validNow ? '该行政执法证当前有效' : `该行政执法证当前无效：${c.status}`}
          </div>
        </div>
        <dl className="verify-fields">
          <dt>姓名</dt>
          <dd>{c.name}</dd>
          <dt>执法主体</dt>
          <dd>{c.agency}</dd>
          <dt>执法证号</dt>
          <dd className="mono">{c.certificateNumber}</dd>
          <dt>执法领域</dt>
          <dd>{c.domains.join('、')}</dd>
        </dl>
        <div className="verify-foot">
          核验时间：{new Date().toLocaleString('zh-CN', { hour12: false })}
          。执法人员调查或者检查时应当主动出示执法证件；不出示的，当事人有权拒绝接受调查或者检查（行政处罚法 第55条）。
        </div>
      </div>
    </div>
  );
}
