// Apart from errors.ts, which needs antd's App (message, notification, modal): the login
// page shows errors too and should not download those for it.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, NetworkError } from './api';

/** Any thrown value as one sentence in the reader's language. */
export function useErrorText() {
  const { t, i18n } = useTranslation();
  return useCallback(
    (e: unknown): string => {
      if (e instanceof ApiError) return e.text(i18n.language);
      if (e instanceof NetworkError) return t('errors.network');
      return t('errors.unexpected');
    },
    [t, i18n.language],
  );
}

