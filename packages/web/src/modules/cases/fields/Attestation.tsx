import { Checkbox, Form } from 'antd';
import type { NamePath } from 'antd/es/form/interface';
import type { ReactNode } from 'react';

/**
 * A statement of fact the officer makes (已出示证件, 已听取陈述申辩, 已签名, 已盖章): never ticked in
 * advance, so it is ticked by the person, deliberately; the form holds until it is.
 */
export function Attestation({ name, children, missing }: { name: NamePath; children: ReactNode; missing: string }) {
  return (
    <Form.Item
      name={name}
      valuePropName="checked"
      className="attestation-item"
      rules={[
        {
          validator: async (_r, v?: boolean) => {
            if (v !== true) throw new Error(missing);
          },
        },
      ]}
    >
      <Checkbox className="block-checkbox attestation">{children}</Checkbox>
    </Form.Item>
  );
}
