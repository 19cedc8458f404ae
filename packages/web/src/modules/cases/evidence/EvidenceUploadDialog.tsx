import { CameraOutlined, EnvironmentOutlined, FileAddOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Form, Input, Progress, Select, Space, Spin, Typography } from 'antd';
import { EVIDENCE_KINDS, EVIDENCE_KIND_LABELS, EVIDENCE_SOURCE_LABELS, type EvidenceKind } from '@zhifa/domain';
import dayjs from 'dayjs';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { errorText, showSuccess } from '../../../app/feedback';
import { useIsMobile } from '../../../shared/useIsMobile';
import { useInvalidateCase } from '../api';
import { DateTimeInput, required, requiredText } from '../fields/inputs';
import { OfficerSelect } from '../fields/OfficerSelect';
import { nowMinute } from '../fields/today';
import type { CaseDetail, EvidenceUploadFields } from '@zhifa/contract';
import { sha256Hex } from './hash';
import { coordinatesText, locationText, type Coordinates } from './location';
import { uploadEvidence } from './upload';

// Monitoring-device records need the device's review data (第41条) and are not registered here.
const SOURCES = (['onSite', 'partySubmitted', 'thirdParty', 'sampling'] as const).map((s) => ({
  value: s,
  label: EVIDENCE_SOURCE_LABELS[s],
}));

interface Values {
  kind: EvidenceKind;
  source: NonNullable<EvidenceUploadFields['source']>;
  title: string;
  capturedAt: string;
  location?: string;
  officerIds?: string[];
}

