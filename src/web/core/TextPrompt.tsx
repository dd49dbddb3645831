import { useState } from 'react';
import { Form, Input, Modal, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * A dialog asking for one required text (a reason for returning, a comment). An empty answer is
 * refused beside the field. While `onSubmit` runs the OK button spins; the dialog closes when it
 * resolves true and stays open with the text otherwise, so a refused send (a 409, a lost
 * connection) does not make the person type the reason again.
 */
export function TextPrompt(props: {
  open: boolean;
  title: string;
  okText: string;
  danger?: boolean;
  label: string;
  requiredMessage: string;
  placeholder: string;
  maxLength?: number;
  okTestId?: string;
  inputTestId?: string;
  onCancel: () => void;
  onSubmit: (text: string) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ text: string }>();
  const [busy, setBusy] = useState(false);
  const maxLength = props.maxLength ?? 2000;
  const close = () => {
    form.resetFields();
    props.onCancel();
  };
  const ok = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setBusy(true);
    try {
      if (await props.onSubmit(v.text.trim())) close();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={props.open}
      title={props.title}
      okText={props.okText}
      okButtonProps={{ danger: props.danger, 'data-testid': props.okTestId } as ButtonProps}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onCancel={close}
      onOk={ok}
    >
      <Form form={form} layout="vertical">
        <Form.Item name="text" label={props.label} rules={[{ required: true, whitespace: true, message: props.requiredMessage }, { max: maxLength }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} maxLength={maxLength} placeholder={props.placeholder} data-testid={props.inputTestId} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
