/** Changing one's own password. */
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../lib/graphql.ts';
import { useMessages } from '../../lib/i18n.ts';
import { changePassword } from '../../login/auth-api.ts';
import { accountMessages } from './messages.ts';
import { formText } from '../../lib/form.ts';

export function PasswordForm() {
  const t = useMessages(accountMessages);
  const [state, setState] = useState<{ ok: boolean; text: string } | null>(null);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const formElement = e.currentTarget;
    const form = new FormData(formElement);
    const next = formText(form, 'next');
    if (next !== formText(form, 'repeat')) return setState({ ok: false, text: t.mismatch });
    try {
      await changePassword(formText(form, 'current'), next);
      formElement.reset();
      setState({ ok: true, text: t.saved });
    } catch (err) {
      setState({ ok: false, text: err instanceof ApiError ? err.message : String(err) });
    }
  };
  return (
    <form
      className="panel account-form"
      onSubmit={(e) => void submit(e)}
      aria-label={t.passwordTitle}
    >
      <h3>{t.passwordTitle}</h3>
      <label>
        {t.current}
        <input name="current" type="password" autoComplete="current-password" required />
      </label>
      <label>
        {t.next}
        <input name="next" type="password" autoComplete="new-password" required minLength={10} />
      </label>
      <label>
        {t.repeat}
        <input name="repeat" type="password" autoComplete="new-password" required minLength={10} />
      </label>
      {state && (
        <p role={state.ok ? 'status' : 'alert'} className={state.ok ? 'ok' : 'error'}>
          {state.text}
        </p>
      )}
      <button type="submit">{t.save}</button>
    </form>
  );
}