function kindFor(file: File): EvidenceKind {
  if (/^(image|video|audio)\//.test(file.type)) return 'audioVisual';
  if (/pdf|word|document|sheet|text/.test(file.type)) return 'documentary';
  return 'electronicData';
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Evidence from the phone camera or a file: hashed here, then uploaded with the hash for the server to check. */
export function EvidenceUploadDialog({
  detail,
  open,
  onClose,
}: {
  detail: CaseDetail;
  open: boolean;
  onClose: () => void;
}) {
  const isMobile = useIsMobile();
  const [form] = Form.useForm<Values>();
  const invalidate = useInvalidateCase();
  const cameraRef = useRef<HTMLInputElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [hash, setHash] = useState<string | null>(null);
  const [hashing, setHashing] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [locating, setLocating] = useState(false);
  const [coordinates, setCoordinates] = useState<Coordinates | null>(null);

  // Only on opening (an effect event): a reload of the case must not reset what is being typed.
  const startForm = useEffectEvent(() => {
    setFile(null);
    setHash(null);
    setProgress(null);
    setError(null);
    setCoordinates(null);
    setKey(crypto.randomUUID());
    form.resetFields();
    form.setFieldsValue({
      kind: 'audioVisual',
      source: 'onSite',
      capturedAt: nowMinute(),
      officerIds: detail.state.officerIds,
    });
  });
  useEffect(() => {
    if (open) startForm();
  }, [open]);

  const choose = async (f: File | undefined) => {
    if (!f) return;
    setFile(f);
    setHash(null);
    setError(null);
    setHashing(true);
    form.setFieldsValue({
      kind: kindFor(f),
      title: form.getFieldValue('title') || f.name.replace(/\.[^.]+$/, ''),
      capturedAt: f.lastModified ? dayjs(f.lastModified).format('YYYY-MM-DDTHH:mm') : nowMinute(),
    });
    try {
      setHash(await sha256Hex(f));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setHashing(false);
    }
  };

  const locate = () => {
    if (!navigator.geolocation) return;
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (p) => {
        setCoordinates({ latitude: p.coords.latitude, longitude: p.coords.longitude, accuracy: p.coords.accuracy });
        setLocating(false);
      },
      () => setLocating(false),
      { enableHighAccuracy: true, timeout: 10_000 },
    );
  };

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    if (!file || !hash) {
      setError('请先拍摄或选择证据文件');
      return;
    }
    setError(null);
    setProgress(0);
    try {
      await uploadEvidence(
        detail.id,
        file,
        { sha256: hash, ...values, title: values.title.trim(), location: locationText(values.location, coordinates) },
        key,
        setProgress,
      );
      showSuccess(`证据“${values.title.trim()}”已上传，摘要值已核对一致`);
      await invalidate(detail.id);
      onClose();
    } catch (e) {
      setProgress(null);
      setKey(crypto.randomUUID());
      setError(errorText(e));
    }
  };

  const uploading = progress !== null;
  return (
    <Drawer
      open={open}
      title="上传证据"
      onClose={onClose}
      size={isMobile ? '100%' : 600}
      destroyOnHidden
      mask={{ closable: false }}
      footer={
        <Space className="action-footer">
          <Button onClick={onClose} disabled={uploading}>
            取消
          </Button>
          <Button type="primary" onClick={() => void submit()} loading={uploading} disabled={!hash || hashing}>
            上传
          </Button>
        </Space>
      }
    >
      <div className="evidence-pick">
        <input
          ref={cameraRef}
          id="evidence-camera"
          type="file"
          accept="image/*,video/*,audio/*"
          capture="environment"
          className="visually-hidden"
          onChange={(e) => void choose(e.target.files?.[0])}
        />
        <input
          ref={fileRef}
          id="evidence-file"
          type="file"
          className="visually-hidden"
          onChange={(e) => void choose(e.target.files?.[0])}
        />
        <Button
          size="large"
          type="primary"
          ghost
          icon={<CameraOutlined />}
          onClick={() => cameraRef.current?.click()}
          disabled={uploading}
        >
          拍照 / 录像 / 录音
        </Button>
        <Button size="large" icon={<FileAddOutlined />} onClick={() => fileRef.current?.click()} disabled={uploading}>
          选择文件
        </Button>
      </div>
      {file && (
        <div className="evidence-file">
          <div>
            <Typography.Text strong>{file.name}</Typography.Text>
            <Typography.Text type="secondary"> {formatSize(file.size)}</Typography.Text>
          </div>
          {hashing ? (
            <Spin size="small" description="正在计算 SHA-256 摘要值…" />
          ) : hash ? (
            <div className="evidence-hash">
              <SafetyCertificateOutlined /> SHA-256：
              <span className="mono" data-testid="evidence-sha256">
                {hash}
              </span>
            </div>
          ) : null}
        </div>
      )}
      {uploading && (
        <Progress percent={progress} status={progress === 100 ? 'active' : 'normal'} className="evidence-progress" />
      )}
      {error && <Alert type="error" showIcon title={error} className="refusal-alert" />}
      <Form form={form} layout="vertical" name="evidence" disabled={uploading}>
        <Form.Item name="kind" label="证据种类" rules={required('请选择证据种类')}>
          <Select options={EVIDENCE_KINDS.map((k) => ({ value: k, label: EVIDENCE_KIND_LABELS[k] }))} />
        </Form.Item>
        <Form.Item name="source" label="证据来源" rules={required('请选择证据来源')}>
          <Select options={SOURCES} />
        </Form.Item>
        <Form.Item name="title" label="证据名称" rules={requiredText('请填写证据名称')}>
          <Input maxLength={500} placeholder="如：现场照片（违规占道经营）" />
        </Form.Item>
        <Form.Item name="capturedAt" label="取证时间" rules={required('请填写取证时间')}>
          <DateTimeInput />
        </Form.Item>
        <Form.Item
          name="location"
          label="取证地点"
          extra={
            coordinates ? (
              <span data-testid="evidence-coordinates">
                已定位：{coordinatesText(coordinates)}{' '}
                <Button type="link" size="small" onClick={() => setCoordinates(null)}>
                  清除
                </Button>
              </span>
            ) : (
              '填写地名（如 杜阮镇中心广场），可再点“定位”附上手机的经纬度'
            )
          }
        >
          <Input
            maxLength={400}
            placeholder="地名或门牌"
            suffix={
              <Button type="link" size="small" icon={<EnvironmentOutlined />} loading={locating} onClick={locate}>
                定位
              </Button>
            }
          />
        </Form.Item>
        <Form.Item name="officerIds" label="取证人员">
          <OfficerSelect multiple fallback={detail.people ?? []} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
