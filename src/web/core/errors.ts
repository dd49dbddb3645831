import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormInstance } from 'antd';
import { ApiError } from './api';
import { useApp } from './feedback';
import { useErrorText } from './error-text';

export { useErrorText } from './error-text';

/**
 * Puts the server's message under the form field it names (the server's `field` is the
 * request body's property). Returns false when it names none of `fields`, so the caller
 * shows the message elsewhere.
 */
export function showFieldError(form: FormInstance, e: unknown, lang: string, fields: readonly string[]): boolean {
  if (!(e instanceof ApiError) || !e.field || !fields.includes(e.field)) return false;
  form.setFields([{ name: e.field, errors: [e.text(lang)] }]);
  return true;
}

/**
 * What every save does when it fails: a version conflict (409) reloads the record and says
 * so, a message about one field goes under that field, anything else becomes a toast.
 */
export function useSaveFailure() {
  const { t, i18n } = useTranslation();
  const { message, notification } = useApp();
  const errorText = useErrorText();
  return useCallback(
    async (e: unknown, opts: { form?: FormInstance; fields?: readonly string[]; onConflict?: () => Promise<unknown> } = {}) => {
      if (e instanceof ApiError && e.status === 409) {
        await opts.onConflict?.();
        notification.warning({ title: e.text(i18n.language), description: t('errors.conflictReloaded'), duration: 8 });
        return;
      }
      if (opts.form && opts.fields && showFieldError(opts.form, e, i18n.language, opts.fields)) return;
      message.error(errorText(e));
    },
    [t, i18n.language, message, notification, errorText],
  );
}
