import { Col, Form, Input, Row, Select, TreeSelect } from 'antd';
import { useMemo } from 'react';
import { normaliseCreditCode, organisationCodeWarning, validateCreditCode } from '@zhifa/domain';
import { api } from '../../../api/client';
import type { Agency, AgencyInput } from '@zhifa/contract';
import { FormModal } from '../../../shared/form/FormModal';
import { useFormCommand } from '../../../shared/form/useFormCommand';
import { AGENCY_KIND_OPTIONS } from './labels';
import { useRegions } from './queries';
import { regionTree } from './regionTree';

interface Props {
  open: boolean;
  /** Absent: create a new agency. */
  agency: Agency | null;
  agencies: Agency[];
  onClose: () => void;
}

interface Values {
  name: string;
  shortName: string;
  kind: AgencyInput['kind'];
  regionCode: string;
  parentId?: string;
  creditCode?: string;
  docPrefix: string;
  domains: string[];
}

export function AgencyFormModal({ open, agency, agencies, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const regions = useRegions(open);
  const tree = useMemo(() => regionTree(regions.data ?? []), [regions.data]);
  const creditCode = Form.useWatch('creditCode', form);
  const orgWarning = creditCode && validateCreditCode(creditCode).ok ? organisationCodeWarning(creditCode) : null;

  const initialValues: Partial<Values> = agency
    ? {
        name: agency.name,
        shortName: agency.shortName,
        kind: agency.kind,
        regionCode: agency.regionCode,
        parentId: agency.parentId ?? undefined,
        creditCode: agency.creditCode ?? undefined,
        docPrefix: agency.docPrefix,
        domains: agency.domains,
      }
    : { domains: [] };

  const save = useFormCommand({
    open,
    form,
    send: (body: AgencyInput, key) =>
      agency
        ? api.put<{ id: string }>(`/api/agencies/${agency.id}`, body, key)
        : api.post<{ id: string }>('/api/agencies', body, key),
    success: agency ? '执法主体已保存' : '执法主体已新增',
    refresh: ['agencies'],
    onClose,
    fields: { INVALID_CREDIT_CODE: 'creditCode', UNKNOWN_REGION: 'regionCode' },
  });

  // Runs only after every field validated (Form onFinish).
  const submit = (v: Values) => {
    save.mutate({
      name: v.name.trim(),
      shortName: v.shortName.trim(),
      kind: v.kind,
      regionCode: v.regionCode,
      parentId: v.parentId ?? null,
      creditCode: v.creditCode ? v.creditCode : null,
      docPrefix: v.docPrefix.trim(),
      domains: (v.domains ?? []).map((d) => d.trim()).filter(Boolean),
    });
  };

  const parentOptions = agencies.filter((a) => a.id !== agency?.id).map((a) => ({ value: a.id, label: a.name }));

  return (
    <FormModal
      open={open}
      title={agency ? `编辑执法主体：${agency.shortName}` : '新增执法主体'}
      form={form}
      name="agencyForm"
      width={720}
      pending={save.isPending}
      onClose={onClose}
      initialValues={initialValues}
      onFinish={submit}
    >
      <Row gutter={16}>
        <Col xs={24} md={16}>
          <Form.Item
            name="name"
            label="名称"
            rules={[
              { required: true, whitespace: true, message: '请输入执法主体全称' },
              { min: 2, max: 100, message: '名称为 2–100 个字' },
            ]}
          >
            <Input placeholder="如：江门市蓬江区杜阮镇人民政府" maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="shortName"
            label="简称"
            rules={[
              { required: true, whitespace: true, message: '请输入简称' },
              { max: 40, message: '简称不超过 40 个字' },
            ]}
          >
            <Input placeholder="如：杜阮镇" maxLength={40} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="kind" label="主体类型" rules={[{ required: true, message: '请选择主体类型' }]}>
            <Select options={AGENCY_KIND_OPTIONS} placeholder="请选择" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="regionCode" label="行政区划" rules={[{ required: true, message: '请选择行政区划' }]}>
            <TreeSelect
              treeData={tree}
              loading={regions.isPending}
              showSearch={{ treeNodeFilterProp: 'title' }}
              placeholder="请选择或搜索"
              treeDefaultExpandAll
              listHeight={320}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="parentId" label="上级主体">
            <Select options={parentOptions} allowClear showSearch={{ optionFilterProp: 'label' }} placeholder="无" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="creditCode"
            label="统一社会信用代码"
            normalize={(v: string | undefined) => (v ? normaliseCreditCode(v) : v)}
            rules={[
              {
                validator: async (_rule, value: string | undefined) => {
                  if (!value) return;
                  const result = validateCreditCode(value);
                  if (!result.ok) throw new Error(result.message);
                },
              },
            ]}
            extra={orgWarning ?? undefined}
          >
            <Input placeholder="18 位，可不填" maxLength={24} className="mono" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="docPrefix"
            label="文书机关代字"
            tooltip="执法文书文号中的机关代字，如“蓬杜综执罚〔2025〕12号”中的“蓬杜综执”"
            rules={[
              { required: true, whitespace: true, message: '请输入文书机关代字' },
              { max: 20, message: '不超过 20 个字' },
            ]}
          >
            <Input placeholder="如：蓬杜综执" maxLength={20} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="domains"
            label="执法领域"
            rules={[
              {
                validator: async (_r, value: string[] | undefined) => {
                  if ((value?.length ?? 0) > 30) throw new Error('执法领域最多 30 项');
                  if (value?.some((d) => d.trim().length > 20)) throw new Error('每个执法领域不超过 20 个字');
                },
              },
            ]}
          >
            <Select
              mode="tags"
              placeholder="输入后回车添加，如：城市管理"
              tokenSeparators={[',', '，', '、']}
              open={false}
            />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
