import { Input, Radio } from 'antd';
import type { InputProps } from 'antd';

// Native date and time inputs: phones open their own pickers, and the value is already the
// domain's format ('YYYY-MM-DD', 'YYYY-MM-DDTHH:MM'), so nothing is converted on the way out.

export function DateInput(props: Omit<InputProps, 'type'>) {
  return <Input {...props} type="date" className={`native-date ${props.className ?? ''}`} />;
}

export function DateTimeInput(props: Omit<InputProps, 'type'>) {
  return <Input {...props} type="datetime-local" className={`native-date ${props.className ?? ''}`} />;
}

export function TimeInput(props: Omit<InputProps, 'type'>) {
  return <Input {...props} type="time" className={`native-date ${props.className ?? ''}`} />;
}

/** 是 / 否 as real booleans (the payloads want booleans, not strings). */
export function YesNo({
  value,
  onChange,
  yes = '是',
  no = '否',
  id,
}: {
  value?: boolean;
  onChange?: (v: boolean) => void;
  yes?: string;
  no?: string;
  id?: string;
}) {
  return (
    <Radio.Group
      id={id}
      value={value}
      onChange={(e) => onChange?.(e.target.value as boolean)}
      options={[
        { value: true, label: yes },
        { value: false, label: no },
      ]}
    />
  );
}

export const required = (message: string) => [{ required: true, message }];
export const requiredText = (message: string) => [{ required: true, whitespace: true, message }];
