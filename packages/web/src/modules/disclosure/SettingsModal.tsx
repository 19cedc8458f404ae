import type { DisclosureSettingsBody } from '@zhifa/contract';
import { ITEM_DOMAINS } from '@zhifa/domain';
import { Form, InputNumber, Radio, Select, Typography } from 'antd';
import { FormModal } from '../../shared/form/FormModal';
import { useFormCommand } from '../../shared/form/useFormCommand';
import { saveDisclosureSettings, SETTINGS_KEY, type SettingsView } from './api';
import { PERSON_NAME_STYLE_LABELS, PERSON_NAME_STYLES } from './labels';

/** The select's value for "no agency" / "every sector" (a select cannot hold null). */
export const ALL = '';

export interface SettingsValues {
  agencyId: string;
  sector: string;
  workingDays: number;
  publicationMonths: number;
  personNames: DisclosureSettingsBody['personNames'];
}

type Body = Omit<DisclosureSettingsBody, 'commandId'>;

export function SettingsModal({
  open,
  initial,
  agencies,
  countyWide,
  onClose,
}: {
  /** Open with these values (a row to change, or a new row's defaults). */
  open: boolean;
  initial: SettingsValues;
  agencies: { value: string; label: string }[];
  countyWide: boolean;
  onClose: () => void;
}) {
  const [form] = Form.useForm<SettingsValues>();
  const command = useFormCommand<Body, SettingsView>({
    open,
    form,
    send: (body, commandId) => saveDisclosureSettings({ ...body, commandId }),
    success: '公示设置已保存，此后作出的决定按新设置公示',
    refresh: SETTINGS_KEY,
    onClose,
  });
  const finish = (v: SettingsValues) =>
    command.mutate({
      agencyId: v.agencyId === ALL ? null : v.agencyId,
      sector: v.sector === ALL ? null : (v.sector as Body['sector']),
      workingDays: v.workingDays,
      publicationMonths: v.publicationMonths,
      personNames: v.personNames,
    });
  return (
    <FormModal<SettingsValues>
      open={open}
      title="公示设置"
      form={form}
      name="disclosureSettings"
      width={560}
      pending={command.isPending}
      onClose={onClose}
      onFinish={finish}
      initialValues={initial}
      intro={
        <Typography.Paragraph type="secondary">
          同一机关、同一领域只有一条设置；机关和领域都相符的设置优先，其次是机关的、领域的，最后是全县的。已开始的公示任务不随设置改变。
        </Typography.Paragraph>
      }
    >
      <Form.Item name="agencyId" label="执法机关">
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={[...(countyWide ? [{ value: ALL, label: '全县（所有机关）' }] : []), ...agencies]}
        />
      </Form.Item>
      <Form.Item name="sector" label="领域">
        <Select options={[{ value: ALL, label: '全部领域' }, ...ITEM_DOMAINS.map((d) => ({ value: d, label: d }))]} />
      </Form.Item>
      <Form.Item
        name="workingDays"
        label="公示期限（作出决定后，工作日）"
        rules={[{ required: true, message: '请填写公示期限' }]}
        extra="默认 7 个工作日；本领域规定更短的，按规定填写"
      >
        <InputNumber min={1} max={20} precision={0} addonAfter="个工作日" />
      </Form.Item>
      <Form.Item
        name="publicationMonths"
        label="公示期"
        rules={[{ required: true, message: '请填写公示期' }]}
        extra="公示期满自动撤下，例如 36 个月（3 年）"
      >
        <InputNumber min={1} max={120} precision={0} addonAfter="个月" />
      </Form.Item>
      <Form.Item name="personNames" label="自然人姓名">
        <Radio.Group options={PERSON_NAME_STYLES.map((s) => ({ value: s, label: PERSON_NAME_STYLE_LABELS[s] }))} />
      </Form.Item>
    </FormModal>
  );
}
