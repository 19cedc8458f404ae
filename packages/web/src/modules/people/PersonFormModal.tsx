import { Col, Form, Input, Radio, Row, Select, Switch } from 'antd';
import dayjs from 'dayjs';
import { isValidMobile, validateIdNumber } from '@zhifa/domain';
import { api } from '../../api/client';
import type { Agency, PersonDetail, PersonInput, Post } from '@zhifa/contract';
import { useCurrentUser } from '../../app/session';
import { FormModal } from '../../shared/form/FormModal';
import { useFormCommand } from '../../shared/form/useFormCommand';
import { POST_LABELS } from './labels';

const LANDLINE = /^0\d{2,3}-?\d{7,8}$/;

interface Values {
  agencyId: string;
  teamId?: string | null;
  name: string;
  idNumber?: string;
  phone?: string;
  post: Post;
  hasLegalQualification: boolean;
  legalReviewer: boolean;
  active: boolean;
}

/** Registers a person (person === null) or edits one; the ID number is re-sent only when typed. */
export function PersonFormModal({
  open,
  person,
  agencies,
  onClose,
}: {
  open: boolean;
  person: PersonDetail | null;
  agencies: Agency[];
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const me = useCurrentUser();
  const editing = person !== null;
  const agencyId = Form.useWatch('agencyId', form);
  const teams = agencies.find((a) => a.id === agencyId)?.teams ?? [];

  const save = useFormCommand({
    open,
    form,
    send: (body: PersonInput, key) =>
      editing
        ? api.put<{ id: string }>(`/api/people/${person.id}`, body, key)
        : api.post<{ id: string }>('/api/people', body, key),
    success: (body) => (editing ? `已保存 ${body.name} 的信息` : `已登记 ${body.name}`),
    refresh: ['people'],
    onClose,
    fields: {
      DUPLICATE_ID_NUMBER: 'idNumber',
      INVALID_ID_NUMBER: 'idNumber',
      INVALID_PHONE: 'phone',
      UNKNOWN_AGENCY: 'agencyId',
      TEAM_NOT_IN_AGENCY: 'teamId',
    },
  });

  const submit = (v: Values) => {
    const idNumber = v.idNumber?.replace(/\s+/g, '').toUpperCase();
    const phone = v.phone?.trim();
    save.mutate({
      agencyId: v.agencyId,
      teamId: v.teamId ?? null,
      name: v.name.trim(),
      post: v.post,
      hasLegalQualification: v.hasLegalQualification,
      legalReviewer: v.legalReviewer,
      ...(idNumber ? { idNumber } : {}),
      // On edit an empty phone field keeps the stored number; the stored one is never sent to the browser.
      ...(phone ? { phone } : editing ? {} : { phone: null }),
      ...(editing ? { active: v.active } : {}),
    });
  };

  const initial: Partial<Values> = person
    ? {
        agencyId: person.agencyId,
        teamId: person.teamId,
        name: person.name,
        post: person.post,
        hasLegalQualification: person.hasLegalQualification,
        legalReviewer: person.legalReviewer,
        active: person.active,
      }
    : {
        agencyId: me.agency?.id,
        post: 'establishment',
        hasLegalQualification: false,
        legalReviewer: false,
        active: true,
      };

  return (
    <FormModal
      open={open}
      title={editing ? `修改人员信息：${person.name}` : '登记执法人员'}
      form={form}
      name="personForm"
      width={680}
      pending={save.isPending}
      onClose={onClose}
      initialValues={initial}
      onFinish={submit}
    >
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="name" label="姓名" rules={[{ required: true, whitespace: true, message: '请输入姓名' }]}>
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="post" label="岗位性质" rules={[{ required: true, message: '请选择岗位性质' }]}>
            <Radio.Group
              options={(Object.keys(POST_LABELS) as Post[]).map((p) => ({ value: p, label: POST_LABELS[p] }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="agencyId" label="所属执法主体" rules={[{ required: true, message: '请选择所属执法主体' }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              placeholder="请选择"
              options={agencies.map((a) => ({ value: a.id, label: a.name }))}
              onChange={() => form.setFieldValue('teamId', null)}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="teamId" label="执法队">
            <Select
              allowClear
              placeholder={teams.length ? '请选择' : '该主体未设执法队'}
              options={teams.map((t) => ({ value: t.id, label: t.name }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="idNumber"
            label="身份证号"
            extra={editing ? `当前：${person.idNumberMasked ?? '未登记'}；不修改请留空` : '按 GB 11643 校验，加密存储'}
            rules={[
              { required: !editing, message: '请输入身份证号' },
              {
                validator: async (_r, value: string | undefined) => {
                  const v = value?.replace(/\s+/g, '');
                  if (!v) return;
                  const result = validateIdNumber(v, dayjs().format('YYYY-MM-DD'));
                  if (!result.ok) throw new Error(result.message);
                },
              },
            ]}
          >
            <Input maxLength={30} autoComplete="off" className="mono" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="phone"
            label="联系电话"
            extra={editing ? `当前：${person.phoneMasked ?? '未登记'}；不修改请留空` : '加密存储'}
            rules={[
              {
                validator: async (_r, value: string | undefined) => {
                  const v = value?.replace(/\s+/g, '');
                  if (v && !isValidMobile(v) && !LANDLINE.test(v))
                    throw new Error('应为 11 位手机号码或带区号的固定电话');
                },
              },
            ]}
          >
            <Input maxLength={20} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name="hasLegalQualification" label="法律职业资格" valuePropName="checked">
            <Switch checkedChildren="有" unCheckedChildren="无" />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name="legalReviewer" label="法制审核人员" valuePropName="checked">
            <Switch checkedChildren="是" unCheckedChildren="否" />
          </Form.Item>
        </Col>
        {editing && (
          <Col xs={12} md={8}>
            <Form.Item name="active" label="在岗状态" valuePropName="checked" extra="离岗人员不能再作为执法人员">
              <Switch checkedChildren="在岗" unCheckedChildren="离岗" />
            </Form.Item>
          </Col>
        )}
      </Row>
    </FormModal>
  );
}
