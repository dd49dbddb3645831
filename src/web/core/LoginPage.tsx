import { useState } from 'react';
import { Alert, Button, Form } from 'antd';
// The two inputs by their own modules: `Input.Password` through the Input namespace would
// also bring TextArea, Search and OTP to the first page.
import Input from 'antd/es/input/Input';
import Password from 'antd/es/input/Password';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api';
import { useAuth } from './auth';
import { useErrorText } from './error-text';
import { LanguageSwitch } from './LanguageSwitch';
import { LogoMark } from './Logo';

interface Values {
  username: string;
  password: string;
}

export function LoginPage() {
  const { t } = useTranslation();
  const { login, expired } = useAuth();
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  // The error itself, not its text: switching the language re-renders it in the other one.
  const [error, setError] = useState<unknown>(null);

  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      await login(v.username.trim(), v.password);
    } catch (e) {
      setError(e);
      form.setFieldValue('password', '');
    } finally {
      setBusy(false);
    }
  };

  const locked = error instanceof ApiError && error.status === 423;

  return (
    <div className="hl-login">
      <header className="hl-login-brand">
        <div className="hl-login-brand-inner">
          <div className="hl-login-logo">
            <LogoMark size={44} />
            <div>
              <div className="hl-login-name">{t('app.name')}</div>
              <div className="hl-login-name-sub">{t('app.nameEn')}</div>
            </div>
          </div>
          <div className="hl-login-tagline">{t('app.tagline')}</div>
          <p className="hl-login-intro">{t('login.intro')}</p>
          <div className="hl-login-modules">{t('login.modules')}</div>
        </div>
        <div className="hl-login-footer">{t('app.footer')}</div>
      </header>
      <main className="hl-login-panel">
        <nav className="hl-login-lang" aria-label={t('login.languageNav')}>
          <LanguageSwitch />
        </nav>
        <div className="hl-login-card">
          {/* Plain elements, not antd Typography: the first page stays light (issue 10). */}
          <h1 className="hl-login-title">{t('login.title')}</h1>
          <p className="hl-login-welcome">
            {t('login.welcome')} {t('app.name')}
          </p>
          {expired && !error && <Alert type="warning" showIcon title={t('login.expired')} style={{ marginBottom: 20 }} />}
          {error != null && (
            <Alert
              type={locked ? 'warning' : 'error'}
              showIcon
              icon={locked ? <LockOutlined /> : undefined}
              title={errorText(error)}
              style={{ marginBottom: 20 }}
              role="alert"
            />
          )}
          <Form<Values> form={form} layout="vertical" size="large" requiredMark={false} onFinish={submit} disabled={busy}>
            <Form.Item name="username" label={t('login.username')} rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}>
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus maxLength={64} />
            </Form.Item>
            <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
              <Password prefix={<LockOutlined />} autoComplete="current-password" maxLength={256} />
            </Form.Item>
            <Form.Item style={{ marginBottom: 16, marginTop: 8 }}>
              <Button type="primary" htmlType="submit" block loading={busy}>
                {t('login.submit')}
              </Button>
            </Form.Item>
          </Form>
          <p className="hl-login-hint">{t('login.hint')}</p>
        </div>
      </main>
    </div>
  );
}
