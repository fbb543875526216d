/**
 * The sign-in page (/login): username and password; an account with a one-time password then
 * chooses its own before going on. Chinese first, English via ?lang=en like the dashboard.
 */
import { useState, type FormEvent } from 'react';
import { ApiError } from '../lib/graphql.ts';
import { defineMessages, useMessages } from '../lib/i18n.ts';
import { useUrlState } from '../lib/url-state.ts';
import { changePassword, signIn } from './auth-api.ts';
import { nextPage } from './next-page.ts';
import { formText } from '../lib/form.ts';

const messages = defineMessages({
  zh: {
    title: '资金执行分析',
    signIn: '登录',
    username: '用户名',
    password: '密码',
    submit: '登录',
    working: '请稍候…',
    wrong: '用户名或密码不正确。',
    tooMany: '尝试次数过多，请稍后再试。',
    failed: '登录失败，请稍后再试。',
    changeTitle: '请设置新密码',
    changeHint: '这是一次性密码，继续使用前请设置您自己的密码（至少 10 个字符）。',
    newPassword: '新密码',
    repeat: '再次输入新密码',
    mismatch: '两次输入的新密码不一致。',
    save: '保存并继续',
    language: 'English',
  },
  en: {
    title: 'Fund execution',
    signIn: 'Sign in',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    working: 'Please wait…',
    wrong: 'Wrong username or password.',
    tooMany: 'Too many attempts; try again later.',
    failed: 'Could not sign in; try again later.',
    changeTitle: 'Choose a new password',
    changeHint: 'This is a one-time password: choose your own (at least 10 characters) to go on.',
    newPassword: 'New password',
    repeat: 'New password again',
    mismatch: 'The two new passwords differ.',
    save: 'Save and continue',
    language: '中文',
  },
});

/** Reloads the sign-in page in the other language, keeping where to go next. */
function switchLanguage(current: 'zh' | 'en'): void {
  const params = new URLSearchParams(window.location.search);
  if (current === 'en') params.delete('lang');
  else params.set('lang', 'en');
  window.location.assign(`/login?${params.toString()}`);
}

export function LoginPage() {
  const t = useMessages(messages);
  const url = useUrlState();
  const [password, setPassword] = useState('');
  const [mustChange, setMustChange] = useState(false);
  document.documentElement.lang = url.lang === 'en' ? 'en' : 'zh-CN';
  document.title = `${t.signIn} · ${t.title}`;
  const done = () =>
    window.location.assign(nextPage(window.location.search, window.location.origin));
  return (
    <main className="login">
      <h1>{t.title}</h1>
      {mustChange ? (
        <ChangeForm current={password} onDone={done} />
      ) : (
        <SignInForm
          onSignedIn={(typed, change) => {
            setPassword(typed);
            if (change) setMustChange(true);
            else done();
          }}
        />
      )}
      <button type="button" className="link-button" onClick={() => switchLanguage(url.lang)}>
        {t.language}
      </button>
    </main>
  );
}

function SignInForm({
  onSignedIn,
}: {
  onSignedIn: (password: string, mustChange: boolean) => void;
}) {
  const t = useMessages(messages);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const password = formText(form, 'password');
    setBusy(true);
    setError(null);
    try {
      const answer = await signIn(formText(form, 'username'), password);
      if (answer.ok) return onSignedIn(password, answer.mustChangePassword);
      setError(answer.status === 429 ? t.tooMany : answer.status === 401 ? t.wrong : t.failed);
    } catch {
      setError(t.failed);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="panel login-form" onSubmit={(e) => void submit(e)} aria-label={t.signIn}>
      <h2>{t.signIn}</h2>
      <label>
        {t.username}
        <input name="username" autoComplete="username" required autoFocus />
      </label>
      <label>
        {t.password}
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {error && (
        <p className="login-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {busy ? t.working : t.submit}
      </button>
    </form>
  );
}

function ChangeForm({ current, onDone }: { current: string; onDone: () => void }) {
  const t = useMessages(messages);
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const next = formText(form, 'newPassword');
    if (next !== formText(form, 'repeat')) return setError(t.mismatch);
    try {
      await changePassword(current, next);
      onDone();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t.failed);
    }
  };
  return (
    <form className="panel login-form" onSubmit={(e) => void submit(e)} aria-label={t.changeTitle}>
      <h2>{t.changeTitle}</h2>
      <p>{t.changeHint}</p>
      <label>
        {t.newPassword}
        <input
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
        />
      </label>
      <label>
        {t.repeat}
        <input name="repeat" type="password" autoComplete="new-password" required minLength={10} />
      </label>
      {error && (
        <p className="login-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit">{t.save}</button>
    </form>
  );
}
