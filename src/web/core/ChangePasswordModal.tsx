import { useState } from 'react';
import { Alert, Button, Form, Input, Modal } from 'antd';
import { useApp } from './feedback';
import { useTranslation } from 'react-i18next';
import { api } from './api';
import { showFieldError, useErrorText } from './errors';
import { useAuth, useUser } from './auth';

interface Props {
  open: boolean;
  /** After an administrator set or reset the password: the dialog cannot be dismissed. */
  forced?: boolean;
  onClose: () => void;
}

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

// The same rule as the server's checkPasswordPolicy, so users see the problem as they
// type; the server still decides.
function policyProblem(pw: string, username: string): string | null {
  if (pw.length < 10) return 'password.tooShort';
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(pw)).length;
  if (classes < 3) return 'password.classes';
  if (username && pw.toLowerCase().includes(username.toLowerCase())) return 'password.containsUsername';
  return null;
}

export function ChangePasswordModal({ open, forced = false, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = useApp();
  const user = useUser();
  const { refresh, logout } = useAuth();
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return; // the form shows what is missing
    }
    setSaving(true);
    setError(null);
    try {
      await api.post('/api/auth/password', { currentPassword: v.currentPassword, newPassword: v.newPassword });
      message.success(t('password.changed'));
      form.resetFields();
      await refresh();
      onClose();
    } catch (e) {
      if (!showFieldError(form, e, i18n.language, ['currentPassword', 'newPassword'])) setError(errorText(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t(forced ? 'password.forcedTitle' : 'password.title')}
      okText={t('password.submit')}
      cancelText={t('common.cancel')}
      onOk={submit}
      confirmLoading={saving}
      onCancel={forced ? undefined : onClose}
      closable={!forced}
      keyboard={!forced}
      mask={{ closable: false }}
      footer={(_, { OkBtn, CancelBtn }) =>
        forced ? (
          // Someone who cannot or will not change it now must still be able to leave.
          <>
            <Button onClick={() => void logout()}>{t('header.logout')}</Button>
            <OkBtn />
          </>
        ) : (
          <>
            <CancelBtn />
            <OkBtn />
          </>
        )
      }
      destroyOnHidden
      afterClose={() => {
        form.resetFields();
        setError(null);
      }}
    >
      {forced && <Alert type="info" showIcon title={t('password.forcedNotice')} style={{ marginBottom: 16 }} />}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" requiredMark={false} onFinish={submit}>
        <Form.Item name="currentPassword" label={t('password.current')} rules={[{ required: true, message: t('password.currentRequired') }]}>
          <Input.Password autoComplete="current-password" autoFocus />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('password.new')}
          extra={t('password.policy')}
          rules={[
            { required: true, message: t('password.newRequired') },
            {
              validator: (_, v: string | undefined) => {
                const p = v ? policyProblem(v, user.username) : null;
                return p ? Promise.reject(new Error(t(p))) : Promise.resolve();
              },
            },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('password.confirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('password.confirmRequired') },
            ({ getFieldValue }) => ({
              validator: (_, v) => (!v || v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch')))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        {/* Enter in a field submits the form */}
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
