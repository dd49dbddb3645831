import { useEffect, useRef, useState, type FormEvent, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import { EyeInvisibleOutlined, EyeOutlined, LockOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from './api';
import { useAuth } from './auth';
import { useErrorText } from './error-text';
import { LanguageSwitch } from './LanguageSwitch';
import { LogoMark } from './Logo';
import { Notice, spaced } from './plain';

// The first page everyone meets is plain elements with antd's look (as Choice is for Segmented):
// antd's Form, Input, Button and Alert made the login page's styles at run time and brought about
// 70 KB gzipped of script, most of its time to interactive on a slower CPU (issue 10).

/** A labelled input in antd's frame, with its message when it was left empty (role alert, described by). */
function Field({ id, label, icon, missing, input, suffix }: { id: string; label: string; icon: ReactNode; missing: string | null; input: InputHTMLAttributes<HTMLInputElement> & { ref: Ref<HTMLInputElement> }; suffix?: ReactNode }) {
  return (
    <div className={`hl-field${missing ? ' hl-field-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <span className="hl-input">
        {icon}
        <input id={id} {...input} aria-invalid={missing ? true : undefined} aria-describedby={missing ? `${id}-help` : undefined} />
        {suffix}
      </span>
      {missing && (
        <div id={`${id}-help`} className="hl-field-help" role="alert">
          {missing}
        </div>
      )}
    </div>
  );
}

export function LoginPage() {
  const { t } = useTranslation();
  const { login, expired } = useAuth();
  const errorText = useErrorText();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  // A field's message appears once it was left empty or the form was sent, as antd Form does.
  const [checked, setChecked] = useState({ username: false, password: false });
  const [busy, setBusy] = useState(false);
  // The error itself, not its text: switching the language re-renders it in the other one.
  const [error, setError] = useState<unknown>(null);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const usernameMissing = checked.username && !username.trim();
  const passwordMissing = checked.password && !password;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setChecked({ username: true, password: true });
    if (!username.trim()) return usernameRef.current?.focus();
    if (!password) return passwordRef.current?.focus();
    setBusy(true);
    setError(null);
    try {
      await login(username.trim(), password);
    } catch (err) {
      setError(err);
      setPassword('');
      setChecked((c) => ({ ...c, password: false }));
    } finally {
      setBusy(false);
    }
  };

  const locked = error instanceof ApiError && error.status === 423;
  // Demo accounts share a published password: say so whenever they are active.
  const [demo, setDemo] = useState<{ demo: boolean; accounts: string[] } | null>(null);
  useEffect(() => {
    api.get<{ demo: boolean; accounts: string[] }>('/api/auth/demo', { quietUnauthorized: true }).then(setDemo, () => setDemo(null));
  }, []);

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
          <h1 className="hl-login-title">{t('login.title')}</h1>
          <p className="hl-login-welcome">
            {t('login.welcome')} {t('app.name')}
          </p>
          {demo?.demo && <Notice type="info" testId="demo-accounts" title={t('login.demoActive')} description={t('login.demoAccounts', { accounts: demo.accounts.join(', ') })} />}
          {expired && !error && <Notice type="warning" title={t('login.expired')} />}
          {error != null && <Notice type={locked ? 'warning' : 'error'} icon={locked ? <LockOutlined /> : undefined} title={errorText(error)} role="alert" />}
          <form className="hl-login-form" onSubmit={submit} noValidate>
            <fieldset disabled={busy}>
              <Field
                id="login-username"
                label={t('login.username')}
                icon={<UserOutlined className="hl-input-prefix" />}
                missing={usernameMissing ? t('login.usernameRequired') : null}
                input={{ ref: usernameRef, value: username, onChange: (e) => setUsername(e.target.value), onBlur: () => setChecked((c) => ({ ...c, username: true })), autoComplete: 'username', autoFocus: true, maxLength: 64 }}
              />
              <Field
                id="login-password"
                label={t('login.password')}
                icon={<LockOutlined className="hl-input-prefix" />}
                missing={passwordMissing ? t('login.passwordRequired') : null}
                input={{ ref: passwordRef, type: showPassword ? 'text' : 'password', value: password, onChange: (e) => setPassword(e.target.value), onBlur: () => setChecked((c) => ({ ...c, password: true })), autoComplete: 'current-password', maxLength: 256 }}
                suffix={
                  <button type="button" className="hl-input-suffix" aria-label={t(showPassword ? 'login.hidePassword' : 'login.showPassword')} aria-pressed={showPassword} onClick={() => setShowPassword((v) => !v)}>
                    {showPassword ? <EyeOutlined /> : <EyeInvisibleOutlined />}
                  </button>
                }
              />
              <button type="submit" className="hl-login-submit" aria-busy={busy || undefined}>
                {busy && <span className="hl-login-spinner" aria-hidden="true" />}
                {spaced(t('login.submit'))}
              </button>
            </fieldset>
          </form>
          <p className="hl-login-hint">{t('login.hint')}</p>
        </div>
      </main>
    </div>
  );
}
