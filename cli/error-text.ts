import en from '../renderer/src/i18n/en.json';
import type { AppError } from '../shared/result';

/**
 * An error as the app shows it (renderer/src/app/ErrorBanner.tsx `useErrorText`), in English, from
 * the app's own message table: the sentence, where in the document, and the technical detail.
 *
 * The command line speaks English throughout (usage, notes, errors), whatever the workshop's
 * language: `export-pdf --lang` chooses the language of the PDF, not of the messages.
 */
export function errorText(error: AppError): string {
  const messages: Record<string, string> = en.errors;
  return [
    messages[error.code] ?? error.code,
    error.path ? (messages.at ?? 'at {{path}}').replace('{{path}}', error.path) : '',
    error.detail ? `(${error.detail})` : '',
  ]
    .filter(Boolean)
    .join(' ');
}
